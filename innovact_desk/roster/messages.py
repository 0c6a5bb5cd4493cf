"""Words for the roster package's message keys (see innovact_desk.messages): (English, Spanish)."""

MESSAGES = {
    # why an import skips a row (and why a walk-in or a correction is refused)
    "roster.skip_no_name": ("no name", "sin nombre"),
    "roster.skip_name_too_long": ("name longer than {limit} bytes", "nombre de más de {limit} bytes"),
    "roster.skip_bad_email": ("malformed email: {email}", "correo electrónico mal formado: {email}"),
}
