<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommitDialog</name>
    <message>
        <source>Commit Instance</source>
        <translation>Instanz committen</translation>
    </message>
    <message>
        <source>Snapshot the instance into a new version of a pod.</source>
        <translation>Die Instanz als neue Version eines Pods festhalten.</translation>
    </message>
    <message>
        <source>&amp;Pod:</source>
        <translation>&amp;Pod:</translation>
    </message>
    <message>
        <source>An existing pod, or type a new name</source>
        <translation>Ein vorhandener Pod, oder einen neuen Namen eingeben</translation>
    </message>
    <message>
        <source>Pod to commit into</source>
        <translation>Pod, in den committet wird</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>What this version holds</source>
        <translation>Was diese Version enthält</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Commit-Nachricht</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Dienste:</translation>
    </message>
    <message>
        <source>All services (or e.g. s3, sqs)</source>
        <translation>Alle Dienste (oder z. B. s3, sqs)</translation>
    </message>
    <message>
        <source>Services to commit</source>
        <translation>Zu committende Dienste</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Regionen:</translation>
    </message>
    <message>
        <source>Every region that holds resources</source>
        <translation>Jede Region, die Ressourcen enthält</translation>
    </message>
    <message>
        <source>Regions to commit</source>
        <translation>Zu committende Regionen</translation>
    </message>
</context>
<context>
    <name>InjectDialog</name>
    <message>
        <source>Inject Version</source>
        <translation>Version einspielen</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <source>Inject strategy</source>
        <translation>Strategie zum Einspielen</translation>
    </message>
    <message>
        <source>On &amp;conflict:</source>
        <translation>Bei &amp;Konflikt:</translation>
    </message>
    <message>
        <source>What wins a deep-merge conflict</source>
        <translation>Was bei einem Deep-Merge-Konflikt gewinnt</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation>&amp;Endpunkte:</translation>
    </message>
    <message>
        <source>One endpoint a line, e.g. http://localhost:4566</source>
        <translation>Ein Endpunkt pro Zeile, z. B. http://localhost:4566</translation>
    </message>
    <message>
        <source>Endpoints offered in the instance bar</source>
        <translation>In der Instanzleiste angebotene Endpunkte</translation>
    </message>
    <message>
        <source>Default &amp;regions:</source>
        <translation>Standard-&amp;Regionen:</translation>
    </message>
    <message>
        <source>Every region that holds resources</source>
        <translation>Jede Region, die Ressourcen enthält</translation>
    </message>
    <message>
        <source>Default regions</source>
        <translation>Standardregionen</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Zugangsdaten:</translation>
    </message>
    <message>
        <source>Where credentials come from</source>
        <translation>Woher die Zugangsdaten kommen</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>AWS profile name</source>
        <translation>Name des AWS-Profils</translation>
    </message>
    <message>
        <source>&amp;Follow the desktop theme</source>
        <translation>Dem Desktop-&amp;Design folgen</translation>
    </message>
    <message>
        <source>PodDeck stores no secrets: credentials come from the AWS environment variables or the named profile of your AWS credentials file.</source>
        <translation>PodDeck speichert keine Geheimnisse: Zugangsdaten kommen aus den AWS-Umgebungsvariablen oder dem genannten Profil Ihrer AWS-Credentials-Datei.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Version control for the state of your local cloud.</source>
        <translation>Versionsverwaltung für den Zustand Ihrer lokalen Cloud.</translation>
    </message>
    <message>
        <source>The PodDeck home to open (default: $PODDECK_HOME, else %1).</source>
        <translation>Das zu öffnende PodDeck-Home (Standard: $PODDECK_HOME, sonst %1).</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
</context>
<context>
    <name>poddeck::CatalogueReads</name>
    <message>
        <source>Reading the catalogue</source>
        <translation>Katalog wird gelesen</translation>
    </message>
    <message>
        <source>Reading versions of %1</source>
        <translation>Versionen von %1 werden gelesen</translation>
    </message>
</context>
<context>
    <name>poddeck::CommitDialog</name>
    <message>
        <source>Snapshot the instance at %1 into a new version of a pod.</source>
        <translation>Die Instanz unter %1 als neue Version eines Pods festhalten.</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Committen</translation>
    </message>
    <message>
        <source>Name the pod to commit into.</source>
        <translation>Nennen Sie den Pod, in den committet werden soll.</translation>
    </message>
</context>
<context>
    <name>poddeck::ContentsLoader</name>
    <message>
        <source>Reading the contents</source>
        <translation>Inhalt wird gelesen</translation>
    </message>
    <message>
        <source>Reading a resource</source>
        <translation>Ressource wird gelesen</translation>
    </message>
    <message>
        <source>Resource %1 is damaged: %2</source>
        <translation>Ressource %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
    <message>
        <source>Searching for “%1”</source>
        <translation>Suche nach „%1“</translation>
    </message>
</context>
<context>
    <name>poddeck::ContentsModel</name>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Reading the contents of version %1</source>
        <translation>Inhalt von Version %1 wird gelesen</translation>
    </message>
    <message>
        <source>Secret, revealed</source>
        <translation>Geheimnis, aufgedeckt</translation>
    </message>
    <message>
        <source>Secret: right-click to reveal</source>
        <translation>Geheimnis: zum Aufdecken rechts klicken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>poddeck::ContentsWidget</name>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Search resources and attributes</source>
        <translation>Ressourcen und Attribute durchsuchen</translation>
    </message>
    <message>
        <source>Search the contents</source>
        <translation>Inhalt durchsuchen</translation>
    </message>
    <message>
        <source>Contents of the selected version</source>
        <translation>Inhalt der ausgewählten Version</translation>
    </message>
    <message>
        <source>&amp;Reveal Secret</source>
        <translation>Geheimnis &amp;aufdecken</translation>
    </message>
    <message>
        <source>Reveal or hide the selected secret value</source>
        <translation>Den ausgewählten geheimen Wert aufdecken oder verbergen</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Copy the selected value</source>
        <translation>Den ausgewählten Wert kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the resource path of the selected node</source>
        <translation>Den Ressourcenpfad des ausgewählten Knotens kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Contents of %1:%2 (%n resource(s))</source>
        <translation>
            <numerusform>Inhalt von %1:%2 (%n Ressource)</numerusform>
            <numerusform>Inhalt von %1:%2 (%n Ressourcen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching for “%1”</source>
        <translation>Suche nach „%1“</translation>
    </message>
    <message>
        <source>&amp;Hide Secret</source>
        <translation>Geheimnis &amp;verbergen</translation>
    </message>
</context>
<context>
    <name>poddeck::DragExportCache</name>
    <message>
        <source>Preparing %1:%2 for dragging</source>
        <translation>%1:%2 wird zum Ziehen vorbereitet</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>poddeck::EmptyStateWidget</name>
    <message>
        <source>Import a File…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <source>Import a pod bundle or LocalStack state zip</source>
        <translation>Ein Pod-Bundle oder ein LocalStack-Zustands-ZIP importieren</translation>
    </message>
</context>
<context>
    <name>poddeck::HistoryWidget</name>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Select a pod to see its versions.</source>
        <translation>Wählen Sie einen Pod, um seine Versionen zu sehen.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message numerus="yes">
        <source>History of %1 (%n version(s))</source>
        <translation>
            <numerusform>Verlauf von %1 (%n Version)</numerusform>
            <numerusform>Verlauf von %1 (%n Versionen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pod %1 has no versions.</source>
        <translation>Pod %1 hat keine Versionen.</translation>
    </message>
    <message>
        <source>Could not read the versions of %1: %2</source>
        <translation>Die Versionen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>poddeck::ImportFiles</name>
    <message numerus="yes">
        <source>Pod &apos;%1&apos; already has all %n version(s) in the file</source>
        <translation>
            <numerusform>Pod &apos;%1&apos; hat die Version aus der Datei schon</numerusform>
            <numerusform>Pod &apos;%1&apos; hat alle %n Versionen aus der Datei schon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new version(s) of pod &apos;%1&apos;</source>
        <translation>
            <numerusform>%n neue Version von Pod &apos;%1&apos; importiert</numerusform>
            <numerusform>%n neue Versionen von Pod &apos;%1&apos; importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already present)</source>
        <translation>
            <numerusform>(%n schon vorhanden)</numerusform>
            <numerusform>(%n schon vorhanden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n version(s) of pod &apos;%1&apos;</source>
        <translation>
            <numerusform>%n Version von Pod &apos;%1&apos; importiert</numerusform>
            <numerusform>%n Versionen von Pod &apos;%1&apos; importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Could not import %n file(s)</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>poddeck::InjectDialog</name>
    <message>
        <source>Inject version %1 into the instance at %2.</source>
        <translation>Version %1 in die Instanz unter %2 einspielen.</translation>
    </message>
    <message>
        <source>Stop and show the conflicts</source>
        <translation>Anhalten und die Konflikte zeigen</translation>
    </message>
    <message>
        <source>Keep the instance&apos;s value</source>
        <translation>Den Wert der Instanz behalten</translation>
    </message>
    <message>
        <source>Take the version&apos;s value</source>
        <translation>Den Wert der Version übernehmen</translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation>&amp;Einspielen</translation>
    </message>
    <message>
        <source>Overwrite (the instance becomes the version)</source>
        <translation>Überschreiben (die Instanz wird zur Version)</translation>
    </message>
    <message>
        <source>Account/region merge</source>
        <translation>Zusammenführen nach Konto/Region</translation>
    </message>
    <message>
        <source>Service merge (resource by resource)</source>
        <translation>Zusammenführen nach Dienst (Ressource für Ressource)</translation>
    </message>
    <message>
        <source>Deep merge (three-way)</source>
        <translation>Tiefes Zusammenführen (Drei-Wege)</translation>
    </message>
    <message>
        <source>Empties the instance, then loads the version.</source>
        <translation>Leert die Instanz und lädt dann die Version.</translation>
    </message>
    <message>
        <source>For each service in the version, its account/region state replaces the instance&apos;s; everything else stays.</source>
        <translation>Für jeden Dienst der Version ersetzt ihr Konto-/Regionszustand den der Instanz; alles andere bleibt.</translation>
    </message>
    <message>
        <source>Adds and updates resource by resource; the version wins where both have the same resource.</source>
        <translation>Fügt Ressource für Ressource hinzu und aktualisiert; wo beide dieselbe Ressource haben, gewinnt die Version.</translation>
    </message>
    <message>
        <source>Merges the instance&apos;s changes since its head with the version&apos;s, child by child (S3 objects, DynamoDB items).</source>
        <translation>Führt die Änderungen der Instanz seit ihrem Head mit denen der Version zusammen, Kind für Kind (S3-Objekte, DynamoDB-Einträge).</translation>
    </message>
    <message>
        <source>Working out what would change…</source>
        <translation>Es wird ermittelt, was sich ändern würde…</translation>
    </message>
    <message>
        <source>Planning the inject of %1</source>
        <translation>Einspielen von %1 wird geplant</translation>
    </message>
    <message>
        <source>Cannot inject: %1</source>
        <translation>Einspielen nicht möglich: %1</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>%1 create, %2 update, %3 delete</source>
        <translation>%1 anlegen, %2 ändern, %3 löschen</translation>
    </message>
    <message>
        <source>Reset the instance first; then %1</source>
        <translation>Erst die Instanz zurücksetzen; dann %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): choose what wins to go on.</source>
        <translation>
            <numerusform>%n Konflikt: Wählen Sie, was gewinnt, um fortzufahren.</numerusform>
            <numerusform>%n Konflikte: Wählen Sie, was gewinnt, um fortzufahren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>poddeck::InstanceBar</name>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Drop a version here to inject it into this instance</source>
        <translation>Eine Version hier ablegen, um sie in diese Instanz einzuspielen</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <source>Instance endpoint</source>
        <translation>Endpunkt der Instanz</translation>
    </message>
    <message>
        <source>The emulator endpoint PodDeck commits from and injects into</source>
        <translation>Der Emulator-Endpunkt, aus dem PodDeck committet und in den es einspielt</translation>
    </message>
    <message>
        <source>Check the instance again</source>
        <translation>Instanz erneut prüfen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>Count the instance&apos;s resources (reads the whole instance)</source>
        <translation>Die Ressourcen der Instanz zählen (liest die ganze Instanz)</translation>
    </message>
    <message>
        <source>Count resources</source>
        <translation>Ressourcen zählen</translation>
    </message>
    <message>
        <source>Start a local moto_server</source>
        <translation>Lokalen moto_server starten</translation>
    </message>
    <message>
        <source>Runs moto_server on a free port of 127.0.0.1 until PodDeck quits</source>
        <translation>Startet moto_server auf einem freien Port von 127.0.0.1, bis PodDeck beendet wird</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Counting the resources of %1</source>
        <translation>Ressourcen von %1 werden gezählt</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>Starting moto_server…</source>
        <translation>moto_server wird gestartet…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>● healthy</source>
        <translation>● gesund</translation>
    </message>
    <message>
        <source>● unhealthy</source>
        <translation>● gestört</translation>
    </message>
    <message>
        <source>Head: %1:%2</source>
        <translation>Head: %1:%2</translation>
    </message>
    <message>
        <source>Head: none</source>
        <translation>Head: keiner</translation>
    </message>
    <message>
        <source>Nothing was committed from or injected into this instance yet</source>
        <translation>Aus dieser Instanz wurde noch nichts committet und in sie noch nichts eingespielt</translation>
    </message>
    <message>
        <source>Resources: ?</source>
        <translation>Ressourcen: ?</translation>
    </message>
    <message>
        <source>Press Count to read the whole instance</source>
        <translation>Auf „Zählen“ drücken, um die ganze Instanz zu lesen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing answers at %1. Start LocalStack or moto there, pick another endpoint, or start a local moto_server.</source>
        <translation>Unter %1 antwortet nichts. Starten Sie dort LocalStack oder moto, wählen Sie einen anderen Endpunkt oder starten Sie einen lokalen moto_server.</translation>
    </message>
</context>
<context>
    <name>poddeck::JobRunner</name>
    <message>
        <source>The operation stopped unexpectedly.</source>
        <translation>Der Vorgang wurde unerwartet beendet.</translation>
    </message>
</context>
<context>
    <name>poddeck::JobStatusWidget</name>
    <message>
        <source>Show the details of this error</source>
        <translation>Die Einzelheiten dieses Fehlers zeigen</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running job (%1)</source>
        <translation>Den laufenden Vorgang abbrechen (%1)</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>Den laufenden Vorgang abbrechen</translation>
    </message>
    <message>
        <source>Cancelling: %1</source>
        <translation>Wird abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more job(s))</source>
        <translation>
            <numerusform>%1 (%n weiterer Vorgang)</numerusform>
            <numerusform>%1 (%n weitere Vorgänge)</numerusform>
        </translation>
    </message>
    <message>
        <source>PodDeck</source>
        <translation>PodDeck</translation>
    </message>
</context>
<context>
    <name>poddeck::MainWindow</name>
    <message>
        <source>PodDeck — %1</source>
        <translation>PodDeck — %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a pod bundle or LocalStack state zip</source>
        <translation>Ein Pod-Bundle oder ein LocalStack-Zustands-ZIP importieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit PodDeck</source>
        <translation>PodDeck beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload pods and versions from the catalogue</source>
        <translation>Pods und Versionen neu aus dem Katalog laden</translation>
    </message>
    <message>
        <source>&amp;Filter Pods</source>
        <translation>Pods &amp;filtern</translation>
    </message>
    <message>
        <source>Filter pods by name</source>
        <translation>Pods nach Namen filtern</translation>
    </message>
    <message>
        <source>&amp;Search Contents</source>
        <translation>Inhalt &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Search the contents of the selected version</source>
        <translation>Den Inhalt der ausgewählten Version durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>&amp;Committen…</translation>
    </message>
    <message>
        <source>Commit the instance into a pod</source>
        <translation>Die Instanz in einen Pod committen</translation>
    </message>
    <message>
        <source>&amp;Inject…</source>
        <translation>&amp;Einspielen…</translation>
    </message>
    <message>
        <source>Inject the selected version into the instance</source>
        <translation>Die ausgewählte Version in die Instanz einspielen</translation>
    </message>
    <message>
        <source>&amp;Reset Instance…</source>
        <translation>Instanz &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Delete every resource in the instance</source>
        <translation>Alle Ressourcen der Instanz löschen</translation>
    </message>
    <message>
        <source>Check &amp;Instance</source>
        <translation>&amp;Instanz prüfen</translation>
    </message>
    <message>
        <source>Check the instance again</source>
        <translation>Instanz erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the selected version as a .pod bundle or LocalStack state zip</source>
        <translation>Die ausgewählte Version als .pod-Bundle oder LocalStack-Zustands-ZIP exportieren</translation>
    </message>
    <message>
        <source>&amp;Delete Version…</source>
        <translation>Version &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected version</source>
        <translation>Die ausgewählte Version löschen</translation>
    </message>
    <message>
        <source>Delete &amp;Pod…</source>
        <translation>&amp;Pod löschen…</translation>
    </message>
    <message>
        <source>Delete the current pod and its versions</source>
        <translation>Den aktuellen Pod und seine Versionen löschen</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>E&amp;igenschaften</translation>
    </message>
    <message>
        <source>Show the details of the selected version</source>
        <translation>Die Einzelheiten der ausgewählten Version zeigen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Endpoints, regions, credentials and appearance</source>
        <translation>Endpunkte, Regionen, Zugangsdaten und Darstellung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>I&amp;nstance</source>
        <translation>I&amp;nstanz</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Loading pods</source>
        <translation>Pods werden geladen</translation>
    </message>
    <message>
        <source>Welcome to PodDeck</source>
        <translation>Willkommen bei PodDeck</translation>
    </message>
    <message>
        <source>No pods yet. Commit the instance (Instance &gt; Commit), drop a .pod file or LocalStack state zip here, or run `poddeck-cli commit POD --from-dir DIR`.</source>
        <translation>Noch keine Pods. Committen Sie die Instanz (Instanz &gt; Committen), legen Sie hier eine .pod-Datei oder ein LocalStack-Zustands-ZIP ab, oder führen Sie `poddeck-cli commit POD --from-dir DIR` aus.</translation>
    </message>
    <message>
        <source>Could not open the catalogue</source>
        <translation>Der Katalog konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

Home: %2</source>
        <translation>%1

Home: %2</translation>
    </message>
    <message>
        <source>Could not open the catalogue: %1</source>
        <translation>Der Katalog konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Loading versions of %1</source>
        <translation>Versionen von %1 werden geladen</translation>
    </message>
    <message>
        <source>Import Pods</source>
        <translation>Pods importieren</translation>
    </message>
    <message>
        <source>PodDeck bundles (*.pod)</source>
        <translation>PodDeck-Bundles (*.pod)</translation>
    </message>
    <message>
        <source>LocalStack state (*.zip)</source>
        <translation>LocalStack-Zustand (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>%n Datei wird importiert</numerusform>
            <numerusform>%n Dateien werden importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Could not import: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>poddeck::MotoLauncher</name>
    <message>
        <source>moto_server was not found. Install it with: pip install &apos;moto[server]&apos;</source>
        <translation>moto_server wurde nicht gefunden. Installieren Sie ihn mit: pip install &apos;moto[server]&apos;</translation>
    </message>
    <message>
        <source>No free port on 127.0.0.1.</source>
        <translation>Kein freier Port auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>The local moto_server stopped (exit code %1).</source>
        <translation>Der lokale moto_server wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>Could not start moto_server: %1</source>
        <translation>moto_server konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>poddeck::PodListModel</name>
    <message>
        <source>Size of the newest version</source>
        <translation>Größe der neuesten Version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>poddeck::PodListWidget</name>
    <message>
        <source>Filter pods by name</source>
        <translation>Pods nach Namen filtern</translation>
    </message>
    <message>
        <source>Filter pods</source>
        <translation>Pods filtern</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
</context>
<context>
    <name>poddeck::PropertiesDialog</name>
    <message>
        <source>Properties of %1:%2</source>
        <translation>Eigenschaften von %1:%2</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>Pod:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Parents:</source>
        <translation>Eltern:</translation>
    </message>
    <message>
        <source>none (a first version)</source>
        <translation>keine (eine erste Version)</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Emulator:</source>
        <translation>Emulator:</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Dienste:</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Ressourcen:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>State tree:</source>
        <translation>Zustandsbaum:</translation>
    </message>
</context>
<context>
    <name>poddeck::SettingsDialog</name>
    <message>
        <source>AWS environment variables</source>
        <translation>AWS-Umgebungsvariablen</translation>
    </message>
    <message>
        <source>A named AWS profile</source>
        <translation>Ein benanntes AWS-Profil</translation>
    </message>
</context>
<context>
    <name>poddeck::VersionListModel</name>
    <message numerus="yes">
        <source>Merge of %n version(s)</source>
        <translation>
            <numerusform>Zusammenführung von %n Version</numerusform>
            <numerusform>Zusammenführung von %n Versionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s), %1</source>
        <translation>
            <numerusform>%n Ressource, %1</numerusform>
            <numerusform>%n Ressourcen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>poddeck::VersionOperations</name>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Commit to %1</source>
        <translation>Commit nach %1</translation>
    </message>
    <message>
        <source>Committing %1 to %2</source>
        <translation>%1 wird nach %2 committet</translation>
    </message>
    <message numerus="yes">
        <source>Committed %1:%2 (%n resource(s))</source>
        <translation>
            <numerusform>%1:%2 committet (%n Ressource)</numerusform>
            <numerusform>%1:%2 committet (%n Ressourcen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Inject of %1</source>
        <translation>Einspielen von %1</translation>
    </message>
    <message>
        <source>Injecting %1 into %2</source>
        <translation>%1 wird in %2 eingespielt</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped: %n conflict(s)</source>
        <translation>
            <numerusform>%1 angehalten: %n Konflikt</numerusform>
            <numerusform>%1 angehalten: %n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Injected %1:%2 (%3)</source>
        <translation>%1:%2 eingespielt (%3)</translation>
    </message>
    <message>
        <source>Reset Instance</source>
        <translation>Instanz zurücksetzen</translation>
    </message>
    <message>
        <source>Delete every resource in the instance at %1?

Versions in PodDeck are not touched.</source>
        <translation>Alle Ressourcen der Instanz unter %1 löschen?

Versionen in PodDeck bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset of %1</source>
        <translation>Zurücksetzen von %1</translation>
    </message>
    <message>
        <source>Resetting %1</source>
        <translation>%1 wird zurückgesetzt</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurückgesetzt</translation>
    </message>
    <message>
        <source>Export %1:%2</source>
        <translation>%1:%2 exportieren</translation>
    </message>
    <message>
        <source>PodDeck bundle (*.pod)</source>
        <translation>PodDeck-Bundle (*.pod)</translation>
    </message>
    <message>
        <source>LocalStack state zip (*.zip)</source>
        <translation>LocalStack-Zustands-ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>Export nach %1</translation>
    </message>
    <message>
        <source>Exporting %1:%2 to %3</source>
        <translation>%1:%2 wird nach %3 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n version(s) to %1</source>
        <translation>
            <numerusform>%n Version nach %1 exportiert</numerusform>
            <numerusform>%n Versionen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <source>Delete version %1 (“%2”)?

Its data stays on disk until garbage collection.</source>
        <translation>Version %1 („%2“) löschen?

Ihre Daten bleiben bis zur Speicherbereinigung auf der Platte.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 wird gelöscht</translation>
    </message>
    <message>
        <source>Delete of %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Delete Pod</source>
        <translation>Pod löschen</translation>
    </message>
    <message>
        <source>Delete pod %1 with all its versions?

Its data stays on disk until garbage collection.</source>
        <translation>Pod %1 mit allen Versionen löschen?

Seine Daten bleiben bis zur Speicherbereinigung auf der Platte.</translation>
    </message>
    <message>
        <source>&amp;Delete Pod</source>
        <translation>Pod &amp;löschen</translation>
    </message>
    <message>
        <source>Deleting pod %1</source>
        <translation>Pod %1 wird gelöscht</translation>
    </message>
    <message>
        <source>Deleted pod %1</source>
        <translation>Pod %1 gelöscht</translation>
    </message>
</context>
</TS>
