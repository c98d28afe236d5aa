<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source> The top %Ln are shown; the rest are summed as Other.</source>
        <translation>
            <numerusform> The top one is shown; the rest are summed as Other.</numerusform>
            <numerusform> The top %Ln are shown; the rest are summed as Other.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) in use now</source>
        <translation>
            <numerusform>%Ln device in use now</numerusform>
            <numerusform>%Ln devices in use now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message numerus="yes">
        <source>Connected — %Ln organization(s) to choose from</source>
        <translation>
            <numerusform>Connected — %Ln organization to choose from</numerusform>
            <numerusform>Connected — %Ln organizations to choose from</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 of %Ln row</numerusform>
            <numerusform>%1 of %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message numerus="yes">
        <source>The server sent %Ln session(s) that could not be read, so the export would be incomplete; nothing was written.</source>
        <translation>
            <numerusform>The server sent %Ln session that could not be read, so the export would be incomplete; nothing was written.</numerusform>
            <numerusform>The server sent %Ln sessions that could not be read, so the export would be incomplete; nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchStatusPanel</name>
    <message numerus="yes">
        <source>%Ln session(s), all loaded</source>
        <translation>
            <numerusform>%Ln session, all loaded</numerusform>
            <numerusform>%Ln sessions, all loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterCheckList</name>
    <message numerus="yes">
        <source>%1: %Ln chosen</source>
        <translation>
            <numerusform>%1: %Ln chosen</numerusform>
            <numerusform>%1: %Ln chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPupilPicker</name>
    <message numerus="yes">
        <source>Clear %Ln pupils</source>
        <translation>
            <numerusform>Clear %Ln pupil</numerusform>
            <numerusform>Clear %Ln pupils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinishedSummary</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pupils finished %1</source>
        <translation>
            <numerusform>%Ln pupil finished %1</numerusform>
            <numerusform>%Ln pupils finished %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions of %1: %2</source>
        <translation>
            <numerusform>%Ln session of %1: %2</numerusform>
            <numerusform>%Ln sessions of %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 devices released</source>
        <translation>
            <numerusform>%Ln %1 device released</numerusform>
            <numerusform>%Ln %1 devices released</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions finished</source>
        <translation>
            <numerusform>%Ln session finished</numerusform>
            <numerusform>%Ln sessions finished</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message numerus="yes">
        <source>%n session(s) on page %1 were incomplete and could not be shown.</source>
        <translation>
            <numerusform>%n session on page %1 was incomplete and could not be shown.</numerusform>
            <numerusform>%n sessions on page %1 were incomplete and could not be shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickSearchBox</name>
    <message numerus="yes">
        <source>filters the %Ln loaded rows</source>
        <translation>
            <numerusform>filters the %Ln loaded row</numerusform>
            <numerusform>filters the %Ln loaded rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of the %Ln loaded rows match</source>
        <translation>
            <numerusform>the %Ln loaded row does not match</numerusform>
            <numerusform>none of the %Ln loaded rows match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln loaded rows match</source>
        <translation>
            <numerusform>%1 of %Ln loaded row matches</numerusform>
            <numerusform>%1 of %Ln loaded rows match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusChipRow</name>
    <message numerus="yes">
        <source>%Ln loaded sessions</source>
        <translation>
            <numerusform>%Ln loaded session</numerusform>
            <numerusform>%Ln loaded sessions</numerusform>
        </translation>
    </message>
</context>
</TS>
