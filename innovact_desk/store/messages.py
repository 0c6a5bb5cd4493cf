"""Words for the store's message keys (see innovact_desk.messages): (English, Spanish)."""

MESSAGES = {
    "store.no_event_file": ("{path}: no such event file", "{path}: no hay ningún archivo de evento ahí"),
    "store.unreadable": ("{path}: cannot be read: {reason}", "{path}: no se puede leer: {reason}"),
    "store.not_event_file": ("{path}: not an event file (not an innovact-desk SQLite file)",
                             "{path}: no es un archivo de evento (no es un archivo SQLite de innovact-desk)"),
    "store.other_program": ("{path}: not an event file (a SQLite file of another program)",
                            "{path}: no es un archivo de evento (es un archivo SQLite de otro programa)"),
    "store.newer_program": ("{path}: made by a newer innovact-desk; update this program to open it",
                            "{path}: lo hizo un innovact-desk más nuevo; actualice este programa para abrirlo"),
    "store.damaged": ("{path}: damaged or not an event file ({reason})",
                      "{path}: dañado o no es un archivo de evento ({reason})"),
    "store.exists": ("{path}: already exists; an event file is never overwritten",
                     "{path}: ya existe; un archivo de evento nunca se sobrescribe"),
    "store.no_folder": ("{path}: no such folder", "{path}: no existe esa carpeta"),
    "store.no_participant": ("no participant with id {id}", "ningún participante tiene el id {id}"),
}
