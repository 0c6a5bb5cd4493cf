"""Words for the verify package's message keys: {key: (english, spanish)} (see innovact_desk/messages.py)."""

MESSAGES = {
    "verify.publish_no_event": (
        "publish: give at least one event file",
        "publish: indique al menos un archivo de evento"),
    "verify.publish_no_page": (
        "{path}: the built verifier page is missing (run web/build.sh)",
        "{path}: falta la página de verificación compilada (ejecute web/build.sh)"),
    "verify.publish_not_folder": (
        "{path}: is a file; give a folder for the site",
        "{path}: es un archivo; indique una carpeta para el sitio"),
    "verify.publish_bad_bundle": (
        "{path}: not a trust bundle of this site; remove it or choose another folder",
        "{path}: no es un paquete de confianza de este sitio; quítelo o elija otra carpeta"),
    "verify.publish_names_in_site": (
        "{path}: holds participants' names; a public site never does (remove it and publish again)",
        "{path}: contiene nombres de participantes; un sitio público nunca los tiene (quítelo y publique de nuevo)"),
    "verify.publish_other_issuer": (
        ("{path}: signed by key {fingerprint}, which the site in {folder} does not hold: one site serves one "
        "issuer; choose another folder"),
        ("{path}: firmado con la clave {fingerprint}, que el sitio de {folder} no tiene: un sitio sirve a un solo "
        "emisor; elija otra carpeta")),
}
