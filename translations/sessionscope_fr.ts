<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <source>The API key was rejected — check it in Connections.</source>
        <translation>La clé d&apos;API a été refusée — vérifiez-la dans Connexions.</translation>
    </message>
    <message>
        <source>This key does not have permission to read these sessions.</source>
        <translation>Cette clé n&apos;a pas le droit de lire ces sessions.</translation>
    </message>
    <message>
        <source>The server does not know this address — check the server address in Connections.</source>
        <translation>Le serveur ne connaît pas cette adresse — vérifiez l&apos;adresse du serveur dans Connexions.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited). Try again in %1 s.</source>
        <translation>Le service est occupé (limite de requêtes atteinte). Réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited). Try again in a minute.</source>
        <translation>Le service est occupé (limite de requêtes atteinte). Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server could not be reached — check the network connection and the address in Connections.</source>
        <translation>Impossible de joindre le serveur — vérifiez la connexion réseau et l&apos;adresse dans Connexions.</translation>
    </message>
    <message>
        <source>The server sent more data than SessionScope accepts in one answer.</source>
        <translation>Le serveur a envoyé plus de données que SessionScope n&apos;en accepte en une réponse.</translation>
    </message>
    <message>
        <source>The server sent an answer SessionScope cannot use.</source>
        <translation>Le serveur a envoyé une réponse que SessionScope ne peut pas utiliser.</translation>
    </message>
    <message>
        <source>The service has a problem at the moment. Try again later.</source>
        <translation>Le service rencontre un problème pour le moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>Le serveur a refusé la requête comme non valide.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation>La connexion sécurisée au serveur n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is only allowed on this computer).</source>
        <translation>L&apos;adresse doit commencer par https:// (le http simple n&apos;est permis que sur cet ordinateur).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server redirected to a different address. SessionScope did not follow it, so the key was not sent there — check the server address in Connections.</source>
        <translation>Le serveur a redirigé vers une autre adresse. SessionScope ne l&apos;a pas suivie, la clé n&apos;y a donc pas été envoyée — vérifiez l&apos;adresse du serveur dans Connexions.</translation>
    </message>
</context>
<context>
    <name>AttemptsLoader</name>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>The server sent a list of attempts that could not be read.</source>
        <translation>Le serveur a envoyé une liste de tentatives illisible.</translation>
    </message>
    <message>
        <source>The server sent the same page of attempts twice, so loading stopped to avoid going round in circles.</source>
        <translation>Le serveur a envoyé deux fois la même page de tentatives ; le chargement s&apos;est arrêté pour ne pas tourner en rond.</translation>
    </message>
    <message>
        <source>Loading stopped after %1 pages of attempts, far more than a session should have.</source>
        <translation>Chargement arrêté après %1 pages de tentatives, bien plus qu&apos;une session ne devrait en avoir.</translation>
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
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Not yet (in progress)</source>
        <translation>Pas encore (en cours)</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show as table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <source>The same numbers as a table</source>
        <translation>Les mêmes chiffres sous forme de tableau</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Afficher en graphique</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>En image PNG…</translation>
    </message>
    <message>
        <source>As SVG image…</source>
        <translation>En image SVG…</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Graphique %1</translation>
    </message>
    <message>
        <source>Click a slice or bar to show only those sessions</source>
        <translation>Cliquez sur une part ou une barre pour n&apos;afficher que ces sessions</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tableau %1</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Saves this chart as a PNG or SVG image</source>
        <translation>Enregistre ce graphique en image PNG ou SVG</translation>
    </message>
</context>
<context>
    <name>ChartPlot</name>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1 : %2 (%3 %)</translation>
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
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Level (in level order)</source>
        <translation>Niveau (dans l&apos;ordre des niveaux)</translation>
    </message>
    <message>
        <source>Completed sessions</source>
        <translation>Sessions terminées</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Niveau : %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Matière : %1</translation>
    </message>
    <message>
        <source>No completed session with a level yet.</source>
        <translation>Aucune session terminée avec un niveau pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 mostly %2</source>
        <translation>%1 surtout %2</translation>
    </message>
    <message>
        <source>%1 completed sessions, %2 to %3; most common %4 (%5, %6). %7.</source>
        <translation>%1 sessions terminées, de %2 à %3 ; le plus fréquent : %4 (%5, %6). %7.</translation>
    </message>
    <message>
        <source> %1 without a level (not finished).</source>
        <translation> %1 sans niveau (non terminées).</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée : %1</translation>
    </message>
    <message>
        <source>No completed session with a duration yet.</source>
        <translation>Aucune session terminée avec une durée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 completed sessions; the most took %2 (%3, %4).</source>
        <translation>%1 sessions terminées ; la plupart ont duré %2 (%3, %4).</translation>
    </message>
    <message>
        <source>No sessions to count.</source>
        <translation>Aucune session à compter.</translation>
    </message>
    <message>
        <source>%1 has the most sessions: %2.</source>
        <translation>%1 compte le plus de sessions : %2.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message numerus="yes">
        <source> The top %Ln are shown; the rest are summed as Other.</source>
        <translation>
            <numerusform> Le premier (%Ln) est affiché ; les autres sont regroupés sous Autre.</numerusform>
            <numerusform> Les %Ln premiers sont affichés ; les autres sont regroupés sous Autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>OS versions</source>
        <translation>Versions du système</translation>
    </message>
    <message>
        <source>Platform and OS version</source>
        <translation>Plateforme et version du système</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>Système : %1</translation>
    </message>
    <message>
        <source>%1 is the most used (%2 sessions).</source>
        <translation>%1 est le plus utilisé (%2 sessions).</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>En cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Devices held by a live session</source>
        <translation>Appareils retenus par une session en direct</translation>
    </message>
    <message>
        <source>Devices in use</source>
        <translation>Appareils utilisés</translation>
    </message>
    <message>
        <source>Live on %1</source>
        <translation>En direct sur %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) in use now</source>
        <translation>
            <numerusform>%Ln appareil utilisé en ce moment</numerusform>
            <numerusform>%Ln appareils utilisés en ce moment</numerusform>
        </translation>
    </message>
    <message>
        <source>Based on %1 shown of %2 loaded</source>
        <translation>Sur %1 affichées parmi %2 chargées</translation>
    </message>
    <message>
        <source>Based on %1 loaded</source>
        <translation>Sur %1 chargées</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>%1 sessions: %2.</source>
        <translation>%1 sessions : %2.</translation>
    </message>
    <message>
        <source>Sessions started</source>
        <translation>Sessions commencées</translation>
    </message>
    <message>
        <source>Started per month</source>
        <translation>Commencées par mois</translation>
    </message>
    <message>
        <source>Started per hour</source>
        <translation>Commencées par heure</translation>
    </message>
    <message>
        <source>Started per day</source>
        <translation>Commencées par jour</translation>
    </message>
    <message>
        <source>Started per week (from Monday)</source>
        <translation>Commencées par semaine (à partir du lundi)</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>Started in the week of %1</source>
        <translation>Commencées la semaine du %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Commencées : %1</translation>
    </message>
    <message>
        <source>No start times to count.</source>
        <translation>Aucune heure de début à compter.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3; the busiest is the week of %4 with %5.</source>
        <translation>%1 du %2 au %3 ; la plus chargée est la semaine du %4 avec %5.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3; the busiest is %4 with %5.</source>
        <translation>%1 du %2 au %3 ; le plus chargé est %4 avec %5.</translation>
    </message>
    <message>
        <source> %1 without a start time.</source>
        <translation> %1 sans heure de début.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot encode %1 as PNG</source>
        <translation>Impossible d&apos;encoder %1 en PNG</translation>
    </message>
</context>
<context>
    <name>ChartsDock</name>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Rows the charts count</source>
        <translation>Lignes comptées par les graphiques</translation>
    </message>
    <message>
        <source>No sessions loaded yet.</source>
        <translation>Aucune session chargée pour l&apos;instant.</translation>
    </message>
    <message>
        <source> (chart filter on)</source>
        <translation> (filtre de graphique actif)</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove this chart filter</source>
        <translation>Retirer ce filtre de graphique</translation>
    </message>
    <message>
        <source>Remove chart filter %1</source>
        <translation>Retirer le filtre de graphique %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>One tab per chart; the arrow keys move between them</source>
        <translation>Un onglet par graphique ; les flèches passent de l&apos;un à l&apos;autre</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Pupil</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Matière</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Pupil id</source>
        <translation>Identifiant de l&apos;élève</translation>
    </message>
    <message>
        <source>Test id</source>
        <translation>Identifiant du test</translation>
    </message>
    <message>
        <source>Test version id</source>
        <translation>Identifiant de version du test</translation>
    </message>
    <message>
        <source>Result created</source>
        <translation>Résultat créé</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Identifiant de session</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Original status</source>
        <translation>Statut d&apos;origine</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Version du système</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Type d&apos;appareil</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libéré</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>Retenu pendant</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant utilisateur</translation>
    </message>
    <message>
        <source>Organization id</source>
        <translation>Identifiant d&apos;organisation</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Identifiant d&apos;appareil</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Session time</source>
        <translation>Heure de session</translation>
    </message>
    <message>
        <source>Attempt started</source>
        <translation>Début de la tentative</translation>
    </message>
    <message>
        <source>Attempt finished</source>
        <translation>Fin de la tentative</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Durée d&apos;exécution</translation>
    </message>
    <message>
        <source>Retry name</source>
        <translation>Nom de la relance</translation>
    </message>
    <message>
        <source>Attempt id</source>
        <translation>Identifiant de tentative</translation>
    </message>
    <message>
        <source>Session UUID</source>
        <translation>UUID de la session</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Identifiant de projet</translation>
    </message>
    <message>
        <source>Workflow id</source>
        <translation>Identifiant de workflow</translation>
    </message>
    <message>
        <source>Pool id</source>
        <translation>Identifiant de pool</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>Annulation demandée</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>ConnectionFormDialog</name>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Tell me when a watched session completes</source>
        <translation>Me prévenir quand une session suivie se termine</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>e.g. Century — Riverside College</source>
        <translation>p. ex. Century — Lycée des Rives</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Test the connection to list the organizations this key can see.</source>
        <translation>Testez la connexion pour lister les organisations visibles avec cette clé.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often live sessions are asked for. The service rate limits excessive polling.</source>
        <translation>Fréquence d&apos;interrogation des sessions en direct. Le service limite les interrogations trop fréquentes.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <source>&amp;Live refresh every:</source>
        <translation>Actualisation en &amp;direct toutes les :</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Paste the key from the service&apos;s settings</source>
        <translation>Collez la clé depuis les réglages du service</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file.</source>
        <translation>Conservée dans le trousseau du système, jamais dans un fichier de réglages.</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <source>No key stored — paste the key</source>
        <translation>Aucune clé enregistrée — collez la clé</translation>
    </message>
    <message>
        <source>Unchanged — type a new key to replace it</source>
        <translation>Inchangée — saisissez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Adresse personnalisée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>The key&apos;s own organization</source>
        <translation>L&apos;organisation de la clé</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnelle</translation>
    </message>
    <message>
        <source>The service this connection talks to</source>
        <translation>Le service auquel cette connexion s&apos;adresse</translation>
    </message>
    <message>
        <source>Address preset</source>
        <translation>Adresse prédéfinie</translation>
    </message>
    <message>
        <source>The service&apos;s known addresses; choose Custom to type your own</source>
        <translation>Les adresses connues du service ; choisissez Adresse personnalisée pour saisir la vôtre</translation>
    </message>
    <message>
        <source>A desktop notification when sessions finish while Live is on</source>
        <translation>Une notification sur le bureau quand des sessions se terminent pendant le direct</translation>
    </message>
    <message>
        <source>Sends one small request with this address and key and says what happened</source>
        <translation>Envoie une petite requête avec cette adresse et cette clé, puis indique le résultat</translation>
    </message>
</context>
<context>
    <name>ConnectionPicker</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>The service whose sessions are shown</source>
        <translation>Le service dont les sessions sont affichées</translation>
    </message>
    <message>
        <source>Choose a connection…</source>
        <translation>Choisir une connexion…</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>The key works, but the answer is not what this service sends: check the address and the service chosen.</source>
        <translation>La clé fonctionne, mais la réponse ne ressemble pas à celle de ce service : vérifiez l&apos;adresse et le service choisi.</translation>
    </message>
    <message numerus="yes">
        <source>Connected — %Ln organization(s) to choose from</source>
        <translation>
            <numerusform>Connecté — %Ln organisation au choix</numerusform>
            <numerusform>Connecté — %Ln organisations au choix</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected — %1 sessions visible</source>
        <translation>Connecté — %1 sessions visibles</translation>
    </message>
    <message>
        <source>Connected — the key works</source>
        <translation>Connecté — la clé fonctionne</translation>
    </message>
</context>
<context>
    <name>ConnectionUrls</name>
    <message>
        <source>Century production</source>
        <translation>Century (production)</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>Tokyo</translation>
    </message>
    <message>
        <source>Europe (eu01)</source>
        <translation>Europe (eu01)</translation>
    </message>
    <message>
        <source>Seoul (ap02)</source>
        <translation>Séoul (ap02)</translation>
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
        <translation>Saisissez l&apos;adresse du service, par exemple https://connect.century.tech/api/v1.</translation>
    </message>
    <message>
        <source>This is not a web address. It should look like https://host/path.</source>
        <translation>Ce n&apos;est pas une adresse web. Elle devrait ressembler à https://hote/chemin.</translation>
    </message>
    <message>
        <source>Plain http:// would send the key and pupil data unencrypted; use https://. (http:// is only allowed for this computer, e.g. a local demo server.)</source>
        <translation>Le http:// simple enverrait la clé et les données des élèves sans chiffrement ; utilisez https://. (http:// n&apos;est permis que pour cet ordinateur, p. ex. un serveur de démonstration local.)</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>L&apos;adresse doit commencer par https://.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; the key goes in the Key field.</source>
        <translation>Retirez le nom d&apos;utilisateur et le mot de passe de l&apos;adresse ; la clé va dans le champ Clé.</translation>
    </message>
    <message>
        <source>The address must not contain &apos;?&apos; or &apos;#&apos;: give the API&apos;s base path only.</source>
        <translation>L&apos;adresse ne doit pas contenir « ? » ni « # » : donnez seulement le chemin de base de l&apos;API.</translation>
    </message>
</context>
<context>
    <name>ConnectionsController</name>
    <message>
        <source>Reading the key for %1 from the keychain…</source>
        <translation>Lecture de la clé de %1 dans le trousseau…</translation>
    </message>
    <message>
        <source>Key kept for this session only</source>
        <translation>Clé conservée pour cette session seulement</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>Clé non enregistrée</translation>
    </message>
    <message>
        <source>%1 The key is used for now but will be asked for again.</source>
        <translation>%1 La clé est utilisée pour le moment mais sera redemandée.</translation>
    </message>
    <message>
        <source>Signed out: the key was removed and the sessions were closed.</source>
        <translation>Déconnecté : la clé a été supprimée et les sessions fermées.</translation>
    </message>
    <message>
        <source>&amp;New connection</source>
        <translation>&amp;Nouvelle connexion</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>&amp;Gérer les connexions…</translation>
    </message>
    <message>
        <source>&amp;Sign out of this connection</source>
        <translation>&amp;Se déconnecter de cette connexion</translation>
    </message>
</context>
<context>
    <name>DemoConnections</name>
    <message>
        <source>Demo — %1</source>
        <translation>Démo — %1</translation>
    </message>
    <message>
        <source>The demo server could not start: no free port on this computer&apos;s loopback address.</source>
        <translation>Le serveur de démonstration n&apos;a pas pu démarrer : aucun port libre sur l&apos;adresse de bouclage de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>DetailAttemptsSection</name>
    <message>
        <source>Copy list</source>
        <translation>Copier la liste</translation>
    </message>
    <message>
        <source>Copy the attempts as tab-separated text</source>
        <translation>Copier les tentatives en texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>Copy the attempts list</source>
        <translation>Copier la liste des tentatives</translation>
    </message>
    <message>
        <source>Attempts of this session</source>
        <translation>Tentatives de cette session</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
    <message>
        <source>the attempts list</source>
        <translation>la liste des tentatives</translation>
    </message>
    <message>
        <source>Load attempts history</source>
        <translation>Charger l&apos;historique des tentatives</translation>
    </message>
    <message>
        <source>Every run and retry of this session, fetched from the server when asked.</source>
        <translation>Chaque exécution et relance de cette session, récupérées du serveur à la demande.</translation>
    </message>
    <message>
        <source>Attempts history needs a connection to Treasure Workflow.</source>
        <translation>L&apos;historique des tentatives nécessite une connexion à Treasure Workflow.</translation>
    </message>
    <message>
        <source>Attempts history is not available while there is no connection to the server.</source>
        <translation>L&apos;historique des tentatives n&apos;est pas disponible sans connexion au serveur.</translation>
    </message>
    <message>
        <source>Loading attempts… (%1 so far)</source>
        <translation>Chargement des tentatives… (%1 pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel loading attempts</source>
        <translation>Annuler le chargement des tentatives</translation>
    </message>
    <message>
        <source>Loading attempts…</source>
        <translation>Chargement des tentatives…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Reload attempts history</source>
        <translation>Recharger l&apos;historique des tentatives</translation>
    </message>
    <message>
        <source>Attempts of this session: %1, newest first.</source>
        <translation>Tentatives de cette session : %1, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>Not shown, as they could not be read: %1.</source>
        <translation>Non affichées car illisibles : %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try loading attempts history again</source>
        <translation>Réessayer de charger l&apos;historique des tentatives</translation>
    </message>
    <message>
        <source>The server no longer has this session; it may have been deleted.</source>
        <translation>Le serveur n&apos;a plus cette session ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>nº %1</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <source>Attempt id: %1</source>
        <translation>Identifiant de tentative : %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminée : %1</translation>
    </message>
    <message>
        <source>Retry name: %1</source>
        <translation>Nom de la relance : %1</translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation>Pool : %1</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>Annulation demandée</translation>
    </message>
    <message>
        <source>The attempt shown above</source>
        <translation>La tentative affichée ci-dessus</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempt id</source>
        <translation>Identifiant de tentative</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Durée d&apos;exécution</translation>
    </message>
    <message>
        <source>Retry name</source>
        <translation>Nom de la relance</translation>
    </message>
    <message>
        <source>Asks the server for every attempt of this session, retries included</source>
        <translation>Demande au serveur chaque tentative de cette session, relances comprises</translation>
    </message>
</context>
<context>
    <name>DetailBackendView</name>
    <message>
        <source>More</source>
        <translation>Plus</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>DetailJsonTree</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>(text)</source>
        <translation>(texte)</translation>
    </message>
    <message>
        <source>Only the first %1 entries are shown; &quot;Copy JSON&quot; copies everything.</source>
        <translation>Seules les %1 premières entrées sont affichées ; « Copier le JSON » copie tout.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Pupil</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Version id</source>
        <translation>Identifiant de version</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>dashboard status (the backend&apos;s own value)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a session to see every detail.</source>
        <translation>Sélectionnez une session pour en voir tous les détails.</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la session</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <source>Copy every detail of this session as text</source>
        <translation>Copier tous les détails de cette session en texte</translation>
    </message>
    <message>
        <source>Copy all details</source>
        <translation>Copier tous les détails</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <source>Copy as curl command</source>
        <translation>Copier en commande curl</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>No session is selected.</source>
        <translation>Aucune session n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <source>Copy as curl needs the connection this session came from.</source>
        <translation>Copier en curl a besoin de la connexion d&apos;où vient cette session.</translation>
    </message>
    <message>
        <source>This session is not from the current connection.</source>
        <translation>Cette session ne vient pas de la connexion actuelle.</translation>
    </message>
    <message>
        <source>This session has no id to ask for.</source>
        <translation>Cette session n&apos;a pas d&apos;identifiant à demander.</translation>
    </message>
    <message>
        <source>Century has no request for a single session, so this command lists this pupil&apos;s sessions of this test that started within a minute of this one: normally just this session.
The key is read from $%1; it is never copied.</source>
        <translation>Century n&apos;a pas de requête pour une seule session : cette commande liste donc les sessions de cet élève pour ce test commencées à une minute près de celle-ci — normalement, cette seule session.
La clé est lue dans $%1 ; elle n&apos;est jamais copiée.</translation>
    </message>
    <message>
        <source>Copy the request for this session as a curl command.
The key is read from $%1; it is never copied.</source>
        <translation>Copier la requête de cette session en commande curl.
La clé est lue dans $%1 ; elle n&apos;est jamais copiée.</translation>
    </message>
    <message>
        <source>all details</source>
        <translation>tous les détails</translation>
    </message>
    <message>
        <source>the curl command (without the key)</source>
        <translation>la commande curl (sans la clé)</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Copié : %1.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
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
        <translation>Excel sur cet ordinateur</translation>
    </message>
    <message>
        <source>Plain UTF-8 for scripts</source>
        <translation>UTF-8 simple pour les scripts</translation>
    </message>
    <message>
        <source>The export was already started.</source>
        <translation>L&apos;export a déjà commencé.</translation>
    </message>
    <message>
        <source>The CSV delimiter must be a comma, a semicolon or a tab.</source>
        <translation>Le séparateur CSV doit être une virgule, un point-virgule ou une tabulation.</translation>
    </message>
    <message>
        <source>Row %1 has %2 values where the header has %3.</source>
        <translation>La ligne %1 a %2 valeurs alors que l&apos;en-tête en a %3.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>la sortie</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>it is not open for writing</source>
        <translation>il n&apos;est pas ouvert en écriture</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>… [cut at Excel&apos;s limit of 32,767 characters]</source>
        <translation>… [coupé à la limite Excel de 32 767 caractères]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 columns; this export has %2.</source>
        <translation>Une feuille Excel contient au plus %1 colonnes ; cet export en a %2.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>Impossible de créer un fichier temporaire dans %1 : %2</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most 1,048,575 rows below its header, and this export has more. Export to CSV instead, or narrow the filters.</source>
        <translation>Une feuille Excel contient au plus 1 048 575 lignes sous son en-tête, et cet export en a davantage. Exportez plutôt en CSV, ou resserrez les filtres.</translation>
    </message>
    <message>
        <source>Cannot read the temporary file %1: %2</source>
        <translation>Impossible de lire le fichier temporaire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ExportColumnList</name>
    <message>
        <source>Columns to export</source>
        <translation>Colonnes à exporter</translation>
    </message>
    <message>
        <source>Space ticks or unticks a column; Alt+Up and Alt+Down move it.</source>
        <translation>Espace coche ou décoche une colonne ; Alt+Haut et Alt+Bas la déplacent.</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>Monter la colonne</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>Descendre la colonne</translation>
    </message>
    <message>
        <source>%1 (personal data)</source>
        <translation>%1 (données personnelles)</translation>
    </message>
    <message>
        <source>Personal data about a pupil: left out unless you tick it.</source>
        <translation>Donnée personnelle d&apos;un élève : exclue sauf si vous la cochez.</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>There is no column &apos;%1&apos; here; &apos;sessionscope export --list-columns --backend B&apos; lists them.</source>
        <translation>Il n&apos;y a pas de colonne « %1 » ici ; « sessionscope export --list-columns --backend B » les liste.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; is named twice.</source>
        <translation>La colonne « %1 » est citée deux fois.</translation>
    </message>
    <message>
        <source>No column is chosen, so there is nothing to write.</source>
        <translation>Aucune colonne n&apos;est choisie : il n&apos;y a rien à écrire.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write the sessions to a CSV or Excel file</source>
        <translation>Écrire les sessions dans un fichier CSV ou Excel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>about %1 s left</source>
        <translation>environ %1 s restantes</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>environ %1 min restantes</translation>
    </message>
    <message>
        <source>Export Sessions</source>
        <translation>Exporter les sessions</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Ticked columns are written in this order.</source>
        <translation>Les colonnes cochées sont écrites dans cet ordre.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Tout coc&amp;her</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Tout déco&amp;cher</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Choose what to export, then press Export.</source>
        <translation>Choisissez quoi exporter, puis appuyez sur Exporter.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>Excel &amp;workbook (.xlsx)</source>
        <translation>Classeur E&amp;xcel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV preset</source>
        <translation>Préréglage CSV</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <source>Show CSV options</source>
        <translation>Afficher les options CSV</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
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
        <translation>Fin de ligne</translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (Excel needs it for accents)</source>
        <translation>Commencer par une marque d&apos;ordre des octets (&amp;BOM, Excel en a besoin pour les accents)</translation>
    </message>
    <message>
        <source>&amp;Protect against formulas (text starting with = + - @ gets an apostrophe)</source>
        <translation>&amp;Protéger contre les formules (le texte commençant par = + - @ reçoit une apostrophe)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>Fin de l&amp;igne :</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>Pré&amp;réglage :</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>The %1 &amp;loaded rows, filtered and ordered as shown</source>
        <translation>Les %1 &amp;lignes chargées, filtrées et triées comme affiché</translation>
    </message>
    <message>
        <source>All %1 sessions &amp;matching the server filters</source>
        <translation>Les %1 sessions correspondant aux &amp;filtres du serveur</translation>
    </message>
    <message>
        <source>All sessions &amp;matching the server filters (fetched to the end)</source>
        <translation>Toutes les sessions correspondant aux &amp;filtres du serveur (chargées jusqu&apos;au bout)</translation>
    </message>
    <message>
        <source>Save To</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Cochez au moins une colonne.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez un fichier à écrire.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 est un dossier ; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 sur %Ln ligne</numerusform>
            <numerusform>%1 sur %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
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
            <numerusform>%Ln ligne exportée vers %1.</numerusform>
            <numerusform>%Ln lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Includes every column in the file</source>
        <translation>Inclut toutes les colonnes dans le fichier</translation>
    </message>
    <message>
        <source>Leaves every column out, to tick only the few you want</source>
        <translation>Exclut toutes les colonnes, pour ne cocher que celles voulues</translation>
    </message>
    <message>
        <source>Plain text with one session per line, opened by any spreadsheet or MIS</source>
        <translation>Texte brut, une session par ligne, lisible par tout tableur ou logiciel de vie scolaire</translation>
    </message>
    <message>
        <source>A workbook with dates and numbers as real cells, for Excel or LibreOffice</source>
        <translation>Un classeur où dates et nombres sont de vraies cellules, pour Excel ou LibreOffice</translation>
    </message>
    <message>
        <source>How the CSV is written: for Excel on this computer, or plain UTF-8</source>
        <translation>Comment le CSV est écrit : pour Excel sur cet ordinateur, ou en UTF-8 simple</translation>
    </message>
    <message>
        <source>Shows the delimiter, line ending, byte order mark and formula protection</source>
        <translation>Affiche le séparateur, la fin de ligne, la marque d&apos;ordre des octets et la protection contre les formules</translation>
    </message>
    <message>
        <source>Writes the rows already in the table, as filtered and sorted there</source>
        <translation>Écrit les lignes déjà présentes dans le tableau, filtrées et triées comme affiché</translation>
    </message>
    <message>
        <source>Fetches every page the server filters match, then writes them all</source>
        <translation>Récupère toutes les pages correspondant aux filtres du serveur, puis les écrit toutes</translation>
    </message>
    <message>
        <source>A name ending in .csv or .xlsx chooses the format</source>
        <translation>Un nom finissant par .csv ou .xlsx choisit le format</translation>
    </message>
    <message>
        <source>Chooses the folder and file name in a file dialog</source>
        <translation>Choisit le dossier et le nom du fichier dans une boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The list was reloaded while it was being exported, so nothing was written. Export again.</source>
        <translation>La liste a été rechargée pendant l&apos;export : rien n&apos;a été écrit. Exportez de nouveau.</translation>
    </message>
    <message>
        <source>The list was closed while it was being exported.</source>
        <translation>La liste a été fermée pendant l&apos;export.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %Ln session(s) that could not be read, so the export would be incomplete; nothing was written.</source>
        <translation>
            <numerusform>Le serveur a envoyé %Ln session illisible : l&apos;export serait incomplet, rien n&apos;a été écrit.</numerusform>
            <numerusform>Le serveur a envoyé %Ln sessions illisibles : l&apos;export serait incomplet, rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L&apos;export a été annulé ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <source>An XLSX file cannot be written to standard output; give a file name or choose CSV.</source>
        <translation>Un fichier XLSX ne peut pas être écrit sur la sortie standard ; donnez un nom de fichier ou choisissez CSV.</translation>
    </message>
</context>
<context>
    <name>FetchStatusPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>Tout ch&amp;arger</translation>
    </message>
    <message>
        <source>Loaded sessions</source>
        <translation>Sessions chargées</translation>
    </message>
    <message>
        <source>Loading state</source>
        <translation>État du chargement</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Asks the server again for the page that failed</source>
        <translation>Redemande au serveur la page en échec</translation>
    </message>
    <message>
        <source>Keep loading pages until every matching session is here</source>
        <translation>Continuer à charger des pages jusqu&apos;à avoir toutes les sessions correspondantes</translation>
    </message>
    <message>
        <source>No connection open</source>
        <translation>Aucune connexion ouverte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s), all loaded</source>
        <translation>
            <numerusform>%Ln session, entièrement chargée</numerusform>
            <numerusform>%Ln sessions, toutes chargées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 sur %2 chargées</translation>
    </message>
    <message>
        <source>%1 of unknown loaded</source>
        <translation>%1 chargées sur un total inconnu</translation>
    </message>
    <message>
        <source>%1 shown · %2</source>
        <translation>%1 affichées · %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>More on scroll</source>
        <translation>Suite au défilement</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Tri en cours…</translation>
    </message>
    <message>
        <source>%1 · Sorting…</source>
        <translation>%1 · Tri en cours…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>Clears the server filters, the quick search and the status buttons.</source>
        <translation>Efface les filtres du serveur, la recherche rapide et les boutons d&apos;état.</translation>
    </message>
    <message>
        <source>These filters are applied by the server: changing one reloads the list.</source>
        <translation>Ces filtres sont appliqués par le serveur : en changer un recharge la liste.</translation>
    </message>
    <message>
        <source>These only filter the rows already loaded; the server is not asked again.</source>
        <translation>Ceux-ci ne filtrent que les lignes déjà chargées ; le serveur n&apos;est pas interrogé de nouveau.</translation>
    </message>
    <message>
        <source>Server filters</source>
        <translation>Filtres du serveur</translation>
    </message>
    <message>
        <source>Loaded rows</source>
        <translation>Lignes chargées</translation>
    </message>
</context>
<context>
    <name>FilterCenturyPanel</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Matière</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Matières</translation>
    </message>
    <message>
        <source>No subjects in the loaded rows yet</source>
        <translation>Aucune matière dans les lignes chargées pour l&apos;instant</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>No tests in the loaded rows yet</source>
        <translation>Aucun test dans les lignes chargées pour l&apos;instant</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <source>Shows or hides end dates, status, order and pupils.</source>
        <translation>Affiche ou masque les dates de fin, le statut, l&apos;ordre et les élèves.</translation>
    </message>
    <message>
        <source>Which sessions</source>
        <translation>Quelles sessions</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Sessions in progress only</source>
        <translation>Sessions en cours seulement</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Completed sessions only</source>
        <translation>Sessions terminées seulement</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Started, oldest first</source>
        <translation>Début, les plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Started, newest first</source>
        <translation>Début, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Ended, oldest first</source>
        <translation>Fin, les plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Ended, newest first</source>
        <translation>Fin, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Server order</source>
        <translation>Ordre du serveur</translation>
    </message>
    <message>
        <source>The order the server sends pages in; decides which sessions load first.</source>
        <translation>L&apos;ordre dans lequel le serveur envoie les pages ; il décide quelles sessions arrivent en premier.</translation>
    </message>
    <message>
        <source>The order the server sends pages in, which decides which sessions load first. Click a column header to sort the loaded rows.</source>
        <translation>L&apos;ordre dans lequel le serveur envoie les pages, qui décide quelles sessions arrivent en premier. Cliquez sur un en-tête de colonne pour trier les lignes chargées.</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Sessions in progress have no end date.</source>
        <translation>Les sessions en cours n&apos;ont pas de date de fin.</translation>
    </message>
    <message>
        <source>Sessions in progress, completed, or both</source>
        <translation>Sessions en cours, terminées, ou les deux</translation>
    </message>
    <message>
        <source>The status filter applies when All sessions are listed.</source>
        <translation>Le filtre de statut s&apos;applique quand Toutes les sessions sont listées.</translation>
    </message>
    <message>
        <source>More filters (%1)</source>
        <translation>Plus de filtres (%1)</translation>
    </message>
</context>
<context>
    <name>FilterCheckList</name>
    <message>
        <source>%1 choices</source>
        <translation>Choix : %1</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation>Rechercher : %1</translation>
    </message>
    <message>
        <source>Space ticks or unticks; Enter or Escape closes the list.</source>
        <translation>Espace coche ou décoche ; Entrée ou Échap ferme la liste.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Untick every %1</source>
        <translation>Tout décocher : %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Close the %1 list</source>
        <translation>Fermer la liste %1</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1 : tous</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln chosen</source>
        <translation>
            <numerusform>%1 : %Ln choisi</numerusform>
            <numerusform>%1 : %Ln choisis</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1. Open the list to choose some.</source>
        <translation>Tout (%1). Ouvrez la liste pour en choisir.</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>Tout (%1)</translation>
    </message>
</context>
<context>
    <name>FilterDateRange</name>
    <message>
        <source>%1 from</source>
        <translation>%1 à partir du</translation>
    </message>
    <message>
        <source>First day of the %1, or Any. Alt+Down opens a calendar.</source>
        <translation>Premier jour (%1), ou Tous. Alt+Bas ouvre un calendrier.</translation>
    </message>
    <message>
        <source>Sessions whose %1 is on or after this day</source>
        <translation>Sessions dont la %1 est ce jour-là ou après</translation>
    </message>
    <message>
        <source>%1 until</source>
        <translation>%1 jusqu&apos;au</translation>
    </message>
    <message>
        <source>Last day of the %1, included, or Any. Alt+Down opens a calendar.</source>
        <translation>Dernier jour (%1), inclus, ou Tous. Alt+Bas ouvre un calendrier.</translation>
    </message>
    <message>
        <source>Sessions whose %1 is on or before this day</source>
        <translation>Sessions dont la %1 est ce jour-là ou avant</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>%1 : toutes</translation>
    </message>
    <message>
        <source>Clear the %1 range</source>
        <translation>Effacer la plage (%1)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>FilterMobileNextPanel</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Whose device sessions to list.</source>
        <translation>De qui lister les sessions d&apos;appareils.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>Sessions asked for per request, up to %L1.</source>
        <translation>Sessions demandées par requête, jusqu&apos;à %L1.</translation>
    </message>
    <message>
        <source>Sessions asked for per request. Larger pages load faster, smaller ones show sooner.</source>
        <translation>Sessions demandées par requête. Les grandes pages chargent plus vite, les petites s&apos;affichent plus tôt.</translation>
    </message>
    <message>
        <source>The API key&apos;s own</source>
        <translation>Celle de la clé d&apos;API</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnelle</translation>
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
        <translation>Ajouter un élève…</translation>
    </message>
    <message>
        <source>Add a pupil</source>
        <translation>Ajouter un élève</translation>
    </message>
    <message>
        <source>Type part of a pupil&apos;s name, then choose them from the list. Only their sessions are requested from the server.</source>
        <translation>Tapez une partie du nom d&apos;un élève, puis choisissez-le dans la liste. Seules ses sessions sont demandées au serveur.</translation>
    </message>
    <message>
        <source>Only sessions of the chosen pupils (asked of the server)</source>
        <translation>Seulement les sessions des élèves choisis (demandées au serveur)</translation>
    </message>
    <message>
        <source>Chosen pupils</source>
        <translation>Élèves choisis</translation>
    </message>
    <message>
        <source>Remove every chosen pupil</source>
        <translation>Retirer tous les élèves choisis</translation>
    </message>
    <message>
        <source>Pupil %1…</source>
        <translation>Élève %1…</translation>
    </message>
    <message>
        <source>Remove %1 (user id %2)</source>
        <translation>Retirer %1 (identifiant %2)</translation>
    </message>
    <message>
        <source>Remove pupil %1</source>
        <translation>Retirer l&apos;élève %1</translation>
    </message>
    <message numerus="yes">
        <source>Clear %Ln pupils</source>
        <translation>
            <numerusform>Retirer %Ln élève</numerusform>
            <numerusform>Retirer les %Ln élèves</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterTreasurePanel</name>
    <message>
        <source>Treasure Workflow lists newest first; it has no server-side filters.</source>
        <translation>Treasure Workflow liste les plus récentes d&apos;abord ; il n&apos;a pas de filtres côté serveur.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>Sessions asked for per request, up to %L1.</source>
        <translation>Sessions demandées par requête, jusqu&apos;à %L1.</translation>
    </message>
    <message>
        <source>Sessions asked for per request. Larger pages load faster, smaller ones show sooner.</source>
        <translation>Sessions demandées par requête. Les grandes pages chargent plus vite, les petites s&apos;affichent plus tôt.</translation>
    </message>
</context>
<context>
    <name>FinishedSummary</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 finished %2</source>
        <translation>%1 a terminé %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pupils finished %1</source>
        <translation>
            <numerusform>%Ln élève a terminé %1</numerusform>
            <numerusform>%Ln élèves ont terminé %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Level: %1 · %2</source>
        <translation>Niveau : %1 · %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>was killed</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>Workflow %1 %2</source>
        <translation>Workflow %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions of %1: %2</source>
        <translation>
            <numerusform>%Ln session de %1 : %2</numerusform>
            <numerusform>%Ln sessions de %1 : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The last attempt says &quot;%1&quot;.</source>
        <translation>La dernière tentative indique « %1 ».</translation>
    </message>
    <message>
        <source>%1 was released</source>
        <translation>%1 a été libéré</translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 devices released</source>
        <translation>
            <numerusform>%Ln appareil %1 libéré</numerusform>
            <numerusform>%Ln appareils %1 libérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions finished</source>
        <translation>
            <numerusform>%Ln session terminée</numerusform>
            <numerusform>%Ln sessions terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>unknown field &quot;%1&quot; in %2</source>
        <translation>champ inconnu « %1 » dans %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 has an unknown value</source>
        <translation>« %1 » dans %2 a une valeur inconnue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a whole number from %3 to %4</source>
        <translation>« %1 » dans %2 doit être un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a list of texts</source>
        <translation>« %1 » dans %2 doit être une liste de textes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a text</source>
        <translation>« %1 » dans %2 doit être un texte</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The system keychain refused the request (%1).</source>
        <translation>Le trousseau du système a refusé la requête (%1).</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (or it is locked), so the key is kept in memory until SessionScope closes. You will be asked for it again next time.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur (ou il est verrouillé) : la clé est gardée en mémoire jusqu&apos;à la fermeture de SessionScope. Elle vous sera redemandée la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>&amp;Live</source>
        <translation>En &amp;direct</translation>
    </message>
    <message>
        <source>Watch sessions as they start and finish (Ctrl+L)</source>
        <translation>Suivre les sessions à leur début et à leur fin (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Notify when sessions finish</source>
        <translation>&amp;Notifier quand des sessions se terminent</translation>
    </message>
    <message>
        <source>Chec&amp;k for changes now</source>
        <translation>&amp;Vérifier les changements maintenant</translation>
    </message>
</context>
<context>
    <name>LivePoll</name>
    <message>
        <source>The server sent a session that could not be read.</source>
        <translation>Le serveur a envoyé une session illisible.</translation>
    </message>
</context>
<context>
    <name>LiveStatus</name>
    <message>
        <source>updated %1 ago</source>
        <translation>mis à jour il y a %1</translation>
    </message>
    <message>
        <source>retrying in %1</source>
        <translation>nouvel essai dans %1</translation>
    </message>
    <message>
        <source>retrying now</source>
        <translation>nouvel essai maintenant</translation>
    </message>
    <message>
        <source>Live · checking for changes…</source>
        <translation>En direct · recherche de changements…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation>En direct · %1</translation>
    </message>
    <message>
        <source>Live paused — rate limited, %1</source>
        <translation>Direct en pause — limite de requêtes, %1</translation>
    </message>
    <message>
        <source>showing data from %1</source>
        <translation>données de %1 affichées</translation>
    </message>
    <message>
        <source>showing the data loaded so far</source>
        <translation>données chargées jusqu&apos;ici affichées</translation>
    </message>
    <message>
        <source>Live — stale: %1; %2. %3</source>
        <translation>Direct — périmé : %1 ; %2. %3</translation>
    </message>
    <message>
        <source>Live paused — this computer is offline; the rows shown may be out of date</source>
        <translation>Direct en pause — cet ordinateur est hors ligne ; les lignes affichées peuvent être périmées</translation>
    </message>
    <message>
        <source>Live stopped — the API key was rejected</source>
        <translation>Direct arrêté — la clé d&apos;API a été refusée</translation>
    </message>
    <message>
        <source>Live stopped — this API key may not read these sessions</source>
        <translation>Direct arrêté — cette clé d&apos;API ne peut pas lire ces sessions</translation>
    </message>
    <message>
        <source>Live stopped — %1</source>
        <translation>Direct arrêté — %1</translation>
    </message>
</context>
<context>
    <name>LiveStatusLabel</name>
    <message>
        <source>Live status</source>
        <translation>État du direct</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session details</source>
        <translation>Détails de la session</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>%1 — SessionScope</source>
        <translation>%1 — SessionScope</translation>
    </message>
    <message>
        <source>Demo data from %1</source>
        <translation>Données de démonstration de %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reload from the first page</source>
        <translation>&amp;Recharger depuis la première page</translation>
    </message>
    <message>
        <source>Load &amp;all pages</source>
        <translation>Charger &amp;toutes les pages</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>Arrival &amp;order (as the server sent them)</source>
        <translation>&amp;Ordre d&apos;arrivée (tel qu&apos;envoyé par le serveur)</translation>
    </message>
    <message>
        <source>Relative &amp;times (&quot;5 min ago&quot;)</source>
        <translation>&amp;Heures relatives (« il y a 5 min »)</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>Heures en &amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Search loaded sessions</source>
        <translation>Rechercher dans les &amp;sessions chargées</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>V&amp;iews</source>
        <translation>&amp;Vues</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About SessionScope</source>
        <translation>À &amp;propos de SessionScope</translation>
    </message>
    <message>
        <source>About SessionScope</source>
        <translation>À propos de SessionScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SessionScope %1&lt;/h3&gt;&lt;p&gt;Browse, watch live and export sessions from Century Smart IA, Treasure Workflow and Mobile Next.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SessionScope %1&lt;/h3&gt;&lt;p&gt;Parcourir, suivre en direct et exporter les sessions de Century Smart IA, Treasure Workflow et Mobile Next.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go to the ta&amp;ble</source>
        <translation>Aller au ta&amp;bleau</translation>
    </message>
    <message>
        <source>Reset &amp;filters</source>
        <translation>Réinitialiser les &amp;filtres</translation>
    </message>
</context>
<context>
    <name>ManageConnectionsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Se déconnecter</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Gérer les connexions</translation>
    </message>
    <message>
        <source>Forget the key (it is removed from the keychain) and close the data; the connection stays.</source>
        <translation>Oublier la clé (elle est retirée du trousseau) et fermer les données ; la connexion reste.</translation>
    </message>
    <message>
        <source>Remove the connection, its key and its saved views.</source>
        <translation>Supprimer la connexion, sa clé et ses vues enregistrées.</translation>
    </message>
    <message>
        <source>The demo connections are always there and need no key.</source>
        <translation>Les connexions de démonstration sont toujours là et n&apos;ont pas besoin de clé.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete “%1”? Its key is removed from the keychain and its saved views are deleted.</source>
        <translation>Supprimer « %1 » ? Sa clé est retirée du trousseau et ses vues enregistrées sont supprimées.</translation>
    </message>
</context>
<context>
    <name>MobileNextDetailView</name>
    <message>
        <source>Not yet (device still held)</source>
        <translation>Pas encore (appareil toujours retenu)</translation>
    </message>
</context>
<context>
    <name>MobileNextSource</name>
    <message>
        <source>More than %1 sessions were created at the same instant (%2); some of them may be missing.</source>
        <translation>Plus de %1 sessions ont été créées au même instant (%2) ; certaines peuvent manquer.</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>The server sent a page that could not be read. Loading stopped; the rows loaded so far are kept.</source>
        <translation>Le serveur a envoyé une page illisible. Chargement arrêté ; les lignes déjà chargées sont conservées.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on page %1 were incomplete and could not be shown.</source>
        <translation>
            <numerusform>%n session de la page %1 était incomplète et n&apos;a pas pu être affichée.</numerusform>
            <numerusform>%n sessions de la page %1 étaient incomplètes et n&apos;ont pas pu être affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions changed while they were loading (the total went from %1 to %2).</source>
        <translation>Les sessions ont changé pendant le chargement (le total est passé de %1 à %2).</translation>
    </message>
    <message>
        <source>The server sent the same page position twice, so loading stopped to avoid going round in circles. The rows loaded so far are kept.</source>
        <translation>Le serveur a envoyé deux fois la même position de page ; le chargement s&apos;est arrêté pour ne pas tourner en rond. Les lignes déjà chargées sont conservées.</translation>
    </message>
    <message>
        <source>Loading stopped after %1 pages, the most one list may have. The rows loaded so far are kept; narrow the filters to see the rest.</source>
        <translation>Chargement arrêté après %1 pages, le maximum pour une liste. Les lignes déjà chargées sont conservées ; resserrez les filtres pour voir la suite.</translation>
    </message>
    <message>
        <source>The server kept sending pages without new sessions, so loading stopped. The rows loaded so far are kept.</source>
        <translation>Le serveur envoyait des pages sans nouvelles sessions : le chargement s&apos;est arrêté. Les lignes déjà chargées sont conservées.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of menus and messages; dates and numbers follow it too.</source>
        <translation>La langue des menus et des messages ; les dates et les nombres la suivent aussi.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>SessionScope will speak the new language the next time it starts.</source>
        <translation>SessionScope parlera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Dates, numbers and the CSV &quot;Excel on this computer&quot; format follow the language.</source>
        <translation>Les dates, les nombres et le format CSV « Excel sur cet ordinateur » suivent la langue.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
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
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>A %1 filter has no date.</source>
        <translation>Un filtre de %1 n&apos;a pas de date.</translation>
    </message>
    <message>
        <source>The %1 can have only one &quot;after&quot; limit.</source>
        <translation>La %1 ne peut avoir qu&apos;une seule limite « après ».</translation>
    </message>
    <message>
        <source>The %1 can have only one &quot;before&quot; limit.</source>
        <translation>La %1 ne peut avoir qu&apos;une seule limite « avant ».</translation>
    </message>
    <message>
        <source>The %1 range is empty: its start is after its end.</source>
        <translation>La plage de %1 est vide : son début est après sa fin.</translation>
    </message>
    <message>
        <source>Sessions in progress have no end date; remove the end date filter.</source>
        <translation>Les sessions en cours n&apos;ont pas de date de fin ; retirez le filtre de date de fin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 id.</source>
        <translation>« %1 » n&apos;est pas un identifiant de %2 valide.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>La taille de page doit être comprise entre 1 et %1.</translation>
    </message>
    <message>
        <source>A status filter only applies to the &quot;All&quot; scope.</source>
        <translation>Un filtre de statut ne s&apos;applique qu&apos;à la portée « Toutes ».</translation>
    </message>
    <message>
        <source>Sessions in progress have no end date to sort by.</source>
        <translation>Les sessions en cours n&apos;ont pas de date de fin pour trier.</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>élève</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>A subject filter is empty.</source>
        <translation>Un filtre de matière est vide.</translation>
    </message>
</context>
<context>
    <name>QueryJson</name>
    <message>
        <source>the query</source>
        <translation>la requête</translation>
    </message>
    <message>
        <source>&quot;dates&quot; in the query must be a list</source>
        <translation>« dates » dans la requête doit être une liste</translation>
    </message>
    <message>
        <source>a date condition</source>
        <translation>une condition de date</translation>
    </message>
    <message>
        <source>a date condition must be an object</source>
        <translation>une condition de date doit être un objet</translation>
    </message>
    <message>
        <source>a date condition needs &quot;ms&quot;, a time in milliseconds</source>
        <translation>une condition de date a besoin de « ms », une heure en millisecondes</translation>
    </message>
</context>
<context>
    <name>QuickSearchBox</name>
    <message>
        <source>Search loaded sessions (Ctrl+F)</source>
        <translation>Rechercher dans les sessions chargées (Ctrl+F)</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Recherche rapide</translation>
    </message>
    <message>
        <source>Shows only the loaded rows that contain this text. It does not ask the server for more.</source>
        <translation>N&apos;affiche que les lignes chargées qui contiennent ce texte. Ne demande rien de plus au serveur.</translation>
    </message>
    <message>
        <source>The quick search and the status buttons look only at rows already loaded.</source>
        <translation>La recherche rapide et les boutons d&apos;état ne regardent que les lignes déjà chargées.</translation>
    </message>
    <message>
        <source>searches the loaded rows</source>
        <translation>cherche dans les lignes chargées</translation>
    </message>
    <message>
        <source>filters the one loaded row</source>
        <translation>filtre la seule ligne chargée</translation>
    </message>
    <message numerus="yes">
        <source>filters the %Ln loaded rows</source>
        <translation>
            <numerusform>filtre la ligne chargée (%Ln)</numerusform>
            <numerusform>filtre les %Ln lignes chargées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of the %Ln loaded rows match</source>
        <translation>
            <numerusform>la ligne chargée (%Ln) ne correspond pas</numerusform>
            <numerusform>aucune des %Ln lignes chargées ne correspond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln loaded rows match</source>
        <translation>
            <numerusform>%1 sur %Ln ligne chargée correspond</numerusform>
            <numerusform>%1 sur %Ln lignes chargées correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows only the loaded rows that contain this text; %1.</source>
        <translation>N&apos;affiche que les lignes chargées qui contiennent ce texte ; %1.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
</context>
<context>
    <name>SavedViewJson</name>
    <message>
        <source>This is not a view SessionScope can open: %1.</source>
        <translation>Ce n&apos;est pas une vue que SessionScope peut ouvrir : %1.</translation>
    </message>
    <message>
        <source>the JSON is broken near character %1 (%2)</source>
        <translation>le JSON est cassé près du caractère %1 (%2)</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>le fichier ne contient pas d&apos;objet JSON</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>« format » n&apos;est pas « %1 »</translation>
    </message>
    <message>
        <source>it is version %1; this SessionScope reads version %2</source>
        <translation>c&apos;est la version %1 ; ce SessionScope lit la version %2</translation>
    </message>
    <message>
        <source>the view</source>
        <translation>la vue</translation>
    </message>
    <message>
        <source>the backend &quot;%1&quot; is not one SessionScope knows (century, treasure, mobilenext)</source>
        <translation>le service « %1 » n&apos;est pas connu de SessionScope (century, treasure, mobilenext)</translation>
    </message>
    <message>
        <source>the view has no name</source>
        <translation>la vue n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>&quot;live&quot; must be true or false</source>
        <translation>« live » doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;query&quot; must be an object</source>
        <translation>« query » doit être un objet</translation>
    </message>
    <message>
        <source>&quot;statusMask&quot; must be a whole number from 0 to 4294967295</source>
        <translation>« statusMask » doit être un nombre entier de 0 à 4294967295</translation>
    </message>
</context>
<context>
    <name>SavedViewsController</name>
    <message>
        <source>&amp;Import view…</source>
        <translation>&amp;Importer une vue…</translation>
    </message>
    <message>
        <source>Save the current view (filters, columns, sort) as a small file to share; no key and no session data</source>
        <translation>Enregistrer la vue actuelle (filtres, colonnes, tri) dans un petit fichier à partager ; sans clé ni données de session</translation>
    </message>
    <message>
        <source>View “%1”</source>
        <translation>Vue « %1 »</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>Vue « %1 » enregistrée</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Delete the view “%1”?</source>
        <translation>Supprimer la vue « %1 » ?</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Enregistrer la vue…</translation>
    </message>
    <message>
        <source>%1 (start-up)</source>
        <translation>%1 (au démarrage)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Open at &amp;start-up</source>
        <translation>Ouvrir au &amp;démarrage</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The view could not be written to %1: %2</source>
        <translation>La vue n&apos;a pas pu être écrite dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a SessionScope view.</source>
        <translation>%1 est trop volumineux pour être une vue SessionScope.</translation>
    </message>
    <message>
        <source>This view is for %1: open a %1 connection first, then import it.</source>
        <translation>Cette vue est pour %1 : ouvrez d&apos;abord une connexion %1, puis importez-la.</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>Vue %1</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <source>SessionScope view (*.json)</source>
        <translation>Vue SessionScope (*.json)</translation>
    </message>
    <message>
        <source>Exported the view to %1</source>
        <translation>Vue exportée vers %1</translation>
    </message>
    <message>
        <source>Import view</source>
        <translation>Importer une vue</translation>
    </message>
    <message>
        <source>Export &amp;view…</source>
        <translation>Exporter la &amp;vue…</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>%1 (the API says &quot;%2&quot;)</source>
        <translation>%1 (l&apos;API indique « %2 »)</translation>
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
        <translation>%1 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>%1 — personal data, left out of exports unless chosen</source>
        <translation>%1 — donnée personnelle, exclue des exports sauf si elle est choisie</translation>
    </message>
</context>
<context>
    <name>SessionTableView</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>One row per session. Enter shows every detail of the selected session.</source>
        <translation>Une ligne par session. Entrée affiche tous les détails de la session sélectionnée.</translation>
    </message>
    <message>
        <source>No columns yet</source>
        <translation>Pas encore de colonnes</translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation>Rétablir les colonnes par défaut</translation>
    </message>
</context>
<context>
    <name>StatusChipRow</name>
    <message>
        <source>Show %1 sessions</source>
        <translation>Afficher les sessions « %1 »</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status chip: name (count of loaded rows)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: shown. Click to hide these loaded rows.</source>
        <translation>%1 : affichées. Cliquez pour masquer ces lignes chargées.</translation>
    </message>
    <message>
        <source>%1: hidden. Click to show these loaded rows.</source>
        <translation>%1 : masquées. Cliquez pour afficher ces lignes chargées.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln loaded sessions</source>
        <translation>
            <numerusform>%Ln session chargée</numerusform>
            <numerusform>%Ln sessions chargées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreasureDetailView</name>
    <message>
        <source>No parameters.</source>
        <translation>Aucun paramètre.</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Copy the parameters as JSON</source>
        <translation>Copier les paramètres en JSON</translation>
    </message>
    <message>
        <source>the parameters</source>
        <translation>les paramètres</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Not yet (still running)</source>
        <translation>Pas encore (toujours en cours)</translation>
    </message>
    <message>
        <source>Puts the workflow&apos;s parameters on the clipboard, indented</source>
        <translation>Copie les paramètres du workflow dans le presse-papiers, indentés</translation>
    </message>
    <message>
        <source>The parameters this attempt ran with, as a tree</source>
        <translation>Les paramètres de cette tentative, en arborescence</translation>
    </message>
</context>
<context>
    <name>Upn</name>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>temporary UPN</source>
        <translation>UPN temporaire</translation>
    </message>
    <message>
        <source>not 13 characters long</source>
        <translation>ne fait pas 13 caractères</translation>
    </message>
    <message>
        <source>not in the UPN format</source>
        <translation>n&apos;est pas au format UPN</translation>
    </message>
    <message>
        <source>check letter does not match</source>
        <translation>la lettre de contrôle ne correspond pas</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Smart Initial Assessment sessions of your pupils</source>
        <translation>Sessions d&apos;évaluation initiale Smart de vos élèves</translation>
    </message>
    <message>
        <source>Workflow sessions and their attempts</source>
        <translation>Sessions de workflow et leurs tentatives</translation>
    </message>
    <message>
        <source>Device sessions on real phones and simulators</source>
        <translation>Sessions d&apos;appareils sur de vrais téléphones et des simulateurs</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Welcome to SessionScope</source>
        <translation>Bienvenue dans SessionScope</translation>
    </message>
    <message>
        <source>See who is taking a session now, who has finished and how it went — then export it for your spreadsheet or MIS.</source>
        <translation>Voyez qui passe une session en ce moment, qui a terminé et comment cela s&apos;est passé — puis exportez le tout vers votre tableur ou votre logiciel de vie scolaire.</translation>
    </message>
    <message>
        <source>Opens made-up Century sessions that start and finish while you watch. No account or key needed.</source>
        <translation>Ouvre des sessions Century fictives qui commencent et se terminent sous vos yeux. Ni compte ni clé nécessaires.</translation>
    </message>
    <message>
        <source>Made-up pupils and live sessions — no account needed.</source>
        <translation>Élèves fictifs et sessions en direct — aucun compte nécessaire.</translation>
    </message>
    <message>
        <source>Or connect with your API key:</source>
        <translation>Ou connectez-vous avec votre clé d&apos;API :</translation>
    </message>
    <message>
        <source>Connect to %1…</source>
        <translation>Se connecter à %1…</translation>
    </message>
</context>
</TS>
