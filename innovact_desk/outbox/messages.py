"""Words for the outbox's message keys (see innovact_desk.messages): (English, Spanish)."""

MESSAGES = {
    "outbox.bad_server": ("--smtp {value}: give the mail server as HOST or HOST:PORT",
                          "--smtp {value}: indique el servidor de correo como HOST o HOST:PUERTO"),
    "outbox.bad_sender": ("--from {value}: not an email address", "--from {value}: no es una dirección de correo"),
    "outbox.no_settings": ("no mail server yet: give --smtp HOST[:PORT] and --from ADDRESS once (they are remembered)",
                           ("aún no hay servidor de correo: indique --smtp HOST[:PUERTO] y --from DIRECCIÓN una vez "
                           "(se recuerdan)")),
    "outbox.no_password": (("no password for {user}: set INNOVACT_SMTP_PASSWORD, keep it with keyring, or run this "
                           "in a terminal to be asked"),
                           ("no hay contraseña para {user}: defina INNOVACT_SMTP_PASSWORD, guárdela con keyring o "
                           "ejecute esto en una terminal para que se la pida")),
    "outbox.login_refused": ("{host}: the mail server refused the user {user} and its password ({reply})",
                             "{host}: el servidor de correo rechazó al usuario {user} y su contraseña ({reply})"),
    "outbox.tls_failed": ("{host}: the secure connection (STARTTLS) failed ({reason})",
                          "{host}: falló la conexión segura (STARTTLS) ({reason})"),
    "outbox.no_starttls": ("{host}: the mail server does not offer STARTTLS; the password is never sent in clear",
                           "{host}: el servidor de correo no ofrece STARTTLS; la contraseña nunca se envía sin cifrar"),
}
