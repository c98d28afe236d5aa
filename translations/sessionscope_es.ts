<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiError</name>
    <message>
        <source>The API key was rejected — check it in Connections.</source>
        <translation>Se rechazó la clave de API: revísela en Conexiones.</translation>
    </message>
    <message>
        <source>This key does not have permission to read these sessions.</source>
        <translation>Esta clave no tiene permiso para leer estas sesiones.</translation>
    </message>
    <message>
        <source>The server does not know this address — check the server address in Connections.</source>
        <translation>El servidor no reconoce esta dirección: revise la dirección del servidor en Conexiones.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited). Try again in %1 s.</source>
        <translation>El servicio está ocupado (límite de peticiones). Vuelva a intentarlo dentro de %1 s.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited). Try again in a minute.</source>
        <translation>El servicio está ocupado (límite de peticiones). Vuelva a intentarlo dentro de un minuto.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server could not be reached — check the network connection and the address in Connections.</source>
        <translation>No se pudo contactar con el servidor: revise la conexión de red y la dirección en Conexiones.</translation>
    </message>
    <message>
        <source>The server sent more data than SessionScope accepts in one answer.</source>
        <translation>El servidor envió más datos de los que SessionScope acepta en una respuesta.</translation>
    </message>
    <message>
        <source>The server sent an answer SessionScope cannot use.</source>
        <translation>El servidor envió una respuesta que SessionScope no puede usar.</translation>
    </message>
    <message>
        <source>The service has a problem at the moment. Try again later.</source>
        <translation>El servicio tiene un problema en este momento. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>El servidor rechazó la petición por no ser válida.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation>No se pudo verificar la conexión segura con el servidor.</translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is only allowed on this computer).</source>
        <translation>La dirección debe empezar por https:// (http sin cifrar solo se permite en este equipo).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la petición.</translation>
    </message>
    <message>
        <source>The server redirected to a different address. SessionScope did not follow it, so the key was not sent there — check the server address in Connections.</source>
        <translation>El servidor redirigió a otra dirección. SessionScope no la siguió, así que la clave no se envió allí: revise la dirección del servidor en Conexiones.</translation>
    </message>
</context>
<context>
    <name>AttemptsLoader</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Se cerró la conexión.</translation>
    </message>
    <message>
        <source>The server sent a list of attempts that could not be read.</source>
        <translation>El servidor envió una lista de intentos que no se pudo leer.</translation>
    </message>
    <message>
        <source>The server sent the same page of attempts twice, so loading stopped to avoid going round in circles.</source>
        <translation>El servidor envió dos veces la misma página de intentos, así que la carga se detuvo para no dar vueltas en círculo.</translation>
    </message>
    <message>
        <source>Loading stopped after %1 pages of attempts, far more than a session should have.</source>
        <translation>La carga se detuvo tras %1 páginas de intentos, muchas más de las que debería tener una sesión.</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>Century Smart IA</source>
        <translation>Century Smart IA</translation>
    </message>
    <message>
        <source>Treasure Workflow</source>
        <translation>Treasure Workflow</translation>
    </message>
    <message>
        <source>Mobile Next</source>
        <translation>Mobile Next</translation>
    </message>
</context>
<context>
    <name>CenturyDetailView</name>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Not yet (in progress)</source>
        <translation>Todavía no (en curso)</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <source>The same numbers as a table</source>
        <translation>Las mismas cifras en forma de tabla</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Mostrar como gráfico</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>Como imagen PNG…</translation>
    </message>
    <message>
        <source>As SVG image…</source>
        <translation>Como imagen SVG…</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Gráfico de %1</translation>
    </message>
    <message>
        <source>Click a slice or bar to show only those sessions</source>
        <translation>Haga clic en un sector o una barra para mostrar solo esas sesiones</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tabla de %1</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Saves this chart as a PNG or SVG image</source>
        <translation>Guarda este gráfico como imagen PNG o SVG</translation>
    </message>
</context>
<context>
    <name>ChartPlot</name>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>ChartSheetTable</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Level (in level order)</source>
        <translation>Nivel (en orden de niveles)</translation>
    </message>
    <message>
        <source>Completed sessions</source>
        <translation>Sesiones completadas</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Nivel: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Materia: %1</translation>
    </message>
    <message>
        <source>No completed session with a level yet.</source>
        <translation>Todavía no hay ninguna sesión completada con nivel.</translation>
    </message>
    <message>
        <source>%1 mostly %2</source>
        <translation>%1 sobre todo %2</translation>
    </message>
    <message>
        <source>%1 completed sessions, %2 to %3; most common %4 (%5, %6). %7.</source>
        <translation>%1 sesiones completadas, de %2 a %3; el más frecuente, %4 (%5, %6). %7.</translation>
    </message>
    <message>
        <source> %1 without a level (not finished).</source>
        <translation> %1 sin nivel (sin terminar).</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Duraciones</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message>
        <source>No completed session with a duration yet.</source>
        <translation>Todavía no hay ninguna sesión completada con duración.</translation>
    </message>
    <message>
        <source>%1 completed sessions; the most took %2 (%3, %4).</source>
        <translation>%1 sesiones completadas; la mayoría duró %2 (%3, %4).</translation>
    </message>
    <message>
        <source>No sessions to count.</source>
        <translation>No hay sesiones que contar.</translation>
    </message>
    <message>
        <source>%1 has the most sessions: %2.</source>
        <translation>%1 tiene más sesiones: %2.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Flujos de trabajo</translation>
    </message>
    <message numerus="yes">
        <source> The top %Ln are shown; the rest are summed as Other.</source>
        <translation>
            <numerusform> Se muestra el primero (%Ln); el resto se suma como Otro.</numerusform>
            <numerusform> Se muestran los %Ln primeros; el resto se suma como Otro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>OS versions</source>
        <translation>Versiones del sistema</translation>
    </message>
    <message>
        <source>Platform and OS version</source>
        <translation>Plataforma y versión del sistema</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>Sistema: %1</translation>
    </message>
    <message>
        <source>%1 is the most used (%2 sessions).</source>
        <translation>%1 es el más usado (%2 sesiones).</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>En uso ahora</translation>
    </message>
    <message>
        <source>Devices held by a live session</source>
        <translation>Dispositivos ocupados por una sesión en directo</translation>
    </message>
    <message>
        <source>Devices in use</source>
        <translation>Dispositivos en uso</translation>
    </message>
    <message>
        <source>Live on %1</source>
        <translation>En directo en %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) in use now</source>
        <translation>
            <numerusform>%Ln dispositivo en uso ahora</numerusform>
            <numerusform>%Ln dispositivos en uso ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Based on %1 shown of %2 loaded</source>
        <translation>Según %1 mostradas de %2 cargadas</translation>
    </message>
    <message>
        <source>Based on %1 loaded</source>
        <translation>Según %1 cargadas</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>%1 sessions: %2.</source>
        <translation>%1 sesiones: %2.</translation>
    </message>
    <message>
        <source>Sessions started</source>
        <translation>Sesiones iniciadas</translation>
    </message>
    <message>
        <source>Started per month</source>
        <translation>Iniciadas por mes</translation>
    </message>
    <message>
        <source>Started per hour</source>
        <translation>Iniciadas por hora</translation>
    </message>
    <message>
        <source>Started per day</source>
        <translation>Iniciadas por día</translation>
    </message>
    <message>
        <source>Started per week (from Monday)</source>
        <translation>Iniciadas por semana (desde el lunes)</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>A lo largo del tiempo</translation>
    </message>
    <message>
        <source>Started in the week of %1</source>
        <translation>Iniciadas en la semana del %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Iniciadas: %1</translation>
    </message>
    <message>
        <source>No start times to count.</source>
        <translation>No hay horas de inicio que contar.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3; the busiest is the week of %4 with %5.</source>
        <translation>%1 del %2 al %3; la de más actividad es la semana del %4 con %5.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3; the busiest is %4 with %5.</source>
        <translation>%1 del %2 al %3; el de más actividad es %4 con %5.</translation>
    </message>
    <message>
        <source> %1 without a start time.</source>
        <translation> %1 sin hora de inicio.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot encode %1 as PNG</source>
        <translation>No se puede codificar %1 como PNG</translation>
    </message>
</context>
<context>
    <name>ChartsDock</name>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Rows the charts count</source>
        <translation>Filas que cuentan los gráficos</translation>
    </message>
    <message>
        <source>No sessions loaded yet.</source>
        <translation>Todavía no hay sesiones cargadas.</translation>
    </message>
    <message>
        <source> (chart filter on)</source>
        <translation> (filtro de gráfico activo)</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove this chart filter</source>
        <translation>Quitar este filtro de gráfico</translation>
    </message>
    <message>
        <source>Remove chart filter %1</source>
        <translation>Quitar el filtro de gráfico %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>One tab per chart; the arrow keys move between them</source>
        <translation>Una pestaña por gráfico; las flechas pasan de una a otra</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Pupil</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Id. externo</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Pupil id</source>
        <translation>Id. del alumno</translation>
    </message>
    <message>
        <source>Test id</source>
        <translation>Id. de la prueba</translation>
    </message>
    <message>
        <source>Test version id</source>
        <translation>Id. de versión de la prueba</translation>
    </message>
    <message>
        <source>Result created</source>
        <translation>Resultado creado</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Id. de sesión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Original status</source>
        <translation>Estado original</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Versión del sistema</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>Ocupado durante</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id. de usuario</translation>
    </message>
    <message>
        <source>Organization id</source>
        <translation>Id. de organización</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Id. de dispositivo</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <source>Session time</source>
        <translation>Hora de la sesión</translation>
    </message>
    <message>
        <source>Attempt started</source>
        <translation>Inicio del intento</translation>
    </message>
    <message>
        <source>Attempt finished</source>
        <translation>Fin del intento</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Tiempo de ejecución</translation>
    </message>
    <message>
        <source>Retry name</source>
        <translation>Nombre del reintento</translation>
    </message>
    <message>
        <source>Attempt id</source>
        <translation>Id. de intento</translation>
    </message>
    <message>
        <source>Session UUID</source>
        <translation>UUID de la sesión</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Id. de proyecto</translation>
    </message>
    <message>
        <source>Workflow id</source>
        <translation>Id. de flujo de trabajo</translation>
    </message>
    <message>
        <source>Pool id</source>
        <translation>Id. de grupo</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>Cancelación solicitada</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
</context>
<context>
    <name>ConnectionFormDialog</name>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Tell me when a watched session completes</source>
        <translation>Avisarme cuando termine una sesión vigilada</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>e.g. Century — Riverside College</source>
        <translation>p. ej., Century — Instituto Ribera</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Test the connection to list the organizations this key can see.</source>
        <translation>Pruebe la conexión para ver las organizaciones a las que accede esta clave.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often live sessions are asked for. The service rate limits excessive polling.</source>
        <translation>Cada cuánto se piden las sesiones en directo. El servicio limita las consultas excesivas.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>&amp;Live refresh every:</source>
        <translation>Actualizar en &amp;directo cada:</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Paste the key from the service&apos;s settings</source>
        <translation>Pegue la clave desde la configuración del servicio</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file.</source>
        <translation>Se guarda en el llavero del sistema, nunca en un archivo de configuración.</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Editar conexión</translation>
    </message>
    <message>
        <source>No key stored — paste the key</source>
        <translation>No hay ninguna clave guardada: pegue la clave</translation>
    </message>
    <message>
        <source>Unchanged — type a new key to replace it</source>
        <translation>Sin cambios: escriba una clave nueva para sustituirla</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Dirección personalizada</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>The key&apos;s own organization</source>
        <translation>La organización de la propia clave</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>The service this connection talks to</source>
        <translation>El servicio con el que habla esta conexión</translation>
    </message>
    <message>
        <source>Address preset</source>
        <translation>Dirección predefinida</translation>
    </message>
    <message>
        <source>The service&apos;s known addresses; choose Custom to type your own</source>
        <translation>Las direcciones conocidas del servicio; elija Dirección personalizada para escribir la suya</translation>
    </message>
    <message>
        <source>A desktop notification when sessions finish while Live is on</source>
        <translation>Una notificación de escritorio cuando terminan sesiones con el directo activado</translation>
    </message>
    <message>
        <source>Sends one small request with this address and key and says what happened</source>
        <translation>Envía una pequeña petición con esta dirección y esta clave e indica qué ha pasado</translation>
    </message>
</context>
<context>
    <name>ConnectionPicker</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>The service whose sessions are shown</source>
        <translation>El servicio cuyas sesiones se muestran</translation>
    </message>
    <message>
        <source>Choose a connection…</source>
        <translation>Elegir una conexión…</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>The key works, but the answer is not what this service sends: check the address and the service chosen.</source>
        <translation>La clave funciona, pero la respuesta no es la que envía este servicio: revise la dirección y el servicio elegido.</translation>
    </message>
    <message numerus="yes">
        <source>Connected — %Ln organization(s) to choose from</source>
        <translation>
            <numerusform>Conectado: %Ln organización para elegir</numerusform>
            <numerusform>Conectado: %Ln organizaciones para elegir</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected — %1 sessions visible</source>
        <translation>Conectado: %1 sesiones visibles</translation>
    </message>
    <message>
        <source>Connected — the key works</source>
        <translation>Conectado: la clave funciona</translation>
    </message>
</context>
<context>
    <name>ConnectionUrls</name>
    <message>
        <source>Century production</source>
        <translation>Century (producción)</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>Tokio</translation>
    </message>
    <message>
        <source>Europe (eu01)</source>
        <translation>Europa (eu01)</translation>
    </message>
    <message>
        <source>Seoul (ap02)</source>
        <translation>Seúl (ap02)</translation>
    </message>
    <message>
        <source>Tokyo (ap03)</source>
        <translation>Tokio (ap03)</translation>
    </message>
    <message>
        <source>Mobile Next</source>
        <translation>Mobile Next</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address, for example https://connect.century.tech/api/v1.</source>
        <translation>Escriba la dirección del servicio, por ejemplo https://connect.century.tech/api/v1.</translation>
    </message>
    <message>
        <source>This is not a web address. It should look like https://host/path.</source>
        <translation>Esto no es una dirección web. Debería tener la forma https://servidor/ruta.</translation>
    </message>
    <message>
        <source>Plain http:// would send the key and pupil data unencrypted; use https://. (http:// is only allowed for this computer, e.g. a local demo server.)</source>
        <translation>http:// sin cifrar enviaría la clave y los datos de los alumnos sin protección; use https://. (http:// solo se permite para este equipo, p. ej., un servidor de demostración local).</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>La dirección debe empezar por https://.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; the key goes in the Key field.</source>
        <translation>Quite el usuario y la contraseña de la dirección; la clave va en el campo Clave.</translation>
    </message>
    <message>
        <source>The address must not contain &apos;?&apos; or &apos;#&apos;: give the API&apos;s base path only.</source>
        <translation>La dirección no debe contener «?» ni «#»: indique solo la ruta base de la API.</translation>
    </message>
</context>
<context>
    <name>ConnectionsController</name>
    <message>
        <source>Reading the key for %1 from the keychain…</source>
        <translation>Leyendo la clave de %1 del llavero…</translation>
    </message>
    <message>
        <source>Key kept for this session only</source>
        <translation>Clave guardada solo durante esta sesión</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>Clave no guardada</translation>
    </message>
    <message>
        <source>%1 The key is used for now but will be asked for again.</source>
        <translation>%1 La clave se usa por ahora, pero se volverá a pedir.</translation>
    </message>
    <message>
        <source>Signed out: the key was removed and the sessions were closed.</source>
        <translation>Sesión cerrada: se quitó la clave y se cerraron las sesiones.</translation>
    </message>
    <message>
        <source>&amp;New connection</source>
        <translation>&amp;Nueva conexión</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>&amp;Gestionar conexiones…</translation>
    </message>
    <message>
        <source>&amp;Sign out of this connection</source>
        <translation>&amp;Cerrar sesión en esta conexión</translation>
    </message>
</context>
<context>
    <name>DemoConnections</name>
    <message>
        <source>Demo — %1</source>
        <translation>Demostración — %1</translation>
    </message>
    <message>
        <source>The demo server could not start: no free port on this computer&apos;s loopback address.</source>
        <translation>No se pudo iniciar el servidor de demostración: no hay ningún puerto libre en la dirección de bucle local de este equipo.</translation>
    </message>
</context>
<context>
    <name>DetailAttemptsSection</name>
    <message>
        <source>Copy list</source>
        <translation>Copiar lista</translation>
    </message>
    <message>
        <source>Copy the attempts as tab-separated text</source>
        <translation>Copiar los intentos como texto separado por tabulaciones</translation>
    </message>
    <message>
        <source>Copy the attempts list</source>
        <translation>Copiar la lista de intentos</translation>
    </message>
    <message>
        <source>Attempts of this session</source>
        <translation>Intentos de esta sesión</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Se canceló la carga.</translation>
    </message>
    <message>
        <source>the attempts list</source>
        <translation>la lista de intentos</translation>
    </message>
    <message>
        <source>Load attempts history</source>
        <translation>Cargar el historial de intentos</translation>
    </message>
    <message>
        <source>Every run and retry of this session, fetched from the server when asked.</source>
        <translation>Cada ejecución y reintento de esta sesión, obtenidos del servidor cuando se piden.</translation>
    </message>
    <message>
        <source>Attempts history needs a connection to Treasure Workflow.</source>
        <translation>El historial de intentos necesita una conexión a Treasure Workflow.</translation>
    </message>
    <message>
        <source>Attempts history is not available while there is no connection to the server.</source>
        <translation>El historial de intentos no está disponible mientras no haya conexión con el servidor.</translation>
    </message>
    <message>
        <source>Loading attempts… (%1 so far)</source>
        <translation>Cargando intentos… (%1 hasta ahora)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel loading attempts</source>
        <translation>Cancelar la carga de intentos</translation>
    </message>
    <message>
        <source>Loading attempts…</source>
        <translation>Cargando intentos…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Reload attempts history</source>
        <translation>Recargar el historial de intentos</translation>
    </message>
    <message>
        <source>Attempts of this session: %1, newest first.</source>
        <translation>Intentos de esta sesión: %1, los más recientes primero.</translation>
    </message>
    <message>
        <source>Not shown, as they could not be read: %1.</source>
        <translation>No se muestran porque no se pudieron leer: %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try loading attempts history again</source>
        <translation>Volver a intentar cargar el historial de intentos</translation>
    </message>
    <message>
        <source>The server no longer has this session; it may have been deleted.</source>
        <translation>El servidor ya no tiene esta sesión; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>todavía en ejecución</translation>
    </message>
    <message>
        <source>Attempt id: %1</source>
        <translation>Id. de intento: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminado: %1</translation>
    </message>
    <message>
        <source>Retry name: %1</source>
        <translation>Nombre del reintento: %1</translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation>Grupo: %1</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>Cancelación solicitada</translation>
    </message>
    <message>
        <source>The attempt shown above</source>
        <translation>El intento mostrado arriba</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempt id</source>
        <translation>Id. de intento</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Tiempo de ejecución</translation>
    </message>
    <message>
        <source>Retry name</source>
        <translation>Nombre del reintento</translation>
    </message>
    <message>
        <source>Asks the server for every attempt of this session, retries included</source>
        <translation>Pide al servidor todos los intentos de esta sesión, reintentos incluidos</translation>
    </message>
</context>
<context>
    <name>DetailBackendView</name>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>dashboard status (the backend&apos;s own value)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DetailForm</name>
    <message>
        <source>%1: %2</source>
        <comment>group: field</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
</context>
<context>
    <name>DetailJsonTree</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>(text)</source>
        <translation>(texto)</translation>
    </message>
    <message>
        <source>Only the first %1 entries are shown; &quot;Copy JSON&quot; copies everything.</source>
        <translation>Solo se muestran las %1 primeras entradas; «Copiar JSON» lo copia todo.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Pupil</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Version id</source>
        <translation>Id. de versión</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>dashboard status (the backend&apos;s own value)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a session to see every detail.</source>
        <translation>Seleccione una sesión para ver todos sus detalles.</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <source>Copy every detail of this session as text</source>
        <translation>Copiar todos los detalles de esta sesión como texto</translation>
    </message>
    <message>
        <source>Copy all details</source>
        <translation>Copiar todos los detalles</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Copy as curl command</source>
        <translation>Copiar como comando curl</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>No session is selected.</source>
        <translation>No hay ninguna sesión seleccionada.</translation>
    </message>
    <message>
        <source>Copy as curl needs the connection this session came from.</source>
        <translation>Copiar como curl necesita la conexión de la que procede esta sesión.</translation>
    </message>
    <message>
        <source>This session is not from the current connection.</source>
        <translation>Esta sesión no procede de la conexión actual.</translation>
    </message>
    <message>
        <source>This session has no id to ask for.</source>
        <translation>Esta sesión no tiene ningún id. que pedir.</translation>
    </message>
    <message>
        <source>Century has no request for a single session, so this command lists this pupil&apos;s sessions of this test that started within a minute of this one: normally just this session.
The key is read from $%1; it is never copied.</source>
        <translation>Century no tiene ninguna petición para una sola sesión, así que este comando lista las sesiones de este alumno en esta prueba que empezaron con menos de un minuto de diferencia respecto a esta: normalmente, solo esta sesión.
La clave se lee de $%1; nunca se copia.</translation>
    </message>
    <message>
        <source>Copy the request for this session as a curl command.
The key is read from $%1; it is never copied.</source>
        <translation>Copiar la petición de esta sesión como comando curl.
La clave se lee de $%1; nunca se copia.</translation>
    </message>
    <message>
        <source>all details</source>
        <translation>todos los detalles</translation>
    </message>
    <message>
        <source>the curl command (without the key)</source>
        <translation>el comando curl (sin la clave)</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Copiado: %1.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Grupo</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel on this computer</source>
        <translation>Excel en este equipo</translation>
    </message>
    <message>
        <source>Plain UTF-8 for scripts</source>
        <translation>UTF-8 simple para scripts</translation>
    </message>
    <message>
        <source>The export was already started.</source>
        <translation>La exportación ya se inició.</translation>
    </message>
    <message>
        <source>The CSV delimiter must be a comma, a semicolon or a tab.</source>
        <translation>El delimitador CSV debe ser una coma, un punto y coma o un tabulador.</translation>
    </message>
    <message>
        <source>Row %1 has %2 values where the header has %3.</source>
        <translation>La fila %1 tiene %2 valores y el encabezado tiene %3.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>la salida</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>it is not open for writing</source>
        <translation>no está abierto para escritura</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>… [cut at Excel&apos;s limit of 32,767 characters]</source>
        <translation>… [cortado en el límite de Excel de 32.767 caracteres]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 columns; this export has %2.</source>
        <translation>Una hoja de Excel admite como máximo %1 columnas; esta exportación tiene %2.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>No se puede crear un archivo temporal en %1: %2</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most 1,048,575 rows below its header, and this export has more. Export to CSV instead, or narrow the filters.</source>
        <translation>Una hoja de Excel admite como máximo 1.048.575 filas bajo el encabezado, y esta exportación tiene más. Exporte a CSV o restrinja los filtros.</translation>
    </message>
    <message>
        <source>Cannot read the temporary file %1: %2</source>
        <translation>No se puede leer el archivo temporal %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportColumnList</name>
    <message>
        <source>Columns to export</source>
        <translation>Columnas que exportar</translation>
    </message>
    <message>
        <source>Space ticks or unticks a column; Alt+Up and Alt+Down move it.</source>
        <translation>Espacio marca o desmarca una columna; Alt+Arriba y Alt+Abajo la mueven.</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>Subir la columna</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>Bajar la columna</translation>
    </message>
    <message>
        <source>%1 (personal data)</source>
        <translation>%1 (datos personales)</translation>
    </message>
    <message>
        <source>Personal data about a pupil: left out unless you tick it.</source>
        <translation>Dato personal de un alumno: se omite salvo que lo marque.</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>There is no column &apos;%1&apos; here; &apos;sessionscope export --list-columns --backend B&apos; lists them.</source>
        <translation>Aquí no hay ninguna columna «%1»; «sessionscope export --list-columns --backend B» las lista.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; is named twice.</source>
        <translation>La columna «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>No column is chosen, so there is nothing to write.</source>
        <translation>No se eligió ninguna columna, así que no hay nada que escribir.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Write the sessions to a CSV or Excel file</source>
        <translation>Escribir las sesiones en un archivo CSV o Excel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>about %1 s left</source>
        <translation>quedan unos %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>quedan unos %1 min</translation>
    </message>
    <message>
        <source>Export Sessions</source>
        <translation>Exportar sesiones</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Ticked columns are written in this order.</source>
        <translation>Las columnas marcadas se escriben en este orden.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todas</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Desmarcar todas</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Abrir archivo</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Choose what to export, then press Export.</source>
        <translation>Elija qué exportar y pulse Exportar.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>Excel &amp;workbook (.xlsx)</source>
        <translation>&amp;Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV preset</source>
        <translation>Ajuste predefinido de CSV</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opciones</translation>
    </message>
    <message>
        <source>Show CSV options</source>
        <translation>Mostrar opciones de CSV</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Windows (CRLF)</source>
        <translation>Windows (CRLF)</translation>
    </message>
    <message>
        <source>Unix (LF)</source>
        <translation>Unix (LF)</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>Fin de línea</translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (Excel needs it for accents)</source>
        <translation>Empezar con una marca de orden de &amp;bytes (Excel la necesita para los acentos)</translation>
    </message>
    <message>
        <source>&amp;Protect against formulas (text starting with = + - @ gets an apostrophe)</source>
        <translation>&amp;Proteger contra fórmulas (el texto que empieza por = + - @ recibe un apóstrofo)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>D&amp;elimitador:</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>Fin de l&amp;ínea:</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>A&amp;juste:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>The %1 &amp;loaded rows, filtered and ordered as shown</source>
        <translation>Las %1 filas &amp;cargadas, filtradas y ordenadas como se muestran</translation>
    </message>
    <message>
        <source>All %1 sessions &amp;matching the server filters</source>
        <translation>Las %1 sesiones que &amp;coinciden con los filtros del servidor</translation>
    </message>
    <message>
        <source>All sessions &amp;matching the server filters (fetched to the end)</source>
        <translation>Todas las sesiones que &amp;coinciden con los filtros del servidor (obtenidas hasta el final)</translation>
    </message>
    <message>
        <source>Save To</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Marque al menos una columna.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Elija un archivo que escribir.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Quiere reemplazarlo?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 de %Ln fila</numerusform>
            <numerusform>%1 de %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln fila a %1.</numerusform>
            <numerusform>Se exportaron %Ln filas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Includes every column in the file</source>
        <translation>Incluye todas las columnas en el archivo</translation>
    </message>
    <message>
        <source>Leaves every column out, to tick only the few you want</source>
        <translation>Omite todas las columnas, para marcar solo las que quiera</translation>
    </message>
    <message>
        <source>Plain text with one session per line, opened by any spreadsheet or MIS</source>
        <translation>Texto sin formato con una sesión por línea, que abre cualquier hoja de cálculo o plataforma de gestión</translation>
    </message>
    <message>
        <source>A workbook with dates and numbers as real cells, for Excel or LibreOffice</source>
        <translation>Un libro con fechas y números como celdas reales, para Excel o LibreOffice</translation>
    </message>
    <message>
        <source>How the CSV is written: for Excel on this computer, or plain UTF-8</source>
        <translation>Cómo se escribe el CSV: para Excel en este equipo o en UTF-8 simple</translation>
    </message>
    <message>
        <source>Shows the delimiter, line ending, byte order mark and formula protection</source>
        <translation>Muestra el delimitador, el fin de línea, la marca de orden de bytes y la protección contra fórmulas</translation>
    </message>
    <message>
        <source>Writes the rows already in the table, as filtered and sorted there</source>
        <translation>Escribe las filas que ya están en la tabla, filtradas y ordenadas como allí</translation>
    </message>
    <message>
        <source>Fetches every page the server filters match, then writes them all</source>
        <translation>Obtiene todas las páginas que coinciden con los filtros del servidor y luego las escribe todas</translation>
    </message>
    <message>
        <source>A name ending in .csv or .xlsx chooses the format</source>
        <translation>Un nombre que termina en .csv o .xlsx elige el formato</translation>
    </message>
    <message>
        <source>Chooses the folder and file name in a file dialog</source>
        <translation>Elige la carpeta y el nombre del archivo en un cuadro de diálogo</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The list was reloaded while it was being exported, so nothing was written. Export again.</source>
        <translation>La lista se recargó mientras se exportaba, así que no se escribió nada. Vuelva a exportar.</translation>
    </message>
    <message>
        <source>The list was closed while it was being exported.</source>
        <translation>La lista se cerró mientras se exportaba.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %Ln session(s) that could not be read, so the export would be incomplete; nothing was written.</source>
        <translation>
            <numerusform>El servidor envió %Ln sesión que no se pudo leer, así que la exportación quedaría incompleta; no se escribió nada.</numerusform>
            <numerusform>El servidor envió %Ln sesiones que no se pudieron leer, así que la exportación quedaría incompleta; no se escribió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <source>An XLSX file cannot be written to standard output; give a file name or choose CSV.</source>
        <translation>No se puede escribir un archivo XLSX en la salida estándar; indique un nombre de archivo o elija CSV.</translation>
    </message>
</context>
<context>
    <name>FetchStatusPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>Cargar t&amp;odo</translation>
    </message>
    <message>
        <source>Loaded sessions</source>
        <translation>Sesiones cargadas</translation>
    </message>
    <message>
        <source>Loading state</source>
        <translation>Estado de la carga</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Asks the server again for the page that failed</source>
        <translation>Vuelve a pedir al servidor la página que falló</translation>
    </message>
    <message>
        <source>Keep loading pages until every matching session is here</source>
        <translation>Seguir cargando páginas hasta tener todas las sesiones que coinciden</translation>
    </message>
    <message>
        <source>No connection open</source>
        <translation>No hay ninguna conexión abierta</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s), all loaded</source>
        <translation>
            <numerusform>%Ln sesión, cargada</numerusform>
            <numerusform>%Ln sesiones, todas cargadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 de %2 cargadas</translation>
    </message>
    <message>
        <source>%1 of unknown loaded</source>
        <translation>%1 cargadas de un total desconocido</translation>
    </message>
    <message>
        <source>%1 shown · %2</source>
        <translation>%1 mostradas · %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>More on scroll</source>
        <translation>Más al desplazarse</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Ordenando…</translation>
    </message>
    <message>
        <source>%1 · Sorting…</source>
        <translation>%1 · Ordenando…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Restablecer filtros</translation>
    </message>
    <message>
        <source>Clears the server filters, the quick search and the status buttons.</source>
        <translation>Borra los filtros del servidor, la búsqueda rápida y los botones de estado.</translation>
    </message>
    <message>
        <source>These filters are applied by the server: changing one reloads the list.</source>
        <translation>El servidor aplica estos filtros: cambiar uno recarga la lista.</translation>
    </message>
    <message>
        <source>These only filter the rows already loaded; the server is not asked again.</source>
        <translation>Estos solo filtran las filas ya cargadas; no se vuelve a consultar al servidor.</translation>
    </message>
    <message>
        <source>Server filters</source>
        <translation>Filtros del servidor</translation>
    </message>
    <message>
        <source>Loaded rows</source>
        <translation>Filas cargadas</translation>
    </message>
</context>
<context>
    <name>FilterCenturyPanel</name>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Materias</translation>
    </message>
    <message>
        <source>No subjects in the loaded rows yet</source>
        <translation>Todavía no hay materias en las filas cargadas</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>No tests in the loaded rows yet</source>
        <translation>Todavía no hay pruebas en las filas cargadas</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Más filtros</translation>
    </message>
    <message>
        <source>Shows or hides end dates, status, order and pupils.</source>
        <translation>Muestra u oculta las fechas de fin, el estado, el orden y los alumnos.</translation>
    </message>
    <message>
        <source>Which sessions</source>
        <translation>Qué sesiones</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Sessions in progress only</source>
        <translation>Solo sesiones en curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Completed sessions only</source>
        <translation>Solo sesiones completadas</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Started, oldest first</source>
        <translation>Inicio, las más antiguas primero</translation>
    </message>
    <message>
        <source>Started, newest first</source>
        <translation>Inicio, las más recientes primero</translation>
    </message>
    <message>
        <source>Ended, oldest first</source>
        <translation>Fin, las más antiguas primero</translation>
    </message>
    <message>
        <source>Ended, newest first</source>
        <translation>Fin, las más recientes primero</translation>
    </message>
    <message>
        <source>Server order</source>
        <translation>Orden del servidor</translation>
    </message>
    <message>
        <source>The order the server sends pages in; decides which sessions load first.</source>
        <translation>El orden en que el servidor envía las páginas; decide qué sesiones se cargan primero.</translation>
    </message>
    <message>
        <source>The order the server sends pages in, which decides which sessions load first. Click a column header to sort the loaded rows.</source>
        <translation>El orden en que el servidor envía las páginas, que decide qué sesiones se cargan primero. Haga clic en un encabezado de columna para ordenar las filas cargadas.</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Alumnos</translation>
    </message>
    <message>
        <source>Sessions in progress have no end date.</source>
        <translation>Las sesiones en curso no tienen fecha de fin.</translation>
    </message>
    <message>
        <source>Sessions in progress, completed, or both</source>
        <translation>Sesiones en curso, completadas o ambas</translation>
    </message>
    <message>
        <source>The status filter applies when All sessions are listed.</source>
        <translation>El filtro de estado se aplica cuando se listan Todas las sesiones.</translation>
    </message>
    <message>
        <source>More filters (%1)</source>
        <translation>Más filtros (%1)</translation>
    </message>
</context>
<context>
    <name>FilterCheckList</name>
    <message>
        <source>%1 choices</source>
        <translation>Opciones de %1</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <source>Space ticks or unticks; Enter or Escape closes the list.</source>
        <translation>Espacio marca o desmarca; Intro o Esc cierra la lista.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Untick every %1</source>
        <translation>Desmarcar todo: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Close the %1 list</source>
        <translation>Cerrar la lista de %1</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1: todas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln chosen</source>
        <translation>
            <numerusform>%1: %Ln elegida</numerusform>
            <numerusform>%1: %Ln elegidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1. Open the list to choose some.</source>
        <translation>Cualquier %1. Abra la lista para elegir.</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>Cualquier %1</translation>
    </message>
</context>
<context>
    <name>FilterDateRange</name>
    <message>
        <source>%1 from</source>
        <translation>%1 desde</translation>
    </message>
    <message>
        <source>First day of the %1, or Any. Alt+Down opens a calendar.</source>
        <translation>Primer día (%1), o Cualquiera. Alt+Abajo abre un calendario.</translation>
    </message>
    <message>
        <source>Sessions whose %1 is on or after this day</source>
        <translation>Sesiones cuya %1 es este día o posterior</translation>
    </message>
    <message>
        <source>%1 until</source>
        <translation>%1 hasta</translation>
    </message>
    <message>
        <source>Last day of the %1, included, or Any. Alt+Down opens a calendar.</source>
        <translation>Último día (%1), incluido, o Cualquiera. Alt+Abajo abre un calendario.</translation>
    </message>
    <message>
        <source>Sessions whose %1 is on or before this day</source>
        <translation>Sesiones cuya %1 es este día o anterior</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>Cualquier %1</translation>
    </message>
    <message>
        <source>Clear the %1 range</source>
        <translation>Borrar el intervalo (%1)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
</context>
<context>
    <name>FilterMobileNextPanel</name>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Whose device sessions to list.</source>
        <translation>De quién listar las sesiones de dispositivos.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>Sessions asked for per request, up to %L1.</source>
        <translation>Sesiones pedidas por petición, hasta %L1.</translation>
    </message>
    <message>
        <source>Sessions asked for per request. Larger pages load faster, smaller ones show sooner.</source>
        <translation>Sesiones pedidas por petición. Las páginas grandes cargan más rápido; las pequeñas se muestran antes.</translation>
    </message>
    <message>
        <source>The API key&apos;s own</source>
        <translation>La de la propia clave de API</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>FilterPupilModel</name>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
</context>
<context>
    <name>FilterPupilPicker</name>
    <message>
        <source>Add a pupil…</source>
        <translation>Añadir un alumno…</translation>
    </message>
    <message>
        <source>Add a pupil</source>
        <translation>Añadir un alumno</translation>
    </message>
    <message>
        <source>Type part of a pupil&apos;s name, then choose them from the list. Only their sessions are requested from the server.</source>
        <translation>Escriba parte del nombre de un alumno y elíjalo en la lista. Solo se piden al servidor sus sesiones.</translation>
    </message>
    <message>
        <source>Only sessions of the chosen pupils (asked of the server)</source>
        <translation>Solo sesiones de los alumnos elegidos (pedidas al servidor)</translation>
    </message>
    <message>
        <source>Chosen pupils</source>
        <translation>Alumnos elegidos</translation>
    </message>
    <message>
        <source>Remove every chosen pupil</source>
        <translation>Quitar todos los alumnos elegidos</translation>
    </message>
    <message>
        <source>Pupil %1…</source>
        <translation>Alumno %1…</translation>
    </message>
    <message>
        <source>Remove %1 (user id %2)</source>
        <translation>Quitar a %1 (id. de usuario %2)</translation>
    </message>
    <message>
        <source>Remove pupil %1</source>
        <translation>Quitar al alumno %1</translation>
    </message>
    <message numerus="yes">
        <source>Clear %Ln pupils</source>
        <translation>
            <numerusform>Quitar %Ln alumno</numerusform>
            <numerusform>Quitar %Ln alumnos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterTreasurePanel</name>
    <message>
        <source>Treasure Workflow lists newest first; it has no server-side filters.</source>
        <translation>Treasure Workflow lista primero las más recientes; no tiene filtros en el servidor.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>Sessions asked for per request, up to %L1.</source>
        <translation>Sesiones pedidas por petición, hasta %L1.</translation>
    </message>
    <message>
        <source>Sessions asked for per request. Larger pages load faster, smaller ones show sooner.</source>
        <translation>Sesiones pedidas por petición. Las páginas grandes cargan más rápido; las pequeñas se muestran antes.</translation>
    </message>
</context>
<context>
    <name>FinishedSummary</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 y %Ln más</numerusform>
            <numerusform>%1 y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 finished %2</source>
        <translation>%1 terminó %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pupils finished %1</source>
        <translation>
            <numerusform>%Ln alumno terminó %1</numerusform>
            <numerusform>%Ln alumnos terminaron %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Level: %1 · %2</source>
        <translation>Nivel: %1 · %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>was killed</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>Workflow %1 %2</source>
        <translation>Flujo de trabajo %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions of %1: %2</source>
        <translation>
            <numerusform>%Ln sesión de %1: %2</numerusform>
            <numerusform>%Ln sesiones de %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The last attempt says &quot;%1&quot;.</source>
        <translation>El último intento indica «%1».</translation>
    </message>
    <message>
        <source>%1 was released</source>
        <translation>Se liberó %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 devices released</source>
        <translation>
            <numerusform>Se liberó %Ln dispositivo %1</numerusform>
            <numerusform>Se liberaron %Ln dispositivos %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions finished</source>
        <translation>
            <numerusform>%Ln sesión terminada</numerusform>
            <numerusform>%Ln sesiones terminadas</numerusform>
        </translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>unknown field &quot;%1&quot; in %2</source>
        <translation>campo desconocido «%1» en %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 has an unknown value</source>
        <translation>«%1» en %2 tiene un valor desconocido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a whole number from %3 to %4</source>
        <translation>«%1» en %2 debe ser un número entero de %3 a %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a list of texts</source>
        <translation>«%1» en %2 debe ser una lista de textos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a text</source>
        <translation>«%1» en %2 debe ser un texto</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The system keychain refused the request (%1).</source>
        <translation>El llavero del sistema rechazó la petición (%1).</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (or it is locked), so the key is kept in memory until SessionScope closes. You will be asked for it again next time.</source>
        <translation>No hay ningún llavero disponible en este equipo (o está bloqueado), así que la clave se guarda en memoria hasta que se cierre SessionScope. Se le volverá a pedir la próxima vez.</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>&amp;Live</source>
        <translation>En &amp;directo</translation>
    </message>
    <message>
        <source>Watch sessions as they start and finish (Ctrl+L)</source>
        <translation>Seguir las sesiones cuando empiezan y terminan (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Notify when sessions finish</source>
        <translation>&amp;Notificar cuando terminen sesiones</translation>
    </message>
    <message>
        <source>Chec&amp;k for changes now</source>
        <translation>Com&amp;probar cambios ahora</translation>
    </message>
</context>
<context>
    <name>LivePoll</name>
    <message>
        <source>The server sent a session that could not be read.</source>
        <translation>El servidor envió una sesión que no se pudo leer.</translation>
    </message>
</context>
<context>
    <name>LiveStatus</name>
    <message>
        <source>updated %1 ago</source>
        <translation>actualizado hace %1</translation>
    </message>
    <message>
        <source>retrying in %1</source>
        <translation>reintento dentro de %1</translation>
    </message>
    <message>
        <source>retrying now</source>
        <translation>reintentando ahora</translation>
    </message>
    <message>
        <source>Live · checking for changes…</source>
        <translation>En directo · buscando cambios…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation>En directo · %1</translation>
    </message>
    <message>
        <source>Live paused — rate limited, %1</source>
        <translation>Directo en pausa: límite de peticiones, %1</translation>
    </message>
    <message>
        <source>showing data from %1</source>
        <translation>se muestran datos de las %1</translation>
    </message>
    <message>
        <source>showing the data loaded so far</source>
        <translation>se muestran los datos cargados hasta ahora</translation>
    </message>
    <message>
        <source>Live — stale: %1; %2. %3</source>
        <translation>Directo, desactualizado: %1; %2. %3</translation>
    </message>
    <message>
        <source>Live paused — this computer is offline; the rows shown may be out of date</source>
        <translation>Directo en pausa: este equipo no tiene conexión; las filas mostradas pueden estar desactualizadas</translation>
    </message>
    <message>
        <source>Live stopped — the API key was rejected</source>
        <translation>Directo detenido: se rechazó la clave de API</translation>
    </message>
    <message>
        <source>Live stopped — this API key may not read these sessions</source>
        <translation>Directo detenido: esta clave de API no puede leer estas sesiones</translation>
    </message>
    <message>
        <source>Live stopped — %1</source>
        <translation>Directo detenido: %1</translation>
    </message>
</context>
<context>
    <name>LiveStatusLabel</name>
    <message>
        <source>Live status</source>
        <translation>Estado del directo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>%1 — SessionScope</source>
        <translation>%1 — SessionScope</translation>
    </message>
    <message>
        <source>Demo data from %1</source>
        <translation>Datos de demostración de %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reload from the first page</source>
        <translation>&amp;Recargar desde la primera página</translation>
    </message>
    <message>
        <source>Load &amp;all pages</source>
        <translation>Cargar &amp;todas las páginas</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>Arrival &amp;order (as the server sent them)</source>
        <translation>&amp;Orden de llegada (como los envió el servidor)</translation>
    </message>
    <message>
        <source>Relative &amp;times (&quot;5 min ago&quot;)</source>
        <translation>&amp;Horas relativas («hace 5 min»)</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>Horas en &amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Search loaded sessions</source>
        <translation>Bu&amp;scar en las sesiones cargadas</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>V&amp;iews</source>
        <translation>V&amp;istas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SessionScope</source>
        <translation>&amp;Acerca de SessionScope</translation>
    </message>
    <message>
        <source>About SessionScope</source>
        <translation>Acerca de SessionScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SessionScope %1&lt;/h3&gt;&lt;p&gt;Browse, watch live and export sessions from Century Smart IA, Treasure Workflow and Mobile Next.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SessionScope %1&lt;/h3&gt;&lt;p&gt;Explore, sigue en directo y exporta sesiones de Century Smart IA, Treasure Workflow y Mobile Next.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go to the ta&amp;ble</source>
        <translation>Ir a la ta&amp;bla</translation>
    </message>
    <message>
        <source>Reset &amp;filters</source>
        <translation>Restablecer &amp;filtros</translation>
    </message>
</context>
<context>
    <name>ManageConnectionsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Gestionar conexiones</translation>
    </message>
    <message>
        <source>Forget the key (it is removed from the keychain) and close the data; the connection stays.</source>
        <translation>Olvidar la clave (se quita del llavero) y cerrar los datos; la conexión se mantiene.</translation>
    </message>
    <message>
        <source>Remove the connection, its key and its saved views.</source>
        <translation>Eliminar la conexión, su clave y sus vistas guardadas.</translation>
    </message>
    <message>
        <source>The demo connections are always there and need no key.</source>
        <translation>Las conexiones de demostración siempre están disponibles y no necesitan clave.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Delete “%1”? Its key is removed from the keychain and its saved views are deleted.</source>
        <translation>¿Eliminar «%1»? Su clave se quita del llavero y sus vistas guardadas se eliminan.</translation>
    </message>
</context>
<context>
    <name>MobileNextDetailView</name>
    <message>
        <source>Not yet (device still held)</source>
        <translation>Todavía no (dispositivo aún ocupado)</translation>
    </message>
</context>
<context>
    <name>MobileNextSource</name>
    <message>
        <source>More than %1 sessions were created at the same instant (%2); some of them may be missing.</source>
        <translation>Se crearon más de %1 sesiones en el mismo instante (%2); puede que falten algunas.</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Se cerró la conexión.</translation>
    </message>
    <message>
        <source>The server sent a page that could not be read. Loading stopped; the rows loaded so far are kept.</source>
        <translation>El servidor envió una página que no se pudo leer. La carga se detuvo; se conservan las filas cargadas hasta ahora.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on page %1 were incomplete and could not be shown.</source>
        <translation>
            <numerusform>%n sesión de la página %1 estaba incompleta y no se pudo mostrar.</numerusform>
            <numerusform>%n sesiones de la página %1 estaban incompletas y no se pudieron mostrar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions changed while they were loading (the total went from %1 to %2).</source>
        <translation>Las sesiones cambiaron mientras se cargaban (el total pasó de %1 a %2).</translation>
    </message>
    <message>
        <source>The server sent the same page position twice, so loading stopped to avoid going round in circles. The rows loaded so far are kept.</source>
        <translation>El servidor envió dos veces la misma posición de página, así que la carga se detuvo para no dar vueltas en círculo. Se conservan las filas cargadas hasta ahora.</translation>
    </message>
    <message>
        <source>Loading stopped after %1 pages, the most one list may have. The rows loaded so far are kept; narrow the filters to see the rest.</source>
        <translation>La carga se detuvo tras %1 páginas, el máximo para una lista. Se conservan las filas cargadas hasta ahora; restrinja los filtros para ver el resto.</translation>
    </message>
    <message>
        <source>The server kept sending pages without new sessions, so loading stopped. The rows loaded so far are kept.</source>
        <translation>El servidor seguía enviando páginas sin sesiones nuevas, así que la carga se detuvo. Se conservan las filas cargadas hasta ahora.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of menus and messages; dates and numbers follow it too.</source>
        <translation>El idioma de los menús y mensajes; las fechas y los números también lo siguen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>SessionScope will speak the new language the next time it starts.</source>
        <translation>SessionScope usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Dates, numbers and the CSV &quot;Excel on this computer&quot; format follow the language.</source>
        <translation>Las fechas, los números y el formato CSV «Excel en este equipo» siguen el idioma.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de fin</translation>
    </message>
    <message>
        <source>A %1 filter has no date.</source>
        <translation>Un filtro de %1 no tiene fecha.</translation>
    </message>
    <message>
        <source>The %1 can have only one &quot;after&quot; limit.</source>
        <translation>La %1 solo puede tener un límite «después de».</translation>
    </message>
    <message>
        <source>The %1 can have only one &quot;before&quot; limit.</source>
        <translation>La %1 solo puede tener un límite «antes de».</translation>
    </message>
    <message>
        <source>The %1 range is empty: its start is after its end.</source>
        <translation>El intervalo de %1 está vacío: su inicio es posterior a su fin.</translation>
    </message>
    <message>
        <source>Sessions in progress have no end date; remove the end date filter.</source>
        <translation>Las sesiones en curso no tienen fecha de fin; quite el filtro de fecha de fin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 id.</source>
        <translation>«%1» no es un id. de %2 válido.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>El tamaño de página debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>A status filter only applies to the &quot;All&quot; scope.</source>
        <translation>Un filtro de estado solo se aplica al ámbito «Todas».</translation>
    </message>
    <message>
        <source>Sessions in progress have no end date to sort by.</source>
        <translation>Las sesiones en curso no tienen fecha de fin por la que ordenar.</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>alumno</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>A subject filter is empty.</source>
        <translation>Un filtro de materia está vacío.</translation>
    </message>
</context>
<context>
    <name>QueryJson</name>
    <message>
        <source>the query</source>
        <translation>la consulta</translation>
    </message>
    <message>
        <source>&quot;dates&quot; in the query must be a list</source>
        <translation>«dates» en la consulta debe ser una lista</translation>
    </message>
    <message>
        <source>a date condition</source>
        <translation>una condición de fecha</translation>
    </message>
    <message>
        <source>a date condition must be an object</source>
        <translation>una condición de fecha debe ser un objeto</translation>
    </message>
    <message>
        <source>a date condition needs &quot;ms&quot;, a time in milliseconds</source>
        <translation>una condición de fecha necesita «ms», una hora en milisegundos</translation>
    </message>
</context>
<context>
    <name>QuickSearchBox</name>
    <message>
        <source>Search loaded sessions (Ctrl+F)</source>
        <translation>Buscar en las sesiones cargadas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Búsqueda rápida</translation>
    </message>
    <message>
        <source>Shows only the loaded rows that contain this text. It does not ask the server for more.</source>
        <translation>Muestra solo las filas cargadas que contienen este texto. No pide más al servidor.</translation>
    </message>
    <message>
        <source>The quick search and the status buttons look only at rows already loaded.</source>
        <translation>La búsqueda rápida y los botones de estado solo miran las filas ya cargadas.</translation>
    </message>
    <message>
        <source>searches the loaded rows</source>
        <translation>busca en las filas cargadas</translation>
    </message>
    <message>
        <source>filters the one loaded row</source>
        <translation>filtra la única fila cargada</translation>
    </message>
    <message numerus="yes">
        <source>filters the %Ln loaded rows</source>
        <translation>
            <numerusform>filtra la fila cargada (%Ln)</numerusform>
            <numerusform>filtra las %Ln filas cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of the %Ln loaded rows match</source>
        <translation>
            <numerusform>la fila cargada (%Ln) no coincide</numerusform>
            <numerusform>ninguna de las %Ln filas cargadas coincide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln loaded rows match</source>
        <translation>
            <numerusform>%1 de %Ln fila cargada coincide</numerusform>
            <numerusform>%1 de %Ln filas cargadas coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows only the loaded rows that contain this text; %1.</source>
        <translation>Muestra solo las filas cargadas que contienen este texto; %1.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dentro de %1</translation>
    </message>
</context>
<context>
    <name>SavedViewJson</name>
    <message>
        <source>This is not a view SessionScope can open: %1.</source>
        <translation>No es una vista que SessionScope pueda abrir: %1.</translation>
    </message>
    <message>
        <source>the JSON is broken near character %1 (%2)</source>
        <translation>el JSON está roto cerca del carácter %1 (%2)</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>el archivo no contiene un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>«format» no es «%1»</translation>
    </message>
    <message>
        <source>it is version %1; this SessionScope reads version %2</source>
        <translation>es la versión %1; este SessionScope lee la versión %2</translation>
    </message>
    <message>
        <source>the view</source>
        <translation>la vista</translation>
    </message>
    <message>
        <source>the backend &quot;%1&quot; is not one SessionScope knows (century, treasure, mobilenext)</source>
        <translation>SessionScope no conoce el servicio «%1» (century, treasure, mobilenext)</translation>
    </message>
    <message>
        <source>the view has no name</source>
        <translation>la vista no tiene nombre</translation>
    </message>
    <message>
        <source>&quot;live&quot; must be true or false</source>
        <translation>«live» debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;query&quot; must be an object</source>
        <translation>«query» debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;statusMask&quot; must be a whole number from 0 to 4294967295</source>
        <translation>«statusMask» debe ser un número entero de 0 a 4294967295</translation>
    </message>
</context>
<context>
    <name>SavedViewsController</name>
    <message>
        <source>&amp;Import view…</source>
        <translation>&amp;Importar vista…</translation>
    </message>
    <message>
        <source>Save the current view (filters, columns, sort) as a small file to share; no key and no session data</source>
        <translation>Guardar la vista actual (filtros, columnas, orden) como un archivo pequeño para compartir; sin clave ni datos de sesiones</translation>
    </message>
    <message>
        <source>View “%1”</source>
        <translation>Vista «%1»</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>Vista «%1» guardada</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Cambiar nombre de la vista</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>Delete the view “%1”?</source>
        <translation>¿Eliminar la vista «%1»?</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Guardar vista…</translation>
    </message>
    <message>
        <source>%1 (start-up)</source>
        <translation>%1 (al iniciar)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Open at &amp;start-up</source>
        <translation>Abrir al &amp;iniciar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>The view could not be written to %1: %2</source>
        <translation>No se pudo escribir la vista en %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a SessionScope view.</source>
        <translation>%1 es demasiado grande para ser una vista de SessionScope.</translation>
    </message>
    <message>
        <source>This view is for %1: open a %1 connection first, then import it.</source>
        <translation>Esta vista es para %1: abra primero una conexión de %1 y luego impórtela.</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>Vista de %1</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <source>SessionScope view (*.json)</source>
        <translation>Vista de SessionScope (*.json)</translation>
    </message>
    <message>
        <source>Exported the view to %1</source>
        <translation>Vista exportada a %1</translation>
    </message>
    <message>
        <source>Import view</source>
        <translation>Importar vista</translation>
    </message>
    <message>
        <source>Export &amp;view…</source>
        <translation>Exportar &amp;vista…</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>%1 (the API says &quot;%2&quot;)</source>
        <translation>%1 (la API indica «%2»)</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <source>%1 — personal data, left out of exports unless chosen</source>
        <translation>%1 — dato personal, se omite en las exportaciones salvo que se elija</translation>
    </message>
</context>
<context>
    <name>SessionTableView</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>One row per session. Enter shows every detail of the selected session.</source>
        <translation>Una fila por sesión. Intro muestra todos los detalles de la sesión seleccionada.</translation>
    </message>
    <message>
        <source>No columns yet</source>
        <translation>Todavía no hay columnas</translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation>Restaurar las columnas predeterminadas</translation>
    </message>
</context>
<context>
    <name>StatusChipRow</name>
    <message>
        <source>Show %1 sessions</source>
        <translation>Mostrar sesiones «%1»</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status chip: name (count of loaded rows)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: shown. Click to hide these loaded rows.</source>
        <translation>%1: visibles. Haga clic para ocultar estas filas cargadas.</translation>
    </message>
    <message>
        <source>%1: hidden. Click to show these loaded rows.</source>
        <translation>%1: ocultas. Haga clic para mostrar estas filas cargadas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln loaded sessions</source>
        <translation>
            <numerusform>%Ln sesión cargada</numerusform>
            <numerusform>%Ln sesiones cargadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreasureDetailView</name>
    <message>
        <source>No parameters.</source>
        <translation>Sin parámetros.</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>Copy the parameters as JSON</source>
        <translation>Copiar los parámetros como JSON</translation>
    </message>
    <message>
        <source>the parameters</source>
        <translation>los parámetros</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Not yet (still running)</source>
        <translation>Todavía no (aún en ejecución)</translation>
    </message>
    <message>
        <source>Puts the workflow&apos;s parameters on the clipboard, indented</source>
        <translation>Copia los parámetros del flujo de trabajo al portapapeles, con sangría</translation>
    </message>
    <message>
        <source>The parameters this attempt ran with, as a tree</source>
        <translation>Los parámetros con los que se ejecutó este intento, en árbol</translation>
    </message>
</context>
<context>
    <name>Upn</name>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>temporary UPN</source>
        <translation>UPN temporal</translation>
    </message>
    <message>
        <source>not 13 characters long</source>
        <translation>no tiene 13 caracteres</translation>
    </message>
    <message>
        <source>not in the UPN format</source>
        <translation>no tiene el formato UPN</translation>
    </message>
    <message>
        <source>check letter does not match</source>
        <translation>la letra de control no coincide</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Smart Initial Assessment sessions of your pupils</source>
        <translation>Sesiones de evaluación inicial Smart de sus alumnos</translation>
    </message>
    <message>
        <source>Workflow sessions and their attempts</source>
        <translation>Sesiones de flujos de trabajo y sus intentos</translation>
    </message>
    <message>
        <source>Device sessions on real phones and simulators</source>
        <translation>Sesiones de dispositivos en teléfonos reales y simuladores</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>Welcome to SessionScope</source>
        <translation>Le damos la bienvenida a SessionScope</translation>
    </message>
    <message>
        <source>See who is taking a session now, who has finished and how it went — then export it for your spreadsheet or MIS.</source>
        <translation>Vea quién está haciendo una sesión ahora, quién ha terminado y cómo le ha ido; luego expórtelo a su hoja de cálculo o a la plataforma de gestión del centro.</translation>
    </message>
    <message>
        <source>Opens made-up Century sessions that start and finish while you watch. No account or key needed.</source>
        <translation>Abre sesiones de Century inventadas que empiezan y terminan mientras mira. No hace falta cuenta ni clave.</translation>
    </message>
    <message>
        <source>Made-up pupils and live sessions — no account needed.</source>
        <translation>Alumnos inventados y sesiones en directo: no hace falta cuenta.</translation>
    </message>
    <message>
        <source>Or connect with your API key:</source>
        <translation>O conéctese con su clave de API:</translation>
    </message>
    <message>
        <source>Connect to %1…</source>
        <translation>Conectarse a %1…</translation>
    </message>
</context>
</TS>
