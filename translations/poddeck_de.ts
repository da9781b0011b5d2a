<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <message>
        <source>Pod bundles, LocalStack state zips or share links to import.</source>
        <translation>Zu importierende Pod-Bundles, LocalStack-Zustands-ZIPs oder Freigabelinks.</translation>
    </message>
</context>
<context>
    <name>poddeck::CloneDialog</name>
    <message>
        <source>Clone from %1</source>
        <translation>Von %1 klonen</translation>
    </message>
    <message>
        <source>The remote &apos;%1&apos; holds no pods yet.</source>
        <translation>Das Remote &apos;%1&apos; enthält noch keine Pods.</translation>
    </message>
    <message>
        <source>Pick a pod on &apos;%1&apos; to copy here with all its versions.</source>
        <translation>Wählen Sie einen Pod auf &apos;%1&apos;, um ihn mit allen Versionen hierher zu kopieren.</translation>
    </message>
    <message>
        <source>Pods on the remote</source>
        <translation>Pods auf dem Remote</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n version(s)</source>
        <translation>
            <numerusform>%1 — %n Version</numerusform>
            <numerusform>%1 — %n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>, last pushed by %1</source>
        <translation>, zuletzt gepusht von %1</translation>
    </message>
    <message>
        <source>%1 (here already: pull it instead)</source>
        <translation>%1 (schon hier: stattdessen pullen)</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Klonen</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Dienste: %1</translation>
    </message>
    <message>
        <source>Pick a pod to see its description and labels.</source>
        <translation>Wählen Sie einen Pod, um seine Beschreibung und Labels zu sehen.</translation>
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
    <message>
        <source>&amp;Include SQS messages</source>
        <translation>SQS-Nachrichten &amp;einschließen</translation>
    </message>
    <message>
        <source>Messages are read without being consumed: they become visible again right after.</source>
        <translation>Nachrichten werden gelesen, ohne sie zu verbrauchen: Sie sind gleich danach wieder sichtbar.</translation>
    </message>
    <message>
        <source>Include SQS messages</source>
        <translation>SQS-Nachrichten einschließen</translation>
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
        <source>Secret: right-click and choose Reveal Value</source>
        <translation>Geheimnis: rechts klicken und „Wert aufdecken“ wählen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>This version holds no code for %1, so it cannot be restored from it. Right-click and choose Attach Code… to add the zip, or commit from moto started by PodDeck, which serves the code.</source>
        <translation>Diese Version enthält keinen Code für %1, daher kann es daraus nicht wiederhergestellt werden. Rechts klicken und „Code anhängen…“ wählen, um das ZIP hinzuzufügen, oder aus einem von PodDeck gestarteten moto committen, das den Code liefert.</translation>
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
        <source>&amp;Reveal Value</source>
        <translation>Wert &amp;aufdecken</translation>
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
        <source>&amp;Hide Value</source>
        <translation>Wert &amp;verbergen</translation>
    </message>
    <message>
        <source>Attach &amp;Code…</source>
        <translation>&amp;Code anhängen…</translation>
    </message>
    <message>
        <source>Attach a code zip to the selected Lambda function or layer</source>
        <translation>Ein Code-Zip an die ausgewählte Lambda-Funktion oder -Ebene anhängen</translation>
    </message>
</context>
<context>
    <name>poddeck::DiffActions</name>
    <message>
        <source>Compare with Ins&amp;tance</source>
        <translation>Mit In&amp;stanz vergleichen</translation>
    </message>
    <message>
        <source>Compare the selected version with the running instance</source>
        <translation>Die ausgewählte Version mit der laufenden Instanz vergleichen</translation>
    </message>
    <message>
        <source>Compare &amp;Versions</source>
        <translation>&amp;Versionen vergleichen</translation>
    </message>
    <message>
        <source>Compare the two selected versions, or the selected version with its parent</source>
        <translation>Die beiden ausgewählten Versionen vergleichen, oder die ausgewählte Version mit ihrer Elternversion</translation>
    </message>
</context>
<context>
    <name>poddeck::DiffModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) changed</source>
        <translation>
            <numerusform>%n Attribut geändert</numerusform>
            <numerusform>%n Attribute geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modified</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>A secret: right-click and choose Reveal Value to see it</source>
        <translation>Ein Geheimnis: zum Ansehen rechts klicken und „Wert aufdecken“ wählen</translation>
    </message>
    <message>
        <source>A secret, revealed</source>
        <translation>Ein Geheimnis, aufgedeckt</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Alt → neu</translation>
    </message>
</context>
<context>
    <name>poddeck::DiffTree</name>
    <message numerus="yes">
        <source>(%n chunk(s) changed)</source>
        <translation>
            <numerusform>(%n Block geändert)</numerusform>
            <numerusform>(%n Blöcke geändert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Arranging the changes</source>
        <translation>Änderungen werden geordnet</translation>
    </message>
</context>
<context>
    <name>poddeck::DiffWidget</name>
    <message>
        <source>&amp;Reveal Value</source>
        <translation>Wert &amp;aufdecken</translation>
    </message>
    <message>
        <source>&amp;Hide Value</source>
        <translation>Wert &amp;verbergen</translation>
    </message>
    <message>
        <source>Reveal or hide the selected secret value</source>
        <translation>Den ausgewählten geheimen Wert aufdecken oder verbergen</translation>
    </message>
    <message>
        <source>Filter changed resources</source>
        <translation>Geänderte Ressourcen filtern</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>Die Änderungen filtern</translation>
    </message>
    <message>
        <source>Changed resources</source>
        <translation>Geänderte Ressourcen</translation>
    </message>
    <message>
        <source>the instance</source>
        <translation>die Instanz</translation>
    </message>
    <message numerus="yes">
        <source>+%n added</source>
        <translation>
            <numerusform>+%n hinzugefügt</numerusform>
            <numerusform>+%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n removed</source>
        <translation>
            <numerusform>−%n entfernt</numerusform>
            <numerusform>−%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%n modified</source>
        <translation>
            <numerusform>~%n geändert</numerusform>
            <numerusform>~%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Änderungen: %1 → %2</translation>
    </message>
    <message>
        <source>No differences: %1 and %2 hold the same resources.</source>
        <translation>Keine Unterschiede: %1 und %2 enthalten dieselben Ressourcen.</translation>
    </message>
</context>
<context>
    <name>poddeck::DiffWindow</name>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Compare &amp;Again</source>
        <translation>&amp;Erneut vergleichen</translation>
    </message>
    <message>
        <source>Read both sides again</source>
        <translation>Beide Seiten erneut lesen</translation>
    </message>
    <message>
        <source>the instance at %1</source>
        <translation>Instanz unter %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Compare %1 — PodDeck</source>
        <translation>Vergleich: %1 — PodDeck</translation>
    </message>
    <message>
        <source>Comparing %1</source>
        <translation>Vergleich: %1</translation>
    </message>
</context>
<context>
    <name>poddeck::DragExportCache</name>
    <message>
        <source>Preparing %1:%2 for dragging</source>
        <translation>%1:%2 wird zum Ziehen vorbereitet</translation>
    </message>
    <message>
        <source>Cannot make %1 private</source>
        <translation>%1 kann nicht privat gemacht werden</translation>
    </message>
</context>
<context>
    <name>poddeck::DriftButton</name>
    <message>
        <source>Changes since the instance head</source>
        <translation>Änderungen seit dem Head der Instanz</translation>
    </message>
    <message>
        <source>Checking changes…</source>
        <translation>Prüfe Änderungen…</translation>
    </message>
    <message>
        <source>Comparing the instance with its head</source>
        <translation>Vergleiche die Instanz mit ihrem Head</translation>
    </message>
    <message>
        <source>Changes: unknown</source>
        <translation>Änderungen: unbekannt</translation>
    </message>
    <message>
        <source>Could not compare the instance with its head: %1</source>
        <translation>Die Instanz konnte nicht mit ihrem Head verglichen werden: %1</translation>
    </message>
    <message>
        <source>✓ in sync with %1</source>
        <translation>✓ gleich %1</translation>
    </message>
    <message>
        <source>The instance holds exactly %1 (SQS messages are not compared). Click to compare.</source>
        <translation>Die Instanz enthält genau %1 (SQS-Nachrichten werden nicht verglichen). Klicken zum Vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>%n Änderung seit %1</numerusform>
            <numerusform>%n Änderungen seit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 modified since %4 (SQS messages are not compared). Click to see them.</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert seit %4 (SQS-Nachrichten werden nicht verglichen). Klicken zum Anzeigen.</translation>
    </message>
    <message>
        <source>Changes since %1: unknown</source>
        <translation>Änderungen seit %1: unbekannt</translation>
    </message>
    <message>
        <source>Not checked automatically: %1. Click to check now.</source>
        <translation>Nicht automatisch geprüft: %1. Klicken zum Prüfen.</translation>
    </message>
    <message>
        <source>the last check took %1 s</source>
        <translation>die letzte Prüfung dauerte %1 s</translation>
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
    <message>
        <source>Commit This Instance…</source>
        <translation>Diese Instanz committen…</translation>
    </message>
    <message>
        <source>Commit the running instance into a new pod</source>
        <translation>Die laufende Instanz in einen neuen Pod committen</translation>
    </message>
    <message>
        <source>Start a Local moto_server</source>
        <translation>Lokalen moto_server starten</translation>
    </message>
    <message>
        <source>Start a local moto_server to build state in</source>
        <translation>Einen lokalen moto_server starten, um darin Zustand aufzubauen</translation>
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
    <message>
        <source>Resolve them in the merge editor</source>
        <translation>Im Merge-Editor auflösen</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): resolve them in the merge editor.</source>
        <translation>
            <numerusform>%n Konflikt: Lösen Sie ihn im Merge-Editor auf.</numerusform>
            <numerusform>%n Konflikte: Lösen Sie sie im Merge-Editor auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review Conflicts…</source>
        <translation>Konflikte &amp;auflösen…</translation>
    </message>
    <message>
        <source>Cannot be restored</source>
        <translation>Nicht wiederherstellbar</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot restore</source>
        <translation>nicht wiederherstellbar</translation>
    </message>
    <message>
        <source>keep deleted</source>
        <translation>bleibt gelöscht</translation>
    </message>
    <message>
        <source>The instance head and the version hold it, the instance does not: the head says it was deleted on the instance, so the merge keeps it deleted</source>
        <translation>Head und Version enthalten sie, die Instanz nicht: Laut Head wurde sie auf der Instanz gelöscht, also bleibt sie beim Zusammenführen gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (the counts above include them)</source>
        <translation>
            <numerusform>… und %n weitere (in den Zahlen oben enthalten)</numerusform>
            <numerusform>… und %n weitere (in den Zahlen oben enthalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n kept deleted</source>
        <translation>
            <numerusform>, %n bleibt gelöscht</numerusform>
            <numerusform>, %n bleiben gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) cannot be restored: the inject will offer to skip them.</source>
        <translation>
            <numerusform>%n Ressource kann nicht wiederhergestellt werden: Beim Einspielen wird angeboten, sie zu überspringen.</numerusform>
            <numerusform>%n Ressourcen können nicht wiederhergestellt werden: Beim Einspielen wird angeboten, sie zu überspringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>set to %1</source>
        <translation>wird %1</translation>
    </message>
    <message>
        <source>removed (was %1)</source>
        <translation>entfernt (war %1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 of data</source>
        <translation>%1 Daten</translation>
    </message>
    <message>
        <source>%1 (attachment)</source>
        <translation>%1 (Anhang)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
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
    <name>poddeck::InjectOutcomeDialog</name>
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
        <source>Cannot inject %1</source>
        <translation>%1 kann nicht eingespielt werden</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) of %1 cannot be restored into this instance, so nothing was changed. Inject the Rest applies everything else and skips these (and %2 that depend on them).</source>
        <translation>
            <numerusform>%n Ressource von %1 kann in dieser Instanz nicht wiederhergestellt werden, daher wurde nichts geändert. „Den Rest einspielen“ wendet alles andere an und überspringt diese (und %2, die davon abhängen).</numerusform>
            <numerusform>%n Ressourcen von %1 können in dieser Instanz nicht wiederhergestellt werden, daher wurde nichts geändert. „Den Rest einspielen“ wendet alles andere an und überspringt diese (und %2, die davon abhängen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Inject the &amp;Rest</source>
        <translation>Den &amp;Rest einspielen</translation>
    </message>
    <message>
        <source>Inject the rest, skipping what cannot be restored</source>
        <translation>Den Rest einspielen und überspringen, was nicht wiederhergestellt werden kann</translation>
    </message>
    <message>
        <source>Inject of %1 failed part-way</source>
        <translation>Einspielen von %1 ist mittendrin gescheitert</translation>
    </message>
    <message>
        <source>%1 of %2 changes were applied before the inject stopped; the instance is marked modified, since it now holds neither its old state nor %3.</source>
        <translation>%1 von %2 Änderungen wurden angewendet, bevor das Einspielen abbrach; die Instanz ist als geändert markiert, da sie jetzt weder ihren alten Zustand noch %3 enthält.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Applied (%1)</source>
        <translation>Angewendet (%1)</translation>
    </message>
    <message>
        <source>Not applied (%1)</source>
        <translation>Nicht angewendet (%1)</translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation>%1 — fehlgeschlagen</translation>
    </message>
    <message>
        <source>To go back to what the instance held before, inject %1:%2 with Overwrite (%3). To keep what it holds now, commit it.</source>
        <translation>Um zum vorherigen Zustand der Instanz zurückzukehren, %1:%2 mit „Überschreiben“ einspielen (%3). Um den jetzigen Zustand zu behalten, committen Sie ihn.</translation>
    </message>
    <message>
        <source>Fix the cause and inject %1 again with Overwrite to start from a known state, or commit the instance to keep what it holds now.</source>
        <translation>Beheben Sie die Ursache und spielen Sie %1 erneut mit „Überschreiben“ ein, um von einem bekannten Zustand zu starten, oder committen Sie die Instanz, um den jetzigen Zustand zu behalten.</translation>
    </message>
    <message>
        <source>What to do next: %1</source>
        <translation>Wie es weitergeht: %1</translation>
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
    <message>
        <source>Head: modified (%1)</source>
        <translation>Head: geändert (%1)</translation>
    </message>
    <message>
        <source>Head: %1:%2 (no longer applies)</source>
        <translation>Head: %1:%2 (gilt nicht mehr)</translation>
    </message>
</context>
<context>
    <name>poddeck::InstanceOperations</name>
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
        <source>Not captured: %1 — PodDeck cannot read these services yet</source>
        <translation>Nicht erfasst: %1 — diese Dienste kann PodDeck noch nicht lesen</translation>
    </message>
    <message>
        <source>Lambda Code Missing</source>
        <translation>Lambda-Code fehlt</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2 holds %n Lambda function(s) or layer(s) without code, so they cannot be restored from it:</source>
        <translation>
            <numerusform>%1:%2 enthält %n Lambda-Funktion oder -Ebene ohne Code, die daraus nicht wiederhergestellt werden kann:</numerusform>
            <numerusform>%1:%2 enthält %n Lambda-Funktionen oder -Ebenen ohne Code, die daraus nicht wiederhergestellt werden können:</numerusform>
        </translation>
    </message>
    <message>
        <source>This emulator cannot give Lambda code back. Select each one (marked with a warning in Contents) and choose Attach Code… from its context menu, or start moto from PodDeck (&quot;Start a local moto_server&quot;), which serves the code, and commit again.</source>
        <translation>Dieser Emulator kann Lambda-Code nicht zurückgeben. Wählen Sie jede (im Inhalt mit einer Warnung markiert) und wählen Sie „Code anhängen…“ im Kontextmenü, oder starten Sie moto aus PodDeck („Lokalen moto_server starten“), das den Code liefert, und committen Sie erneut.</translation>
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
    <message numerus="yes">
        <source>%1: nothing was changed, %n resource(s) cannot be restored</source>
        <translation>
            <numerusform>%1: nichts wurde geändert, %n Ressource kann nicht wiederhergestellt werden</numerusform>
            <numerusform>%1: nichts wurde geändert, %n Ressourcen können nicht wiederhergestellt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Injected %1 (%2)</source>
        <translation>%1 eingespielt (%2)</translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n resource(s) that cannot be restored</source>
        <translation>
            <numerusform>; %n nicht wiederherstellbare Ressource übersprungen</numerusform>
            <numerusform>; %n nicht wiederherstellbare Ressourcen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>; the old state is saved as %1:%2</source>
        <translation>; der alte Zustand ist als %1:%2 gesichert</translation>
    </message>
    <message>
        <source>Reset of %1</source>
        <translation>Zurücksetzen von %1</translation>
    </message>
    <message>
        <source>Reset of %1 in %2</source>
        <translation>Zurücksetzen von %1 in %2</translation>
    </message>
    <message>
        <source>Resetting %1</source>
        <translation>%1 wird zurückgesetzt</translation>
    </message>
    <message>
        <source>Resetting %1 in %2</source>
        <translation>Zurücksetzen von %1 in %2 läuft</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurückgesetzt</translation>
    </message>
    <message>
        <source>Reset %1 in %2</source>
        <translation>%1 in %2 zurückgesetzt</translation>
    </message>
    <message>
        <source>; the old state is saved as %1:%2 (inject it to get it back)</source>
        <translation>; der alte Zustand ist als %1:%2 gesichert (spielen Sie ihn ein, um ihn zurückzubekommen)</translation>
    </message>
    <message>
        <source>Deep merge of %1</source>
        <translation>Tiefes Zusammenführen von %1</translation>
    </message>
    <message>
        <source>Reading %1 to deep-merge %2</source>
        <translation>%1 wird für das tiefe Zusammenführen von %2 gelesen</translation>
    </message>
    <message>
        <source>Deep-merging %1 into %2</source>
        <translation>Tiefes Zusammenführen von %1 in %2</translation>
    </message>
    <message>
        <source>%1: the instance already holds it</source>
        <translation>%1: die Instanz enthält diese Version bereits</translation>
    </message>
    <message>
        <source>Deep-merged without conflicts: recorded %1:%2</source>
        <translation>Ohne Konflikte tief zusammengeführt: %1:%2 festgehalten</translation>
    </message>
</context>
<context>
    <name>poddeck::JobDetailsDialog</name>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>“%1” failed after %2 (%3):</source>
        <translation>„%1“ ist nach %2 fehlgeschlagen (%3):</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>poddeck::JobListModel</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>bricht ab</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
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
    <message>
        <source>Jobs</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Show or hide the jobs of this session</source>
        <translation>Die Vorgänge dieser Sitzung zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Click to show the jobs of this session</source>
        <translation>Klicken, um die Vorgänge dieser Sitzung zu zeigen</translation>
    </message>
</context>
<context>
    <name>poddeck::JobsPanel</name>
    <message>
        <source>Jobs</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Vorgänge</translation>
    </message>
    <message>
        <source>Show or hide the jobs of this session</source>
        <translation>Die Vorgänge dieser Sitzung zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the jobs of this session (%1)</source>
        <translation>Die Vorgänge dieser Sitzung zeigen oder ausblenden (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Beendete &amp;entfernen</translation>
    </message>
    <message>
        <source>Clear finished jobs</source>
        <translation>Beendete Vorgänge entfernen</translation>
    </message>
    <message>
        <source>Remove the finished jobs from the list</source>
        <translation>Die beendeten Vorgänge aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Jobs of this session</source>
        <translation>Vorgänge dieser Sitzung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>Ask this job to stop</source>
        <translation>Diesen Vorgang zum Anhalten auffordern</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Details of the error of %1</source>
        <translation>Einzelheiten zum Fehler von %1</translation>
    </message>
    <message>
        <source>Show the whole error message</source>
        <translation>Die ganze Fehlermeldung zeigen</translation>
    </message>
    <message>
        <source>No jobs yet in this session.</source>
        <translation>Noch keine Vorgänge in dieser Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n beendet</numerusform>
            <numerusform>%n beendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>poddeck::MainWindow</name>
    <message>
        <source>PodDeck — %1</source>
        <translation>PodDeck — %1</translation>
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
    <message>
        <source>No pods yet. The instance at %1 answers: commit its state as your first pod, drop a .pod file or LocalStack state zip here, or run `poddeck-cli commit POD --from-dir DIR`.</source>
        <translation>Noch keine Pods. Die Instanz unter %1 antwortet: Committen Sie ihren Zustand als ersten Pod, ziehen Sie eine .pod-Datei oder ein LocalStack-Zustands-ZIP hierher, oder führen Sie `poddeck-cli commit POD --from-dir DIR` aus.</translation>
    </message>
    <message>
        <source>No pods yet, and nothing answers at %1. Start a local moto_server to build state in, drop a .pod file or LocalStack state zip here, or run `poddeck-cli commit POD --from-dir DIR`.</source>
        <translation>Noch keine Pods, und unter %1 antwortet nichts. Starten Sie einen lokalen moto_server, um darin Zustand aufzubauen, ziehen Sie eine .pod-Datei oder ein LocalStack-Zustands-Zip hierher, oder führen Sie `poddeck-cli commit POD --from-dir DIR` aus.</translation>
    </message>
</context>
<context>
    <name>poddeck::MainWindowActions</name>
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
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen in…</translation>
    </message>
    <message>
        <source>Merge the selected version into another version of its pod</source>
        <translation>Die ausgewählte Version in eine andere Version ihres Pods zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Reset Instance…</source>
        <translation>Instanz &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Delete the resources of all or some services in the instance</source>
        <translation>Die Ressourcen aller oder einzelner Dienste der Instanz löschen</translation>
    </message>
    <message>
        <source>Chec&amp;k Instance</source>
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
        <source>Vie&amp;w</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
</context>
<context>
    <name>poddeck::MergeAttributeTable</name>
    <message>
        <source>Changed attributes of the resource</source>
        <translation>Geänderte Attribute der Ressource</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Ours (instance)</source>
        <translation>Unsere (Instanz)</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Unsere</translation>
    </message>
    <message>
        <source>Theirs (version)</source>
        <translation>Deren (Version)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deren</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>ungelöst</translation>
    </message>
    <message>
        <source>(whole resource: %1)</source>
        <translation>(ganze Ressource: %1)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Changed differently on both sides</source>
        <translation>Auf beiden Seiten unterschiedlich geändert</translation>
    </message>
    <message>
        <source>Added differently on both sides</source>
        <translation>Auf beiden Seiten unterschiedlich hinzugefügt</translation>
    </message>
    <message>
        <source>Changed in ours, removed in theirs</source>
        <translation>Auf unserer Seite geändert, auf deren Seite entfernt</translation>
    </message>
    <message>
        <source>Removed in ours, changed in theirs</source>
        <translation>Auf unserer Seite entfernt, auf deren Seite geändert</translation>
    </message>
</context>
<context>
    <name>poddeck::MergeDocumentLoader</name>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
</context>
<context>
    <name>poddeck::MergeEditorWindow</name>
    <message>
        <source>Deep Merge of %1 into the Instance — PodDeck</source>
        <translation>Tiefes Zusammenführen von %1 in die Instanz — PodDeck</translation>
    </message>
    <message>
        <source>Merge %1 into %2 — PodDeck</source>
        <translation>%1 in %2 zusammenführen — PodDeck</translation>
    </message>
    <message>
        <source>the instance</source>
        <translation>der Instanz</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>unserer Seite</translation>
    </message>
    <message>
        <source>the version</source>
        <translation>der Version</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>deren Seite</translation>
    </message>
    <message>
        <source>&amp;Previous Conflict</source>
        <translation>&amp;Vorheriger Konflikt</translation>
    </message>
    <message>
        <source>Go to the previous unsolved conflict</source>
        <translation>Zum vorherigen ungelösten Konflikt gehen</translation>
    </message>
    <message>
        <source>&amp;Next Conflict</source>
        <translation>&amp;Nächster Konflikt</translation>
    </message>
    <message>
        <source>Go to the next unsolved conflict</source>
        <translation>Zum nächsten ungelösten Konflikt gehen</translation>
    </message>
    <message>
        <source>&amp;Auto-Solve</source>
        <translation>Automatisch &amp;lösen</translation>
    </message>
    <message>
        <source>Resolve what a rule can: lists both sides changed merge as sets</source>
        <translation>Lösen, was eine Regel lösen kann: Listen, die beide Seiten geändert haben, werden als Mengen zusammengeführt</translation>
    </message>
    <message>
        <source>Take &amp;Base</source>
        <translation>&amp;Basis übernehmen</translation>
    </message>
    <message>
        <source>Take the base for the selected attribute or resource</source>
        <translation>Die Basis für das ausgewählte Attribut bzw. die ausgewählte Ressource übernehmen</translation>
    </message>
    <message>
        <source>Take &amp;Ours</source>
        <translation>&amp;Unsere übernehmen</translation>
    </message>
    <message>
        <source>Take %1 for the selected attribute or resource</source>
        <translation>Den Stand von %1 für das ausgewählte Attribut bzw. die ausgewählte Ressource übernehmen</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Deren übernehmen</translation>
    </message>
    <message>
        <source>&amp;Edit Value…</source>
        <translation>&amp;Wert bearbeiten…</translation>
    </message>
    <message>
        <source>Write the merged value of the selected attribute or resource</source>
        <translation>Den zusammengeführten Wert des ausgewählten Attributs bzw. der ausgewählten Ressource schreiben</translation>
    </message>
    <message>
        <source>Reveal or hide the selected secret value</source>
        <translation>Den ausgewählten geheimen Wert aufdecken oder verbergen</translation>
    </message>
    <message>
        <source>&amp;Record Merge</source>
        <translation>Zusammenführung &amp;festhalten</translation>
    </message>
    <message>
        <source>Apply the merge to the instance and record it</source>
        <translation>Die Zusammenführung auf die Instanz anwenden und festhalten</translation>
    </message>
    <message>
        <source>Record the merge as a version with two parents</source>
        <translation>Die Zusammenführung als Version mit zwei Eltern festhalten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Close the merge editor without merging</source>
        <translation>Den Merge-Editor schließen, ohne zusammenzuführen</translation>
    </message>
    <message>
        <source>&amp;Hide Value</source>
        <translation>Wert verber&amp;gen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>the instance head %1</source>
        <translation>Head der Instanz (%1)</translation>
    </message>
    <message>
        <source>none (the instance has no head version)</source>
        <translation>keine (die Instanz hat keine Head-Version)</translation>
    </message>
    <message>
        <source>Merging %1 (theirs) into the instance at %2 (ours). Base: %3.</source>
        <translation>%1 (deren Seite) wird in die Instanz unter %2 (unsere Seite) zusammengeführt. Basis: %3.</translation>
    </message>
    <message>
        <source>none (the versions share no ancestor)</source>
        <translation>keine (die Versionen haben keinen gemeinsamen Vorfahren)</translation>
    </message>
    <message>
        <source>Merging %1 (theirs) into %2 (ours). Base: %3.</source>
        <translation>%1 (deren Seite) wird in %2 (unsere Seite) zusammengeführt. Basis: %3.</translation>
    </message>
    <message>
        <source>Changed resources</source>
        <translation>Geänderte Ressourcen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Nach&amp;richt:</translation>
    </message>
    <message>
        <source>Deep merge of %1 into the instance</source>
        <translation>Tiefes Zusammenführen von %1 in die Instanz</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 in %2 zusammenführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Base — head %1</source>
        <translation>Basis — Head %1</translation>
    </message>
    <message>
        <source>Base — none</source>
        <translation>Basis — keine</translation>
    </message>
    <message>
        <source>Base — %1</source>
        <translation>Basis — %1</translation>
    </message>
    <message>
        <source>Ours — the instance</source>
        <translation>Unsere — die Instanz</translation>
    </message>
    <message>
        <source>Ours — %1</source>
        <translation>Unsere — %1</translation>
    </message>
    <message>
        <source>Theirs — %1</source>
        <translation>Deren — %1</translation>
    </message>
    <message>
        <source>No unsolved conflicts left.</source>
        <translation>Keine ungelösten Konflikte mehr.</translation>
    </message>
    <message>
        <source>Select a resource.</source>
        <translation>Wählen Sie eine Ressource.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>(cannot be read: %1)</source>
        <translation>(nicht lesbar: %1)</translation>
    </message>
    <message>
        <source>(absent: not in the base)</source>
        <translation>(fehlt: nicht in der Basis)</translation>
    </message>
    <message>
        <source>(absent: ours does not hold it)</source>
        <translation>(fehlt: nicht auf unserer Seite)</translation>
    </message>
    <message>
        <source>(absent: theirs does not hold it)</source>
        <translation>(fehlt: nicht auf deren Seite)</translation>
    </message>
    <message>
        <source>(absent: the result deletes it)</source>
        <translation>(fehlt: das Ergebnis löscht sie)</translation>
    </message>
    <message>
        <source>(unresolved: take a side or edit the resource)</source>
        <translation>(ungelöst: Seite übernehmen oder Ressource bearbeiten)</translation>
    </message>
    <message>
        <source>Result — %1</source>
        <translation>Ergebnis — %1</translation>
    </message>
    <message numerus="yes">
        <source>No conflicts: %n changed resource(s) merge cleanly.</source>
        <translation>
            <numerusform>Keine Konflikte: %n geänderte Ressource lässt sich sauber zusammenführen.</numerusform>
            <numerusform>Keine Konflikte: %n geänderte Ressourcen lassen sich sauber zusammenführen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conflict(s) unresolved</source>
        <translation>
            <numerusform>%1 von %n Konflikt ungelöst</numerusform>
            <numerusform>%1 von %n Konflikten ungelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n conflict(s) resolved</source>
        <translation>
            <numerusform>%n Konflikt gelöst</numerusform>
            <numerusform>Alle %n Konflikte gelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>Only conflicting attributes are chosen one by one; select the resource to take a side for all of it.</source>
        <translation>Nur Attribute mit Konflikt werden einzeln gewählt; wählen Sie die Ressource aus, um eine Seite für die ganze Ressource zu übernehmen.</translation>
    </message>
    <message numerus="yes">
        <source>Auto-solve resolved %n conflict(s).</source>
        <translation>
            <numerusform>Automatisches Lösen hat %n Konflikt gelöst.</numerusform>
            <numerusform>Automatisches Lösen hat %n Konflikte gelöst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-solve found nothing it can resolve: choose by hand.</source>
        <translation>Automatisches Lösen fand nichts, was es lösen kann: Wählen Sie von Hand.</translation>
    </message>
    <message>
        <source>Only conflicting document attributes can be edited; for attachments take a side.</source>
        <translation>Nur Dokumentattribute mit Konflikt lassen sich bearbeiten; übernehmen Sie für Anhänge eine Seite.</translation>
    </message>
    <message>
        <source>This value is secret: choose Reveal Value (%1) on it first to edit it.</source>
        <translation>Dieser Wert ist geheim: Wählen Sie zuerst „Wert aufdecken“ (%1) darauf, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Recording the merge…</source>
        <translation>Zusammenführung wird festgehalten…</translation>
    </message>
    <message>
        <source>Recording the merge of %1 into %2</source>
        <translation>Zusammenführung von %1 in %2 wird festgehalten</translation>
    </message>
    <message>
        <source>Recording the merge failed: %1</source>
        <translation>Festhalten der Zusammenführung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Recorded the merge as %1</source>
        <translation>Zusammenführung als %1 festgehalten</translation>
    </message>
    <message>
        <source>Applying the merge to the instance…</source>
        <translation>Zusammenführung wird auf die Instanz angewandt…</translation>
    </message>
    <message>
        <source>Deep-merging %1 into %2</source>
        <translation>Tiefes Zusammenführen von %1 in %2</translation>
    </message>
    <message>
        <source>Applying the merge failed: %1. The instance may hold part of the merge; check it before you try again.</source>
        <translation>Anwenden der Zusammenführung fehlgeschlagen: %1. Die Instanz enthält womöglich einen Teil der Zusammenführung; prüfen Sie sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Merged %1 into the instance and recorded %2</source>
        <translation>%1 in die Instanz zusammengeführt und %2 festgehalten</translation>
    </message>
    <message>
        <source>Merged %1 into the instance</source>
        <translation>%1 in die Instanz zusammengeführt</translation>
    </message>
    <message>
        <source>Wait until the merge is applied.</source>
        <translation>Warten Sie, bis die Zusammenführung angewandt ist.</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>keine (%1)</translation>
    </message>
    <message>
        <source>%1: this is a two-way merge, and everything both sides hold differently is a conflict.</source>
        <translation>%1: Dies ist ein Zwei-Wege-Zusammenführen; alles, was beide Seiten unterschiedlich enthalten, ist ein Konflikt.</translation>
    </message>
    <message>
        <source>The instance has no head version</source>
        <translation>Die Instanz hat keine Head-Version</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) stay deleted because the instance head says they were deleted on the instance: %1</source>
        <translation>
            <numerusform>%n Ressource bleibt gelöscht, weil sie laut Head der Instanz dort gelöscht wurde: %1</numerusform>
            <numerusform>%n Ressourcen bleiben gelöscht, weil sie laut Head der Instanz dort gelöscht wurden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source> …</source>
        <translation> …</translation>
    </message>
    <message>
        <source>Re&amp;veal Value</source>
        <translation>Wert aufde&amp;cken</translation>
    </message>
    <message>
        <source>Apply to the &amp;Instance</source>
        <translation>Auf die &amp;Instanz anwenden</translation>
    </message>
    <message>
        <source>Chan&amp;ged attributes:</source>
        <translation>Geänderte A&amp;ttribute:</translation>
    </message>
</context>
<context>
    <name>poddeck::MergeTargetDialog</name>
    <message>
        <source>Merge %1:%2</source>
        <translation>%1:%2 zusammenführen</translation>
    </message>
    <message>
        <source>Merge version %1:%2 (“%3”) into:</source>
        <translation>Version %1:%2 („%3“) zusammenführen in:</translation>
    </message>
    <message>
        <source>Version to merge into</source>
        <translation>Zielversion der Zusammenführung</translation>
    </message>
    <message>
        <source>%1:%2 — %3 (branch head)</source>
        <translation>%1:%2 — %3 (Zweig-Head)</translation>
    </message>
    <message>
        <source>%1:%2 — %3</source>
        <translation>%1:%2 — %3</translation>
    </message>
    <message>
        <source>The merge editor opens when both sides changed something differently; otherwise the merge is recorded right away as a version with two parents.</source>
        <translation>Der Merge-Editor öffnet sich, wenn beide Seiten etwas unterschiedlich geändert haben; sonst wird die Zusammenführung sofort als Version mit zwei Eltern festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
</context>
<context>
    <name>poddeck::MergeTreeModel</name>
    <message>
        <source>deleted in ours, while theirs changed what it holds</source>
        <translation>unsere: gelöscht, deren: Inhalt geändert</translation>
    </message>
    <message>
        <source>deleted in theirs, while ours changed what it holds</source>
        <translation>deren: gelöscht, unsere: Inhalt geändert</translation>
    </message>
    <message>
        <source>changed in theirs, but ours deleted what holds it</source>
        <translation>deren: geändert, unsere: übergeordnetes Element gelöscht</translation>
    </message>
    <message>
        <source>changed in ours, but theirs deleted what holds it</source>
        <translation>unsere: geändert, deren: übergeordnetes Element gelöscht</translation>
    </message>
    <message>
        <source>changed in ours, deleted in theirs</source>
        <translation>unsere: geändert, deren: gelöscht</translation>
    </message>
    <message>
        <source>deleted in ours, changed in theirs</source>
        <translation>unsere: gelöscht, deren: geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 in ours</source>
        <translation>unsere: %1</translation>
    </message>
    <message>
        <source>%1 in theirs</source>
        <translation>deren: %1</translation>
    </message>
    <message>
        <source>added on both sides</source>
        <translation>beidseitig hinzugefügt</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>beidseitig geändert</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>ungelöst</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>unsere</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>deren</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved</source>
        <translation>
            <numerusform>%n ungelöst</numerusform>
            <numerusform>%n ungelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged, %n unresolved</source>
        <translation>
            <numerusform>zusammengeführt, %n ungelöst</numerusform>
            <numerusform>zusammengeführt, %n ungelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved conflict(s)</source>
        <translation>
            <numerusform>%n ungelöster Konflikt</numerusform>
            <numerusform>%n ungelöste Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts resolved</source>
        <translation>Konflikte gelöst</translation>
    </message>
    <message>
        <source>unresolved conflict</source>
        <translation>ungelöster Konflikt</translation>
    </message>
    <message>
        <source>resolved conflict</source>
        <translation>gelöster Konflikt</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>poddeck::MergeValueDialog</name>
    <message>
        <source>Edit Value</source>
        <translation>Wert bearbeiten</translation>
    </message>
    <message>
        <source>Edit Resource</source>
        <translation>Ressource bearbeiten</translation>
    </message>
    <message>
        <source>The merged value of %1, as JSON:</source>
        <translation>Der zusammengeführte Wert von %1, als JSON:</translation>
    </message>
    <message>
        <source>The merged document of %1, as JSON:</source>
        <translation>Das zusammengeführte Dokument von %1, als JSON:</translation>
    </message>
    <message>
        <source>Value as JSON</source>
        <translation>Wert als JSON</translation>
    </message>
    <message>
        <source>&amp;Remove the key from the result</source>
        <translation>Den Schlüssel aus dem Ergebnis &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Delete the resource in the result</source>
        <translation>Die Ressource im Ergebnis &amp;löschen</translation>
    </message>
    <message>
        <source>Enter a JSON object, e.g. {&quot;Name&quot;: &quot;orders&quot;}.</source>
        <translation>Geben Sie ein JSON-Objekt ein, z. B. {&quot;Name&quot;: &quot;orders&quot;}.</translation>
    </message>
    <message>
        <source>Enter a JSON value, e.g. &quot;text&quot;, 42, true or [1, 2].</source>
        <translation>Geben Sie einen JSON-Wert ein, z. B. &quot;Text&quot;, 42, true oder [1, 2].</translation>
    </message>
</context>
<context>
    <name>poddeck::MotoLauncher</name>
    <message>
        <source>The local moto_server stopped (exit code %1).</source>
        <translation>Der lokale moto_server wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>Could not start moto_server: %1</source>
        <translation>moto_server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The local moto_server stopped (exit code %1): %2</source>
        <translation>Der lokale moto_server wurde beendet (Exit-Code %1): %2</translation>
    </message>
</context>
<context>
    <name>poddeck::Operations</name>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>poddeck::PodDescriptionText</name>
    <message>
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>%1

No description yet (Version &gt; Properties describes the pod)</source>
        <translation>%1

Noch keine Beschreibung (Version &gt; Eigenschaften beschreibt den Pod)</translation>
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
    <message>
        <source>Not pushed to or pulled from any remote yet</source>
        <translation>Noch auf kein Remote gepusht und von keinem gepullt</translation>
    </message>
    <message>
        <source>%1: the remote has versions this home has not seen — pull</source>
        <translation>%1: Das Remote hat Versionen, die dieses Home noch nicht kennt — pullen</translation>
    </message>
    <message>
        <source>%1: diverged — %2 to push, %3 to pull; pull and merge, then push</source>
        <translation>%1: divergiert — %2 zu pushen, %3 zu pullen; pullen und zusammenführen, dann pushen</translation>
    </message>
    <message numerus="yes">
        <source>%1: ahead — %n version(s) to push</source>
        <translation>
            <numerusform>%1: voraus — %n Version zu pushen</numerusform>
            <numerusform>%1: voraus — %n Versionen zu pushen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: behind — %n version(s) to pull</source>
        <translation>
            <numerusform>%1: hinterher — %n Version zu pullen</numerusform>
            <numerusform>%1: hinterher — %n Versionen zu pullen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: in sync</source>
        <translation>%1: synchron</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
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
    <name>poddeck::PodQueries</name>
    <message>
        <source>Reading the catalogue</source>
        <translation>Katalog wird gelesen</translation>
    </message>
    <message>
        <source>Reading pod %1</source>
        <translation>Pod %1 wird gelesen</translation>
    </message>
    <message>
        <source>Reading versions of %1</source>
        <translation>Versionen von %1 werden gelesen</translation>
    </message>
    <message>
        <source>Describing pod %1</source>
        <translation>Pod %1 wird beschrieben</translation>
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
    <message>
        <source>Measuring where the space goes…</source>
        <translation>Der Platzbedarf wird gemessen…</translation>
    </message>
    <message>
        <source>Where the space goes</source>
        <translation>Wofür der Platz gebraucht wird</translation>
    </message>
    <message>
        <source>Stored bytes per service</source>
        <translation>Gespeicherte Bytes je Dienst</translation>
    </message>
    <message>
        <source>New bytes per version</source>
        <translation>Neue Bytes je Version</translation>
    </message>
    <message>
        <source>By &amp;Service</source>
        <translation>Nach &amp;Dienst</translation>
    </message>
    <message>
        <source>New Bytes per &amp;Version</source>
        <translation>Neue Bytes je &amp;Version</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s), %1 uncompressed</source>
        <translation>
            <numerusform>%n Ressource, %1 unkomprimiert</numerusform>
            <numerusform>%n Ressourcen, %1 unkomprimiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (this version)</source>
        <translation>%1 (diese Version)</translation>
    </message>
    <message numerus="yes">
        <source>This version stores %1 in %n service(s).</source>
        <translation>
            <numerusform>Diese Version speichert %1 in %n Dienst.</numerusform>
            <numerusform>Diese Version speichert %1 in %n Diensten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole pod stores %1 in %n version(s).</source>
        <translation>
            <numerusform>Der ganze Pod speichert %1 in %n Version.</numerusform>
            <numerusform>Der ganze Pod speichert %1 in %n Versionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not measure the space: %1</source>
        <translation>Der Platzbedarf konnte nicht gemessen werden: %1</translation>
    </message>
    <message>
        <source>Save &amp;Description</source>
        <translation>Beschreibung &amp;speichern</translation>
    </message>
    <message>
        <source>About pod %1</source>
        <translation>Über Pod %1</translation>
    </message>
    <message>
        <source>Pod description</source>
        <translation>Pod-Beschreibung</translation>
    </message>
    <message>
        <source>What this pod holds and what it is for</source>
        <translation>Was dieser Pod enthält und wofür er da ist</translation>
    </message>
    <message>
        <source>Pod labels</source>
        <translation>Pod-Labels</translation>
    </message>
    <message>
        <source>Labels, separated by spaces or commas: demo team-a</source>
        <translation>Labels, durch Leerzeichen oder Kommas getrennt: demo team-a</translation>
    </message>
    <message>
        <source>Reading the pod&apos;s description…</source>
        <translation>Die Beschreibung des Pods wird gelesen…</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Could not read the pod&apos;s description: %1</source>
        <translation>Die Beschreibung des Pods konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Saved. Push the pod to share its description.</source>
        <translation>Gespeichert. Pushen Sie den Pod, um seine Beschreibung zu teilen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>poddeck::RemoteAddDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Choose a Folder for the Remote</source>
        <translation>Ordner für das Remote wählen</translation>
    </message>
    <message>
        <source>Enter a name and a URL (s3://bucket/prefix or file:///path).</source>
        <translation>Geben Sie einen Namen und eine URL ein (s3://Bucket/Präfix oder file:///Pfad).</translation>
    </message>
    <message>
        <source>Enter both the access key ID and its secret, or neither to use the AWS environment or profile.</source>
        <translation>Geben Sie Zugriffsschlüssel-ID und geheimen Zugriffsschlüssel beide ein, oder keines von beiden, um die AWS-Umgebung oder das Profil zu nutzen.</translation>
    </message>
    <message>
        <source>Enter a passphrase for the encryption, or turn encryption off.</source>
        <translation>Geben Sie eine Passphrase für die Verschlüsselung ein, oder schalten Sie die Verschlüsselung aus.</translation>
    </message>
    <message>
        <source>Adding remote &apos;%1&apos;…</source>
        <translation>Remote &apos;%1&apos; wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Adding remote %1</source>
        <translation>Remote %1 wird hinzugefügt</translation>
    </message>
    <message>
        <source>Could not add the remote: %1</source>
        <translation>Das Remote konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Add Remote</source>
        <translation>Remote hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>Remote name</source>
        <translation>Name des Remotes</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>s3://bucket/prefix?endpoint=URL&amp;region=R or file:///path</source>
        <translation>s3://Bucket/Präfix?endpoint=URL&amp;region=R oder file:///Pfad</translation>
    </message>
    <message>
        <source>Remote URL</source>
        <translation>URL des Remotes</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose a folder for a folder remote</source>
        <translation>Einen Ordner für ein Ordner-Remote wählen</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>s3://team-pods/poddeck — a bucket on AWS
s3://pods/team?endpoint=http://localhost:9000&amp;region=us-east-1 — MinIO, LocalStack, moto
file:///mnt/share/pods — a shared folder (or Choose Folder…)</source>
        <translation>s3://team-pods/poddeck — ein Bucket auf AWS
s3://pods/team?endpoint=http://localhost:9000&amp;region=us-east-1 — MinIO, LocalStack, moto
file:///mnt/share/pods — ein freigegebener Ordner (oder „Ordner wählen…“)</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>Zugriffsschlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>S3 only; empty: AWS environment or profile</source>
        <translation>Nur S3; leer: AWS-Umgebung oder -Profil</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Stored in the OS keychain, nowhere else</source>
        <translation>Nur im Schlüsselbund des Systems gespeichert, nirgends sonst</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Encrypt everything pushed (client-side)</source>
        <translation>Alles Gepushte &amp;verschlüsseln (clientseitig)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Teammates need the same passphrase</source>
        <translation>Ihr Team braucht dieselbe Passphrase</translation>
    </message>
    <message>
        <source>Encryption passphrase</source>
        <translation>Passphrase für die Verschlüsselung</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to this host (credentials and data are not encrypted in transit)</source>
        <translation>Unverschlüsseltes &amp;http zu diesem Host erlauben (Zugangsdaten und Daten werden unverschlüsselt übertragen)</translation>
    </message>
</context>
<context>
    <name>poddeck::RemoteBrowserDialog</name>
    <message>
        <source>No remote yet: add one under Remote &gt; Remotes…</source>
        <translation>Noch kein Remote: Fügen Sie eines unter Remote &gt; Remotes… hinzu</translation>
    </message>
    <message>
        <source>Listing the pods on %1…</source>
        <translation>Pods auf %1 werden aufgelistet…</translation>
    </message>
    <message>
        <source>Listing pods on %1</source>
        <translation>Pods auf %1 werden aufgelistet</translation>
    </message>
    <message>
        <source>Could not list the pods on %1: %2</source>
        <translation>Die Pods auf %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no pods yet.</source>
        <translation>%1 enthält noch keine Pods.</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) on %1.</source>
        <translation>
            <numerusform>%n Pod auf %1.</numerusform>
            <numerusform>%n Pods auf %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse Remote</source>
        <translation>Remote durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Remote:</source>
        <translation>&amp;Remote:</translation>
    </message>
    <message>
        <source>Remote to browse</source>
        <translation>Zu durchsuchendes Remote</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search pods by name, description or label</source>
        <translation>Pods nach Name, Beschreibung oder Label suchen</translation>
    </message>
    <message>
        <source>Name, description or label</source>
        <translation>Name, Beschreibung oder Label</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>List the remote&apos;s pods again</source>
        <translation>Die Pods des Remotes erneut auflisten</translation>
    </message>
    <message>
        <source>Pods on the remote</source>
        <translation>Pods auf dem Remote</translation>
    </message>
    <message>
        <source>Double-click a pod to clone it; drag it onto the instance bar to clone it and inject its newest version.</source>
        <translation>Doppelklicken Sie einen Pod, um ihn zu klonen; ziehen Sie ihn auf die Instanzleiste, um ihn zu klonen und seine neueste Version einzuspielen.</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Klonen</translation>
    </message>
    <message>
        <source>Clone the selected pod</source>
        <translation>Den ausgewählten Pod klonen</translation>
    </message>
</context>
<context>
    <name>poddeck::RemoteBrowserModel</name>
    <message>
        <source>%1 (here)</source>
        <translation>%1 (hier)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of %n version(s), created %2 by %3:
%4</source>
        <translation>
            <numerusform>Version %1 von %n Version, erstellt %2 von %3:
%4</numerusform>
            <numerusform>Version %1 von %n Versionen, erstellt %2 von %3:
%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Size of the newest version</source>
        <translation>Größe der neuesten Version</translation>
    </message>
    <message>
        <source>This home has the pod: cloning pulls its new versions instead</source>
        <translation>Dieses Home hat den Pod: Klonen pullt stattdessen seine neuen Versionen</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
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
        <source>Newest version</source>
        <translation>Neueste Version</translation>
    </message>
    <message>
        <source>Pushed by</source>
        <translation>Gepusht von</translation>
    </message>
</context>
<context>
    <name>poddeck::RemoteJobs</name>
    <message>
        <source>Reading remotes</source>
        <translation>Remotes werden gelesen</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <source>Listing pods on %1</source>
        <translation>Pods auf %1 werden aufgelistet</translation>
    </message>
    <message>
        <source>Reading sync states</source>
        <translation>Abgleichsstatus wird gelesen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>poddeck::RemoteListView</name>
    <message>
        <source>Remotes</source>
        <translation>Remotes</translation>
    </message>
</context>
<context>
    <name>poddeck::RemoteOperations</name>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Pushen</translation>
    </message>
    <message>
        <source>Push the current pod to a remote</source>
        <translation>Den aktuellen Pod auf ein Remote pushen</translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation>P&amp;ullen</translation>
    </message>
    <message>
        <source>Pull the current pod&apos;s new versions from a remote</source>
        <translation>Die neuen Versionen des aktuellen Pods von einem Remote pullen</translation>
    </message>
    <message>
        <source>&amp;Clone from Remote…</source>
        <translation>Von Remote &amp;klonen…</translation>
    </message>
    <message>
        <source>Copy a pod from a remote to this home</source>
        <translation>Einen Pod von einem Remote in dieses Home kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Share Link</source>
        <translation>&amp;Freigabelink kopieren</translation>
    </message>
    <message>
        <source>Upload the selected version and copy a link to it</source>
        <translation>Die ausgewählte Version hochladen und einen Link darauf kopieren</translation>
    </message>
    <message>
        <source>&amp;Remotes…</source>
        <translation>&amp;Remotes…</translation>
    </message>
    <message>
        <source>Add, remove and test remotes</source>
        <translation>Remotes hinzufügen, entfernen und testen</translation>
    </message>
    <message>
        <source>Paste &amp;Link</source>
        <translation>&amp;Link einfügen</translation>
    </message>
    <message>
        <source>Import the share link or .pod file on the clipboard</source>
        <translation>Den Freigabelink oder die .pod-Datei aus der Zwischenablage importieren</translation>
    </message>
    <message>
        <source>&amp;Remote</source>
        <translation>&amp;Remote</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading remotes</source>
        <translation>Remotes werden gelesen</translation>
    </message>
    <message>
        <source>Reading sync states</source>
        <translation>Abgleichsstatus wird gelesen</translation>
    </message>
    <message>
        <source>No remote yet: add an S3 bucket or a shared folder first</source>
        <translation>Noch kein Remote: Fügen Sie zuerst einen S3-Bucket oder einen freigegebenen Ordner hinzu</translation>
    </message>
    <message>
        <source>Push %1</source>
        <translation>%1 pushen</translation>
    </message>
    <message>
        <source>Push %1 to:</source>
        <translation>%1 pushen auf:</translation>
    </message>
    <message>
        <source>Push of %1 to %2</source>
        <translation>Push von %1 auf %2</translation>
    </message>
    <message>
        <source>Pushing %1 to %2</source>
        <translation>%1 wird auf %2 gepusht</translation>
    </message>
    <message>
        <source>Remote &apos;%1&apos; already has %2:%3; sent the pod&apos;s new description</source>
        <translation>Remote &apos;%1&apos; hat %2:%3 schon; die neue Beschreibung des Pods wurde gesendet</translation>
    </message>
    <message>
        <source>Remote &apos;%1&apos; already has %2:%3; nothing to push</source>
        <translation>Remote &apos;%1&apos; hat %2:%3 schon; nichts zu pushen</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %1:%2 to &apos;%3&apos;: %n new version(s), </source>
        <translation>
            <numerusform>%1:%2 auf &apos;%3&apos; gepusht: %n neue Version, </numerusform>
            <numerusform>%1:%2 auf &apos;%3&apos; gepusht: %n neue Versionen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) uploaded (%1)</source>
        <translation>
            <numerusform>%n Objekt hochgeladen (%1)</numerusform>
            <numerusform>%n Objekte hochgeladen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pull and Merge First</source>
        <translation>Erst pullen und zusammenführen</translation>
    </message>
    <message>
        <source>Someone pushed new versions of &apos;%1&apos; to &apos;%2&apos; since you last pulled, so your push would lose them. Nothing was changed on the remote.</source>
        <translation>Seit Ihrem letzten Pull hat jemand neue Versionen von &apos;%1&apos; auf &apos;%2&apos; gepusht; Ihr Push würde sie verlieren. Auf dem Remote wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Pull to get their versions (Remote &gt; Pull), inject theirs into your instance with the deep-merge strategy and resolve any conflicts, commit the result, then push again.</source>
        <translation>Pullen Sie, um die neuen Versionen zu holen (Remote &gt; Pullen), spielen Sie sie mit der Strategie „Tiefes Zusammenführen“ in Ihre Instanz ein und lösen Sie etwaige Konflikte, committen Sie das Ergebnis und pushen Sie dann erneut.</translation>
    </message>
    <message>
        <source>&amp;Pull Now</source>
        <translation>Jetzt &amp;pullen</translation>
    </message>
    <message>
        <source>Pull %1</source>
        <translation>%1 pullen</translation>
    </message>
    <message>
        <source>Pull %1 from:</source>
        <translation>%1 pullen von:</translation>
    </message>
    <message>
        <source>Pull of %1 from %2</source>
        <translation>Pull von %1 aus %2</translation>
    </message>
    <message>
        <source>Pulling %1 from %2</source>
        <translation>%1 wird aus %2 gepullt</translation>
    </message>
    <message>
        <source>Pod &apos;%1&apos; is up to date with &apos;%2&apos;; its description changed there and was taken</source>
        <translation>Pod &apos;%1&apos; ist auf dem Stand von &apos;%2&apos;; seine dort geänderte Beschreibung wurde übernommen</translation>
    </message>
    <message>
        <source>Pod &apos;%1&apos; is up to date with &apos;%2&apos;</source>
        <translation>Pod &apos;%1&apos; ist auf dem Stand von &apos;%2&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n new version(s) of &apos;%1&apos; from &apos;%2&apos;</source>
        <translation>
            <numerusform>%n neue Version von &apos;%1&apos; aus &apos;%2&apos; gepullt</numerusform>
            <numerusform>%n neue Versionen von &apos;%1&apos; aus &apos;%2&apos; gepullt</numerusform>
        </translation>
    </message>
    <message>
        <source>Clone from Remote</source>
        <translation>Von Remote klonen</translation>
    </message>
    <message>
        <source>Clone a pod from:</source>
        <translation>Einen Pod klonen von:</translation>
    </message>
    <message>
        <source>Listing pods on %1</source>
        <translation>Pods auf %1 werden aufgelistet</translation>
    </message>
    <message>
        <source>Listing the pods on %1</source>
        <translation>Auflisten der Pods auf %1</translation>
    </message>
    <message>
        <source>Clone of %1 from %2</source>
        <translation>Klonen von %1 aus %2</translation>
    </message>
    <message>
        <source>Cloning %1 from %2</source>
        <translation>%1 wird aus %2 geklont</translation>
    </message>
    <message numerus="yes">
        <source>Cloned &apos;%1&apos; from &apos;%2&apos;: %n version(s)</source>
        <translation>
            <numerusform>&apos;%1&apos; aus &apos;%2&apos; geklont: %n Version</numerusform>
            <numerusform>&apos;%1&apos; aus &apos;%2&apos; geklont: %n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Share Link</source>
        <translation>Freigabelink kopieren</translation>
    </message>
    <message>
        <source>Upload %1 to:</source>
        <translation>%1 hochladen auf:</translation>
    </message>
    <message>
        <source>Share link for %1</source>
        <translation>Freigabelink für %1</translation>
    </message>
    <message>
        <source>Sharing %1 on %2</source>
        <translation>%1 wird auf %2 freigegeben</translation>
    </message>
    <message>
        <source>Share link for %1 copied to the clipboard; it works until %2</source>
        <translation>Freigabelink für %1 in die Zwischenablage kopiert; er gilt bis %2</translation>
    </message>
    <message>
        <source>Nothing to import on the clipboard: copy a share link (https://…) or a .pod file</source>
        <translation>Nichts zum Importieren in der Zwischenablage: Kopieren Sie einen Freigabelink (https://…) oder eine .pod-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse Remote…</source>
        <translation>Remote &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>List every pod on a remote with its description and labels</source>
        <translation>Alle Pods eines Remotes mit Beschreibung und Labels auflisten</translation>
    </message>
    <message>
        <source>Encrypted share link for %1 copied to the clipboard (the key is in the link); it works until %2</source>
        <translation>Verschlüsselter Freigabelink für %1 in die Zwischenablage kopiert (der Schlüssel steckt im Link); er gilt bis %2</translation>
    </message>
</context>
<context>
    <name>poddeck::RemotePanel</name>
    <message>
        <source>Remotes</source>
        <translation>Remotes</translation>
    </message>
    <message>
        <source>Drop a version from the history on a remote to push it there</source>
        <translation>Eine Version aus dem Verlauf auf einem Remote ablegen, um sie dorthin zu pushen</translation>
    </message>
    <message>
        <source>%1
Drop a version here to push it</source>
        <translation>%1
Eine Version hier ablegen, um sie zu pushen</translation>
    </message>
    <message>
        <source>No remotes — double-click to add one</source>
        <translation>Keine — Doppelklick zum Hinzufügen</translation>
    </message>
</context>
<context>
    <name>poddeck::RemotesDialog</name>
    <message>
        <source>None needed (folder)</source>
        <translation>Keine nötig (Ordner)</translation>
    </message>
    <message>
        <source>OS keychain (access key %1)</source>
        <translation>Schlüsselbund des Systems (Zugriffsschlüssel %1)</translation>
    </message>
    <message>
        <source>AWS environment or profile</source>
        <translation>AWS-Umgebung oder -Profil</translation>
    </message>
    <message>
        <source>; encrypted</source>
        <translation>; verschlüsselt</translation>
    </message>
    <message>
        <source>Reading remotes</source>
        <translation>Remotes werden gelesen</translation>
    </message>
    <message>
        <source>Could not read the remotes: %1</source>
        <translation>Die Remotes konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Added remote &apos;%1&apos;.</source>
        <translation>Remote &apos;%1&apos; hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove Remote</source>
        <translation>Remote entfernen</translation>
    </message>
    <message>
        <source>Forget the remote &apos;%1&apos; and its stored secret?

Nothing on the remote is deleted; you can add it again later.</source>
        <translation>Das Remote &apos;%1&apos; und sein gespeichertes Geheimnis vergessen?

Auf dem Remote wird nichts gelöscht; Sie können es später wieder hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removing remote %1</source>
        <translation>Remote %1 wird entfernt</translation>
    </message>
    <message>
        <source>Removed remote &apos;%1&apos;.</source>
        <translation>Remote &apos;%1&apos; entfernt.</translation>
    </message>
    <message>
        <source>Could not remove remote &apos;%1&apos;: %2</source>
        <translation>Remote &apos;%1&apos; konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Connecting to &apos;%1&apos;…</source>
        <translation>Verbindung zu &apos;%1&apos; wird hergestellt…</translation>
    </message>
    <message>
        <source>Testing remote %1</source>
        <translation>Remote %1 wird getestet</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n pod(s)</source>
        <translation>
            <numerusform>Verbunden: %n Pod</numerusform>
            <numerusform>Verbunden: %n Pods</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>; plain http (not encrypted in transit)</source>
        <translation>; unverschlüsseltes http (ungeschützt übertragen)</translation>
    </message>
    <message>
        <source>Added remote &apos;%1&apos;, but: %2</source>
        <translation>Remote „%1“ hinzugefügt, aber: %2</translation>
    </message>
    <message>
        <source>Remotes</source>
        <translation>Remotes</translation>
    </message>
    <message>
        <source>Remotes are S3 buckets or shared folders that pods are pushed to and pulled from. Secrets live in the OS keychain only.</source>
        <translation>Remotes sind S3-Buckets oder freigegebene Ordner, auf die Pods gepusht und von denen sie gepullt werden. Geheimnisse liegen nur im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a remote</source>
        <translation>Ein Remote hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected remote</source>
        <translation>Das ausgewählte Remote entfernen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection to the selected remote</source>
        <translation>Die Verbindung zum ausgewählten Remote testen</translation>
    </message>
</context>
<context>
    <name>poddeck::ResetInstanceDialog</name>
    <message>
        <source>Reset Instance</source>
        <translation>Instanz zurücksetzen</translation>
    </message>
    <message>
        <source>Delete the resources of the checked services in the instance at %1?</source>
        <translation>Die Ressourcen der angehakten Dienste in der Instanz unter %1 löschen?</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Services to reset</source>
        <translation>Zurückzusetzende Dienste</translation>
    </message>
    <message>
        <source>With every service checked, the whole instance is reset. Versions in PodDeck are not touched; what the instance holds is first saved as a version of pod autosave, so you can inject it to get it back.</source>
        <translation>Sind alle Dienste angehakt, wird die ganze Instanz zurückgesetzt. Versionen in PodDeck bleiben unberührt; was die Instanz enthält, wird zuvor als Version des Pods autosave gesichert, sodass Sie es wieder einspielen können.</translation>
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
    <message>
        <source>&amp;Remotes…</source>
        <translation>Re&amp;motes…</translation>
    </message>
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
        <source>Default re&amp;gions:</source>
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
    <name>poddeck::SpaceChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>poddeck::Stage</name>
    <message>
        <source>Finding regions that hold resources</source>
        <translation>Regionen mit Ressourcen werden gesucht</translation>
    </message>
    <message>
        <source>Reading %1 in %2</source>
        <translation>%1 in %2 wird gelesen</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Writing version</source>
        <translation>Version wird geschrieben</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>%1 wird durchsucht</translation>
    </message>
    <message>
        <source>Storing files</source>
        <translation>Dateien werden gespeichert</translation>
    </message>
    <message>
        <source>Contacting %1</source>
        <translation>%1 wird kontaktiert</translation>
    </message>
    <message>
        <source>Reading LocalStack state</source>
        <translation>LocalStack-Zustand wird gelesen</translation>
    </message>
    <message>
        <source>Asking the emulator what PodDeck cannot read</source>
        <translation>Der Emulator wird gefragt, was PodDeck nicht lesen kann</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergleich läuft</translation>
    </message>
    <message>
        <source>Finding the merge base</source>
        <translation>Basis der Zusammenführung wird gesucht</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Zusammenführen läuft</translation>
    </message>
    <message>
        <source>Writing the merged state</source>
        <translation>Zusammengeführter Zustand wird geschrieben</translation>
    </message>
    <message>
        <source>Recording the merge</source>
        <translation>Zusammenführung wird festgehalten</translation>
    </message>
    <message>
        <source>Waiting for gc to finish (another PodDeck is cleaning this home)</source>
        <translation>Warten auf das Ende von gc (ein anderes PodDeck räumt dieses Home auf)</translation>
    </message>
    <message>
        <source>Waiting for commits, imports, pulls and merges of this home to finish</source>
        <translation>Warten auf das Ende von Commits, Importen, Pulls und Zusammenführungen in diesem Home</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>Recording versions</source>
        <translation>Versionen werden festgehalten</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>Looking for %1 on the instance</source>
        <translation>%1 wird auf der Instanz gesucht</translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation>Plan wird geprüft</translation>
    </message>
    <message>
        <source>Saving the instance to pod %1</source>
        <translation>Instanz wird im Pod %1 gesichert</translation>
    </message>
    <message>
        <source>Reading the instance</source>
        <translation>Instanz wird gelesen</translation>
    </message>
    <message>
        <source>Resetting the instance</source>
        <translation>Instanz wird zurückgesetzt</translation>
    </message>
    <message>
        <source>Waiting for the emulator at %1 (%2 s left)</source>
        <translation>Warten auf den Emulator unter %1 (noch %2 s)</translation>
    </message>
    <message>
        <source>Checking the instance head</source>
        <translation>Head der Instanz wird geprüft</translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation>Zurücksetzen läuft</translation>
    </message>
    <message>
        <source>LocalStack is loading the state</source>
        <translation>LocalStack lädt den Zustand</translation>
    </message>
    <message>
        <source>Finding reachable objects</source>
        <translation>Erreichbare Objekte werden gesucht</translation>
    </message>
    <message>
        <source>Removing unreachable objects</source>
        <translation>Unerreichbare Objekte werden entfernt</translation>
    </message>
    <message>
        <source>Verifying versions</source>
        <translation>Versionen werden geprüft</translation>
    </message>
    <message>
        <source>Measuring %1:%2</source>
        <translation>%1:%2 wird gemessen</translation>
    </message>
    <message>
        <source>Measuring the history of %1</source>
        <translation>Verlauf von %1 wird gemessen</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>Änderungen werden angewendet</translation>
    </message>
    <message>
        <source>Listing packs on %1</source>
        <translation>Packs auf %1 werden aufgelistet</translation>
    </message>
    <message>
        <source>Checking pod files</source>
        <translation>Pod-Dateien werden geprüft</translation>
    </message>
    <message>
        <source>Writing the bundle of %1:%2</source>
        <translation>Bundle von %1:%2 wird geschrieben</translation>
    </message>
    <message>
        <source>Uploading the bundle</source>
        <translation>Bundle wird hochgeladen</translation>
    </message>
    <message>
        <source>Downloading objects</source>
        <translation>Objekte werden heruntergeladen</translation>
    </message>
    <message>
        <source>Reading pod &apos;%1&apos; on %2</source>
        <translation>Pod &apos;%1&apos; auf %2 wird gelesen</translation>
    </message>
    <message>
        <source>Finding what changed</source>
        <translation>Änderungen werden gesucht</translation>
    </message>
    <message>
        <source>Uploading objects</source>
        <translation>Objekte werden hochgeladen</translation>
    </message>
    <message>
        <source>Updating pod &apos;%1&apos; on %2</source>
        <translation>Pod &apos;%1&apos; auf %2 wird aktualisiert</translation>
    </message>
    <message>
        <source>Listing pods on %1</source>
        <translation>Pods auf %1 werden aufgelistet</translation>
    </message>
    <message>
        <source>Checking the packs</source>
        <translation>Packs werden geprüft</translation>
    </message>
    <message>
        <source>Reading the pack indexes</source>
        <translation>Pack-Indizes werden gelesen</translation>
    </message>
    <message>
        <source>Checking which objects %1 has</source>
        <translation>Es wird geprüft, welche Objekte %1 hat</translation>
    </message>
    <message>
        <source>Remote %1 keeps one file per object (the layout before packs); upgrading it: new objects go into packs from now on</source>
        <translation>Remote %1 speichert eine Datei je Objekt (das Layout vor Packs); es wird umgestellt: Neue Objekte kommen ab jetzt in Packs</translation>
    </message>
    <message>
        <source>Decrypting the bundle</source>
        <translation>Bundle wird entschlüsselt</translation>
    </message>
    <message>
        <source>Listing shared bundles</source>
        <translation>Freigegebene Bundles werden aufgelistet</translation>
    </message>
    <message>
        <source>Encrypting the bundle</source>
        <translation>Bundle wird verschlüsselt</translation>
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
    <message>
        <source>%1:%2 is the only version of its pod: there is nothing to merge it into.</source>
        <translation>%1:%2 ist die einzige Version ihres Pods: Es gibt nichts, in das sie zusammengeführt werden könnte.</translation>
    </message>
    <message>
        <source>Merge of %1 into %2</source>
        <translation>Zusammenführen von %1 in %2</translation>
    </message>
    <message>
        <source>Merging %1 into %2</source>
        <translation>%1 wird in %2 zusammengeführt</translation>
    </message>
    <message>
        <source>Nothing to merge: %1 already holds %2</source>
        <translation>Nichts zusammenzuführen: %1 enthält %2 bereits</translation>
    </message>
    <message>
        <source>Recording the merge of %1 into %2</source>
        <translation>Zusammenführung von %1 in %2 wird festgehalten</translation>
    </message>
    <message>
        <source>Merged without conflicts: recorded %1:%2</source>
        <translation>Ohne Konflikte zusammengeführt: %1:%2 festgehalten</translation>
    </message>
    <message>
        <source>Attach Code to %1</source>
        <translation>Code an %1 anhängen</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Zip-Dateien (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attach code to %1</source>
        <translation>Code an %1 anhängen</translation>
    </message>
    <message>
        <source>Attaching %1 to %2:%3</source>
        <translation>Hänge %1 an %2:%3 an</translation>
    </message>
    <message>
        <source>Recorded %1:%2 with the code attached</source>
        <translation>%1:%2 mit angehängtem Code aufgezeichnet</translation>
    </message>
    <message>
        <source>Measuring %1:%2</source>
        <translation>%1:%2 wird gemessen</translation>
    </message>
    <message>
        <source>Reading pod %1</source>
        <translation>Pod %1 wird gelesen</translation>
    </message>
    <message>
        <source>Describing pod %1</source>
        <translation>Pod %1 wird beschrieben</translation>
    </message>
</context>
</TS>
