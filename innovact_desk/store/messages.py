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

MESSAGES.update({
    "store.disk_full": ("{path}: disk full: not recorded ({reason}). Free some space and try again",
                        "{path}: disco lleno: no registrado ({reason}). Libere espacio e inténtelo otra vez"),
    "store.busy": ("{path}: another program kept the event file busy too long: not recorded; try again",
                   ("{path}: otro programa ocupó el archivo de evento demasiado tiempo: no registrado; "
                   "inténtelo otra vez")),
    "store.read_only": ("{path}: the event file or its folder is read-only: not recorded ({reason})",
                        "{path}: el archivo de evento o su carpeta es de solo lectura: no registrado ({reason})"),
    "store.io_error": ("{path}: the disk failed while reading or writing: not recorded ({reason})",
                       "{path}: el disco falló al leer o escribir: no registrado ({reason})"),
    "store.cannot_open": ("{path}: the event file cannot be opened ({reason})",
                          "{path}: no se puede abrir el archivo de evento ({reason})"),
    "store.failed": ("{path}: the event file refused the change: not recorded ({reason})",
                     "{path}: el archivo de evento rechazó el cambio: no registrado ({reason})"),
    "store.cannot_write": ("{path}: cannot be written ({reason})", "{path}: no se puede escribir ({reason})"),
    "store.name_too_long": ("{path}: the name is too long for a file name",
                            "{path}: el nombre es demasiado largo para un nombre de archivo"),
    "store.wal_gone": (("{path}: its companion file {path}-wal was deleted or replaced while the event was open: "
                       "not recorded. Close the program and open the event again, and check the last check-ins"),
                       ("{path}: su archivo compañero {path}-wal se borró o se reemplazó con el evento abierto: "
                       "no registrado. Cierre el programa, abra el evento otra vez y revise los últimos registros")),
    "store.os_error": ("{path}: {reason}", "{path}: {reason}"),
    "store.damaged_for_writing": (
        ("{path}: the event file is damaged ({reason}); it can be read but takes no more changes. To recover: "
        "open a recent copy or a clone of another desk, or create the event again from a copy and sync it "
        "with the sync folder, whose journals hold every desk's check-ins"),
        ("{path}: el archivo de evento está dañado ({reason}); se puede leer pero no admite más cambios. Para "
        "recuperarlo: abra una copia reciente o el clon de otra mesa, o parta de una copia y sincronícela con "
        "la carpeta de sincronización, cuyos diarios guardan los registros de todas las mesas")),
    "store.too_many_days": ("an event has 1 to {most} days, not {days}", "un evento tiene de 1 a {most} días, no {days}"),
    "store.no_title": ("an event needs a title", "un evento necesita un título"),
    "store.no_event": ("{path}: the event file holds no event", "{path}: el archivo de evento no contiene ningún evento"),
    "store.unknown_fields": ("unknown event fields: {fields}", "campos de evento desconocidos: {fields}"),
    "store.not_a_day": ("day {day} is not a day of this event (days 1 to {days})",
                        "el día {day} no es un día de este evento (días 1 a {days})"),
    "store.no_name": ("a participant needs a name", "un participante necesita un nombre"),
    "store.name_too_long_bytes": ("the name is longer than {most} bytes", "el nombre tiene más de {most} bytes"),
    "store.undo_needs_reason": ("an undo needs a reason", "una anulación necesita un motivo"),
    "store.bad_hours": ("hours: {hours} is not a number of hours from 0 to {most}",
                        "horas: {hours} no es un número de horas de 0 a {most}"),
    "store.unknown_zone": ("unknown time zone {zone!r} (use a name such as America/Lima)",
                           "zona horaria desconocida {zone!r} (use un nombre como America/Lima)"),
})
