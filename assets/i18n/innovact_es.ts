<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_PE" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="61"/>
        <source>Cannot open the demo event</source>
        <translation>No se puede abrir el evento de demostración</translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <location filename="../../ui/checkin_view.py" line="48"/>
        <source>Check-in comes here: type a few letters of a name or scan a badge, then press Enter.</source>
        <translation>Aquí irá el registro de asistencia: escriba unas letras del nombre o escanee el gafete, y pulse Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_view.py" line="57"/>
        <source>No event open</source>
        <translation>Ningún evento abierto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin_view.py" line="62"/>
        <source>Day {day} ({date}): %n present</source>
        <translation>
            <numerusform>Día {day} ({date}): %n presente</numerusform>
            <numerusform>Día {day} ({date}): %n presentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="50"/>
        <location filename="../../ui/import_dialog.py" line="89"/>
        <source>Import roster</source>
        <translation>Importar lista de participantes</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="51"/>
        <source>Rosters (*.csv *.xlsx);;All files (*)</source>
        <translation>Listas de participantes (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="65"/>
        <source>Cannot read the roster</source>
        <translation>No se puede leer la lista de participantes</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="104"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="127"/>
        <source>{file}: column titles in row {row}. Check what each column holds, then press Enter to import.</source>
        <translation>{file}: títulos de columna en la fila {row}. Revise qué contiene cada columna y pulse Enter para importar.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="139"/>
        <source>First rows of the file:</source>
        <translation>Primeras filas del archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="147"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="147"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="147"/>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="163"/>
        <source>— ignore —</source>
        <translation>— ignorar —</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195"/>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="247"/>
        <source>Choose the column that holds the names (or the given names and the surnames).</source>
        <translation>Elija la columna que contiene los nombres (o la de nombres y la de apellidos).</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="276"/>
        <source>Import finished: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importación terminada: {added} añadidos, {updated} actualizados, {unchanged} sin cambios.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="284"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="291"/>
        <source>Added: {n}</source>
        <translation>Añadidos: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="292"/>
        <source>Updated: {n}</source>
        <translation>Actualizados: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="293"/>
        <source>Unchanged: {n}</source>
        <translation>Sin cambios: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="296"/>
        <source>The same person as an earlier row (imported once):</source>
        <translation>La misma persona que en una fila anterior (importada una sola vez):</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="297"/>
        <source>  row {row}: same as row {earlier}</source>
        <translation>  fila {row}: igual que la fila {earlier}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="300"/>
        <source>Skipped rows:</source>
        <translation>Filas omitidas:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="301"/>
        <source>  row {row}: {reason}</source>
        <translation>  fila {row}: {reason}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/i18n.py" line="69"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="70"/>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="71"/>
        <source>Surnames</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="72"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="73"/>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="74"/>
        <source>Organization</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="75"/>
        <source>Kind of organization</source>
        <translation>Tipo de institución</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="76"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="77"/>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="78"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="79"/>
        <source>Certificate language</source>
        <translation>Idioma del certificado</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="80"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="81"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="82"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="83"/>
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="90"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="91"/>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="92"/>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="93"/>
        <source>Staff</source>
        <translation>Personal de apoyo</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="94"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="100"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="100"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="106"/>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="108"/>
        <source>name longer than {limit} bytes</source>
        <translation>nombre de más de {limit} bytes</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="111"/>
        <source>malformed email: {email}</source>
        <translation>correo electrónico mal formado: {email}</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="120"/>
        <source>{path}: there is no event file there.</source>
        <translation>{path}: no hay ningún archivo de evento ahí.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="121"/>
        <source>{path} already exists; an event file is never overwritten.</source>
        <translation>{path} ya existe; un archivo de evento nunca se sobrescribe.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="122"/>
        <source>{path} is not an event file of this program, or it is damaged.</source>
        <translation>{path} no es un archivo de evento de este programa, o está dañado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Certificates: print them for those who met the attendance rule, in Spanish or English (coming soon).</source>
        <translation>Certificados: imprimirlos para quienes cumplieron la regla de asistencia, en español o en inglés (próximamente).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Verify: scan or type a certificate&apos;s code to see whose it is and whether it is genuine (coming soon).</source>
        <translation>Verificar: escanee o escriba el código de un certificado para ver de quién es y si es auténtico (próximamente).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Reports: attendance per day and by kind of organization, country and gender (coming soon).</source>
        <translation>Reportes: asistencia por día y por tipo de institución, país y género (próximamente).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Reports</source>
        <translation>Reportes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Go to {tab}</source>
        <translation>Ir a {tab}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Abrir evento…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Recent events</source>
        <translation>Eventos &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importar lista de participantes…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>&amp;Name this desk…</source>
        <translation>Nombre de esta &amp;mesa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Cannot open the event</source>
        <translation>No se puede abrir el evento</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>No event open: File ▸ Open event (Ctrl+O) or New event (Ctrl+N)</source>
        <translation>Ningún evento abierto: Archivo ▸ Abrir evento (Ctrl+O) o Nuevo evento (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Desk: {name}</source>
        <translation>Mesa: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>This desk&apos;s name</source>
        <translation>Nombre de esta mesa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Name this desk as the other desks and the records will show it:</source>
        <translation>Nombre de esta mesa, tal como lo verán las otras mesas y los registros:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Desk 1</source>
        <translation>Mesa 1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Open event</source>
        <translation>Abrir evento</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Event files (*.event);;All files (*)</source>
        <translation>Archivos de evento (*.event);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Wait until the import has finished.</source>
        <translation>Espere a que termine la importación.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="39"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="56"/>
        <source>Desk 1</source>
        <translation>Mesa 1</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="74"/>
        <source>Title (&amp;Spanish):</source>
        <translation>Título (en e&amp;spañol):</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="75"/>
        <source>Title (&amp;English):</source>
        <translation>Título (en &amp;inglés):</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="76"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="77"/>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="78"/>
        <source>&amp;Number of days:</source>
        <translation>&amp;Número de días:</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="79"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="80"/>
        <source>This &amp;desk&apos;s name:</source>
        <translation>Nombre de esta &amp;mesa:</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="112"/>
        <source>Cannot create the event</source>
        <translation>No se puede crear el evento</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="121"/>
        <source>Save the new event as</source>
        <translation>Guardar el nuevo evento como</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="121"/>
        <source>Event files (*.event)</source>
        <translation>Archivos de evento (*.event)</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/participant_dialog.py" line="26"/>
        <source>Correct a participant</source>
        <translation>Corregir un participante</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="53"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="54"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="55"/>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="56"/>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="57"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="58"/>
        <source>Certificate &amp;language:</source>
        <translation>Idioma del c&amp;ertificado:</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/participants_model.py" line="29"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/participants_model.py" line="30"/>
        <source>Organization</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../ui/participants_model.py" line="31"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/participants_model.py" line="32"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/participants_model.py" line="33"/>
        <source>Badge code</source>
        <translation>Código de gafete</translation>
    </message>
    <message>
        <location filename="../../ui/participants_model.py" line="88"/>
        <source>Day {n}</source>
        <translation>Día {n}</translation>
    </message>
    <message>
        <location filename="../../ui/participants_model.py" line="120"/>
        <source>✓ present</source>
        <translation>✓ presente</translation>
    </message>
    <message>
        <location filename="../../ui/participants_model.py" line="123"/>
        <source>Present on day {n}</source>
        <translation>Presente el día {n}</translation>
    </message>
    <message>
        <location filename="../../ui/participants_model.py" line="124"/>
        <source>Absent on day {n}</source>
        <translation>Ausente el día {n}</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../../ui/participants_view.py" line="94"/>
        <source>Search by name, organization, email, document or badge code</source>
        <translation>Buscar por nombre, institución, correo, documento o código de gafete</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="95"/>
        <source>Correct a participant</source>
        <translation>Corregir un participante</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="140"/>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/participants_view.py" line="142"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="197"/>
        <source>Cannot correct the participant</source>
        <translation>No se puede corregir al participante</translation>
    </message>
</context>
</TS>
