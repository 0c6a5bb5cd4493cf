"""The outbox against a real SMTP server (aiosmtpd on 127.0.0.1, STARTTLS and AUTH): each certificate sent
once, resumed after a dropped connection, nothing sent twice, the password never in the event file."""

from __future__ import annotations

import datetime as dt
import email
import socket
import sqlite3
from datetime import date
from email import policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from innovact_desk.certificates import pdf as certpdf
from innovact_desk.certificates import register
from innovact_desk.outbox import mailer
from innovact_desk.store import outbox as outbox_rows
from innovact_desk.store.event import EventStore

USER, PASSWORD = "desk", "s3cret-pass"
NAMES = ["Rosa Ñaupari", "王小明", "Ana Ríos", "Luis Paz", "Eva Soto"]


def _certificate(tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(__import__("ipaddress").ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "server.pem", tmp_path / "server.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


class Mailbox:
    """What the server received; drops the connection at the MAIL or DATA of the message numbers asked."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.drop_at_mail: set[int] = set()
        self.drop_at_data: set[int] = set()
        self.mails = 0

    async def handle_MAIL(self, server, session, envelope, address, options):
        self.mails += 1
        if self.mails in self.drop_at_mail:
            server.transport.close()
            return "421 closing"
        envelope.mail_from = address
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.mails in self.drop_at_data:
            server.transport.close()
            return "421 closing"
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok)


@pytest.fixture
def server(tmp_path, monkeypatch):
    import ssl

    cert_file, key_file = _certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))  # the client's default context trusts the test server
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
                            auth_required=True, authenticator=_authenticator)
    controller.start()
    box.address = f"127.0.0.1:{port}"
    yield box
    controller.stop()


@pytest.fixture(autouse=True)
def _keys(tmp_path, monkeypatch):
    monkeypatch.setenv(register.KEY_DIR_ENV, str(tmp_path / "keys"))
    monkeypatch.setenv(mailer.PASSWORD_ENV, PASSWORD)


@pytest.fixture
def store(tmp_path):
    store = EventStore.create(tmp_path / "e.event", title_es="Curso de cacao", title_en="Cocoa course",
                              dates=[date(2026, 3, 5)], tz="America/Lima", hours=8, issuer="IIAP",
                              verify_url="https://verificar.example.org/")
    for i, name in enumerate(NAMES):
        person = store.add_participant({"name": name, "email": f"p{i}@example.org"})
        store.check_in(person.id, 1)
    store.add_participant({"name": "Sin Correo"})
    store.check_in(store.participants()[-1].id, 1)
    certpdf.run_to_end(certpdf.print_certificates(store, tmp_path / "all.pdf"))
    yield store
    store.close()


def mail(run, store, server, *extra):
    return run("mail", store.path, "--smtp", server.address, "--from", "certificados@example.org", "--user", USER,
               "--starttls", *extra, "--json")


def test_each_certificate_is_sent_once_with_its_pdf(store, server, run, tmp_path):
    code, data, _ = mail(run, store, server)
    assert code == 0 and (data["sent"], data["queued"], data["failed"]) == (5, 0, 0)
    assert sorted(m["To"].addresses[0].addr_spec for m in server.messages) == [f"p{i}@example.org" for i in range(5)]
    rosa = next(m for m in server.messages if "p0@" in m["To"])
    assert "Su certificado / Your certificate" in rosa["Subject"] and "https://verificar.example.org/" in rosa.get_body().get_content()
    pdf = next(p for p in rosa.iter_attachments() if p.get_content_type() == "application/pdf")
    assert pdf.get_filename().startswith("Rosa Ñaupari - ")
    (tmp_path / "got.pdf").write_bytes(pdf.get_content())
    from innovact_desk.verify.verifier import Verifier

    assert Verifier.for_event(store).check(certpdf.scan_file(tmp_path / "got.pdf")).data["name"] == "Rosa Ñaupari"
    assert any(p.get_filename().endswith(".jwt") for p in rosa.iter_attachments())
    code, data, _ = run("mail", store.path, "--json")  # settings remembered; nothing new to send
    assert code == 0 and data["sent"] == 0 and data["total_sent"] == 5 and len(server.messages) == 5
    sent = outbox_rows.rows(store, "sent")
    assert all(r.sent_at and r.reply.startswith("250") for r in sent)


def test_a_dropped_connection_resumes_and_nothing_is_sent_twice(store, server, run):
    server.drop_at_mail = {3, 4, 5, 6, 7}  # the connection drops at the third message, and again at each retry
    code, data, _ = mail(run, store, server)
    assert code == 1 and data["sent"] == 2 and data["queued"] == 3 and data["offline"] is True
    server.drop_at_mail = set()
    code, data, _ = mail(run, store, server)
    assert code == 0 and data["sent"] == 3 and data["total_sent"] == 5
    ids = [m["Message-ID"] for m in server.messages]
    assert len(ids) == 5 and len(set(ids)) == 5


def test_a_drop_while_handing_over_is_uncertain_and_never_resent_by_itself(store, server, run):
    server.drop_at_data = {2}
    code, data, _ = mail(run, store, server)
    assert code == 1 and data["sent"] == 4 and data["uncertain"] == 1 and len(server.messages) == 4
    code, data, _ = mail(run, store, server)
    assert data["sent"] == 0 and len(server.messages) == 4
    code, data, _ = mail(run, store, server, "--retry-uncertain")
    assert code == 0 and data["sent"] == 1 and len(server.messages) == 5


def test_a_run_cut_while_sending_leaves_the_row_uncertain(store, server):
    settings = mailer.settings_from(store, server.address, "c@example.org", USER, True)
    mailer.queue_certificates(store, settings.sender)
    job = mailer.send_queue(store, settings, PASSWORD)
    next(job)
    next(job)  # one sent
    first = outbox_rows.rows(store, "queued")[0]
    outbox_rows.mark(store, first.id, "sending", tried=True)  # as if the power went right now
    job.close()
    result = certpdf.run_to_end(mailer.send_queue(store, settings, PASSWORD))
    assert result.uncertain == 1 and result.total_sent == 4 and len(server.messages) == 4


def test_a_wrong_password_is_bad_input_and_the_password_is_never_in_the_event_file(store, server, run, monkeypatch):
    monkeypatch.setenv(mailer.PASSWORD_ENV, "wrong")
    code, data, _ = mail(run, store, server)
    assert code == 2 and data["key"] == "outbox.login_refused" and server.messages == [], data
    monkeypatch.setenv(mailer.PASSWORD_ENV, PASSWORD)
    assert mail(run, store, server)[0] == 0
    dump = "\n".join(sqlite3.connect(store.path).iterdump())
    assert PASSWORD not in dump and "wrong" not in dump


def test_no_server_reachable_keeps_the_queue(store, run):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once closed
    code, data, _ = run("mail", store.path, "--smtp", f"127.0.0.1:{port}", "--from", "c@example.org", "--json")
    assert code == 1 and data["offline"] is True and data["queued"] == 5 and data["sent"] == 0
