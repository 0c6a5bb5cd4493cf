"""Words for the roster's message keys (see innovact_desk.messages): (English, Spanish)."""

MESSAGES = {
    "roster.old_excel": ("{path}: old Excel format (.xls); save it as .xlsx or CSV first",
                         "{path}: formato antiguo de Excel (.xls); guárdelo primero como .xlsx o CSV"),
    "roster.not_roster": ("{path}: not a CSV or XLSX file", "{path}: no es un archivo CSV ni XLSX"),
    "roster.unreadable": ("{path}: cannot be read: {reason}", "{path}: no se puede leer: {reason}"),
    "roster.empty": ("{path}: the file is empty", "{path}: el archivo está vacío"),
    "roster.pdf": ("{path}: this is a PDF document, not a CSV or XLSX file",
                   "{path}: es un documento PDF, no un archivo CSV ni XLSX"),
    "roster.ole": ("{path}: an old Excel (.xls) or password-protected workbook; save it as .xlsx or CSV",
                   "{path}: un Excel antiguo (.xls) o un libro protegido con contraseña; guárdelo como .xlsx o CSV"),
    "roster.too_big": ("{path}: larger than {most} MB: not read (is it really a roster?)",
                       "{path}: pesa más de {most} MB: no se leyó (¿es de verdad una lista de inscritos?)"),
    "roster.binary": ("{path}: cannot be read: it is not a text file (binary data)",
                      "{path}: no se puede leer: no es un archivo de texto (datos binarios)"),
    "roster.bad_text": ("{path}: cannot be read: not valid {encoding} text ({reason})",
                        "{path}: no se puede leer: no es texto {encoding} válido ({reason})"),
    "roster.unknown_encoding": ("{path}: cannot be read: it is not a text file or its encoding is unknown",
                                "{path}: no se puede leer: no es un archivo de texto o su codificación es desconocida"),
    "roster.bad_csv": ("{path}: cannot be read: {reason}", "{path}: no se puede leer: {reason}"),
    "roster.bad_workbook": ("{path}: the file is damaged or not an Excel workbook",
                            "{path}: el archivo está dañado o no es un libro de Excel"),
    "roster.workbook_too_big": ("{path}: the workbook would unpack to more than {most} MB: not read (a zip bomb?)",
                                ("{path}: el libro ocuparía más de {most} MB al descomprimirse: no se leyó "
                                "(¿una bomba zip?)")),
    "roster.sheet_too_big": (("{path}: sheet '{sheet}' has a value at {cell}, past the {rows} rows and {columns} "
                             "columns a roster may have: not read"),
                             ("{path}: la hoja '{sheet}' tiene un valor en {cell}, más allá de las {rows} filas y "
                             "{columns} columnas que puede tener una lista: no se leyó")),
    "roster.no_name_column": (("{path}: no column holds names (map one in the window, or add a header such as "
                              "'Nombres y apellidos')"),
                              ("{path}: ninguna columna contiene nombres (asigne una en la ventana, o añada un "
                              "encabezado como 'Nombres y apellidos')")),
    "roster.mojibake": (("{path}: row {row}: the text looks garbled ({text}): the file mixes encodings; save it "
                        "again as UTF-8"),
                        ("{path}: fila {row}: el texto parece estropeado ({text}): el archivo mezcla codificaciones; "
                        "guárdelo otra vez como UTF-8")),
    # why an import skips a row (and why a walk-in or a correction is refused)
    "roster.skip_no_name": ("no name", "sin nombre"),
    "roster.skip_name_too_long": ("name longer than {limit} bytes", "nombre de más de {limit} bytes"),
    "roster.skip_bad_email": ("malformed email: {email}", "correo electrónico mal formado: {email}"),
    "roster.skip_garbled": ("garbled text (mixed encodings?): {text}",
                            "texto estropeado (¿codificaciones mezcladas?): {text}"),
    "roster.skip_unprintable": ("the name has characters no certificate font prints: {chars}",
                                "el nombre tiene caracteres que ninguna fuente de certificado imprime: {chars}"),
}
