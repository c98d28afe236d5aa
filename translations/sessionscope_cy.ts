<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>ApiError</name>
    <message>
        <source>The API key was rejected — check it in Connections.</source>
        <translation>Gwrthodwyd yr allwedd API — gwiriwch hi yn Cysylltiadau.</translation>
    </message>
    <message>
        <source>This key does not have permission to read these sessions.</source>
        <translation>Nid oes gan yr allwedd hon ganiatâd i ddarllen y sesiynau hyn.</translation>
    </message>
    <message>
        <source>The server does not know this address — check the server address in Connections.</source>
        <translation>Nid yw&apos;r gweinydd yn adnabod y cyfeiriad hwn — gwiriwch gyfeiriad y gweinydd yn Cysylltiadau.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited). Try again in %1 s.</source>
        <translation>Mae&apos;r gwasanaeth yn brysur (cyfyngu ar gyfradd). Rhowch gynnig arall arni ymhen %1 eiliad.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited). Try again in a minute.</source>
        <translation>Mae&apos;r gwasanaeth yn brysur (cyfyngu ar gyfradd). Rhowch gynnig arall arni ymhen munud.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Ni atebodd y gweinydd mewn pryd.</translation>
    </message>
    <message>
        <source>The server could not be reached — check the network connection and the address in Connections.</source>
        <translation>Nid oedd modd cyrraedd y gweinydd — gwiriwch y cysylltiad rhwydwaith a&apos;r cyfeiriad yn Cysylltiadau.</translation>
    </message>
    <message>
        <source>The server sent more data than SessionScope accepts in one answer.</source>
        <translation>Anfonodd y gweinydd fwy o ddata nag y mae SessionScope yn ei dderbyn mewn un ateb.</translation>
    </message>
    <message>
        <source>The server sent an answer SessionScope cannot use.</source>
        <translation>Anfonodd y gweinydd ateb na all SessionScope ei ddefnyddio.</translation>
    </message>
    <message>
        <source>The service has a problem at the moment. Try again later.</source>
        <translation>Mae gan y gwasanaeth broblem ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>Gwrthododd y gweinydd y cais fel un annilys.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation>Nid oedd modd gwirio&apos;r cysylltiad diogel â&apos;r gweinydd.</translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is only allowed on this computer).</source>
        <translation>Rhaid i&apos;r cyfeiriad ddechrau gyda https:// (dim ond ar y cyfrifiadur hwn y caniateir http plaen).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Cafodd y cais ei ganslo.</translation>
    </message>
    <message>
        <source>The server redirected to a different address. SessionScope did not follow it, so the key was not sent there — check the server address in Connections.</source>
        <translation>Ailgyfeiriodd y gweinydd i gyfeiriad gwahanol. Ni ddilynodd SessionScope ef, felly ni anfonwyd yr allwedd yno — gwiriwch gyfeiriad y gweinydd yn Cysylltiadau.</translation>
    </message>
</context>
<context>
    <name>AttemptsLoader</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Caewyd y cysylltiad.</translation>
    </message>
    <message>
        <source>The server sent a list of attempts that could not be read.</source>
        <translation>Anfonodd y gweinydd restr o ymgeisiau nad oedd modd ei darllen.</translation>
    </message>
    <message>
        <source>The server sent the same page of attempts twice, so loading stopped to avoid going round in circles.</source>
        <translation>Anfonodd y gweinydd yr un dudalen o ymgeisiau ddwywaith, felly stopiwyd llwytho rhag mynd rownd mewn cylchoedd.</translation>
    </message>
    <message>
        <source>Loading stopped after %1 pages of attempts, far more than a session should have.</source>
        <translation>Stopiwyd llwytho ar ôl %1 tudalen o ymgeisiau, llawer mwy nag a ddylai fod gan sesiwn.</translation>
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
        <translation>Gwryw</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Heb ei nodi</translation>
    </message>
    <message>
        <source>Not yet (in progress)</source>
        <translation>Ddim eto (ar waith)</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show as table</source>
        <translation>Dangos fel tabl</translation>
    </message>
    <message>
        <source>The same numbers as a table</source>
        <translation>Yr un rhifau fel tabl</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Dangos fel siart</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>Fel delwedd PNG…</translation>
    </message>
    <message>
        <source>As SVG image…</source>
        <translation>Fel delwedd SVG…</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Siart %1</translation>
    </message>
    <message>
        <source>Click a slice or bar to show only those sessions</source>
        <translation>Cliciwch ar dafell neu far i ddangos y sesiynau hynny&apos;n unig</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tabl %1</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Delwedd SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Delwedd PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Allforio siart</translation>
    </message>
    <message>
        <source>Saves this chart as a PNG or SVG image</source>
        <translation>Yn cadw&apos;r siart hwn fel delwedd PNG neu SVG</translation>
    </message>
</context>
<context>
    <name>ChartPlot</name>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>ChartSheetTable</name>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Levels</source>
        <translation>Lefelau</translation>
    </message>
    <message>
        <source>Level (in level order)</source>
        <translation>Lefel (yn nhrefn y lefelau)</translation>
    </message>
    <message>
        <source>Completed sessions</source>
        <translation>Sesiynau wedi&apos;u cwblhau</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Lefel: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Pwnc: %1</translation>
    </message>
    <message>
        <source>No completed session with a level yet.</source>
        <translation>Dim sesiwn wedi&apos;i chwblhau gyda lefel eto.</translation>
    </message>
    <message>
        <source>%1 mostly %2</source>
        <translation>%1 %2 gan amlaf</translation>
    </message>
    <message>
        <source>%1 completed sessions, %2 to %3; most common %4 (%5, %6). %7.</source>
        <translation>%1 sesiwn wedi&apos;u cwblhau, %2 i %3; y mwyaf cyffredin %4 (%5, %6). %7.</translation>
    </message>
    <message>
        <source> %1 without a level (not finished).</source>
        <translation> %1 heb lefel (heb orffen).</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 neu fwy</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Hydoedd</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Hyd: %1</translation>
    </message>
    <message>
        <source>No completed session with a duration yet.</source>
        <translation>Dim sesiwn wedi&apos;i chwblhau gyda hyd eto.</translation>
    </message>
    <message>
        <source>%1 completed sessions; the most took %2 (%3, %4).</source>
        <translation>%1 sesiwn wedi&apos;u cwblhau; cymerodd y rhan fwyaf %2 (%3, %4).</translation>
    </message>
    <message>
        <source>No sessions to count.</source>
        <translation>Dim sesiynau i&apos;w cyfrif.</translation>
    </message>
    <message>
        <source>%1 has the most sessions: %2.</source>
        <translation>Gan %1 y mae&apos;r nifer fwyaf o sesiynau: %2.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Llif gwaith</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Llifoedd gwaith</translation>
    </message>
    <message numerus="yes">
        <source> The top %Ln are shown; the rest are summed as Other.</source>
        <translation>
            <numerusform> Dangosir y %Ln uchaf; mae&apos;r gweddill wedi&apos;u cyfuno fel Arall.</numerusform>
            <numerusform> Dangosir yr %Ln uchaf; mae&apos;r gweddill wedi&apos;u cyfuno fel Arall.</numerusform>
            <numerusform> Dangosir y %Ln uchaf; mae&apos;r gweddill wedi&apos;u cyfuno fel Arall.</numerusform>
            <numerusform> Dangosir y %Ln uchaf; mae&apos;r gweddill wedi&apos;u cyfuno fel Arall.</numerusform>
            <numerusform> Dangosir y %Ln uchaf; mae&apos;r gweddill wedi&apos;u cyfuno fel Arall.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platfform</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platfformau</translation>
    </message>
    <message>
        <source>OS versions</source>
        <translation>Fersiynau&apos;r system weithredu</translation>
    </message>
    <message>
        <source>Platform and OS version</source>
        <translation>Platfform a fersiwn y system weithredu</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>System weithredu: %1</translation>
    </message>
    <message>
        <source>%1 is the most used (%2 sessions).</source>
        <translation>%1 yw&apos;r un a ddefnyddir fwyaf (%2 sesiwn).</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>Yn cael eu defnyddio nawr</translation>
    </message>
    <message>
        <source>Devices held by a live session</source>
        <translation>Dyfeisiau a ddelir gan sesiwn fyw</translation>
    </message>
    <message>
        <source>Devices in use</source>
        <translation>Dyfeisiau&apos;n cael eu defnyddio</translation>
    </message>
    <message>
        <source>Live on %1</source>
        <translation>Byw ar %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) in use now</source>
        <translation>
            <numerusform>%Ln dyfais yn cael eu defnyddio nawr</numerusform>
            <numerusform>%Ln ddyfais yn cael ei defnyddio nawr</numerusform>
            <numerusform>%Ln o ddyfeisiau&apos;n cael eu defnyddio nawr</numerusform>
            <numerusform>%Ln o ddyfeisiau&apos;n cael eu defnyddio nawr</numerusform>
            <numerusform>%Ln o ddyfeisiau&apos;n cael eu defnyddio nawr</numerusform>
        </translation>
    </message>
    <message>
        <source>Based on %1 shown of %2 loaded</source>
        <translation>Yn seiliedig ar %1 a ddangosir o %2 wedi&apos;u llwytho</translation>
    </message>
    <message>
        <source>Based on %1 loaded</source>
        <translation>Yn seiliedig ar %1 wedi&apos;u llwytho</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> o %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statws: %1</translation>
    </message>
    <message>
        <source>%1 sessions: %2.</source>
        <translation>%1 sesiwn: %2.</translation>
    </message>
    <message>
        <source>Sessions started</source>
        <translation>Sesiynau a ddechreuwyd</translation>
    </message>
    <message>
        <source>Started per month</source>
        <translation>Wedi dechrau fesul mis</translation>
    </message>
    <message>
        <source>Started per hour</source>
        <translation>Wedi dechrau fesul awr</translation>
    </message>
    <message>
        <source>Started per day</source>
        <translation>Wedi dechrau fesul diwrnod</translation>
    </message>
    <message>
        <source>Started per week (from Monday)</source>
        <translation>Wedi dechrau fesul wythnos (o ddydd Llun)</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dros amser</translation>
    </message>
    <message>
        <source>Started in the week of %1</source>
        <translation>Wedi dechrau yn wythnos %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Wedi dechrau: %1</translation>
    </message>
    <message>
        <source>No start times to count.</source>
        <translation>Dim amseroedd dechrau i&apos;w cyfrif.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3; the busiest is the week of %4 with %5.</source>
        <translation>%1 o %2 i %3; yr wythnos brysuraf yw wythnos %4 gyda %5.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3; the busiest is %4 with %5.</source>
        <translation>%1 o %2 i %3; y prysuraf yw %4 gyda %5.</translation>
    </message>
    <message>
        <source> %1 without a start time.</source>
        <translation> %1 heb amser dechrau.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Cannot encode %1 as PNG</source>
        <translation>Methu amgodio %1 fel PNG</translation>
    </message>
</context>
<context>
    <name>ChartsDock</name>
    <message>
        <source>Charts</source>
        <translation>Siartiau</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Siartiau</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Rows the charts count</source>
        <translation>Y rhesi y mae&apos;r siartiau&apos;n eu cyfrif</translation>
    </message>
    <message>
        <source>No sessions loaded yet.</source>
        <translation>Dim sesiynau wedi&apos;u llwytho eto.</translation>
    </message>
    <message>
        <source> (chart filter on)</source>
        <translation> (hidlydd siart ymlaen)</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove this chart filter</source>
        <translation>Tynnu&apos;r hidlydd siart hwn</translation>
    </message>
    <message>
        <source>Remove chart filter %1</source>
        <translation>Tynnu hidlydd siart %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Siartiau</translation>
    </message>
    <message>
        <source>One tab per chart; the arrow keys move between them</source>
        <translation>Un tab i bob siart; mae&apos;r bysellau saeth yn symud rhyngddynt</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Enw canol</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Dynodydd allanol</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-byst</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Pupil id</source>
        <translation>Dynodydd disgybl</translation>
    </message>
    <message>
        <source>Test id</source>
        <translation>Dynodydd prawf</translation>
    </message>
    <message>
        <source>Test version id</source>
        <translation>Dynodydd fersiwn y prawf</translation>
    </message>
    <message>
        <source>Result created</source>
        <translation>Canlyniad wedi&apos;i greu</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Dynodydd sesiwn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Original status</source>
        <translation>Statws gwreiddiol</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dyfais</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platfform</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Fersiwn y system</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Math o ddyfais</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Rhyddhawyd</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>Wedi&apos;i ddal am</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Dynodydd defnyddiwr</translation>
    </message>
    <message>
        <source>Organization id</source>
        <translation>Dynodydd sefydliad</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Dynodydd dyfais</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Llif gwaith</translation>
    </message>
    <message>
        <source>Session time</source>
        <translation>Amser y sesiwn</translation>
    </message>
    <message>
        <source>Attempt started</source>
        <translation>Dechrau&apos;r ymgais</translation>
    </message>
    <message>
        <source>Attempt finished</source>
        <translation>Diwedd yr ymgais</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Amser rhedeg</translation>
    </message>
    <message>
        <source>Retry name</source>
        <translation>Enw&apos;r ailgynnig</translation>
    </message>
    <message>
        <source>Attempt id</source>
        <translation>Dynodydd ymgais</translation>
    </message>
    <message>
        <source>Session UUID</source>
        <translation>UUID y sesiwn</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Dynodydd prosiect</translation>
    </message>
    <message>
        <source>Workflow id</source>
        <translation>Dynodydd llif gwaith</translation>
    </message>
    <message>
        <source>Pool id</source>
        <translation>Dynodydd cronfa</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>Gofynnwyd am ganslo</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramedrau</translation>
    </message>
</context>
<context>
    <name>ConnectionFormDialog</name>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>Tell me when a watched session completes</source>
        <translation>Rhoi gwybod i mi pan fydd sesiwn a wylir yn gorffen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Profi&apos;r cysylltiad</translation>
    </message>
    <message>
        <source>e.g. Century — Riverside College</source>
        <translation>e.e. Century — Coleg Glan-yr-afon</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Allwedd API</translation>
    </message>
    <message>
        <source>Test the connection to list the organizations this key can see.</source>
        <translation>Profwch y cysylltiad i restru&apos;r sefydliadau y gall yr allwedd hon eu gweld.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> eiliad</translation>
    </message>
    <message>
        <source>How often live sessions are asked for. The service rate limits excessive polling.</source>
        <translation>Pa mor aml y gofynnir am sesiynau byw. Mae&apos;r gwasanaeth yn cyfyngu ar ormod o holi.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Gwasanaeth:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Cyfeiriad:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Allwedd API:</translation>
    </message>
    <message>
        <source>&amp;Live refresh every:</source>
        <translation>Adnewyddu &amp;byw bob:</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Cysylltiad newydd</translation>
    </message>
    <message>
        <source>Paste the key from the service&apos;s settings</source>
        <translation>Gludwch yr allwedd o osodiadau&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file.</source>
        <translation>Fe&apos;i cedwir yng nghadwyn allweddi&apos;r system, byth mewn ffeil gosodiadau.</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Golygu cysylltiad</translation>
    </message>
    <message>
        <source>No key stored — paste the key</source>
        <translation>Dim allwedd wedi&apos;i chadw — gludwch yr allwedd</translation>
    </message>
    <message>
        <source>Unchanged — type a new key to replace it</source>
        <translation>Heb ei newid — teipiwch allwedd newydd i&apos;w disodli</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Cyfeiriad personol</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wrthi&apos;n profi…</translation>
    </message>
    <message>
        <source>The key&apos;s own organization</source>
        <translation>Sefydliad yr allwedd ei hun</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personol</translation>
    </message>
    <message>
        <source>The service this connection talks to</source>
        <translation>Y gwasanaeth y mae&apos;r cysylltiad hwn yn siarad ag ef</translation>
    </message>
    <message>
        <source>Address preset</source>
        <translation>Cyfeiriad rhagosodedig</translation>
    </message>
    <message>
        <source>The service&apos;s known addresses; choose Custom to type your own</source>
        <translation>Cyfeiriadau hysbys y gwasanaeth; dewiswch Cyfeiriad personol i deipio&apos;ch un chi</translation>
    </message>
    <message>
        <source>A desktop notification when sessions finish while Live is on</source>
        <translation>Hysbysiad bwrdd gwaith pan fydd sesiynau&apos;n gorffen tra bod Byw ymlaen</translation>
    </message>
    <message>
        <source>Sends one small request with this address and key and says what happened</source>
        <translation>Yn anfon un cais bach gyda&apos;r cyfeiriad a&apos;r allwedd hon ac yn dweud beth ddigwyddodd</translation>
    </message>
</context>
<context>
    <name>ConnectionPicker</name>
    <message>
        <source>Connection</source>
        <translation>Cysylltiad</translation>
    </message>
    <message>
        <source>The service whose sessions are shown</source>
        <translation>Y gwasanaeth y dangosir ei sesiynau</translation>
    </message>
    <message>
        <source>Choose a connection…</source>
        <translation>Dewiswch gysylltiad…</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>The key works, but the answer is not what this service sends: check the address and the service chosen.</source>
        <translation>Mae&apos;r allwedd yn gweithio, ond nid yw&apos;r ateb yn un y mae&apos;r gwasanaeth hwn yn ei anfon: gwiriwch y cyfeiriad a&apos;r gwasanaeth a ddewiswyd.</translation>
    </message>
    <message numerus="yes">
        <source>Connected — %Ln organization(s) to choose from</source>
        <translation>
            <numerusform>Wedi cysylltu — %Ln sefydliad i ddewis ohonynt</numerusform>
            <numerusform>Wedi cysylltu — %Ln sefydliad i ddewis ohono</numerusform>
            <numerusform>Wedi cysylltu — %Ln o sefydliadau i ddewis ohonynt</numerusform>
            <numerusform>Wedi cysylltu — %Ln o sefydliadau i ddewis ohonynt</numerusform>
            <numerusform>Wedi cysylltu — %Ln o sefydliadau i ddewis ohonynt</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected — %1 sessions visible</source>
        <translation>Wedi cysylltu — %1 sesiwn i&apos;w gweld</translation>
    </message>
    <message>
        <source>Connected — the key works</source>
        <translation>Wedi cysylltu — mae&apos;r allwedd yn gweithio</translation>
    </message>
</context>
<context>
    <name>ConnectionUrls</name>
    <message>
        <source>Century production</source>
        <translation>Century (cynhyrchu)</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Yr Unol Daleithiau</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>Tokyo</translation>
    </message>
    <message>
        <source>Europe (eu01)</source>
        <translation>Ewrop (eu01)</translation>
    </message>
    <message>
        <source>Seoul (ap02)</source>
        <translation>Seoul (ap02)</translation>
    </message>
    <message>
        <source>Tokyo (ap03)</source>
        <translation>Tokyo (ap03)</translation>
    </message>
    <message>
        <source>Mobile Next</source>
        <translation>Mobile Next</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address, for example https://connect.century.tech/api/v1.</source>
        <translation>Rhowch gyfeiriad y gwasanaeth, er enghraifft https://connect.century.tech/api/v1.</translation>
    </message>
    <message>
        <source>This is not a web address. It should look like https://host/path.</source>
        <translation>Nid cyfeiriad gwe yw hwn. Dylai edrych fel https://gwesteiwr/llwybr.</translation>
    </message>
    <message>
        <source>Plain http:// would send the key and pupil data unencrypted; use https://. (http:// is only allowed for this computer, e.g. a local demo server.)</source>
        <translation>Byddai http:// plaen yn anfon yr allwedd a data disgyblion heb eu hamgryptio; defnyddiwch https://. (Dim ond ar gyfer y cyfrifiadur hwn y caniateir http://, e.e. gweinydd demo lleol.)</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Rhaid i&apos;r cyfeiriad ddechrau gyda https://.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; the key goes in the Key field.</source>
        <translation>Gadewch yr enw defnyddiwr a&apos;r cyfrinair allan o&apos;r cyfeiriad; mae&apos;r allwedd yn mynd yn y maes Allwedd.</translation>
    </message>
    <message>
        <source>The address must not contain &apos;?&apos; or &apos;#&apos;: give the API&apos;s base path only.</source>
        <translation>Ni ddylai&apos;r cyfeiriad gynnwys &apos;?&apos; na &apos;#&apos;: rhowch lwybr sylfaen yr API yn unig.</translation>
    </message>
</context>
<context>
    <name>ConnectionsController</name>
    <message>
        <source>Reading the key for %1 from the keychain…</source>
        <translation>Wrthi&apos;n darllen yr allwedd ar gyfer %1 o&apos;r gadwyn allweddi…</translation>
    </message>
    <message>
        <source>Key kept for this session only</source>
        <translation>Cedwir yr allwedd ar gyfer y sesiwn hon yn unig</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>Ni chadwyd yr allwedd</translation>
    </message>
    <message>
        <source>%1 The key is used for now but will be asked for again.</source>
        <translation>%1 Defnyddir yr allwedd am y tro ond gofynnir amdani eto.</translation>
    </message>
    <message>
        <source>Signed out: the key was removed and the sessions were closed.</source>
        <translation>Wedi allgofnodi: tynnwyd yr allwedd a chaewyd y sesiynau.</translation>
    </message>
    <message>
        <source>&amp;New connection</source>
        <translation>Cysylltiad &amp;newydd</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>&amp;Rheoli cysylltiadau…</translation>
    </message>
    <message>
        <source>&amp;Sign out of this connection</source>
        <translation>&amp;Allgofnodi o&apos;r cysylltiad hwn</translation>
    </message>
</context>
<context>
    <name>DemoConnections</name>
    <message>
        <source>Demo — %1</source>
        <translation>Demo — %1</translation>
    </message>
    <message>
        <source>The demo server could not start: no free port on this computer&apos;s loopback address.</source>
        <translation>Nid oedd modd cychwyn y gweinydd demo: dim porth rhydd ar gyfeiriad loopback y cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>DetailAttemptsSection</name>
    <message>
        <source>Copy list</source>
        <translation>Copïo&apos;r rhestr</translation>
    </message>
    <message>
        <source>Copy the attempts as tab-separated text</source>
        <translation>Copïo&apos;r ymgeisiau fel testun wedi&apos;i wahanu â thabiau</translation>
    </message>
    <message>
        <source>Copy the attempts list</source>
        <translation>Copïo rhestr yr ymgeisiau</translation>
    </message>
    <message>
        <source>Attempts of this session</source>
        <translation>Ymgeisiau&apos;r sesiwn hon</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Canslwyd y llwytho.</translation>
    </message>
    <message>
        <source>the attempts list</source>
        <translation>rhestr yr ymgeisiau</translation>
    </message>
    <message>
        <source>Load attempts history</source>
        <translation>Llwytho hanes ymgeisiau</translation>
    </message>
    <message>
        <source>Every run and retry of this session, fetched from the server when asked.</source>
        <translation>Pob rhediad ac ailgynnig o&apos;r sesiwn hon, wedi&apos;u nôl o&apos;r gweinydd pan ofynnir.</translation>
    </message>
    <message>
        <source>Attempts history needs a connection to Treasure Workflow.</source>
        <translation>Mae hanes ymgeisiau angen cysylltiad â Treasure Workflow.</translation>
    </message>
    <message>
        <source>Attempts history is not available while there is no connection to the server.</source>
        <translation>Nid yw hanes ymgeisiau ar gael tra nad oes cysylltiad â&apos;r gweinydd.</translation>
    </message>
    <message>
        <source>Loading attempts… (%1 so far)</source>
        <translation>Wrthi&apos;n llwytho ymgeisiau… (%1 hyd yma)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel loading attempts</source>
        <translation>Canslo llwytho ymgeisiau</translation>
    </message>
    <message>
        <source>Loading attempts…</source>
        <translation>Wrthi&apos;n llwytho ymgeisiau…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Ail-lwytho</translation>
    </message>
    <message>
        <source>Reload attempts history</source>
        <translation>Ail-lwytho hanes ymgeisiau</translation>
    </message>
    <message>
        <source>Attempts of this session: %1, newest first.</source>
        <translation>Ymgeisiau&apos;r sesiwn hon: %1, y mwyaf diweddar yn gyntaf.</translation>
    </message>
    <message>
        <source>Not shown, as they could not be read: %1.</source>
        <translation>Heb eu dangos, gan nad oedd modd eu darllen: %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <source>Try loading attempts history again</source>
        <translation>Rhoi cynnig arall ar lwytho hanes ymgeisiau</translation>
    </message>
    <message>
        <source>The server no longer has this session; it may have been deleted.</source>
        <translation>Nid yw&apos;r sesiwn hon gan y gweinydd mwyach; efallai ei bod wedi&apos;i dileu.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Ymgais</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>yn dal i redeg</translation>
    </message>
    <message>
        <source>Attempt id: %1</source>
        <translation>Dynodydd ymgais: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Wedi gorffen: %1</translation>
    </message>
    <message>
        <source>Retry name: %1</source>
        <translation>Enw&apos;r ailgynnig: %1</translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation>Cronfa: %1</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>Gofynnwyd am ganslo</translation>
    </message>
    <message>
        <source>The attempt shown above</source>
        <translation>Yr ymgais a ddangosir uchod</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Attempt id</source>
        <translation>Dynodydd ymgais</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Amser rhedeg</translation>
    </message>
    <message>
        <source>Retry name</source>
        <translation>Enw&apos;r ailgynnig</translation>
    </message>
    <message>
        <source>Asks the server for every attempt of this session, retries included</source>
        <translation>Yn gofyn i&apos;r gweinydd am bob ymgais o&apos;r sesiwn hon, gan gynnwys ailgynigion</translation>
    </message>
</context>
<context>
    <name>DetailBackendView</name>
    <message>
        <source>More</source>
        <translation>Mwy</translation>
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
        <translation>Copïo %1</translation>
    </message>
</context>
<context>
    <name>DetailJsonTree</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramedrau</translation>
    </message>
    <message>
        <source>(text)</source>
        <translation>(testun)</translation>
    </message>
    <message>
        <source>Only the first %1 entries are shown; &quot;Copy JSON&quot; copies everything.</source>
        <translation>Dim ond y %1 cofnod cyntaf a ddangosir; mae &quot;Copïo JSON&quot; yn copïo popeth.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prawf</translation>
    </message>
    <message>
        <source>Version id</source>
        <translation>Dynodydd fersiwn</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>dashboard status (the backend&apos;s own value)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a session to see every detail.</source>
        <translation>Dewiswch sesiwn i weld pob manylyn.</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Manylion y sesiwn</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copïo&apos;r cyfan</translation>
    </message>
    <message>
        <source>Copy every detail of this session as text</source>
        <translation>Copïo pob manylyn o&apos;r sesiwn hon fel testun</translation>
    </message>
    <message>
        <source>Copy all details</source>
        <translation>Copïo pob manylyn</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copïo fel curl</translation>
    </message>
    <message>
        <source>Copy as curl command</source>
        <translation>Copïo fel gorchymyn curl</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesiwn %1</translation>
    </message>
    <message>
        <source>No session is selected.</source>
        <translation>Nid oes sesiwn wedi&apos;i dewis.</translation>
    </message>
    <message>
        <source>Copy as curl needs the connection this session came from.</source>
        <translation>Mae Copïo fel curl angen y cysylltiad y daeth y sesiwn hon ohono.</translation>
    </message>
    <message>
        <source>This session is not from the current connection.</source>
        <translation>Nid yw&apos;r sesiwn hon o&apos;r cysylltiad presennol.</translation>
    </message>
    <message>
        <source>This session has no id to ask for.</source>
        <translation>Nid oes gan y sesiwn hon ddynodydd i ofyn amdano.</translation>
    </message>
    <message>
        <source>Century has no request for a single session, so this command lists this pupil&apos;s sessions of this test that started within a minute of this one: normally just this session.
The key is read from $%1; it is never copied.</source>
        <translation>Nid oes gan Century gais ar gyfer un sesiwn, felly mae&apos;r gorchymyn hwn yn rhestru sesiynau&apos;r disgybl hwn ar y prawf hwn a ddechreuodd o fewn munud i&apos;r un hon: fel arfer dim ond y sesiwn hon.
Darllenir yr allwedd o $%1; nid yw byth yn cael ei chopïo.</translation>
    </message>
    <message>
        <source>Copy the request for this session as a curl command.
The key is read from $%1; it is never copied.</source>
        <translation>Copïo&apos;r cais am y sesiwn hon fel gorchymyn curl.
Darllenir yr allwedd o $%1; nid yw byth yn cael ei chopïo.</translation>
    </message>
    <message>
        <source>all details</source>
        <translation>pob manylyn</translation>
    </message>
    <message>
        <source>the curl command (without the key)</source>
        <translation>y gorchymyn curl (heb yr allwedd)</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Wedi copïo %1.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dyfais</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Dynodydd</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Llif gwaith</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Ymgais</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Cronfa</translation>
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
        <translation>%1 awr</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mun</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 eil.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel on this computer</source>
        <translation>Excel ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Plain UTF-8 for scripts</source>
        <translation>UTF-8 plaen ar gyfer sgriptiau</translation>
    </message>
    <message>
        <source>The export was already started.</source>
        <translation>Mae&apos;r allforio eisoes wedi dechrau.</translation>
    </message>
    <message>
        <source>The CSV delimiter must be a comma, a semicolon or a tab.</source>
        <translation>Rhaid i amffinydd y CSV fod yn goma, hanner colon neu dab.</translation>
    </message>
    <message>
        <source>Row %1 has %2 values where the header has %3.</source>
        <translation>Mae gan res %1 %2 gwerth lle mae gan y pennawd %3.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Canslwyd yr allforio.</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>yr allbwn</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Methu ysgrifennu i %1: %2</translation>
    </message>
    <message>
        <source>it is not open for writing</source>
        <translation>nid yw ar agor i ysgrifennu</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Methu creu %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>ffolder yw hwn</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>nid yw&apos;r ffolder %1 yn bodoli</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Methu cadw %1: %2</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>… [cut at Excel&apos;s limit of 32,767 characters]</source>
        <translation>… [wedi&apos;i dorri ar derfyn Excel o 32,767 nod]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 columns; this export has %2.</source>
        <translation>Mae dalen Excel yn dal %1 colofn ar y mwyaf; mae gan yr allforio hwn %2.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>Methu creu ffeil dros dro yn %1: %2</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most 1,048,575 rows below its header, and this export has more. Export to CSV instead, or narrow the filters.</source>
        <translation>Mae dalen Excel yn dal 1,048,575 rhes ar y mwyaf o dan ei phennawd, ac mae gan yr allforio hwn fwy. Allforiwch i CSV yn lle hynny, neu culhewch yr hidlyddion.</translation>
    </message>
    <message>
        <source>Cannot read the temporary file %1: %2</source>
        <translation>Methu darllen y ffeil dros dro %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportColumnList</name>
    <message>
        <source>Columns to export</source>
        <translation>Colofnau i&apos;w hallforio</translation>
    </message>
    <message>
        <source>Space ticks or unticks a column; Alt+Up and Alt+Down move it.</source>
        <translation>Mae Bylchwr yn ticio neu&apos;n dad-dicio colofn; mae Alt+Up ac Alt+Down yn ei symud.</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Symud i fyny (Alt+Up)</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>Symud y golofn i fyny</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Symud i lawr (Alt+Down)</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>Symud y golofn i lawr</translation>
    </message>
    <message>
        <source>%1 (personal data)</source>
        <translation>%1 (data personol)</translation>
    </message>
    <message>
        <source>Personal data about a pupil: left out unless you tick it.</source>
        <translation>Data personol am ddisgybl: yn cael ei adael allan oni bai eich bod yn ei dicio.</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>There is no column &apos;%1&apos; here; &apos;sessionscope export --list-columns --backend B&apos; lists them.</source>
        <translation>Does dim colofn &apos;%1&apos; yma; mae &apos;sessionscope export --list-columns --backend B&apos; yn eu rhestru.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; is named twice.</source>
        <translation>Mae&apos;r golofn &apos;%1&apos; wedi&apos;i henwi ddwywaith.</translation>
    </message>
    <message>
        <source>No column is chosen, so there is nothing to write.</source>
        <translation>Dim colofn wedi&apos;i dewis, felly does dim i&apos;w ysgrifennu.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>Write the sessions to a CSV or Excel file</source>
        <translation>Ysgrifennu&apos;r sesiynau i ffeil CSV neu Excel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>about %1 s left</source>
        <translation>tua %1 eiliad ar ôl</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>tua %1 munud ar ôl</translation>
    </message>
    <message>
        <source>Export Sessions</source>
        <translation>Allforio Sesiynau</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>Ticked columns are written in this order.</source>
        <translation>Mae&apos;r colofnau wedi&apos;u ticio yn cael eu hysgrifennu yn y drefn hon.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Ticio&apos;r c&amp;yfan</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Ticio &amp;dim</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Cynnydd yr allforio</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Statws yr allforio</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Allforio</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>Agor y &amp;ffeil</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Dangos yn y ffol&amp;der</translation>
    </message>
    <message>
        <source>Choose what to export, then press Export.</source>
        <translation>Dewiswch beth i&apos;w allforio, yna pwyswch Allforio.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>Excel &amp;workbook (.xlsx)</source>
        <translation>&amp;Llyfr gwaith Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV preset</source>
        <translation>Rhagosodiad CSV</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opsiynau</translation>
    </message>
    <message>
        <source>Show CSV options</source>
        <translation>Dangos opsiynau CSV</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Hanner colon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Amffinydd</translation>
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
        <translation>Diwedd llinell</translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (Excel needs it for accents)</source>
        <translation>Dechrau gyda &amp;nod trefn beitiau (mae Excel ei angen ar gyfer acenion)</translation>
    </message>
    <message>
        <source>&amp;Protect against formulas (text starting with = + - @ gets an apostrophe)</source>
        <translation>&amp;Diogelu rhag fformiwlâu (mae testun sy&apos;n dechrau gyda = + - @ yn cael collnod)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Amffinydd:</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>Diwedd ll&amp;inell:</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Rhagosodiad:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rhesi</translation>
    </message>
    <message>
        <source>The %1 &amp;loaded rows, filtered and ordered as shown</source>
        <translation>Y %1 rhes wedi&apos;u &amp;llwytho, wedi&apos;u hidlo a&apos;u trefnu fel y&apos;u dangosir</translation>
    </message>
    <message>
        <source>All %1 sessions &amp;matching the server filters</source>
        <translation>Pob un o&apos;r %1 sesiwn sy&apos;n &amp;cyfateb i hidlyddion y gweinydd</translation>
    </message>
    <message>
        <source>All sessions &amp;matching the server filters (fetched to the end)</source>
        <translation>Pob sesiwn sy&apos;n &amp;cyfateb i hidlyddion y gweinydd (wedi&apos;u nôl hyd y diwedd)</translation>
    </message>
    <message>
        <source>Save To</source>
        <translation>Cadw i</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Ffeil i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Llyfrau gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Allforio i</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Ticiwch o leiaf un golofn.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Dewiswch ffeil i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>Ffolder yw %1; dewiswch enw ffeil.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Disodli&apos;r ffeil?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>Mae %1 yn bodoli eisoes. Ei disodli?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wrthi&apos;n allforio…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 o %Ln rhes</numerusform>
            <numerusform>%1 o %Ln rhes</numerusform>
            <numerusform>%1 o %Ln rhes</numerusform>
            <numerusform>%1 o %Ln rhes</numerusform>
            <numerusform>%1 o %Ln o resi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln rhes</numerusform>
            <numerusform>%Ln rhes</numerusform>
            <numerusform>%Ln o resi</numerusform>
            <numerusform>%Ln o resi</numerusform>
            <numerusform>%Ln o resi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln tudalen</numerusform>
            <numerusform>%Ln tudalen</numerusform>
            <numerusform>%Ln o dudalennau</numerusform>
            <numerusform>%Ln o dudalennau</numerusform>
            <numerusform>%Ln o dudalennau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Allforiwyd %Ln rhes i %1.</numerusform>
            <numerusform>Allforiwyd %Ln rhes i %1.</numerusform>
            <numerusform>Allforiwyd %Ln o resi i %1.</numerusform>
            <numerusform>Allforiwyd %Ln o resi i %1.</numerusform>
            <numerusform>Allforiwyd %Ln o resi i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Includes every column in the file</source>
        <translation>Yn cynnwys pob colofn yn y ffeil</translation>
    </message>
    <message>
        <source>Leaves every column out, to tick only the few you want</source>
        <translation>Yn gadael pob colofn allan, i dicio&apos;r ychydig rydych eu heisiau yn unig</translation>
    </message>
    <message>
        <source>Plain text with one session per line, opened by any spreadsheet or MIS</source>
        <translation>Testun plaen gydag un sesiwn i bob llinell, y gall unrhyw daenlen neu MIS ei agor</translation>
    </message>
    <message>
        <source>A workbook with dates and numbers as real cells, for Excel or LibreOffice</source>
        <translation>Llyfr gwaith gyda dyddiadau a rhifau fel celloedd go iawn, ar gyfer Excel neu LibreOffice</translation>
    </message>
    <message>
        <source>How the CSV is written: for Excel on this computer, or plain UTF-8</source>
        <translation>Sut yr ysgrifennir y CSV: ar gyfer Excel ar y cyfrifiadur hwn, neu UTF-8 plaen</translation>
    </message>
    <message>
        <source>Shows the delimiter, line ending, byte order mark and formula protection</source>
        <translation>Yn dangos yr amffinydd, diwedd llinell, nod trefn beitiau a&apos;r diogelu rhag fformiwlâu</translation>
    </message>
    <message>
        <source>Writes the rows already in the table, as filtered and sorted there</source>
        <translation>Yn ysgrifennu&apos;r rhesi sydd eisoes yn y tabl, wedi&apos;u hidlo a&apos;u trefnu fel yno</translation>
    </message>
    <message>
        <source>Fetches every page the server filters match, then writes them all</source>
        <translation>Yn nôl pob tudalen y mae hidlyddion y gweinydd yn ei chyfateb, yna&apos;n ysgrifennu&apos;r cyfan</translation>
    </message>
    <message>
        <source>A name ending in .csv or .xlsx chooses the format</source>
        <translation>Mae enw sy&apos;n gorffen gyda .csv neu .xlsx yn dewis y fformat</translation>
    </message>
    <message>
        <source>Chooses the folder and file name in a file dialog</source>
        <translation>Yn dewis y ffolder a&apos;r enw ffeil mewn deialog ffeiliau</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The list was reloaded while it was being exported, so nothing was written. Export again.</source>
        <translation>Cafodd y rhestr ei hail-lwytho tra oedd yn cael ei hallforio, felly ni ysgrifennwyd dim. Allforiwch eto.</translation>
    </message>
    <message>
        <source>The list was closed while it was being exported.</source>
        <translation>Caewyd y rhestr tra oedd yn cael ei hallforio.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %Ln session(s) that could not be read, so the export would be incomplete; nothing was written.</source>
        <translation>
            <numerusform>Anfonodd y gweinydd %Ln sesiwn nad oedd modd eu darllen, felly byddai&apos;r allforio&apos;n anghyflawn; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Anfonodd y gweinydd %Ln sesiwn nad oedd modd ei darllen, felly byddai&apos;r allforio&apos;n anghyflawn; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Anfonodd y gweinydd %Ln o sesiynau nad oedd modd eu darllen, felly byddai&apos;r allforio&apos;n anghyflawn; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Anfonodd y gweinydd %Ln o sesiynau nad oedd modd eu darllen, felly byddai&apos;r allforio&apos;n anghyflawn; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Anfonodd y gweinydd %Ln o sesiynau nad oedd modd eu darllen, felly byddai&apos;r allforio&apos;n anghyflawn; ni ysgrifennwyd dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Canslwyd yr allforio; ni ysgrifennwyd dim.</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <source>An XLSX file cannot be written to standard output; give a file name or choose CSV.</source>
        <translation>Ni ellir ysgrifennu ffeil XLSX i&apos;r allbwn safonol; rhowch enw ffeil neu dewiswch CSV.</translation>
    </message>
</context>
<context>
    <name>FetchStatusPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Ailgynnig</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>Llwytho&apos;r c&amp;yfan</translation>
    </message>
    <message>
        <source>Loaded sessions</source>
        <translation>Sesiynau wedi&apos;u llwytho</translation>
    </message>
    <message>
        <source>Loading state</source>
        <translation>Cyflwr llwytho</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Gwall diwethaf</translation>
    </message>
    <message>
        <source>Asks the server again for the page that failed</source>
        <translation>Yn gofyn i&apos;r gweinydd eto am y dudalen a fethodd</translation>
    </message>
    <message>
        <source>Keep loading pages until every matching session is here</source>
        <translation>Parhau i lwytho tudalennau nes bod pob sesiwn sy&apos;n cyfateb yma</translation>
    </message>
    <message>
        <source>No connection open</source>
        <translation>Dim cysylltiad ar agor</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s), all loaded</source>
        <translation>
            <numerusform>%Ln sesiwn, pob un wedi&apos;i llwytho</numerusform>
            <numerusform>%Ln sesiwn, wedi&apos;i llwytho</numerusform>
            <numerusform>%Ln o sesiynau, pob un wedi&apos;i llwytho</numerusform>
            <numerusform>%Ln o sesiynau, pob un wedi&apos;i llwytho</numerusform>
            <numerusform>%Ln o sesiynau, pob un wedi&apos;i llwytho</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 o %2 wedi&apos;u llwytho</translation>
    </message>
    <message>
        <source>%1 of unknown loaded</source>
        <translation>%1 o gyfanswm anhysbys wedi&apos;u llwytho</translation>
    </message>
    <message>
        <source>%1 shown · %2</source>
        <translation>%1 yn cael eu dangos · %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Wedi stopio</translation>
    </message>
    <message>
        <source>More on scroll</source>
        <translation>Mwy wrth sgrolio</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Wrthi&apos;n trefnu…</translation>
    </message>
    <message>
        <source>%1 · Sorting…</source>
        <translation>%1 · Wrthi&apos;n trefnu…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>Hidlyddion</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Ailosod hidlwyr</translation>
    </message>
    <message>
        <source>Clears the server filters, the quick search and the status buttons.</source>
        <translation>Yn clirio hidlyddion y gweinydd, y chwilio cyflym a&apos;r botymau statws.</translation>
    </message>
    <message>
        <source>These filters are applied by the server: changing one reloads the list.</source>
        <translation>Mae&apos;r gweinydd yn defnyddio&apos;r hidlyddion hyn: mae newid un yn ail-lwytho&apos;r rhestr.</translation>
    </message>
    <message>
        <source>These only filter the rows already loaded; the server is not asked again.</source>
        <translation>Dim ond y rhesi sydd eisoes wedi&apos;u llwytho y mae&apos;r rhain yn eu hidlo; ni ofynnir i&apos;r gweinydd eto.</translation>
    </message>
    <message>
        <source>Server filters</source>
        <translation>Hidlwyr y gweinydd</translation>
    </message>
    <message>
        <source>Loaded rows</source>
        <translation>Rhesi wedi&apos;u llwytho</translation>
    </message>
</context>
<context>
    <name>FilterCenturyPanel</name>
    <message>
        <source>Started</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>dyddiad dechrau</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Pynciau</translation>
    </message>
    <message>
        <source>No subjects in the loaded rows yet</source>
        <translation>Dim pynciau yn y rhesi wedi&apos;u llwytho eto</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prawf</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Profion</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <source>No tests in the loaded rows yet</source>
        <translation>Dim profion yn y rhesi wedi&apos;u llwytho eto</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Rhagor</translation>
    </message>
    <message>
        <source>Shows or hides end dates, status, order and pupils.</source>
        <translation>Yn dangos neu&apos;n cuddio dyddiadau gorffen, statws, trefn a disgyblion.</translation>
    </message>
    <message>
        <source>Which sessions</source>
        <translation>Pa sesiynau</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Y cyfan</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Pob sesiwn</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar waith</translation>
    </message>
    <message>
        <source>Sessions in progress only</source>
        <translation>Sesiynau ar waith yn unig</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Cwblhawyd</translation>
    </message>
    <message>
        <source>Completed sessions only</source>
        <translation>Sesiynau wedi&apos;u cwblhau yn unig</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>dyddiad gorffen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Trefn</translation>
    </message>
    <message>
        <source>Started, oldest first</source>
        <translation>Dechrau, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>Started, newest first</source>
        <translation>Dechrau, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>Ended, oldest first</source>
        <translation>Gorffen, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>Ended, newest first</source>
        <translation>Gorffen, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>Server order</source>
        <translation>Trefn y gweinydd</translation>
    </message>
    <message>
        <source>The order the server sends pages in; decides which sessions load first.</source>
        <translation>Y drefn y mae&apos;r gweinydd yn anfon tudalennau ynddi; mae&apos;n penderfynu pa sesiynau sy&apos;n llwytho gyntaf.</translation>
    </message>
    <message>
        <source>The order the server sends pages in, which decides which sessions load first. Click a column header to sort the loaded rows.</source>
        <translation>Y drefn y mae&apos;r gweinydd yn anfon tudalennau ynddi, sy&apos;n penderfynu pa sesiynau sy&apos;n llwytho gyntaf. Cliciwch ar bennawd colofn i drefnu&apos;r rhesi wedi&apos;u llwytho.</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Disgyblion</translation>
    </message>
    <message>
        <source>Sessions in progress have no end date.</source>
        <translation>Does gan sesiynau ar waith ddim dyddiad gorffen.</translation>
    </message>
    <message>
        <source>Sessions in progress, completed, or both</source>
        <translation>Sesiynau ar waith, wedi&apos;u cwblhau, neu&apos;r ddau</translation>
    </message>
    <message>
        <source>The status filter applies when All sessions are listed.</source>
        <translation>Mae&apos;r hidlydd statws yn berthnasol pan restrir Pob sesiwn.</translation>
    </message>
    <message>
        <source>More filters (%1)</source>
        <translation>Rhagor (%1)</translation>
    </message>
</context>
<context>
    <name>FilterCheckList</name>
    <message>
        <source>%1 choices</source>
        <translation>Dewisiadau %1</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Canfod…</translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation>Canfod %1</translation>
    </message>
    <message>
        <source>Space ticks or unticks; Enter or Escape closes the list.</source>
        <translation>Mae Bylchwr yn ticio neu&apos;n dad-dicio; mae Enter neu Escape yn cau&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Untick every %1</source>
        <translation>Dad-dicio pob %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Close the %1 list</source>
        <translation>Cau&apos;r rhestr %1</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1: unrhyw</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln chosen</source>
        <translation>
            <numerusform>%1: %Ln wedi&apos;u dewis</numerusform>
            <numerusform>%1: %Ln wedi&apos;i ddewis</numerusform>
            <numerusform>%1: %Ln wedi&apos;u dewis</numerusform>
            <numerusform>%1: %Ln wedi&apos;u dewis</numerusform>
            <numerusform>%1: %Ln wedi&apos;u dewis</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1. Open the list to choose some.</source>
        <translation>Pob %1. Agorwch y rhestr i ddewis rhai.</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>Unrhyw %1</translation>
    </message>
</context>
<context>
    <name>FilterDateRange</name>
    <message>
        <source>%1 from</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>First day of the %1, or Any. Alt+Down opens a calendar.</source>
        <translation>Diwrnod cyntaf y %1, neu Unrhyw. Mae Alt+Down yn agor calendr.</translation>
    </message>
    <message>
        <source>Sessions whose %1 is on or after this day</source>
        <translation>Sesiynau y mae eu %1 ar y diwrnod hwn neu ar ei ôl</translation>
    </message>
    <message>
        <source>%1 until</source>
        <translation>%1 hyd at</translation>
    </message>
    <message>
        <source>Last day of the %1, included, or Any. Alt+Down opens a calendar.</source>
        <translation>Diwrnod olaf y %1, wedi&apos;i gynnwys, neu Unrhyw. Mae Alt+Down yn agor calendr.</translation>
    </message>
    <message>
        <source>Sessions whose %1 is on or before this day</source>
        <translation>Sesiynau y mae eu %1 ar y diwrnod hwn neu cyn hynny</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>Unrhyw %1</translation>
    </message>
    <message>
        <source>Clear the %1 range</source>
        <translation>Clirio ystod y %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw</translation>
    </message>
</context>
<context>
    <name>FilterMobileNextPanel</name>
    <message>
        <source>Organization</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Whose device sessions to list.</source>
        <translation>Sesiynau dyfeisiau pwy i&apos;w rhestru.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Maint tudalen</translation>
    </message>
    <message>
        <source>Sessions asked for per request, up to %L1.</source>
        <translation>Sesiynau y gofynnir amdanynt fesul cais, hyd at %L1.</translation>
    </message>
    <message>
        <source>Sessions asked for per request. Larger pages load faster, smaller ones show sooner.</source>
        <translation>Sesiynau y gofynnir amdanynt fesul cais. Mae tudalennau mwy yn llwytho&apos;n gyflymach, rhai llai&apos;n ymddangos yn gynt.</translation>
    </message>
    <message>
        <source>The API key&apos;s own</source>
        <translation>Un yr allwedd API ei hun</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personol</translation>
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
        <translation>Ychwanegu disgybl…</translation>
    </message>
    <message>
        <source>Add a pupil</source>
        <translation>Ychwanegu disgybl</translation>
    </message>
    <message>
        <source>Type part of a pupil&apos;s name, then choose them from the list. Only their sessions are requested from the server.</source>
        <translation>Teipiwch ran o enw disgybl, yna dewiswch nhw o&apos;r rhestr. Dim ond eu sesiynau nhw y gofynnir amdanynt gan y gweinydd.</translation>
    </message>
    <message>
        <source>Only sessions of the chosen pupils (asked of the server)</source>
        <translation>Sesiynau&apos;r disgyblion a ddewiswyd yn unig (gofynnir i&apos;r gweinydd)</translation>
    </message>
    <message>
        <source>Chosen pupils</source>
        <translation>Disgyblion a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove every chosen pupil</source>
        <translation>Tynnu pob disgybl a ddewiswyd</translation>
    </message>
    <message>
        <source>Pupil %1…</source>
        <translation>Disgybl %1…</translation>
    </message>
    <message>
        <source>Remove %1 (user id %2)</source>
        <translation>Tynnu %1 (dynodydd defnyddiwr %2)</translation>
    </message>
    <message>
        <source>Remove pupil %1</source>
        <translation>Tynnu&apos;r disgybl %1</translation>
    </message>
    <message numerus="yes">
        <source>Clear %Ln pupils</source>
        <translation>
            <numerusform>Clirio %Ln disgybl</numerusform>
            <numerusform>Clirio %Ln disgybl</numerusform>
            <numerusform>Clirio %Ln o ddisgyblion</numerusform>
            <numerusform>Clirio %Ln o ddisgyblion</numerusform>
            <numerusform>Clirio %Ln o ddisgyblion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterTreasurePanel</name>
    <message>
        <source>Treasure Workflow lists newest first; it has no server-side filters.</source>
        <translation>Mae Treasure Workflow yn rhestru&apos;r mwyaf newydd yn gyntaf; does ganddo ddim hidlyddion ar ochr y gweinydd.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Maint tudalen</translation>
    </message>
    <message>
        <source>Sessions asked for per request, up to %L1.</source>
        <translation>Sesiynau y gofynnir amdanynt fesul cais, hyd at %L1.</translation>
    </message>
    <message>
        <source>Sessions asked for per request. Larger pages load faster, smaller ones show sooner.</source>
        <translation>Sesiynau y gofynnir amdanynt fesul cais. Mae tudalennau mwy yn llwytho&apos;n gyflymach, rhai llai&apos;n ymddangos yn gynt.</translation>
    </message>
</context>
<context>
    <name>FinishedSummary</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 a %Ln arall</numerusform>
            <numerusform>%1 ac %Ln arall</numerusform>
            <numerusform>%1 a %Ln arall</numerusform>
            <numerusform>%1 a %Ln arall</numerusform>
            <numerusform>%1 a %Ln arall</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 finished %2</source>
        <translation>Gorffennodd %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pupils finished %1</source>
        <translation>
            <numerusform>Gorffennodd %Ln disgybl %1</numerusform>
            <numerusform>Gorffennodd %Ln disgybl %1</numerusform>
            <numerusform>Gorffennodd %Ln o ddisgyblion %1</numerusform>
            <numerusform>Gorffennodd %Ln o ddisgyblion %1</numerusform>
            <numerusform>Gorffennodd %Ln o ddisgyblion %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Level: %1 · %2</source>
        <translation>Lefel: %1 · %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>heb ei roi</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>wedi llwyddo</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>wedi methu</translation>
    </message>
    <message>
        <source>was killed</source>
        <translation>wedi&apos;i atal</translation>
    </message>
    <message>
        <source>Workflow %1 %2</source>
        <translation>Llif gwaith %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions of %1: %2</source>
        <translation>
            <numerusform>%Ln sesiwn o %1: %2</numerusform>
            <numerusform>%Ln sesiwn o %1: %2</numerusform>
            <numerusform>%Ln o sesiynau %1: %2</numerusform>
            <numerusform>%Ln o sesiynau %1: %2</numerusform>
            <numerusform>%Ln o sesiynau %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The last attempt says &quot;%1&quot;.</source>
        <translation>Mae&apos;r ymgais olaf yn dweud &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 was released</source>
        <translation>Rhyddhawyd %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 devices released</source>
        <translation>
            <numerusform>Rhyddhawyd %Ln dyfais %1</numerusform>
            <numerusform>Rhyddhawyd %Ln ddyfais %1</numerusform>
            <numerusform>Rhyddhawyd %Ln o ddyfeisiau %1</numerusform>
            <numerusform>Rhyddhawyd %Ln o ddyfeisiau %1</numerusform>
            <numerusform>Rhyddhawyd %Ln o ddyfeisiau %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions finished</source>
        <translation>
            <numerusform>Gorffennodd %Ln sesiwn</numerusform>
            <numerusform>Gorffennodd %Ln sesiwn</numerusform>
            <numerusform>Gorffennodd %Ln o sesiynau</numerusform>
            <numerusform>Gorffennodd %Ln o sesiynau</numerusform>
            <numerusform>Gorffennodd %Ln o sesiynau</numerusform>
        </translation>
    </message>
    <message>
        <source>other</source>
        <translation>arall</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>unknown field &quot;%1&quot; in %2</source>
        <translation>maes anhysbys &quot;%1&quot; yn %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 has an unknown value</source>
        <translation>mae gan &quot;%1&quot; yn %2 werth anhysbys</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a whole number from %3 to %4</source>
        <translation>rhaid i &quot;%1&quot; yn %2 fod yn rhif cyfan o %3 i %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a list of texts</source>
        <translation>rhaid i &quot;%1&quot; yn %2 fod yn rhestr o destunau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a text</source>
        <translation>rhaid i &quot;%1&quot; yn %2 fod yn destun</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The system keychain refused the request (%1).</source>
        <translation>Gwrthododd cadwyn allweddi&apos;r system y cais (%1).</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (or it is locked), so the key is kept in memory until SessionScope closes. You will be asked for it again next time.</source>
        <translation>Does dim cadwyn allweddi ar gael ar y cyfrifiadur hwn (neu mae wedi&apos;i chloi), felly cedwir yr allwedd yn y cof nes i SessionScope gau. Gofynnir i chi amdani eto y tro nesaf.</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Byw</translation>
    </message>
    <message>
        <source>Watch sessions as they start and finish (Ctrl+L)</source>
        <translation>Gwylio sesiynau wrth iddynt ddechrau a gorffen (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Notify when sessions finish</source>
        <translation>&amp;Hysbysu pan fydd sesiynau&apos;n gorffen</translation>
    </message>
    <message>
        <source>Chec&amp;k for changes now</source>
        <translation>Gwirio am &amp;newidiadau nawr</translation>
    </message>
</context>
<context>
    <name>LivePoll</name>
    <message>
        <source>The server sent a session that could not be read.</source>
        <translation>Anfonodd y gweinydd sesiwn nad oedd modd ei darllen.</translation>
    </message>
</context>
<context>
    <name>LiveStatus</name>
    <message>
        <source>updated %1 ago</source>
        <translation>diweddarwyd %1 yn ôl</translation>
    </message>
    <message>
        <source>retrying in %1</source>
        <translation>ailgynnig ymhen %1</translation>
    </message>
    <message>
        <source>retrying now</source>
        <translation>ailgynnig nawr</translation>
    </message>
    <message>
        <source>Live · checking for changes…</source>
        <translation>Byw · wrthi&apos;n gwirio am newidiadau…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Byw</translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation>Byw · %1</translation>
    </message>
    <message>
        <source>Live paused — rate limited, %1</source>
        <translation>Byw wedi&apos;i oedi — cyfyngu ar gyfradd, %1</translation>
    </message>
    <message>
        <source>showing data from %1</source>
        <translation>yn dangos data o %1</translation>
    </message>
    <message>
        <source>showing the data loaded so far</source>
        <translation>yn dangos y data a lwythwyd hyd yma</translation>
    </message>
    <message>
        <source>Live — stale: %1; %2. %3</source>
        <translation>Byw — hen: %1; %2. %3</translation>
    </message>
    <message>
        <source>Live paused — this computer is offline; the rows shown may be out of date</source>
        <translation>Byw wedi&apos;i oedi — mae&apos;r cyfrifiadur hwn all-lein; efallai bod y rhesi a ddangosir wedi dyddio</translation>
    </message>
    <message>
        <source>Live stopped — the API key was rejected</source>
        <translation>Byw wedi stopio — gwrthodwyd yr allwedd API</translation>
    </message>
    <message>
        <source>Live stopped — this API key may not read these sessions</source>
        <translation>Byw wedi stopio — ni chaiff yr allwedd API hon ddarllen y sesiynau hyn</translation>
    </message>
    <message>
        <source>Live stopped — %1</source>
        <translation>Byw wedi stopio — %1</translation>
    </message>
</context>
<context>
    <name>LiveStatusLabel</name>
    <message>
        <source>Live status</source>
        <translation>Statws byw</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session details</source>
        <translation>Manylion y sesiwn</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Cysylltiad</translation>
    </message>
    <message>
        <source>%1 — SessionScope</source>
        <translation>%1 — SessionScope</translation>
    </message>
    <message>
        <source>Demo data from %1</source>
        <translation>Data demo o %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Wedi copïo %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Dewisiadau…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Gwe&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Reload from the first page</source>
        <translation>&amp;Ail-lwytho o&apos;r dudalen gyntaf</translation>
    </message>
    <message>
        <source>Load &amp;all pages</source>
        <translation>Llwytho &amp;pob tudalen</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colofnau</translation>
    </message>
    <message>
        <source>Arrival &amp;order (as the server sent them)</source>
        <translation>&amp;Trefn cyrraedd (fel yr anfonodd y gweinydd nhw)</translation>
    </message>
    <message>
        <source>Relative &amp;times (&quot;5 min ago&quot;)</source>
        <translation>Amseroedd cy&amp;mharol (&quot;5 mun yn ôl&quot;)</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>Amseroedd mewn &amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Search loaded sessions</source>
        <translation>Ch&amp;wilio&apos;r sesiynau wedi&apos;u llwytho</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Cysylltiad</translation>
    </message>
    <message>
        <source>V&amp;iews</source>
        <translation>G&amp;olygon</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About SessionScope</source>
        <translation>&amp;Ynghylch SessionScope</translation>
    </message>
    <message>
        <source>About SessionScope</source>
        <translation>Ynghylch SessionScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SessionScope %1&lt;/h3&gt;&lt;p&gt;Browse, watch live and export sessions from Century Smart IA, Treasure Workflow and Mobile Next.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SessionScope %1&lt;/h3&gt;&lt;p&gt;Pori, gwylio&apos;n fyw ac allforio sesiynau o Century Smart IA, Treasure Workflow a Mobile Next.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go to the ta&amp;ble</source>
        <translation>Mynd i&apos;r tab&amp;l</translation>
    </message>
    <message>
        <source>Reset &amp;filters</source>
        <translation>A&amp;ilosod hidlyddion</translation>
    </message>
</context>
<context>
    <name>ManageConnectionsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ychwanegu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>A&amp;llgofnodi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Rheoli cysylltiadau</translation>
    </message>
    <message>
        <source>Forget the key (it is removed from the keychain) and close the data; the connection stays.</source>
        <translation>Anghofio&apos;r allwedd (caiff ei thynnu o&apos;r gadwyn allweddi) a chau&apos;r data; mae&apos;r cysylltiad yn aros.</translation>
    </message>
    <message>
        <source>Remove the connection, its key and its saved views.</source>
        <translation>Tynnu&apos;r cysylltiad, ei allwedd a&apos;i olygon wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>The demo connections are always there and need no key.</source>
        <translation>Mae&apos;r cysylltiadau demo yno bob amser ac nid oes angen allwedd arnynt.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Dileu&apos;r cysylltiad</translation>
    </message>
    <message>
        <source>Delete “%1”? Its key is removed from the keychain and its saved views are deleted.</source>
        <translation>Dileu “%1”? Caiff ei allwedd ei thynnu o&apos;r gadwyn allweddi a chaiff ei olygon wedi&apos;u cadw eu dileu.</translation>
    </message>
</context>
<context>
    <name>MobileNextDetailView</name>
    <message>
        <source>Not yet (device still held)</source>
        <translation>Ddim eto (mae&apos;r ddyfais yn dal i gael ei defnyddio)</translation>
    </message>
</context>
<context>
    <name>MobileNextSource</name>
    <message>
        <source>More than %1 sessions were created at the same instant (%2); some of them may be missing.</source>
        <translation>Crëwyd mwy na %1 sesiwn ar yr un eiliad (%2); efallai bod rhai ohonynt ar goll.</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Caewyd y cysylltiad.</translation>
    </message>
    <message>
        <source>The server sent a page that could not be read. Loading stopped; the rows loaded so far are kept.</source>
        <translation>Anfonodd y gweinydd dudalen nad oedd modd ei darllen. Stopiwyd llwytho; cedwir y rhesi a lwythwyd hyd yma.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on page %1 were incomplete and could not be shown.</source>
        <translation>
            <numerusform>Roedd %n sesiwn ar dudalen %1 yn anghyflawn ac nid oedd modd eu dangos.</numerusform>
            <numerusform>Roedd %n sesiwn ar dudalen %1 yn anghyflawn ac nid oedd modd ei dangos.</numerusform>
            <numerusform>Roedd %n o sesiynau ar dudalen %1 yn anghyflawn ac nid oedd modd eu dangos.</numerusform>
            <numerusform>Roedd %n o sesiynau ar dudalen %1 yn anghyflawn ac nid oedd modd eu dangos.</numerusform>
            <numerusform>Roedd %n o sesiynau ar dudalen %1 yn anghyflawn ac nid oedd modd eu dangos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions changed while they were loading (the total went from %1 to %2).</source>
        <translation>Newidiodd y sesiynau tra oeddent yn llwytho (aeth y cyfanswm o %1 i %2).</translation>
    </message>
    <message>
        <source>The server sent the same page position twice, so loading stopped to avoid going round in circles. The rows loaded so far are kept.</source>
        <translation>Anfonodd y gweinydd yr un safle tudalen ddwywaith, felly stopiwyd llwytho rhag mynd rownd mewn cylchoedd. Cedwir y rhesi a lwythwyd hyd yma.</translation>
    </message>
    <message>
        <source>Loading stopped after %1 pages, the most one list may have. The rows loaded so far are kept; narrow the filters to see the rest.</source>
        <translation>Stopiwyd llwytho ar ôl %1 tudalen, y nifer fwyaf y caiff un rhestr ei chael. Cedwir y rhesi a lwythwyd hyd yma; culhewch yr hidlyddion i weld y gweddill.</translation>
    </message>
    <message>
        <source>The server kept sending pages without new sessions, so loading stopped. The rows loaded so far are kept.</source>
        <translation>Roedd y gweinydd yn dal i anfon tudalennau heb sesiynau newydd, felly stopiwyd llwytho. Cedwir y rhesi a lwythwyd hyd yma.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Rhagosodiad y system (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The language of menus and messages; dates and numbers follow it too.</source>
        <translation>Iaith y dewislenni a&apos;r negeseuon; mae dyddiadau a rhifau&apos;n ei dilyn hefyd.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>SessionScope will speak the new language the next time it starts.</source>
        <translation>Bydd SessionScope yn siarad yr iaith newydd y tro nesaf y bydd yn cychwyn.</translation>
    </message>
    <message>
        <source>Dates, numbers and the CSV &quot;Excel on this computer&quot; format follow the language.</source>
        <translation>Mae dyddiadau, rhifau a fformat CSV &quot;Excel ar y cyfrifiadur hwn&quot; yn dilyn yr iaith.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Rhagosodiad y system</translation>
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
        <translation>dyddiad dechrau</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>dyddiad gorffen</translation>
    </message>
    <message>
        <source>A %1 filter has no date.</source>
        <translation>Does gan hidlydd %1 ddim dyddiad.</translation>
    </message>
    <message>
        <source>The %1 can have only one &quot;after&quot; limit.</source>
        <translation>Dim ond un terfyn &quot;ar ôl&quot; a gaiff y %1.</translation>
    </message>
    <message>
        <source>The %1 can have only one &quot;before&quot; limit.</source>
        <translation>Dim ond un terfyn &quot;cyn&quot; a gaiff y %1.</translation>
    </message>
    <message>
        <source>The %1 range is empty: its start is after its end.</source>
        <translation>Mae ystod y %1 yn wag: mae ei dechrau ar ôl ei diwedd.</translation>
    </message>
    <message>
        <source>Sessions in progress have no end date; remove the end date filter.</source>
        <translation>Does gan sesiynau ar waith ddim dyddiad gorffen; tynnwch yr hidlydd dyddiad gorffen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 id.</source>
        <translation>Nid yw &quot;%1&quot; yn ddynodydd %2 dilys.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>Rhaid i faint y dudalen fod rhwng 1 a %1.</translation>
    </message>
    <message>
        <source>A status filter only applies to the &quot;All&quot; scope.</source>
        <translation>Dim ond i&apos;r cwmpas &quot;Y cyfan&quot; y mae hidlydd statws yn berthnasol.</translation>
    </message>
    <message>
        <source>Sessions in progress have no end date to sort by.</source>
        <translation>Does gan sesiynau ar waith ddim dyddiad gorffen i drefnu yn ôl.</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>disgybl</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prawf</translation>
    </message>
    <message>
        <source>A subject filter is empty.</source>
        <translation>Mae hidlydd pwnc yn wag.</translation>
    </message>
</context>
<context>
    <name>QueryJson</name>
    <message>
        <source>the query</source>
        <translation>yr ymholiad</translation>
    </message>
    <message>
        <source>&quot;dates&quot; in the query must be a list</source>
        <translation>rhaid i &quot;dates&quot; yn yr ymholiad fod yn rhestr</translation>
    </message>
    <message>
        <source>a date condition</source>
        <translation>amod dyddiad</translation>
    </message>
    <message>
        <source>a date condition must be an object</source>
        <translation>rhaid i amod dyddiad fod yn wrthrych</translation>
    </message>
    <message>
        <source>a date condition needs &quot;ms&quot;, a time in milliseconds</source>
        <translation>mae amod dyddiad angen &quot;ms&quot;, amser mewn milieiliadau</translation>
    </message>
</context>
<context>
    <name>QuickSearchBox</name>
    <message>
        <source>Search loaded sessions (Ctrl+F)</source>
        <translation>Chwilio&apos;r sesiynau wedi&apos;u llwytho (Ctrl+F)</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Chwilio cyflym</translation>
    </message>
    <message>
        <source>Shows only the loaded rows that contain this text. It does not ask the server for more.</source>
        <translation>Yn dangos dim ond y rhesi wedi&apos;u llwytho sy&apos;n cynnwys y testun hwn. Nid yw&apos;n gofyn i&apos;r gweinydd am fwy.</translation>
    </message>
    <message>
        <source>The quick search and the status buttons look only at rows already loaded.</source>
        <translation>Mae&apos;r chwilio cyflym a&apos;r botymau statws yn edrych ar y rhesi sydd eisoes wedi&apos;u llwytho yn unig.</translation>
    </message>
    <message>
        <source>searches the loaded rows</source>
        <translation>yn chwilio&apos;r rhesi wedi&apos;u llwytho</translation>
    </message>
    <message>
        <source>filters the one loaded row</source>
        <translation>yn hidlo&apos;r un rhes wedi&apos;i llwytho</translation>
    </message>
    <message numerus="yes">
        <source>filters the %Ln loaded rows</source>
        <translation>
            <numerusform>yn hidlo&apos;r %Ln rhes wedi&apos;u llwytho</numerusform>
            <numerusform>yn hidlo&apos;r %Ln rhes wedi&apos;i llwytho</numerusform>
            <numerusform>yn hidlo&apos;r %Ln o resi wedi&apos;u llwytho</numerusform>
            <numerusform>yn hidlo&apos;r %Ln o resi wedi&apos;u llwytho</numerusform>
            <numerusform>yn hidlo&apos;r %Ln o resi wedi&apos;u llwytho</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of the %Ln loaded rows match</source>
        <translation>
            <numerusform>nid oes yr un o&apos;r %Ln rhes wedi&apos;u llwytho yn cyfateb</numerusform>
            <numerusform>nid yw&apos;r %Ln rhes wedi&apos;i llwytho yn cyfateb</numerusform>
            <numerusform>nid oes yr un o&apos;r %Ln o resi wedi&apos;u llwytho yn cyfateb</numerusform>
            <numerusform>nid oes yr un o&apos;r %Ln o resi wedi&apos;u llwytho yn cyfateb</numerusform>
            <numerusform>nid oes yr un o&apos;r %Ln o resi wedi&apos;u llwytho yn cyfateb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln loaded rows match</source>
        <translation>
            <numerusform>%1 o&apos;r %Ln rhes wedi&apos;u llwytho yn cyfateb</numerusform>
            <numerusform>%1 o&apos;r %Ln rhes wedi&apos;i llwytho yn cyfateb</numerusform>
            <numerusform>%1 o&apos;r %Ln o resi wedi&apos;u llwytho yn cyfateb</numerusform>
            <numerusform>%1 o&apos;r %Ln o resi wedi&apos;u llwytho yn cyfateb</numerusform>
            <numerusform>%1 o&apos;r %Ln o resi wedi&apos;u llwytho yn cyfateb</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows only the loaded rows that contain this text; %1.</source>
        <translation>Yn dangos dim ond y rhesi wedi&apos;u llwytho sy&apos;n cynnwys y testun hwn; %1.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>nawr</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mun</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 awr</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 yn ôl</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>ymhen %1</translation>
    </message>
</context>
<context>
    <name>SavedViewJson</name>
    <message>
        <source>This is not a view SessionScope can open: %1.</source>
        <translation>Nid yw hwn yn olwg y gall SessionScope ei agor: %1.</translation>
    </message>
    <message>
        <source>the JSON is broken near character %1 (%2)</source>
        <translation>mae&apos;r JSON wedi torri ger nod %1 (%2)</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>nid yw&apos;r ffeil yn dal gwrthrych JSON</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>nid &quot;%1&quot; yw &quot;format&quot;</translation>
    </message>
    <message>
        <source>it is version %1; this SessionScope reads version %2</source>
        <translation>fersiwn %1 ydyw; mae&apos;r SessionScope hwn yn darllen fersiwn %2</translation>
    </message>
    <message>
        <source>the view</source>
        <translation>yr olwg</translation>
    </message>
    <message>
        <source>the backend &quot;%1&quot; is not one SessionScope knows (century, treasure, mobilenext)</source>
        <translation>nid yw&apos;r backend &quot;%1&quot; yn un y mae SessionScope yn ei adnabod (century, treasure, mobilenext)</translation>
    </message>
    <message>
        <source>the view has no name</source>
        <translation>does gan yr olwg ddim enw</translation>
    </message>
    <message>
        <source>&quot;live&quot; must be true or false</source>
        <translation>rhaid i &quot;live&quot; fod yn true neu false</translation>
    </message>
    <message>
        <source>&quot;query&quot; must be an object</source>
        <translation>rhaid i &quot;query&quot; fod yn wrthrych</translation>
    </message>
    <message>
        <source>&quot;statusMask&quot; must be a whole number from 0 to 4294967295</source>
        <translation>rhaid i &quot;statusMask&quot; fod yn rhif cyfan o 0 i 4294967295</translation>
    </message>
</context>
<context>
    <name>SavedViewsController</name>
    <message>
        <source>&amp;Import view…</source>
        <translation>&amp;Mewnforio golwg…</translation>
    </message>
    <message>
        <source>Save the current view (filters, columns, sort) as a small file to share; no key and no session data</source>
        <translation>Cadw&apos;r olwg bresennol (hidlyddion, colofnau, trefn) fel ffeil fach i&apos;w rhannu; dim allwedd a dim data sesiynau</translation>
    </message>
    <message>
        <source>View “%1”</source>
        <translation>Golwg “%1”</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Cadw&apos;r olwg</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Enw&apos;r olwg:</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>Wedi cadw&apos;r olwg “%1”</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Ailenwi&apos;r olwg</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Enw newydd:</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Dileu&apos;r olwg</translation>
    </message>
    <message>
        <source>Delete the view “%1”?</source>
        <translation>Dileu&apos;r olwg “%1”?</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Cadw&apos;r olwg…</translation>
    </message>
    <message>
        <source>%1 (start-up)</source>
        <translation>%1 (wrth gychwyn)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>A&amp;ilenwi…</translation>
    </message>
    <message>
        <source>Open at &amp;start-up</source>
        <translation>Agor wrth &amp;gychwyn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>The view could not be written to %1: %2</source>
        <translation>Nid oedd modd ysgrifennu&apos;r olwg i %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Nid oedd modd agor %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a SessionScope view.</source>
        <translation>Mae %1 yn rhy fawr i fod yn olwg SessionScope.</translation>
    </message>
    <message>
        <source>This view is for %1: open a %1 connection first, then import it.</source>
        <translation>Mae&apos;r olwg hon ar gyfer %1: agorwch gysylltiad %1 yn gyntaf, yna ei mewnforio.</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>Golwg %1</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Allforio&apos;r olwg</translation>
    </message>
    <message>
        <source>SessionScope view (*.json)</source>
        <translation>Golwg SessionScope (*.json)</translation>
    </message>
    <message>
        <source>Exported the view to %1</source>
        <translation>Allforiwyd yr olwg i %1</translation>
    </message>
    <message>
        <source>Import view</source>
        <translation>Mewnforio golwg</translation>
    </message>
    <message>
        <source>Export &amp;view…</source>
        <translation>Allforio&apos;r g&amp;olwg…</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Byw</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Cwblhawyd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Methodd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canslwyd</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>%1 (the API says &quot;%2&quot;)</source>
        <translation>%1 (mae&apos;r API yn dweud &quot;%2&quot;)</translation>
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
        <translation>%1 hyd yma</translation>
    </message>
    <message>
        <source>%1 — personal data, left out of exports unless chosen</source>
        <translation>%1 — data personol, yn cael ei adael allan o allforion oni bai ei fod wedi&apos;i ddewis</translation>
    </message>
</context>
<context>
    <name>SessionTableView</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>One row per session. Enter shows every detail of the selected session.</source>
        <translation>Un rhes i bob sesiwn. Mae Enter yn dangos pob manylyn o&apos;r sesiwn a ddewiswyd.</translation>
    </message>
    <message>
        <source>No columns yet</source>
        <translation>Dim colofnau eto</translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation>Adfer y colofnau rhagosodedig</translation>
    </message>
</context>
<context>
    <name>StatusChipRow</name>
    <message>
        <source>Show %1 sessions</source>
        <translation>Dangos sesiynau %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status chip: name (count of loaded rows)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: shown. Click to hide these loaded rows.</source>
        <translation>%1: yn cael eu dangos. Cliciwch i guddio&apos;r rhesi hyn sydd wedi&apos;u llwytho.</translation>
    </message>
    <message>
        <source>%1: hidden. Click to show these loaded rows.</source>
        <translation>%1: wedi&apos;u cuddio. Cliciwch i ddangos y rhesi hyn sydd wedi&apos;u llwytho.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln loaded sessions</source>
        <translation>
            <numerusform>%Ln sesiwn wedi&apos;u llwytho</numerusform>
            <numerusform>%Ln sesiwn wedi&apos;i llwytho</numerusform>
            <numerusform>%Ln o sesiynau wedi&apos;u llwytho</numerusform>
            <numerusform>%Ln o sesiynau wedi&apos;u llwytho</numerusform>
            <numerusform>%Ln o sesiynau wedi&apos;u llwytho</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreasureDetailView</name>
    <message>
        <source>No parameters.</source>
        <translation>Dim paramedrau.</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copïo JSON</translation>
    </message>
    <message>
        <source>Copy the parameters as JSON</source>
        <translation>Copïo&apos;r paramedrau fel JSON</translation>
    </message>
    <message>
        <source>the parameters</source>
        <translation>y paramedrau</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramedrau</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Ymgeisiau</translation>
    </message>
    <message>
        <source>Not yet (still running)</source>
        <translation>Ddim eto (yn dal i redeg)</translation>
    </message>
    <message>
        <source>Puts the workflow&apos;s parameters on the clipboard, indented</source>
        <translation>Yn rhoi paramedrau&apos;r llif gwaith ar y clipfwrdd, wedi&apos;u mewnoli</translation>
    </message>
    <message>
        <source>The parameters this attempt ran with, as a tree</source>
        <translation>Y paramedrau y rhedodd yr ymgais hon gyda nhw, fel coeden</translation>
    </message>
</context>
<context>
    <name>Upn</name>
    <message>
        <source>valid</source>
        <translation>dilys</translation>
    </message>
    <message>
        <source>temporary UPN</source>
        <translation>UPN dros dro</translation>
    </message>
    <message>
        <source>not 13 characters long</source>
        <translation>nid yw&apos;n 13 nod o hyd</translation>
    </message>
    <message>
        <source>not in the UPN format</source>
        <translation>nid yw yn fformat UPN</translation>
    </message>
    <message>
        <source>check letter does not match</source>
        <translation>nid yw&apos;r llythyren wirio&apos;n cyfateb</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Smart Initial Assessment sessions of your pupils</source>
        <translation>Sesiynau Asesiad Cychwynnol Clyfar eich disgyblion</translation>
    </message>
    <message>
        <source>Workflow sessions and their attempts</source>
        <translation>Sesiynau llif gwaith a&apos;u hymgeisiau</translation>
    </message>
    <message>
        <source>Device sessions on real phones and simulators</source>
        <translation>Sesiynau dyfeisiau ar ffonau go iawn ac efelychwyr</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Rhoi cynnig ar y demo</translation>
    </message>
    <message>
        <source>Welcome to SessionScope</source>
        <translation>Croeso i SessionScope</translation>
    </message>
    <message>
        <source>See who is taking a session now, who has finished and how it went — then export it for your spreadsheet or MIS.</source>
        <translation>Gwelwch pwy sy&apos;n sefyll sesiwn nawr, pwy sydd wedi gorffen a sut aeth hi — yna allforiwch hi i&apos;ch taenlen neu&apos;ch MIS.</translation>
    </message>
    <message>
        <source>Opens made-up Century sessions that start and finish while you watch. No account or key needed.</source>
        <translation>Yn agor sesiynau Century ffug sy&apos;n dechrau ac yn gorffen wrth i chi wylio. Dim angen cyfrif nac allwedd.</translation>
    </message>
    <message>
        <source>Made-up pupils and live sessions — no account needed.</source>
        <translation>Disgyblion ffug a sesiynau byw — dim angen cyfrif.</translation>
    </message>
    <message>
        <source>Or connect with your API key:</source>
        <translation>Neu cysylltwch â&apos;ch allwedd API:</translation>
    </message>
    <message>
        <source>Connect to %1…</source>
        <translation>Cysylltu â %1…</translation>
    </message>
</context>
</TS>
