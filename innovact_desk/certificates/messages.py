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
}
