"""Words for the sync's message keys (see innovact_desk.messages): (English, Spanish)."""

MESSAGES = {
    "sync.no_folder": (
        "{path}: no such folder (plug in the stick, or create the shared folder)",
        "{path}: no existe esa carpeta (conecte la memoria USB o cree la carpeta compartida)",
    ),
    "sync.bad_event_id": (
        "the event id {event!r} is not a UUID: this event file cannot sync (it was altered)",
        (
            "el id del evento {event!r} no es un UUID: este archivo de evento no puede sincronizar (fue"
            " alterado)"
        ),
    ),
    "sync.bad_desk_id": (
        "this desk's id {desk!r} is not a UUID: this event file cannot sync (it was altered)",
        (
            "el id de esta mesa {desk!r} no es un UUID: este archivo de evento no puede sincronizar "
            "(fue alterado)"
        ),
    ),
    "sync.folder_not_folder": (
        "{path}: is a symlink or not a folder; remove it, then sync again",
        "{path}: es un enlace simbólico o no es una carpeta; bórrelo y sincronice de nuevo",
    ),
    "sync.own_journal_not_file": (
        (
            "{path}: this desk's journal is a symlink or not a regular file; nothing was merged. Remove"
            " it (`rm {path}`) and sync again: the desk writes its journal anew"
        ),
        (
            "{path}: el diario de esta mesa es un enlace simbólico o no es un archivo normal; no se "
            "fusionó nada. Bórrelo (`rm {path}`) y sincronice de nuevo: la mesa vuelve a escribir su "
            "diario"
        ),
    ),
    "sync.cannot_write": (
        "{path}: cannot write this desk's journal: {reason}",
        "{path}: no se puede escribir el diario de esta mesa: {reason}",
    ),
    "sync.clone_exists": (
        "{path}: already exists; an event file is never overwritten",
        "{path}: ya existe; un archivo de evento nunca se sobrescribe",
    ),
    "sync.clone_no_name": (
        "--desk: the new desk needs a name, such as 'Mesa 2'",
        "--desk: la nueva mesa necesita un nombre, como 'Mesa 2'",
    ),
    "sync.clone_same_name": (
        "--desk {name}: this desk is already called so; give the new desk its own name",
        "--desk {name}: esta mesa ya se llama así; dé a la nueva mesa su propio nombre",
    ),
}
