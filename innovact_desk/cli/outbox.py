"""mail: certificates by email from the event's outbox, when there is a network."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from innovact_desk.cli.common import EXIT_NEGATIVE, EXIT_OK, Output, open_event, say
from innovact_desk.errors import UserError


def _password(settings) -> str | None:
    from innovact_desk.outbox import mailer

    if not settings.user:
        return None
    found = mailer.stored_password(settings)
    if found:
        return found
    if not (sys.stdin and sys.stdin.isatty()):
        raise UserError("outbox.no_password", user=settings.user)
    try:
        return getpass.getpass(say(f"Contraseña de {settings.user} en {settings.host}: ",
                                   f"Password of {settings.user} at {settings.host}: "))
    except EOFError:
        raise UserError("outbox.no_password", user=settings.user) from None


def cmd_mail(args: argparse.Namespace, out: Output) -> int:
    from innovact_desk.certificates.pdf import run_to_end
    from innovact_desk.outbox import mailer

    with open_event(args.event) as store:
        settings = mailer.settings_from(store, args.smtp, args.sender, args.user, True if args.starttls else None)
        queued = mailer.queue_certificates(store, settings.sender)
        password = _password(settings)
        result = run_to_end(mailer.send_queue(store, settings, password, retry_uncertain=args.retry_uncertain,
                                              on_login=lambda: mailer.keep_password(settings, password)
                                              if password else None))
    data = {**result.to_dict(), "newly_queued": queued, "server": f"{settings.host}:{settings.port}"}
    line = say(f"enviados {result.sent}, en cola {result.queued}, fallidos {result.failed}, inciertos "
               f"{result.uncertain} (enviados en total {result.total_sent})",
               f"sent {result.sent}, queued {result.queued}, failed {result.failed}, uncertain {result.uncertain} "
               f"(sent in all {result.total_sent})")
    if result.offline:
        line += say(" · sin conexión con el servidor: vuelva a intentarlo cuando haya red",
                    " · no connection to the server: try again when there is a network")
    out.result(data, line)
    return EXIT_OK if not (result.queued or result.failed or result.uncertain) else EXIT_NEGATIVE


def add_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    p = command("mail", "email each participant their certificate, from a queue that survives cuts")
    p.add_argument("event")
    p.add_argument("--smtp", help="HOST[:PORT] of the mail server (remembered)")
    p.add_argument("--from", dest="sender", help="sender's address (remembered)")
    p.add_argument("--user", help="user name for AUTH (remembered); the password from $INNOVACT_SMTP_PASSWORD, "
                                  "the keyring, or asked")
    p.add_argument("--starttls", action="store_true", help="secure the connection with STARTTLS (remembered)")
    p.add_argument("--retry-uncertain", action="store_true",
                   help="send again the messages whose connection dropped while they were handed over")


COMMANDS = {"mail": cmd_mail}
