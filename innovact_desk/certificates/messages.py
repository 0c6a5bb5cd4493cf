"""Words for the certificates package's message keys (see innovact_desk.messages): (English, Spanish)."""

MESSAGES = {
    "certificates.not_event_uuid": ("not an event UUID: {value!r}", "no es un UUID de evento: {value!r}"),
    "certificates.bad_ids": ("certificate: kid and event ref must be 4 bytes, uid 8 bytes",
                             "certificado: kid y referencia del evento deben tener 4 bytes, uid 8 bytes"),
    "certificates.bad_rev": ("certificate: revision {rev!r} is not in 0..254",
                             "certificado: la revisión {rev!r} no está entre 0 y 254"),
    "certificates.bad_days": ("certificate: days {days!r} must be day numbers 1..{max}",
                              "certificado: los días {days!r} deben ser números de día de 1 a {max}"),
    "certificates.bad_role": ("certificate: unknown role {role!r}", "certificado: rol desconocido {role!r}"),
    "certificates.bad_issued": ("certificate: issue date {issued!r} is out of range",
                                "certificado: la fecha de emisión {issued!r} está fuera de rango"),
    "certificates.name_not_nfc": ("certificate: the name {name!r} is not in Unicode NFC",
                                  "certificado: el nombre {name!r} no está en Unicode NFC"),
    "certificates.name_length": ("certificate: the name {name!r} must be 1..{max} bytes in UTF-8",
                                 "certificado: el nombre {name!r} debe tener de 1 a {max} bytes en UTF-8"),
    "certificates.kid_mismatch": ("certificate: the kid does not belong to the signing key",
                                  "certificado: el kid no corresponde a la clave de firma"),
    "certificates.url_scheme": ("verification address {url!r}: must start with http:// or https:// and a host",
                                ("dirección de verificación {url!r}: debe empezar con http:// o https:// y un "
                                "servidor")),
    "certificates.url_ascii": ("verification address {url!r}: use plain ASCII (punycode, %-escapes), no spaces",
                               ("dirección de verificación {url!r}: use solo ASCII (punycode, escapes %), sin "
                               "espacios")),
    "certificates.url_hash": ("verification address {url!r}: must not contain '#' (the program adds it)",
                              "dirección de verificación {url!r}: no debe contener '#' (el programa lo agrega)"),
    "certificates.url_digit": ("verification address {url!r}: must not end in a digit (it would join the code)",
                               ("dirección de verificación {url!r}: no debe terminar en un dígito (se uniría al "
                               "código)")),
    "certificates.url_long": ("verification address {url!r}: longer than 200 characters",
                              "dirección de verificación {url!r}: tiene más de 200 caracteres"),
}
