<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_PE" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the demo event</source>
        <translation>No se puede abrir el evento de demostración</translation>
    </message>
    <message>
        <source>This event is already open here: use this window.</source>
        <translation>Este evento ya está abierto aquí: use esta ventana.</translation>
    </message>
    <message>
        <source>The event is already open</source>
        <translation>El evento ya está abierto</translation>
    </message>
    <message>
        <source>{path} is already open in another window of innovact-desk (process {holder}). Close that window first: two windows on one event file would show each other stale counts.</source>
        <translation>{path} ya está abierto en otra ventana de innovact-desk (proceso {holder}). Cierre primero esa ventana: dos ventanas sobre un mismo archivo de evento se mostrarían cifras desactualizadas.</translation>
    </message>
    <message>
        <source>{path} is already open: that window was brought forward.</source>
        <translation>{path} ya está abierto: esa ventana fue traída al frente.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>The camera cannot be used: this installation has no Qt Multimedia ({why}). Use a USB scanner or open a picture of the certificate.</source>
        <translation>No se puede usar la cámara: esta instalación no tiene Qt Multimedia ({why}). Use un lector USB o abra una foto del certificado.</translation>
    </message>
    <message>
        <source>No camera found on this computer. Use a USB scanner or open a picture of the certificate.</source>
        <translation>No se encontró ninguna cámara en esta computadora. Use un lector USB o abra una foto del certificado.</translation>
    </message>
    <message>
        <source>The camera could not be started ({why}).</source>
        <translation>No se pudo encender la cámara ({why}).</translation>
    </message>
    <message>
        <source>The camera stopped: {why}</source>
        <translation>La cámara se detuvo: {why}</translation>
    </message>
</context>
<context>
    <name>CertificatePreviewDialog</name>
    <message>
        <source>Preview: {name}</source>
        <translation>Vista previa: {name}</translation>
    </message>
    <message>
        <source>This is how {name}&apos;s certificate would print now. The preview is marked PREVIEW and its code proves nothing; nothing is recorded.</source>
        <translation>Así se imprimiría ahora el certificado de {name}. La vista previa lleva la marca VISTA PREVIA y su código no tiene valor; no se registra nada.</translation>
    </message>
    <message>
        <source>&amp;Open as PDF</source>
        <translation>&amp;Abrir como PDF</translation>
    </message>
</context>
<context>
    <name>CertificateSettingsDialog</name>
    <message>
        <source>Certificate texts, logos and signatures</source>
        <translation>Textos, logos y firmas de los certificados</translation>
    </message>
    <message>
        <source>Title (Spanish):</source>
        <translation>Título (español):</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>Título (inglés):</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Horas:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Verification address:</source>
        <translation>Dirección de verificación:</translation>
    </message>
    <message>
        <source>Printed on the certificates in English</source>
        <translation>Se imprime en los certificados en inglés</translation>
    </message>
    <message>
        <source>City, region, country</source>
        <translation>Ciudad, región, país</translation>
    </message>
    <message>
        <source>not printed</source>
        <translation>no se imprime</translation>
    </message>
    <message>
        <source>The organization that issues the certificates</source>
        <translation>La institución que emite los certificados</translation>
    </message>
    <message>
        <source>https://… where the verification page is published (set it before printing)</source>
        <translation>https://… donde se publica la página de verificación (antes de imprimir)</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <source>Who gets a certificate</source>
        <translation>Quién recibe certificado</translation>
    </message>
    <message numerus="yes">
        <source>Attended every day of the event (%n day(s))</source>
        <translation>
            <numerusform>Asistió todos los días del evento (%n día)</numerusform>
            <numerusform>Asistió todos los días del evento (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attended at least</source>
        <translation>Asistió al menos</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>These roles need only one day checked in:</source>
        <translation>A estos roles les basta con un día registrado:</translation>
    </message>
    <message>
        <source>Logos (up to {n}, PNG or JPEG), from left to right</source>
        <translation>Logos (hasta {n}, PNG o JPEG), de izquierda a derecha</translation>
    </message>
    <message>
        <source>Signatures (up to {n})</source>
        <translation>Firmas (hasta {n})</translation>
    </message>
    <message>
        <source>Signature {n}</source>
        <translation>Firma {n}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Position (Spanish):</source>
        <translation>Cargo (español):</translation>
    </message>
    <message>
        <source>Position (English):</source>
        <translation>Cargo (inglés):</translation>
    </message>
    <message>
        <source>&amp;Preview in:</source>
        <translation>&amp;Vista previa en:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>El evento necesita un título.</translation>
    </message>
    <message>
        <source>Signature {n} needs the signatory&apos;s name.</source>
        <translation>La firma {n} necesita el nombre de quien firma.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>The preview cannot be drawn:
{why}</source>
        <translation>No se puede dibujar la vista previa:
{why}</translation>
    </message>
    <message>
        <source>Preview of {name}&apos;s certificate, with the texts as they are typed. It is marked PREVIEW and proves nothing.</source>
        <translation>Vista previa del certificado de {name}, con los textos tal como se escriben. Lleva la marca VISTA PREVIA y no tiene valor.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Días asistidos</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>To print (new and corrected)</source>
        <translation>Por imprimir (nuevos y corregidos)</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>Ya emitidos</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>No aptos</translation>
    </message>
    <message numerus="yes">
        <source>attended {attended} of the %n day(s) required</source>
        <translation>
            <numerusform>asistió {attended} de %n día requerido</numerusform>
            <numerusform>asistió {attended} de los %n días requeridos</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <source>Revoked certificates</source>
        <translation>Revocados</translation>
    </message>
    <message>
        <source>did not attend</source>
        <translation>no asistió</translation>
    </message>
    <message>
        <source>day {day} missing</source>
        <translation>falta el día {day}</translation>
    </message>
    <message>
        <source>days {days} missing</source>
        <translation>faltan los días {days}</translation>
    </message>
    <message>
        <source>name and role corrected</source>
        <translation>nombre y rol corregidos</translation>
    </message>
    <message>
        <source>role corrected</source>
        <translation>rol corregido</translation>
    </message>
    <message>
        <source>name corrected</source>
        <translation>nombre corregido</translation>
    </message>
    <message>
        <source>Eligible: to print</source>
        <translation>Apto: por imprimir</translation>
    </message>
    <message>
        <source>Not eligible: {why}</source>
        <translation>No apto: {why}</translation>
    </message>
    <message>
        <source>Reissue: {what}</source>
        <translation>Reemitir: {what}</translation>
    </message>
    <message>
        <source>Issued (rev. {rev})</source>
        <translation>Emitido (rev. {rev})</translation>
    </message>
    <message>
        <source>; no longer meets the rule ({why})</source>
        <translation>; ya no cumple la regla ({why})</translation>
    </message>
    <message>
        <source>Code {code}, revision {rev}, issued on {date}</source>
        <translation>Código {code}, revisión {rev}, emitido el {date}</translation>
    </message>
    <message>
        <source>Printed at desk {desk}</source>
        <translation>Impreso en la mesa {desk}</translation>
    </message>
    <message>
        <source>Name printed: {name}</source>
        <translation>Nombre impreso: {name}</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Revocado: {reason}</translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>Search by name, organization or certificate code</source>
        <translation>Buscar por nombre, institución o código del certificado</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Language of the certificates:</source>
        <translation>&amp;Idioma de los certificados:</translation>
    </message>
    <message>
        <source>Each participant&apos;s language</source>
        <translation>Idioma de cada participante</translation>
    </message>
    <message>
        <source>Print &amp;new</source>
        <translation>Imprimir &amp;nuevos</translation>
    </message>
    <message>
        <source>Print &amp;all</source>
        <translation>Imprimir &amp;todos</translation>
    </message>
    <message>
        <source>Print s&amp;election</source>
        <translation>Imprimir &amp;selección</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>Vista pr&amp;evia</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Export verification &amp;bundle…</source>
        <translation>Exportar &amp;paquete de verificación…</translation>
    </message>
    <message>
        <source>&amp;Publish verification page…</source>
        <translation>&amp;Publicar página de verificación…</translation>
    </message>
    <message>
        <source>&amp;Texts, logos and signatures…</source>
        <translation>Te&amp;xtos, logos y firmas…</translation>
    </message>
    <message>
        <source>Import &amp;key…</source>
        <translation>Importar &amp;clave…</translation>
    </message>
    <message>
        <source>One &amp;file per person…</source>
        <translation>Un &amp;archivo por persona…</translation>
    </message>
    <message>
        <source>Send by e&amp;mail when there is a network…</source>
        <translation>Enviar por c&amp;orreo cuando haya red…</translation>
    </message>
    <message>
        <source>First certificates and corrected reissues; no reprints</source>
        <translation>Primeros certificados y reemisiones corregidas; sin reimpresiones</translation>
    </message>
    <message>
        <source>Everyone eligible: new, reissued and identical reprints</source>
        <translation>Todos los aptos: nuevos, reemitidos y reimpresiones idénticas</translation>
    </message>
    <message>
        <source>Those selected in the table who are eligible</source>
        <translation>Los seleccionados en la tabla que sean aptos</translation>
    </message>
    <message>
        <source>How the selected person&apos;s certificate would look; records nothing</source>
        <translation>Cómo se vería el certificado de la persona seleccionada; no registra nada</translation>
    </message>
    <message>
        <source>Revoke the selected person&apos;s certificate (a reason is required)</source>
        <translation>Revocar el certificado de la persona seleccionada (se exige un motivo)</translation>
    </message>
    <message>
        <source>The signed file that lets others verify these certificates offline</source>
        <translation>El archivo firmado que permite a otros verificar estos certificados sin internet</translation>
    </message>
    <message>
        <source>The web page that phones open from the certificate&apos;s QR code: a folder to put at the event&apos;s verification address</source>
        <translation>La página web que los teléfonos abren desde el código QR del certificado: una carpeta para poner en la dirección de verificación del evento</translation>
    </message>
    <message>
        <source>Titles, venue, hours, issuer, attendance rule, logos and signatures</source>
        <translation>Títulos, lugar, horas, emisor, regla de asistencia, logos y firmas</translation>
    </message>
    <message>
        <source>Import the event&apos;s signing key exported on the issuing desk</source>
        <translation>Importar la clave de firma del evento exportada en la mesa que emite</translation>
    </message>
    <message>
        <source>A PDF per certificate in a folder, named by person, with wallet credentials</source>
        <translation>Un PDF por certificado en una carpeta, con el nombre de la persona y credenciales para billeteras digitales</translation>
    </message>
    <message>
        <source>Email each participant their certificate; what cannot go now waits</source>
        <translation>Envía a cada participante su certificado por correo; lo que no pueda salir ahora espera</translation>
    </message>
    <message>
        <source>⚠ This desk does not have the event&apos;s signing key, so it cannot print certificates. On the desk that printed the first certificates run  python main.py key EVENT --export FILE  and bring the file here; then import it with the button (you will be asked its passphrase).</source>
        <translation>⚠ Esta mesa no tiene la clave de firma del evento, así que no puede imprimir certificados. En la mesa que imprimió los primeros certificados ejecute  python main.py key EVENTO --export ARCHIVO  y traiga el archivo; luego impórtelo con el botón (se le pedirá su frase de paso).</translation>
    </message>
    <message>
        <source>Ctrl+P: print new · Ctrl+Shift+T: print all · Ctrl+Shift+I: print selection · Ctrl+Shift+P: preview · Ctrl+Shift+R: revoke · Ctrl+Shift+B: bundle · Ctrl+Shift+F: texts, logos and signatures · Ctrl+F: search</source>
        <translation>Ctrl+P: imprimir nuevos · Ctrl+Mayús+T: imprimir todos · Ctrl+Mayús+I: imprimir selección · Ctrl+Mayús+P: vista previa · Ctrl+Mayús+R: revocar · Ctrl+Mayús+B: paquete · Ctrl+Mayús+F: textos, logos y firmas · Ctrl+F: buscar</translation>
    </message>
    <message>
        <source>Showing {shown} · </source>
        <translation>Se muestran {shown} · </translation>
    </message>
    <message>
        <source>Select the people to print in the table first.</source>
        <translation>Primero seleccione en la tabla a quiénes imprimir.</translation>
    </message>
    <message>
        <source>No signing key</source>
        <translation>Sin clave de firma</translation>
    </message>
    <message>
        <source>Nobody new to print: every eligible person already has their certificate. “Print all” reprints them.</source>
        <translation>No hay nadie nuevo que imprimir: cada persona apta ya tiene su certificado. «Imprimir todos» los reimprime.</translation>
    </message>
    <message>
        <source>Nobody to print: no eligible person in the list or the selection.</source>
        <translation>No hay a quién imprimir: nadie apto en la lista o en la selección.</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Nada que imprimir</translation>
    </message>
    <message>
        <source>Language: {lang}.</source>
        <translation>Idioma: {lang}.</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>Imprimir certificados</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificados</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>Guardar los certificados</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing certificates…</source>
        <translation>Imprimiendo certificados…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Printing certificates… {done} of {total}</source>
        <translation>Imprimiendo certificados… {done} de {total}</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Guardando el PDF…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed and nothing was recorded.</source>
        <translation>Cancelado: no se imprimió ni se registró nada.</translation>
    </message>
    <message>
        <source>Nobody to print.</source>
        <translation>No hay a quién imprimir.</translation>
    </message>
    <message>
        <source>Certificates ready</source>
        <translation>Certificados listos</translation>
    </message>
    <message>
        <source>Nothing was printed: {why}</source>
        <translation>No se imprimió nada: {why}</translation>
    </message>
    <message>
        <source>Cannot print the certificates</source>
        <translation>No se pueden imprimir los certificados</translation>
    </message>
    <message>
        <source>Writing one file per person…</source>
        <translation>Escribiendo un archivo por persona…</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to print</source>
        <translation>
            <numerusform>%n por imprimir</numerusform>
            <numerusform>%n por imprimir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issued</source>
        <translation>
            <numerusform>%n emitido</numerusform>
            <numerusform>%n emitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not eligible</source>
        <translation>
            <numerusform>%n no apto</numerusform>
            <numerusform>%n no aptos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked certificate(s) never printed again.</source>
        <translation>
            <numerusform>%n certificado revocado no se vuelve a imprimir.</numerusform>
            <numerusform>%n certificados revocados no se vuelven a imprimir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reissued</source>
        <translation>
            <numerusform>%n reemitido</numerusform>
            <numerusform>%n reemitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reprinted</source>
        <translation>
            <numerusform>%n reimpreso</numerusform>
            <numerusform>%n reimpresos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) will be printed into one PDF:</source>
        <translation>
            <numerusform>Se imprimirá %n certificado en un solo PDF:</numerusform>
            <numerusform>Se imprimirán %n certificados en un solo PDF:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n new</source>
        <translation>
            <numerusform>• %n nuevo</numerusform>
            <numerusform>• %n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n reissued with the name or role corrected (the paper printed before will verify as replaced)</source>
        <translation>
            <numerusform>• %n reemitido con el nombre o el rol corregido (el papel impreso antes se verificará como reemplazado)</numerusform>
            <numerusform>• %n reemitidos con el nombre o el rol corregido (el papel impreso antes se verificará como reemplazado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n identical reprint(s)</source>
        <translation>
            <numerusform>• %n reimpresión idéntica</numerusform>
            <numerusform>• %n reimpresiones idénticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked certificate(s) left out.</source>
        <translation>
            <numerusform>Se omite %n certificado revocado.</numerusform>
            <numerusform>Se omiten %n certificados revocados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of those selected not eligible, left out.</source>
        <translation>
            <numerusform>%n de los seleccionados no es apto y se omite.</numerusform>
            <numerusform>%n de los seleccionados no son aptos y se omiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in one PDF:</source>
        <translation>
            <numerusform>%n certificado en un solo PDF:</numerusform>
            <numerusform>%n certificados en un solo PDF:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked left out.</source>
        <translation>
            <numerusform>Se omitió %n revocado.</numerusform>
            <numerusform>Se omitieron %n revocados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in {folder}:</source>
        <translation>
            <numerusform>%n archivo en {folder}:</numerusform>
            <numerusform>%n archivos en {folder}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s).</source>
        <translation>
            <numerusform>%n credencial.</numerusform>
            <numerusform>%n credenciales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending certificates by email…</source>
        <translation>Enviando certificados por correo…</translation>
    </message>
    <message>
        <source>Sending certificates by email… {done} of {total}</source>
        <translation>Enviando certificados por correo… {done} de {total}</translation>
    </message>
    <message>
        <source>Sent {sent}; waiting {queued}; failed {failed}; uncertain {uncertain}.</source>
        <translation>Enviados {sent}; en espera {queued}; fallidos {failed}; inciertos {uncertain}.</translation>
    </message>
    <message>
        <source>No connection to the mail server: the rest stays in the outbox; try again when there is a network.</source>
        <translation>Sin conexión con el servidor de correo: el resto queda en la bandeja de salida; vuelva a intentarlo cuando haya red.</translation>
    </message>
    <message>
        <source>Select a person in the table first.</source>
        <translation>Primero seleccione a una persona en la tabla.</translation>
    </message>
    <message>
        <source>Cannot draw the preview</source>
        <translation>No se puede dibujar la vista previa</translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation>Revocar un certificado</translation>
    </message>
    <message>
        <source>Revoke certificate {code} of {name}?
It will never be printed again and will verify as REVOKED (elsewhere, once the verifiers have the new verification bundle).

Reason (required):</source>
        <translation>¿Revocar el certificado {code} de {name}?
No se volverá a imprimir y se verificará como REVOCADO (en otros equipos, cuando tengan el nuevo paquete de verificación).

Motivo (obligatorio):</translation>
    </message>
    <message>
        <source>Nothing was revoked: a revocation needs a reason.</source>
        <translation>No se revocó nada: una revocación necesita un motivo.</translation>
    </message>
    <message>
        <source>Cannot revoke</source>
        <translation>No se puede revocar</translation>
    </message>
    <message>
        <source>Revoked: {code} ({name}).</source>
        <translation>Revocado: {code} ({name}).</translation>
    </message>
    <message>
        <source>{code} ({name}) was already revoked.</source>
        <translation>{code} ({name}) ya estaba revocado.</translation>
    </message>
    <message>
        <source>Cannot open the certificate settings</source>
        <translation>No se pueden abrir los ajustes de los certificados</translation>
    </message>
    <message>
        <source>Certificate texts, logos and signatures saved.</source>
        <translation>Se guardaron los textos, logos y firmas de los certificados.</translation>
    </message>
    <message>
        <source>Import the signing key</source>
        <translation>Importar la clave de firma</translation>
    </message>
    <message>
        <source>Signing keys (*.key *.pem);;All files (*)</source>
        <translation>Claves de firma (*.key *.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The passphrase the key was exported with:</source>
        <translation>La frase de paso con que se exportó la clave:</translation>
    </message>
    <message>
        <source>Cannot import the key</source>
        <translation>No se puede importar la clave</translation>
    </message>
    <message>
        <source>Key {kid} imported: this desk can now print certificates.</source>
        <translation>Clave {kid} importada: esta mesa ya puede imprimir certificados.</translation>
    </message>
    <message>
        <source>Export verification bundle</source>
        <translation>Exportar paquete de verificación</translation>
    </message>
    <message>
        <source>The verification bundle is a signed file that lets anyone with this program check these certificates offline, and see which ones were replaced or revoked. Give it to employers, ministries or anyone who verifies.

With the names, a verifier who types a certificate&apos;s code also sees whose it is.</source>
        <translation>El paquete de verificación es un archivo firmado con el que cualquiera que tenga este programa puede comprobar estos certificados sin internet y ver cuáles fueron reemplazados o revocados. Entréguelo a empleadores, ministerios o a quien deba verificar.

Con los nombres, quien escriba el código de un certificado también verá de quién es.</translation>
    </message>
    <message>
        <source>Include the holders&apos; names (only with the organizers&apos; consent)</source>
        <translation>Incluir los nombres de los titulares (solo con el consentimiento de los organizadores)</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>verificacion</translation>
    </message>
    <message>
        <source>Save the verification bundle</source>
        <translation>Guardar el paquete de verificación</translation>
    </message>
    <message>
        <source>Verification bundles (*.json)</source>
        <translation>Paquetes de verificación (*.json)</translation>
    </message>
    <message>
        <source>Folder of the verification page</source>
        <translation>Carpeta de la página de verificación</translation>
    </message>
    <message>
        <source>Cannot publish the verification page</source>
        <translation>No se puede publicar la página de verificación</translation>
    </message>
    <message>
        <source>Put the contents of this folder at {url}, the address in the certificates&apos; QR codes.</source>
        <translation>Ponga el contenido de esta carpeta en {url}, la dirección de los códigos QR de los certificados.</translation>
    </message>
    <message>
        <source>This event has no verification address, so its QR codes do not open the page: set it in Texts, logos and signatures (Verification address) before printing.</source>
        <translation>Este evento no tiene dirección de verificación, así que sus códigos QR no abren la página: indíquela en Textos, logos y firmas (Dirección de verificación) antes de imprimir.</translation>
    </message>
    <message>
        <source>Verification page written in {folder}</source>
        <translation>Página de verificación escrita en {folder}</translation>
    </message>
    <message>
        <source>Verification page written</source>
        <translation>Página de verificación escrita</translation>
    </message>
    <message>
        <source>Written in {folder}.</source>
        <translation>Escrita en {folder}.</translation>
    </message>
    <message>
        <source>Cannot export the bundle</source>
        <translation>No se puede exportar el paquete</translation>
    </message>
    <message>
        <source>Verification bundle saved: {file}</source>
        <translation>Paquete de verificación guardado: {file}</translation>
    </message>
    <message>
        <source>Verification bundle saved</source>
        <translation>Paquete de verificación guardado</translation>
    </message>
    <message>
        <source>Saved in {file}{names}.

Whoever verifies should compare the key fingerprint below with the one you give them by another means (phone, letter) before trusting it:

{keys}</source>
        <translation>Guardado en {file}{names}.

Antes de confiar en él, quien verifique debe comparar la huella de la clave de abajo con la que usted le dé por otro medio (teléfono, carta):

{keys}</translation>
    </message>
    <message>
        <source>, with the holders&apos; names</source>
        <translation>, con los nombres de los titulares</translation>
    </message>
    <message>
        <source>, without names</source>
        <translation>, sin nombres</translation>
    </message>
</context>
<context>
    <name>CheckinModels</name>
    <message>
        <source>scanner</source>
        <translation>escáner</translation>
    </message>
    <message>
        <source>paper sheet</source>
        <translation>hoja de papel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Día {n}</translation>
    </message>
    <message>
        <source>Not checked in on day {n} yet</source>
        <translation>Aún no registrado el día {n}</translation>
    </message>
    <message>
        <source>✔ in at {time}</source>
        <translation>✔ registrado {time}</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>teclado</translation>
    </message>
    <message>
        <source>walk-in form</source>
        <translation>formulario de persona nueva</translation>
    </message>
    <message>
        <source>Checked in on day {n} at {time} at {desk}</source>
        <translation>Registrado el día {n} a las {time} en {desk}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador/a</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Checked in by {source} at {desk}</source>
        <translation>Registrado por {source} en {desk}</translation>
    </message>
    <message>
        <source>↶ UNDO: {reason}</source>
        <translation>↶ ANULACIÓN: {reason}</translation>
    </message>
    <message>
        <source>✔ checked in</source>
        <translation>✔ registro</translation>
    </message>
    <message>
        <source>— undone</source>
        <translation>— anulado</translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operador/a:</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(opcional)</translation>
    </message>
    <message>
        <source>Recorded with each check-in made at this desk</source>
        <translation>Se guarda con cada registro hecho en esta mesa</translation>
    </message>
    <message>
        <source>Name, document or badge code — or scan the badge</source>
        <translation>Nombre, documento o código — o escanee la credencial</translation>
    </message>
    <message>
        <source>Last check-ins at this desk</source>
        <translation>Últimos registros en esta mesa</translation>
    </message>
    <message>
        <source>New person (walk-in)</source>
        <translation>Persona nueva</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Anular registro</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation>Imprimir credencial</translation>
    </message>
    <message>
        <source>Print all badges</source>
        <translation>Todas las credenciales</translation>
    </message>
    <message>
        <source>Sign-in sheet of the day</source>
        <translation>Hoja de asistencia del día</translation>
    </message>
    <message>
        <source>Type up a paper sheet</source>
        <translation>Pasar hoja de papel</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <source>Enter: check in · ↑ ↓: choose · Esc: clear · Ctrl+N: walk-in · Ctrl+Z: undo · Ctrl+P: badge · Ctrl+Shift+P: all badges · Ctrl+Shift+H: sign-in sheet · Ctrl+T: type up a sheet · Ctrl+PgUp / Ctrl+PgDn: day · Ctrl++ / Ctrl+- / Ctrl+0: text size · Alt+O: operator</source>
        <translation>Enter: registrar · ↑ ↓: elegir · Esc: borrar · Ctrl+N: persona nueva · Ctrl+Z: anular · Ctrl+P: credencial · Ctrl+Mayús+P: todas las credenciales · Ctrl+Mayús+H: hoja de asistencia · Ctrl+T: pasar hoja de papel · Ctrl+Re Pág / Ctrl+Av Pág: día · Ctrl++ / Ctrl+- / Ctrl+0: tamaño del texto · Alt+O: operador/a</translation>
    </message>
    <message>
        <source>Ready: type a few letters of the name and press Enter, or scan the badge.</source>
        <translation>Listo: escriba unas letras del nombre y pulse Enter, o escanee la credencial.</translation>
    </message>
    <message>
        <source>Now checking people in for day {day}.</source>
        <translation>Ahora se registra la asistencia del día {day}.</translation>
    </message>
    <message>
        <source>No event open</source>
        <translation>Ningún evento abierto</translation>
    </message>
    <message numerus="yes">
        <source>Day {day} ({date}): %n present</source>
        <translation>
            <numerusform>Día {day} ({date}): %n presente</numerusform>
            <numerusform>Día {day} ({date}): %n presentes</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Not today: day {day} is {date}; today is {today}. Check the day before checking anyone in (Ctrl+PgUp / Ctrl+PgDn change it).</source>
        <translation>⚠ No es hoy: el día {day} es el {date}; hoy es {today}. Revise el día antes de registrar a nadie (Ctrl+Re Pág / Ctrl+Av Pág lo cambian).</translation>
    </message>
    <message>
        <source>Day {day}: {present} / {total} present</source>
        <translation>Día {day}: {present} / {total} presentes</translation>
    </message>
    <message>
        <source>THIS IS A CERTIFICATE</source>
        <translation>ESTO ES UN CERTIFICADO</translation>
    </message>
    <message>
        <source>This is a certificate, not a badge: use the Verify tab (Ctrl+4). Nobody was checked in.</source>
        <translation>Esto es un certificado, no una credencial: use la pestaña Verificar (Ctrl+4). No se registró a nadie.</translation>
    </message>
    <message>
        <source>Nobody found. Enter looks the text up as a document; Ctrl+N registers a walk-in.</source>
        <translation>No se encontró a nadie. Enter lo busca como documento; Ctrl+N registra a una persona nueva.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}: type more letters</source>
        <translation>Se muestran {shown} de {total}: escriba más letras</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>BADGE MISREAD</source>
        <translation>CÓDIGO MAL LEÍDO</translation>
    </message>
    <message>
        <source>Badge code misread: scan again. (Read: {code})</source>
        <translation>Código mal leído: vuelva a escanear. (Leído: {code})</translation>
    </message>
    <message>
        <source>UNKNOWN BADGE</source>
        <translation>CREDENCIAL DESCONOCIDA</translation>
    </message>
    <message>
        <source>No participant has badge code {code}. Is it a badge of another event?</source>
        <translation>Ningún participante tiene el código {code}. ¿Es la credencial de otro evento?</translation>
    </message>
    <message>
        <source>NOT FOUND</source>
        <translation>NO ENCONTRADO</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”. Check the spelling, search by surname, or register a walk-in (Ctrl+N).</source>
        <translation>Nadie coincide con «{text}». Revise la ortografía, busque por apellido o registre a una persona nueva (Ctrl+N).</translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <translation>NO REGISTRADO</translation>
    </message>
    <message>
        <source>NOTHING TO UNDO</source>
        <translation>NADA QUE ANULAR</translation>
    </message>
    <message>
        <source>No check-in of day {day} to undo: choose a row in the last check-ins, or search the person.</source>
        <translation>No hay registro del día {day} que anular: elija una fila en los últimos registros o busque a la persona.</translation>
    </message>
    <message>
        <source>NOT UNDONE</source>
        <translation>NO SE ANULÓ</translation>
    </message>
    <message>
        <source>WHOSE BADGE?</source>
        <translation>¿CREDENCIAL DE QUIÉN?</translation>
    </message>
    <message>
        <source>Search the person first (or check them in), then press Ctrl+P.</source>
        <translation>Busque primero a la persona (o regístrela) y pulse Ctrl+P.</translation>
    </message>
    <message>
        <source>badges</source>
        <translation>credenciales</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>credencial</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) on {pages} A4 page(s), to cut along the marks.</source>
        <translation>
            <numerusform>%n credencial; hojas A4: {pages}. Córtela por las marcas.</numerusform>
            <numerusform>%n credenciales; hojas A4: {pages}. Córtelas por las marcas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign-in sheet of day {day} ({date}): %n person(s), {pages} A4 page(s).</source>
        <translation>
            <numerusform>Hoja de asistencia del día {day} ({date}): %n persona; hojas A4: {pages}.</numerusform>
            <numerusform>Hoja de asistencia del día {day} ({date}): %n personas; hojas A4: {pages}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the sign-in sheet…</source>
        <translation>Preparando la hoja de asistencia…</translation>
    </message>
    <message>
        <source>Saved in {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>NOT PRINTED</source>
        <translation>NO IMPRESO</translation>
    </message>
    <message>
        <source>The badge of {name} (A4 page, cut along the marks).</source>
        <translation>La credencial de {name} (hoja A4, córtela por las marcas).</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Making the badges…</source>
        <translation>Preparando las credenciales…</translation>
    </message>
    <message>
        <source>sign-in-sheet-day-{day}</source>
        <translation>hoja-de-asistencia-dia-{day}</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Prepare another desk</source>
        <translation>Preparar otra mesa</translation>
    </message>
    <message>
        <source>A copy of this event for another laptop: the same roster and the same sync key, with its own desk name. It does not carry the certificate signing key.</source>
        <translation>Una copia de este evento para otra laptop: la misma lista de participantes y la misma clave de sincronización, con su propio nombre de mesa. No lleva la clave para firmar certificados.</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Preparar</translation>
    </message>
    <message>
        <source>New desk&apos;s &amp;name:</source>
        <translation>&amp;Nombre de la nueva mesa:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>Save the new desk&apos;s event file</source>
        <translation>Guardar el archivo de evento de la nueva mesa</translation>
    </message>
    <message>
        <source>Event files (*.event)</source>
        <translation>Archivos de evento (*.event)</translation>
    </message>
    <message>
        <source>Give the new desk a name, such as “Desk 2”.</source>
        <translation>Dele un nombre a la nueva mesa, por ejemplo «Mesa 2».</translation>
    </message>
    <message>
        <source>There is already a desk called “{name}”: give the new one its own name.</source>
        <translation>Ya hay una mesa llamada «{name}»: dele a la nueva un nombre propio.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Elija dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>{path} already exists; an event file is never overwritten.</source>
        <translation>{path} ya existe; un archivo de evento nunca se sobrescribe.</translation>
    </message>
    <message>
        <source>Done: “{name}” is ready in {path}.</source>
        <translation>Listo: «{name}» está preparada en {path}.</translation>
    </message>
    <message>
        <source>On the other laptop, copy this file to its disk (do not work from the USB stick), open it with File ▸ Open event (Ctrl+O), and in the Desks tab choose the same sync folder as this desk.</source>
        <translation>En la otra laptop, copie este archivo a su disco (no trabaje desde la memoria USB), ábralo con Archivo ▸ Abrir evento (Ctrl+O) y, en la pestaña Mesas, elija la misma carpeta de sincronización que esta mesa.</translation>
    </message>
    <message>
        <source>The desk could not be prepared: {error}</source>
        <translation>No se pudo preparar la mesa: {error}</translation>
    </message>
</context>
<context>
    <name>ConfirmationPanel</name>
    <message>
        <source>Day {day}, {time}</source>
        <translation>Día {day}, {time}</translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation>REGISTRADO</translation>
    </message>
    <message>
        <source>at {time} at {desk}</source>
        <translation>a las {time} en {desk}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>a las {time}</translation>
    </message>
    <message>
        <source>Already checked in on day {day} {where}. Nothing new was recorded.</source>
        <translation>Ya registrado el día {day} {where}. No se guardó nada nuevo.</translation>
    </message>
    <message>
        <source>ALREADY CHECKED IN</source>
        <translation>YA REGISTRADO</translation>
    </message>
    <message>
        <source>Check-in of day {day} undone. Reason: {reason}</source>
        <translation>Registro del día {day} anulado. Motivo: {reason}</translation>
    </message>
    <message>
        <source>CHECK-IN UNDONE</source>
        <translation>REGISTRO ANULADO</translation>
    </message>
</context>
<context>
    <name>DesksView</name>
    <message>
        <source>today {time}</source>
        <translation>hoy {time}</translation>
    </message>
    <message>
        <source>Checked in twice</source>
        <translation>Registrado dos veces</translation>
    </message>
    <message>
        <source>Registration merged</source>
        <translation>Inscripción fusionada</translation>
    </message>
    <message>
        <source>Competing correction</source>
        <translation>Corrección en conflicto</translation>
    </message>
    <message>
        <source>Certificate issued twice</source>
        <translation>Certificado emitido dos veces</translation>
    </message>
    <message>
        <source>day {day}: {desks}</source>
        <translation>día {day}: {desks}</translation>
    </message>
    <message>
        <source>{name} ({code}) is {kept} ({kept_code}): same document or email; both work</source>
        <translation>{name} ({code}) es {kept} ({kept_code}): mismo documento o correo; ambos códigos funcionan</translation>
    </message>
    <message>
        <source>{field}: {values}; kept {kept}</source>
        <translation>{field}: {values}; se mantuvo {kept}</translation>
    </message>
    <message>
        <source>not a journal line (cut short or damaged)</source>
        <translation>no es una línea del diario (cortada o dañada)</translation>
    </message>
    <message>
        <source>fails authentication (another event&apos;s key, or altered)</source>
        <translation>no pasa la verificación (clave de otro evento, o alterada)</translation>
    </message>
    <message>
        <source>belongs to another event</source>
        <translation>pertenece a otro evento</translation>
    </message>
    <message>
        <source>written by another desk than its file says</source>
        <translation>escrita por otra mesa que la que indica su archivo</translation>
    </message>
    <message>
        <source>a journal version this program does not know</source>
        <translation>una versión de diario que este programa no conoce</translation>
    </message>
    <message>
        <source>far too long; not read</source>
        <translation>demasiado largo; no se leyó</translation>
    </message>
    <message>
        <source>lines that claim to be this desk&apos;s but are not signed by its key</source>
        <translation>líneas que dicen ser de esta mesa pero no están firmadas con su clave</translation>
    </message>
    <message>
        <source>a journal of a desk whose key this event does not know (prepare that desk again from the organizer&apos;s file)</source>
        <translation>un diario de una mesa cuya clave este evento no conoce (prepare de nuevo esa mesa desde el archivo del organizador)</translation>
    </message>
    <message>
        <source>a line that fails authentication (another event&apos;s key, or altered)</source>
        <translation>una línea que no pasa la autenticación (clave de otro evento, o alterada)</translation>
    </message>
    <message>
        <source>an entry that is not well formed</source>
        <translation>una entrada mal formada</translation>
    </message>
    <message>
        <source>a change of certificates or keys not signed by a key this event trusts</source>
        <translation>un cambio de certificados o claves no firmado por una clave en la que este evento confía</translation>
    </message>
    <message>
        <source>a journal that is a symlink or not a regular file</source>
        <translation>un diario que es un enlace simbólico o no es un archivo normal</translation>
    </message>
    <message>
        <source>a file whose name is not a desk&apos;s id</source>
        <translation>un archivo cuyo nombre no es el id de una mesa</translation>
    </message>
    <message>
        <source>, line {line}</source>
        <translation>, línea {line}</translation>
    </message>
    <message>
        <source>SECURITY: desk {desk}{where}: {what}; refused</source>
        <translation>SEGURIDAD: mesa {desk}{where}: {what}; rechazado</translation>
    </message>
    <message>
        <source>journal of {desk}</source>
        <translation>diario de {desk}</translation>
    </message>
    <message>
        <source>{journal}, line {line}: {why}; skipped</source>
        <translation>{journal}, línea {line}: {why}; se omitió</translation>
    </message>
    <message>
        <source>{journal}: cannot be read: {why}</source>
        <translation>{journal}: no se puede leer: {why}</translation>
    </message>
    <message>
        <source>{journal}: {count} more lines skipped</source>
        <translation>{journal}: se omitieron {count} líneas más</translation>
    </message>
    <message>
        <source>entry {entry}: unknown kind {kind} (from a newer program?)</source>
        <translation>entrada {entry}: tipo desconocido {kind} (¿de una versión más nueva del programa?)</translation>
    </message>
    <message>
        <source>sent {sent}, received {received}, conflicts: {conflicts}</source>
        <translation>enviados {sent}, recibidos {received}, conflictos: {conflicts}</translation>
    </message>
    <message>
        <source>{codes}: both stay valid</source>
        <translation>{codes}: ambos siguen siendo válidos</translation>
    </message>
    <message>
        <source>{journal}, line {line}: entry {entry} ({kind}) refused: {why}</source>
        <translation>{journal}, línea {line}: entrada {entry} ({kind}) rechazada: {why}</translation>
    </message>
    <message>
        <source>entries waiting for others not in the folder yet: {count}</source>
        <translation>cambios que esperan a otros que aún no están en la carpeta: {count}</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Check-ins and undos this desk recorded</source>
        <translation>Registros de asistencia y anulaciones hechos en esa mesa</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Every change of this desk: check-ins, walk-ins, corrections…</source>
        <translation>Todos los cambios de esa mesa: registros, inscripciones en el momento, correcciones…</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>When this desk made its latest change known here</source>
        <translation>Cuándo hizo esa mesa su último cambio conocido aquí</translation>
    </message>
    <message>
        <source>Last heard of</source>
        <translation>Última noticia</translation>
    </message>
    <message>
        <source>When this desk last received news of that desk</source>
        <translation>Cuándo recibió esta mesa noticias de esa mesa por última vez</translation>
    </message>
    <message>
        <source>Desk key</source>
        <translation>Clave de la mesa</translation>
    </message>
    <message>
        <source>The start of the fingerprint of the key that signs this desk&apos;s journal: compare it with the one shown on that laptop</source>
        <translation>El comienzo de la huella de la clave que firma el diario de esta mesa: compárela con la que muestra esa laptop</translation>
    </message>
    <message>
        <source>This desk: its changes need no receiving</source>
        <translation>Esta mesa: sus propios cambios no se reciben</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>{name} — this desk</source>
        <translation>{name} — esta mesa</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se conoce</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Código de credencial</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Sin&amp;cronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Prepare another desk…</source>
        <translation>&amp;Preparar otra mesa…</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <source>Sync &amp;now (F5)</source>
        <translation>Sincro&amp;nizar ahora (F5)</translation>
    </message>
    <message>
        <source>While the folder is there, this desk syncs on its own: when another desk writes to it, and a few seconds after each check-in or correction here.</source>
        <translation>Mientras la carpeta esté presente, esta mesa se sincroniza sola: cuando otra mesa escribe en ella, y unos segundos después de cada registro o corrección aquí.</translation>
    </message>
    <message>
        <source>Notes of the last sync:</source>
        <translation>Avisos de la última sincronización:</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;Mesas</translation>
    </message>
    <message>
        <source>C&amp;onflicts found (newest first)</source>
        <translation>&amp;Conflictos encontrados (los más recientes primero)</translation>
    </message>
    <message>
        <source>Desks ({n})</source>
        <translation>Mesas ({n})</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <source>Sync folder: shared with the other desks</source>
        <translation>Carpeta de sincronización: compartida con las otras mesas</translation>
    </message>
    <message>
        <source>No sync folder chosen yet.</source>
        <translation>Todavía no se eligió una carpeta de sincronización.</translation>
    </message>
    <message>
        <source>Choose a folder every desk reaches: a USB stick passed around, a shared folder, or a folder Syncthing keeps in step.</source>
        <translation>Elija una carpeta a la que lleguen todas las mesas: una memoria USB que pasa de mano en mano, una carpeta compartida o una carpeta que Syncthing mantiene al día.</translation>
    </message>
    <message>
        <source>✓ The folder is there.</source>
        <translation>✓ La carpeta está presente.</translation>
    </message>
    <message>
        <source>✗ The folder is not there now: plug in the USB stick, or choose another folder.</source>
        <translation>✗ La carpeta no está ahora: conecte la memoria USB o elija otra carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n new conflict(s); see the Desks tab.</source>
        <translation>
            <numerusform>Sincronización: %n conflicto nuevo; vea la pestaña Mesas.</numerusform>
            <numerusform>Sincronización: %n conflictos nuevos; vea la pestaña Mesas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: {error}</source>
        <translation>La sincronización falló: {error}</translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation>Todavía no se sincronizó.</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>The last try failed: {error}</source>
        <translation>El último intento falló: {error}</translation>
    </message>
</context>
<context>
    <name>FilesDialog</name>
    <message>
        <source>One file per person</source>
        <translation>Un archivo por persona</translation>
    </message>
    <message>
        <source>Open Badges &amp;credential (.jwt) beside each PDF</source>
        <translation>&amp;Credencial Open Badges (.jwt) junto a cada PDF</translation>
    </message>
    <message>
        <source>Also one &amp;ZIP file of them all</source>
        <translation>También un archivo &amp;ZIP con todos</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Carpeta para los certificados</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import roster</source>
        <translation>Importar lista de participantes</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx);;All files (*)</source>
        <translation>Listas de participantes (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read the roster</source>
        <translation>No se puede leer la lista de participantes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>{file}: column titles in row {row}. Check what each column holds, then press Enter to import.</source>
        <translation>{file}: títulos de columna en la fila {row}. Revise qué contiene cada columna y pulse Enter para importar.</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Primeras filas del archivo:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorar —</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Choose the column that holds the names (or the given names and the surnames).</source>
        <translation>Elija la columna que contiene los nombres (o la de nombres y la de apellidos).</translation>
    </message>
    <message>
        <source>Import finished:</source>
        <translation>Importación terminada:</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Added: {n}</source>
        <translation>Añadidos: {n}</translation>
    </message>
    <message>
        <source>Updated: {n}</source>
        <translation>Actualizados: {n}</translation>
    </message>
    <message>
        <source>Unchanged: {n}</source>
        <translation>Sin cambios: {n}</translation>
    </message>
    <message>
        <source>The same person as an earlier row (imported once):</source>
        <translation>La misma persona que en una fila anterior (importada una sola vez):</translation>
    </message>
    <message>
        <source>  row {row}: same as row {earlier}</source>
        <translation>  fila {row}: igual que la fila {earlier}</translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation>Filas omitidas:</translation>
    </message>
    <message>
        <source>  row {row}: {reason}</source>
        <translation>  fila {row}: {reason}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Surnames</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Second surname</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Kind of organization</source>
        <translation>Tipo de institución</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Certificate language</source>
        <translation>Idioma del certificado</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal de apoyo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Send by email when there is a network</source>
        <translation>Enviar por correo cuando haya red</translation>
    </message>
    <message>
        <source>kept by the system, never in the event file</source>
        <translation>la guarda el sistema, nunca el archivo del evento</translation>
    </message>
    <message>
        <source>Secure connection (&amp;STARTTLS)</source>
        <translation>Conexión segura (&amp;STARTTLS)</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>&amp;Servidor de correo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reportes</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <source>Go to {tab}</source>
        <translation>Ir a {tab}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>&amp;Abrir evento…</translation>
    </message>
    <message>
        <source>&amp;Recent events</source>
        <translation>Eventos &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importar lista de participantes…</translation>
    </message>
    <message>
        <source>&amp;Name this desk…</source>
        <translation>Nombre de esta &amp;mesa…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation>No se puede abrir el evento</translation>
    </message>
    <message>
        <source>No event open: File ▸ Open event (Ctrl+O) or New event (Ctrl+Shift+N)</source>
        <translation>Ningún evento abierto: Archivo ▸ Abrir evento (Ctrl+O) o Nuevo evento (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <source>Desk: {name}</source>
        <translation>Mesa: {name}</translation>
    </message>
    <message>
        <source>This desk&apos;s name</source>
        <translation>Nombre de esta mesa</translation>
    </message>
    <message>
        <source>Name this desk as the other desks and the records will show it:</source>
        <translation>Nombre de esta mesa, tal como lo verán las otras mesas y los registros:</translation>
    </message>
    <message>
        <source>Desk 1</source>
        <translation>Mesa 1</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>Abrir evento</translation>
    </message>
    <message>
        <source>Event files (*.event);;All files (*)</source>
        <translation>Archivos de evento (*.event);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>Wait until the import has finished.</source>
        <translation>Espere a que termine la importación.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Desk 1</source>
        <translation>Mesa 1</translation>
    </message>
    <message>
        <source>Title (&amp;Spanish):</source>
        <translation>Título (en e&amp;spañol):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>Título (en &amp;inglés):</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <source>&amp;Number of days:</source>
        <translation>&amp;Número de días:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>This &amp;desk&apos;s name:</source>
        <translation>Nombre de esta &amp;mesa:</translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation>No se puede crear el evento</translation>
    </message>
    <message>
        <source>Save the new event as</source>
        <translation>Guardar el nuevo evento como</translation>
    </message>
    <message>
        <source>Event files (*.event)</source>
        <translation>Archivos de evento (*.event)</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Correct a participant</source>
        <translation>Corregir un participante</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Certificate &amp;language:</source>
        <translation>Idioma del c&amp;ertificado:</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Código de credencial</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Día {n}</translation>
    </message>
    <message>
        <source>✓ present</source>
        <translation>✓ presente</translation>
    </message>
    <message>
        <source>Present on day {n}</source>
        <translation>Presente el día {n}</translation>
    </message>
    <message>
        <source>Absent on day {n}</source>
        <translation>Ausente el día {n}</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Search by name, organization, email, document or badge code</source>
        <translation>Buscar por nombre, institución, correo, documento o código de credencial</translation>
    </message>
    <message>
        <source>Correct a participant</source>
        <translation>Corregir un participante</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Present on day {n}</source>
        <translation>Presentes día {n}</translation>
    </message>
    <message>
        <source>Absent on day {n}</source>
        <translation>Ausentes día {n}</translation>
    </message>
    <message>
        <source>Showing {shown} of {found} ({total} in all): type more letters</source>
        <translation>Se muestran {shown} de {found} ({total} en total): escriba más letras</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot correct the participant</source>
        <translation>No se puede corregir al participante</translation>
    </message>
</context>
<context>
    <name>PdfReadyDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Abrir PDF</translation>
    </message>
    <message>
        <source>No PDF viewer could open the file. It is here:</source>
        <translation>Ningún visor de PDF pudo abrir el archivo. Está aquí:</translation>
    </message>
</context>
<context>
    <name>PictureSlot</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot use this picture</source>
        <translation>No se puede usar esta imagen</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo de archivo:</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Conjunto de páginas:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Encuadernar por el lado largo</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Encuadernar por el lado corto</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>Re Pág</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>Av Pág</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Day %1 present</source>
        <translation>Día %1 presentes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(sin dato)</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Kind of organization</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Attendance &amp;by:</source>
        <translation>Asistencia &amp;por:</translation>
    </message>
    <message>
        <source>Export attendance (CSV or Excel)… (Ctrl+E)</source>
        <translation>Exportar asistencia (CSV o Excel)… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Sign-in sheets of every day (PDF)…</source>
        <translation>Hojas de asistencia de cada día (PDF)…</translation>
    </message>
    <message>
        <source>Export this report (Excel)…</source>
        <translation>Exportar este informe (Excel)…</translation>
    </message>
    <message>
        <source>%1 registered</source>
        <translation>Inscritos: %1</translation>
    </message>
    <message>
        <source>Day %1: %2 present</source>
        <translation>Día %1, presentes: %2</translation>
    </message>
    <message>
        <source>%1 participants written to %2</source>
        <translation>%1 participantes guardados en %2</translation>
    </message>
    <message>
        <source>The report is in %2</source>
        <translation>El informe está en %2</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Exportar asistencia</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Hojas de asistencia</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>Type up a paper sheet, day {day}</source>
        <translation>Pasar hoja de papel, día {day}</translation>
    </message>
    <message>
        <source>One badge code or document number a line, as written on the paper sign-in sheet of day {day}. Everyone is checked in at the time the sheet was signed.</source>
        <translation>Un código de credencial o número de documento por línea, tal como figura en la hoja de asistencia en papel del día {day}. Todos quedan registrados a la hora en que se firmó la hoja.</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 09:30</source>
        <translation>HH:MM, p. ej. 09:30</translation>
    </message>
    <message>
        <source>&amp;Check in (Ctrl+Enter)</source>
        <translation>&amp;Registrar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Codes or documents:</source>
        <translation>&amp;Códigos o documentos:</translation>
    </message>
    <message>
        <source>Signed at (&amp;time):</source>
        <translation>&amp;Hora de la firma:</translation>
    </message>
    <message>
        <source>Checked in: {done} · already checked in: {already} · not found: {missing}</source>
        <translation>Registrados: {done} · ya estaban: {already} · no encontrados: {missing}</translation>
    </message>
    <message>
        <source>✖ NOT FOUND (check the line against the paper):</source>
        <translation>✖ NO ENCONTRADOS (compare la línea con el papel):</translation>
    </message>
    <message>
        <source>⚠ ALREADY CHECKED IN (nothing new recorded):</source>
        <translation>⚠ YA REGISTRADOS (no se guardó nada nuevo):</translation>
    </message>
    <message>
        <source>✔ CHECKED IN:</source>
        <translation>✔ REGISTRADOS:</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <source>Undo a check-in</source>
        <translation>Anular un registro</translation>
    </message>
    <message>
        <source>Undo the check-in of {name} on day {day} ({time}, {desk})?</source>
        <translation>¿Anular el registro de {name} del día {day} ({time}, {desk})?</translation>
    </message>
    <message>
        <source>Wrong person</source>
        <translation>Persona equivocada</translation>
    </message>
    <message>
        <source>Wrong day</source>
        <translation>Día equivocado</translation>
    </message>
    <message>
        <source>Checked in by mistake</source>
        <translation>Registrado por error</translation>
    </message>
    <message>
        <source>Left before the start</source>
        <translation>Se retiró antes del inicio</translation>
    </message>
    <message>
        <source>Why? (required)</source>
        <translation>¿Por qué? (obligatorio)</translation>
    </message>
    <message>
        <source>The check-in stays in the record, marked as undone.</source>
        <translation>El registro queda en el historial, marcado como anulado.</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>&amp;Anular registro</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>VerifyView</name>
    <message>
        <source>Verify &amp;with:</source>
        <translation>Verificar c&amp;on:</translation>
    </message>
    <message>
        <source>Trust a &amp;bundle…</source>
        <translation>Confiar en un &amp;paquete…</translation>
    </message>
    <message>
        <source>Verify another issuer&apos;s certificates: open the verification bundle they gave you, compare its key fingerprints, and trust it</source>
        <translation>Verificar certificados de otro emisor: abra el paquete de verificación que le dio, compare las huellas de sus claves y confíe en él</translation>
    </message>
    <message>
        <source>Scan the certificate&apos;s QR code, or type the code printed under it (ABCD-EFGH-JKMN-P2), then Enter</source>
        <translation>Escanee el código QR del certificado o escriba el código impreso debajo (ABCD-EFGH-JKMN-P2) y pulse Enter</translation>
    </message>
    <message>
        <source>V&amp;erify</source>
        <translation>V&amp;erificar</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>A&amp;brir archivo…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or PDF of the certificate (Ctrl+Shift+O)</source>
        <translation>Un PNG, JPEG o PDF del certificado (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Cámara</translation>
    </message>
    <message>
        <source>Go to the code field</source>
        <translation>Ir al campo del código</translation>
    </message>
    <message>
        <source>or drop a PNG, JPEG or PDF file of the certificate here</source>
        <translation>o suelte aquí un archivo PNG, JPEG o PDF del certificado</translation>
    </message>
    <message>
        <source>Enter: verify · Ctrl+L: code field · Ctrl+Shift+O: open file · Ctrl+Shift+C: camera · Esc: clear</source>
        <translation>Enter: verificar · Ctrl+L: campo del código · Ctrl+Mayús+O: abrir archivo · Ctrl+Mayús+C: cámara · Esc: borrar</translation>
    </message>
    <message>
        <source>Scan a certificate to see whose it is and whether it is genuine.</source>
        <translation>Escanee un certificado para ver de quién es y si es auténtico.</translation>
    </message>
    <message>
        <source>This event&apos;s keys: {title}</source>
        <translation>Claves de este evento: {title}</translation>
    </message>
    <message>
        <source>(open an event or trust a bundle)</source>
        <translation>(abra un evento o confíe en un paquete)</translation>
    </message>
    <message>
        <source>Verification bundle of {issuer} ({file})</source>
        <translation>Paquete de verificación de {issuer} ({file})</translation>
    </message>
    <message>
        <source>Cannot use this bundle</source>
        <translation>No se puede usar este paquete</translation>
    </message>
    <message>
        <source>Trust a verification bundle</source>
        <translation>Confiar en un paquete de verificación</translation>
    </message>
    <message>
        <source>Verification bundles (*.json);;All files (*)</source>
        <translation>Paquetes de verificación (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read the bundle</source>
        <translation>No se puede leer el paquete</translation>
    </message>
    <message>
        <source>Cannot trust the bundle</source>
        <translation>No se puede confiar en el paquete</translation>
    </message>
    <message>
        <source>Issuer: {issuer}
Events: {events}

Key fingerprints:

{keys}

Trust only if these fingerprints are the ones the issuer gave you by another means (the first 8 digits are printed on each certificate as “key”). Trust this issuer&apos;s keys?</source>
        <translation>Emisor: {issuer}
Eventos: {events}

Huellas de las claves:

{keys}

Confíe solo si estas huellas son las que el emisor le dio por otro medio (los primeros 8 dígitos van impresos en cada certificado como «clave»). ¿Confiar en las claves de este emisor?</translation>
    </message>
    <message>
        <source>NO KEYS TO VERIFY WITH</source>
        <translation>NO HAY CLAVES CON QUÉ VERIFICAR</translation>
    </message>
    <message>
        <source>Open the event, or trust the issuer&apos;s verification bundle (Trust a bundle…).</source>
        <translation>Abra el evento o confíe en el paquete de verificación del emisor (Confiar en un paquete…).</translation>
    </message>
    <message>
        <source>This text could not be checked.</source>
        <translation>No se pudo comprobar este texto.</translation>
    </message>
    <message>
        <source>UNREADABLE</source>
        <translation>ILEGIBLE</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>VÁLIDO</translation>
    </message>
    <message>
        <source>REPLACED by a corrected version</source>
        <translation>REEMPLAZADO por una versión corregida</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>REVOCADO</translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation>ALTERADO</translation>
    </message>
    <message>
        <source>UNKNOWN KEY</source>
        <translation>CLAVE DESCONOCIDA</translation>
    </message>
    <message>
        <source>ISSUED</source>
        <translation>EMITIDO</translation>
    </message>
    <message>
        <source>NOT ISSUED</source>
        <translation>NO EMITIDO</translation>
    </message>
    <message>
        <source>The signature is genuine and this is the current certificate.</source>
        <translation>La firma es auténtica y este es el certificado vigente.</translation>
    </message>
    <message>
        <source>The signature is genuine, but a corrected certificate replaced this paper: ask the holder for the current one.</source>
        <translation>La firma es auténtica, pero un certificado corregido reemplazó este papel: pida al titular el vigente.</translation>
    </message>
    <message>
        <source>The issuer revoked this certificate: it is no longer valid.</source>
        <translation>El emisor revocó este certificado: ya no es válido.</translation>
    </message>
    <message>
        <source>The signature does not match what the code says: it was changed or forged.</source>
        <translation>La firma no corresponde a lo que dice el código: fue modificado o falsificado.</translation>
    </message>
    <message>
        <source>Signed with a key this computer does not trust (key {kid}). Verify it with the issuer&apos;s verification bundle.</source>
        <translation>Firmado con una clave en la que esta computadora no confía (clave {kid}). Verifíquelo con el paquete de verificación del emisor.</translation>
    </message>
    <message>
        <source>No certificate code could be read. Scan it again, or type the code printed under the QR.</source>
        <translation>No se pudo leer un código de certificado. Vuelva a escanearlo o escriba el código impreso debajo del QR.</translation>
    </message>
    <message>
        <source>Certificate {code} is in the register (revision {rev}). A typed code does not prove that a paper is genuine: scan its QR to check the signature.</source>
        <translation>El certificado {code} figura en el registro (revisión {rev}). Un código escrito no prueba que un papel sea auténtico: escanee su QR para comprobar la firma.</translation>
    </message>
    <message>
        <source>No certificate with code {code} was issued.</source>
        <translation>No se emitió ningún certificado con el código {code}.</translation>
    </message>
    <message>
        <source>GENUINE SIGNATURE</source>
        <translation>FIRMA AUTÉNTICA</translation>
    </message>
    <message>
        <source>Genuine signature; this event&apos;s status is not available (revocations and corrections are in the issuer&apos;s bundle for it).</source>
        <translation>firma auténtica; estado de este evento no disponible (las revocaciones y correcciones están en el paquete del emisor para ese evento).</translation>
    </message>
    <message>
        <source>Certificate {code} was revoked by its issuer: it is no longer valid.</source>
        <translation>El emisor revocó el certificado {code}: ya no es válido.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Días asistidos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Emitido el</translation>
    </message>
    <message>
        <source>Checked with the verification bundle of {issuer}, as of {as_of}.</source>
        <translation>Comprobado con el paquete de verificación de {issuer}, al {as_of}.</translation>
    </message>
    <message>
        <source>Checked with this event&apos;s keys and register.</source>
        <translation>Comprobado con las claves y el registro de este evento.</translation>
    </message>
    <message>
        <source>Open a certificate</source>
        <translation>Abrir un certificado</translation>
    </message>
    <message>
        <source>Certificates (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>Certificados (*.png *.jpg *.jpeg *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>No certificate QR code was found in {file}.</source>
        <translation>No se encontró ningún código QR de certificado en {file}.</translation>
    </message>
    <message>
        <source>Read the certificate with this computer&apos;s camera (Ctrl+Shift+C)</source>
        <translation>Leer el certificado con la cámara de esta computadora (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Hold the certificate&apos;s QR code in front of the camera…</source>
        <translation>Ponga el código QR del certificado frente a la cámara…</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>New person (walk-in), day {day}</source>
        <translation>Persona nueva (sin inscripción previa), día {day}</translation>
    </message>
    <message>
        <source>Keep as &amp;typed</source>
        <translation>Dejar como se &amp;escribió</translation>
    </message>
    <message>
        <source>Someone not on the list: they will be added and checked in for day {day}. Before anyone is created, the people on the list with a name like theirs (two of its words), the same document or email are shown.</source>
        <translation>Alguien que no está en la lista: se añadirá y quedará registrado para el día {day}. Antes de crear a nadie se muestran las personas de la lista con un nombre parecido (dos de sus palabras), el mismo documento o el mismo correo.</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Ro&amp;l:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Kind of organization:</source>
        <translation>Tipo de &amp;organización:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <source>&amp;Value chain:</source>
        <translation>Cadena de &amp;valor:</translation>
    </message>
    <message>
        <source>Is this one of these people? They are already on the roster.</source>
        <translation>¿Es alguna de estas personas? Ya están en la lista de participantes.</translation>
    </message>
    <message>
        <source>&amp;Yes, this person (check in)</source>
        <translation>&amp;Sí, es esta persona (registrar)</translation>
    </message>
    <message>
        <source>&amp;No, someone else (create)</source>
        <translation>&amp;No, es otra persona (crear)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>&amp;Print badge</source>
        <translation>&amp;Imprimir credencial</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>It will be written: {name}</source>
        <translation>Se escribirá: {name}</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Falta el nombre.</translation>
    </message>
    <message>
        <source>Typed: {what}</source>
        <translation>Datos escritos: {what}</translation>
    </message>
    <message>
        <source>⚠ already checked in on day {day} at {time}</source>
        <translation>⚠ ya registrado el día {day} a las {time}</translation>
    </message>
    <message>
        <source>Same document or email as someone on the roster: it is the same person for this program. If it is someone else, go back and correct the document or email.</source>
        <translation>Mismo documento o correo que alguien de la lista: para este programa es la misma persona. Si es otra persona, vuelva atrás y corrija el documento o el correo.</translation>
    </message>
</context>
</TS>
