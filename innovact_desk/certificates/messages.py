"""Words for the certificates' message keys (see innovact_desk.messages): (English, Spanish)."""

MESSAGES = {
    "certificates.scan_unreadable": ("{path}: cannot be read ({reason})", "{path}: no se puede leer ({reason})"),
    "certificates.scan_not_picture": ("{path}: not a PNG, JPEG or PDF file that can be read",
                                      "{path}: no es un archivo PNG, JPEG o PDF legible"),
    "certificates.scan_too_large": (
        ("{path}: page {page} is {width} x {height} pixels, more than the {most} million a certificate's picture "
        "needs: not read (scan or export it smaller)"),
        ("{path}: la página {page} mide {width} x {height} píxeles, más de los {most} millones que necesita la "
        "imagen de un certificado: no se leyó (escanéela o expórtela más pequeña)")),
    "certificates.scan_too_slow": ("{path}: its first page took more than {seconds} s to draw: not read",
                                   "{path}: su primera página tardó más de {seconds} s en dibujarse: no se leyó"),
    "certificates.scan_bad_pdf": ("{path}: cannot be read as a PDF ({reason})", "{path}: no se puede leer como PDF ({reason})"),
    "certificates.scan_needs_pdftoppm": (
        ("reading a PDF needs pdftoppm (poppler-utils), which is not installed: install it (apt-get install "
        "poppler-utils) or give a PNG or JPEG picture of the certificate"),
        ("leer un PDF necesita pdftoppm (poppler-utils), que no está instalado: instálelo (apt-get install "
        "poppler-utils) o dé una imagen PNG o JPEG del certificado")),
    "certificates.file_exists": (
        "{path}: already exists; choose another file name",
        "{path}: ya existe; elija otro nombre de archivo",
    ),
    "certificates.key_unreadable": (
        "{path}: cannot read the key file ({reason})",
        "{path}: no se puede leer el archivo de clave ({reason})",
    ),
    "certificates.key_symlink": (
        (
            "{path}: a key file that is a symlink is refused; copy the real file there (`cp --remove-"
            "destination \"$(readlink -f {path})\" {path}`) and `chmod 600 {path}`"
        ),
        (
            "{path}: se rechaza un archivo de clave que es un enlace simbólico; copie ahí el archivo "
            "real y ejecute `chmod 600 {path}`"
        ),
    ),
    "certificates.key_not_file": (
        "{path}: not a regular file",
        "{path}: no es un archivo normal",
    ),
    "certificates.key_readable_by_others": (
        (
            "{path}: the key file can be read by other users (mode {mode}); make it yours alone with "
            "`chmod 600 {path}`, then try again"
        ),
        (
            "{path}: otros usuarios pueden leer el archivo de clave (modo {mode}); hágalo solo suyo con"
            " `chmod 600 {path}` e intente de nuevo"
        ),
    ),
    "certificates.key_damaged": (
        "{path}: the key file is damaged",
        "{path}: el archivo de clave está dañado",
    ),
    "certificates.not_key_export": (
        "{path}: not a passphrase-protected key export",
        "{path}: no es una clave exportada con frase de paso",
    ),
    "certificates.wrong_passphrase": (
        "{path}: wrong passphrase, or the file is damaged",
        "{path}: frase de paso equivocada, o el archivo está dañado",
    ),
    "certificates.not_ed25519": (
        "{path}: not an Ed25519 signing key",
        "{path}: no es una clave de firma Ed25519",
    ),
    "certificates.no_passphrase": (
        "{path}: give the passphrase the key was exported with",
        "{path}: dé la frase de paso con la que se exportó la clave",
    ),
    "certificates.short_passphrase": (
        "a passphrase of at least {length} characters protects the key; give a longer one",
        "una frase de paso de al menos {length} caracteres protege la clave; dé una más larga",
    ),
    "certificates.bundle_bad_as_of": (
        "{path}: not a valid trust bundle (as_of is not a date and time)",
        "{path}: no es un paquete de confianza válido (as_of no es una fecha y hora)",
    ),
    "certificates.bundle_seq_future": (
        (
            "{path}: refused: its seq {seq} lies in the future (more than a day past its as_of {as_of},"
            " or past now); a bundle like this would lock genuine ones out"
        ),
        (
            "{path}: rechazado: su seq {seq} está en el futuro (más de un día después de su as_of "
            "{as_of}, o de ahora); un paquete así bloquearía los genuinos"
        ),
    ),
    "certificates.key_not_trusted": (
        "key {kid} is not one of this event's issuer keys",
        "la clave {kid} no es una de las claves emisoras de este evento",
    ),
    "certificates.import_untrusted": (
        (
            "key {kid} (fingerprint {fingerprint}) is not one this event trusts. On the desk that holds"
            " the event's signing key run `python main.py key EVENT --endorse FILE` with this key, sync"
            " both desks, then import it"
        ),
        (
            "la clave {kid} (huella {fingerprint}) no es una en la que este evento confíe. En la mesa "
            "que tiene la clave de firma del evento ejecute `python main.py key EVENTO --endorse "
            "ARCHIVO` con esta clave, sincronice ambas mesas y luego impórtela"
        ),
    ),
    "certificates.unprintable_name": (
        "{name}: the name has characters that no certificate font prints as written: {chars}",
        "{name}: el nombre tiene caracteres que ninguna fuente del certificado imprime tal como están: {chars}"),
    "certificates.unprintable_name_row": (
        "row {row}: {name}: the name has characters that no certificate font prints as written: {chars}",
        ("fila {row}: {name}: el nombre tiene caracteres que ninguna fuente del certificado imprime tal como "
         "están: {chars}")),
    "certificates.no_folder": ("{path}: no such folder", "{path}: no existe esa carpeta"),
    "certificates.is_folder": ("{path}: is a folder; give a file name like certificados.pdf",
                               "{path}: es una carpeta; indique un nombre de archivo como certificados.pdf"),
    "certificates.not_writable": ("{path}: cannot be written ({reason})", "{path}: no se puede escribir ({reason})"),
    "certificates.out_dir_not_folder": ("{path}: not a folder; give --out-dir an existing folder",
                                        "{path}: no es una carpeta; indique en --out-dir una carpeta existente"),
    "certificates.zip_without_out_dir": ("--zip goes with --out-dir", "--zip va con --out-dir"),
    "certificates.credentials_without_out_dir": ("--credentials goes with --out-dir", "--credentials va con --out-dir"),
    "certificates.out_or_out_dir": ("certificates: give --out FILE.pdf or --out-dir FOLDER (or --dry-run)",
                                    "certificates: indique --out ARCHIVO.pdf o --out-dir CARPETA (o --dry-run)"),
    "certificates.bad_day_hours": (
        "{value}: give the hours of each day as numbers separated by commas, one for each of the {days} days",
        "{value}: indique las horas de cada día como números separados por comas, uno por cada uno de los {days} días"),
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
