"""Words for the certificates' message keys (see innovact_desk.messages): (English, Spanish)."""

MESSAGES = {
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
}
