"""Certificates by email, from a queue kept in the event file: it works through a patchy connection,
resumes after a cut, never sends one twice and records what was sent when.

- queue_certificates puts every current, unrevoked certificate whose holder has an email in the queue once
  (per revision: a corrected reissue is queued again; a reprint is not).
- send_queue works through the queue over one SMTP connection (STARTTLS and AUTH when asked), reconnecting
  when it drops. Each row is committed as `sending` before the message goes and `sent` (with the time and
  the server's reply) as soon as the server took it. A drop before the message itself went (connecting,
  MAIL, RCPT) puts the row back in the queue; a drop while it was being handed over (DATA) leaves it
  `uncertain`, never sent again by itself; a row found `sending` at the start (the program was cut) becomes
  `uncertain` too. Permanent refusals (5xx) are `failed`; temporary ones (4xx) stay queued.
- The password is never written to the event file: INNOVACT_SMTP_PASSWORD, else the system keyring when
  the `keyring` package is installed, else asked (the CLI on the terminal, the window in a dialog).
"""

from __future__ import annotations

import json
import os
import smtplib
import ssl
from collections.abc import Callable, Generator
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formataddr, formatdate

from innovact_desk.errors import UserError
from innovact_desk.store import outbox as rows
from innovact_desk.store.event import EventStore

PASSWORD_ENV = "INNOVACT_SMTP_PASSWORD"
SETTINGS_KEY = "outbox.smtp"
KEYRING_SERVICE = "innovact-desk-smtp"
MAX_RECONNECTS = 3


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    sender: str
    user: str = ""
    starttls: bool = False

    @property
    def account(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"


def parse_server(text: str) -> tuple[str, int]:
    host, _, port = text.strip().rpartition(":") if ":" in text else (text.strip(), "", "25")
    if not host or not port.isdigit() or not 0 < int(port) < 65536 or any(c.isspace() or c in "/@" for c in host):
        raise UserError("outbox.bad_server", value=text)
    return host, int(port)


def remembered(store: EventStore) -> SmtpSettings | None:
    text = store.setting(SETTINGS_KEY)
    try:
        return SmtpSettings(**json.loads(text)) if text else None
    except (ValueError, TypeError):
        return None


def settings_from(store: EventStore, server: str | None = None, sender: str | None = None,
                  user: str | None = None, starttls: bool | None = None) -> SmtpSettings:
    """The settings given, completed with (and then remembered as) the event's last ones."""
    last = remembered(store)
    if server:
        host, port = parse_server(server)
    elif last:
        host, port = last.host, last.port
    else:
        raise UserError("outbox.no_settings")
    sender = (sender or (last.sender if last else "")).strip()
    if not sender:
        raise UserError("outbox.no_settings")
    if "@" not in sender or any(c.isspace() for c in sender) or len(sender) > 254:
        raise UserError("outbox.bad_sender", value=sender)
    settings = SmtpSettings(host, port, sender, (user if user is not None else (last.user if last else "")).strip(),
                            bool(starttls) or (starttls is None and bool(last and last.starttls)))
    store.set_setting(SETTINGS_KEY, json.dumps(asdict(settings), sort_keys=True))
    return settings


def _keyring():
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def stored_password(settings: SmtpSettings) -> str | None:
    """From INNOVACT_SMTP_PASSWORD, else the system keyring (when installed and it holds one)."""
    value = os.environ.get(PASSWORD_ENV)
    if value:
        return value
    keyring = _keyring()
    if keyring is not None and settings.user:
        try:
            return keyring.get_password(KEYRING_SERVICE, settings.account)
        except Exception:  # noqa: BLE001 - no usable keyring backend on this machine
            return None
    return None


def keep_password(settings: SmtpSettings, password: str) -> bool:
    """Keep a password that worked in the system keyring, when there is one; whether it was kept."""
    keyring = _keyring()
    if keyring is None or os.environ.get(PASSWORD_ENV):
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, settings.account, password)
    except Exception:  # noqa: BLE001 - no usable keyring backend
        return False
    return True


# ---- the queue -----------------------------------------------------------------------------------------


def _message_id(uid: str, rev: int, sender: str) -> str:
    return f"<certificate-{uid}-{rev}@{sender.rpartition('@')[2] or 'innovact-desk.invalid'}>"


def queue_certificates(store: EventStore, sender: str = "") -> int:
    """Queue each current, unrevoked certificate whose holder has an email (once per revision); how many new."""
    from innovact_desk.certificates import register

    revoked = register.revocations(store)
    new = []
    for person_id, cert in register.current_certificates(store).items():
        person = store.participant(person_id)
        email = (person.email or "").strip()
        if cert.uid in revoked or not email:
            continue
        new.append((cert.uid.hex(), cert.rev, person.id, email, _message_id(cert.uid.hex(), cert.rev, sender)))
    return rows.enqueue(store, new)


TEXT = {
    "subject": "Su certificado / Your certificate: {title}",
    "body": ("Estimado/a {name}:\n\nAdjuntamos su certificado de «{title_es}» ({code}).\n{verify_es}\n\n"
             "Dear {name},\n\nPlease find attached your certificate for “{title_en}” ({code}).\n{verify_en}\n\n"
             "— {issuer}\n"),
    "verify_es": "Puede verificarlo escaneando su código QR o en {url}",
    "verify_en": "It can be verified by scanning its QR code or at {url}",
    "verify_none_es": "Puede verificarlo escaneando su código QR con innovact-desk.",
    "verify_none_en": "It can be verified by scanning its QR code with innovact-desk.",
}


def build_message(store: EventStore, row: rows.OutboxRow, sender: str) -> EmailMessage:
    """The email of one queued row: a short bilingual text, the verification address, the PDF and the
    credential attached."""
    from innovact_desk.certificates import register
    from innovact_desk.certificates.files import certificate_file

    cert = next(c for c in register.revisions(store, bytes.fromhex(row.uid)) if c.rev == row.rev)
    person = store.participant(row.participant_id)
    event = store.event
    name, pdf, jwt_name, jwt = certificate_file(store, cert, person)
    url = event.verify_url
    message = EmailMessage(policy=SMTP_POLICY)
    message["From"] = formataddr((event.issuer, sender)) if event.issuer else sender
    message["To"] = formataddr((cert.name, row.email))
    message["Subject"] = TEXT["subject"].format(title=event.title(cert.lang))
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = row.message_id
    message.set_content(TEXT["body"].format(
        name=cert.name, title_es=event.title("es"), title_en=event.title("en"), code=cert.code,
        issuer=event.issuer or "innovact-desk",
        verify_es=TEXT["verify_es"].format(url=url) if url else TEXT["verify_none_es"],
        verify_en=TEXT["verify_en"].format(url=url) if url else TEXT["verify_none_en"]))
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=name)
    message.add_attachment(jwt.encode("ascii"), maintype="application", subtype="jwt", filename=jwt_name)
    return message


# ---- sending ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MailResult:
    sent: int  # in this run
    queued: int  # still waiting
    failed: int
    uncertain: int
    offline: bool  # the server could not be reached (or the connection kept dropping)
    total_sent: int

    def to_dict(self) -> dict:
        return asdict(self)


def _connect(settings: SmtpSettings, password: str | None, context: ssl.SSLContext | None,
             timeout: float) -> smtplib.SMTP:
    smtp = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
    try:
        smtp.ehlo()
        if settings.starttls:
            if not smtp.has_extn("starttls"):
                raise UserError("outbox.no_starttls", host=settings.host)
            try:
                smtp.starttls(context=context or ssl.create_default_context())
            except ssl.SSLError as exc:
                raise UserError("outbox.tls_failed", host=settings.host, reason=exc.reason or str(exc)) from None
            smtp.ehlo()
        if settings.user:
            try:
                smtp.login(settings.user, password or "")
            except smtplib.SMTPAuthenticationError as exc:
                raise UserError("outbox.login_refused", host=settings.host, user=settings.user,
                                reply=exc.smtp_error.decode("utf-8", "replace")) from None
            except smtplib.SMTPServerDisconnected:  # some servers hang up on a wrong password
                raise UserError("outbox.login_refused", host=settings.host, user=settings.user,
                                reply="the server closed the connection") from None
        return smtp
    except BaseException:
        smtp.close()
        raise


def _reply(code: int, text: bytes | str) -> str:
    return f"{code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}".strip()


def send_queue(store: EventStore, settings: SmtpSettings, password: str | None = None, *,
               context: ssl.SSLContext | None = None, timeout: float = 30.0,
               retry_uncertain: bool = False,
               on_login: Callable[[], None] | None = None) -> Generator[tuple[int, int], None, MailResult]:
    """Send what is queued, yielding (done, total); returns a MailResult. See the module's notes."""
    rows.recover_interrupted(store)
    if retry_uncertain:
        rows.requeue(store, "uncertain")
    pending = rows.rows(store, "queued")
    total = len(pending)
    sent = 0
    offline = False
    smtp: smtplib.SMTP | None = None
    reconnects = 0
    yield 0, total
    try:
        for done, row in enumerate(pending, start=1):
            message = build_message(store, row, settings.sender).as_bytes()
            while True:
                if smtp is None:
                    if reconnects > MAX_RECONNECTS:
                        offline = True
                        break
                    try:
                        smtp = _connect(settings, password, context, timeout)
                    except (OSError, smtplib.SMTPException):
                        reconnects += 1
                        smtp = None
                        continue
                    if on_login is not None:
                        on_login()
                        on_login = None
                rows.mark(store, row.id, "sending", tried=True)
                try:
                    code, text = smtp.mail(settings.sender)
                    if code == 250:
                        code, text = smtp.rcpt(row.email)
                except (OSError, smtplib.SMTPServerDisconnected):
                    rows.mark(store, row.id, "queued", "connection lost before the message")
                    smtp, reconnects = None, reconnects + 1
                    continue
                if code not in (250, 251):
                    rows.mark(store, row.id, "failed" if code >= 500 else "queued", _reply(code, text))
                    _reset(smtp)
                    break
                try:
                    code, text = smtp.data(message)
                except smtplib.SMTPDataError as exc:
                    rows.mark(store, row.id, "failed" if exc.smtp_code >= 500 else "queued",
                              _reply(exc.smtp_code, exc.smtp_error))
                    _reset(smtp)
                    break
                except (OSError, smtplib.SMTPServerDisconnected):
                    rows.mark(store, row.id, "uncertain", "connection lost while the message was handed over")
                    smtp, reconnects = None, reconnects + 1
                    break
                rows.mark(store, row.id, "sent", _reply(code, text))
                sent += 1
                break
            if offline:
                break
            yield done, total
    finally:
        if smtp is not None:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()
    counts = rows.counts(store)
    return MailResult(sent, counts["queued"], counts["failed"], counts["uncertain"], offline, counts["sent"])


def _reset(smtp: smtplib.SMTP) -> None:
    try:
        smtp.rset()
    except (OSError, smtplib.SMTPException):
        pass
