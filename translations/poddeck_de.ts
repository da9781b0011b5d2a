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
    <name>poddeck::Error</name>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>%1: network manager is gone</source>
        <translation>%1: Der Netzwerkmanager ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>it declares %1 bytes</source>
        <translation>sie gibt %1 Bytes an</translation>
    </message>
    <message>
        <source>it kept sending past that</source>
        <translation>sie sendete darüber hinaus weiter</translation>
    </message>
    <message>
        <source>%1: the answer is larger than the %2 bytes accepted for it (%3)</source>
        <translation>%1: Die Antwort ist größer als die dafür erlaubten %2 Bytes (%3)</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>response cut short (%1)</source>
        <translation>Antwort abgeschnitten (%1)</translation>
    </message>
    <message>
        <source>connection lost or reset by the server (%1)</source>
        <translation>Verbindung verloren oder vom Server zurückgesetzt (%1)</translation>
    </message>
    <message>
        <source>%1 failed: %2: %3</source>
        <translation>%1 fehlgeschlagen: %2: %3</translation>
    </message>
    <message>
        <source>%1 failed: truncated response: got %2 of %3 bytes</source>
        <translation>%1 fehlgeschlagen: unvollständige Antwort: %2 von %3 Bytes erhalten</translation>
    </message>
    <message>
        <source>%1: malformed JSON response at offset %2: %3</source>
        <translation>%1: fehlerhafte JSON-Antwort an Position %2: %3</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>AwsClient::send() blocks; call it from a worker thread, or use sendAsync()</source>
        <translation>AwsClient::send() blockiert; rufen Sie es aus einem Worker-Thread auf oder verwenden Sie sendAsync()</translation>
    </message>
    <message>
        <source>%1 %2 interrupted</source>
        <translation>%1 %2 unterbrochen</translation>
    </message>
    <message>
        <source>cannot read AWS credentials file %1</source>
        <translation>AWS-Zugangsdatendatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no profile [%1] in %2</source>
        <translation>kein Profil [%1] in %2</translation>
    </message>
    <message>
        <source>profile [%1] in %2 lacks aws_access_key_id or aws_secret_access_key</source>
        <translation>Profil [%1] in %2 fehlt aws_access_key_id oder aws_secret_access_key</translation>
    </message>
    <message>
        <source>%1 %2: the server returned the same page token twice; its paging is broken</source>
        <translation>%1 %2: Der Server hat dasselbe Seiten-Token zweimal geliefert; seine Seitenaufteilung ist fehlerhaft</translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>Elemente tiefer verschachtelt als %1</translation>
    </message>
    <message>
        <source>more than one root element</source>
        <translation>mehr als ein Wurzelelement</translation>
    </message>
    <message>
        <source>document ends inside &lt;%1&gt;</source>
        <translation>Dokument endet innerhalb von &lt;%1&gt;</translation>
    </message>
    <message>
        <source>malformed XML at line %1, column %2: %3</source>
        <translation>fehlerhaftes XML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>malformed XML: no root element</source>
        <translation>fehlerhaftes XML: kein Wurzelelement</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>truncated archive (%1)</source>
        <translation>abgeschnittenes Archiv (%1)</translation>
    </message>
    <message>
        <source>damaged archive (%1)</source>
        <translation>beschädigtes Archiv (%1)</translation>
    </message>
    <message>
        <source>truncated archive (after entry %1: %2)</source>
        <translation>abgeschnittenes Archiv (nach Eintrag %1: %2)</translation>
    </message>
    <message>
        <source>damaged archive (after entry %1: %2)</source>
        <translation>beschädigtes Archiv (nach Eintrag %1: %2)</translation>
    </message>
    <message>
        <source>truncated archive (in entry %1: %2)</source>
        <translation>abgeschnittenes Archiv (in Eintrag %1: %2)</translation>
    </message>
    <message>
        <source>damaged archive (in entry %1: %2)</source>
        <translation>beschädigtes Archiv (in Eintrag %1: %2)</translation>
    </message>
    <message>
        <source>not a PodDeck bundle (%1)</source>
        <translation>kein PodDeck-Bundle (%1)</translation>
    </message>
    <message>
        <source>not a LocalStack state zip (%1)</source>
        <translation>keine LocalStack-State-ZIP-Datei (%1)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Arbeitsspeicher erschöpft</translation>
    </message>
    <message>
        <source>the archive is empty</source>
        <translation>das Archiv ist leer</translation>
    </message>
    <message>
        <source>has more than the limit of %1 entries</source>
        <translation>enthält mehr als die erlaubten %1 Einträge</translation>
    </message>
    <message>
        <source>entry %1 is a link; bundles hold only regular files</source>
        <translation>Eintrag %1 ist ein Link; Bundles enthalten nur reguläre Dateien</translation>
    </message>
    <message>
        <source>entry %1 is a link; archives hold only regular files</source>
        <translation>Eintrag %1 ist ein Link; Archive enthalten nur reguläre Dateien</translation>
    </message>
    <message>
        <source>entry %1 is a device or special file; bundles hold only regular files</source>
        <translation>Eintrag %1 ist eine Geräte- oder Spezialdatei; Bundles enthalten nur reguläre Dateien</translation>
    </message>
    <message>
        <source>entry %1 is a device or special file; archives hold only regular files</source>
        <translation>Eintrag %1 ist eine Geräte- oder Spezialdatei; Archive enthalten nur reguläre Dateien</translation>
    </message>
    <message>
        <source>entry %1 is a file whose name ends with &apos;/&apos;</source>
        <translation>Eintrag %1 ist eine Datei, deren Name auf &apos;/&apos; endet</translation>
    </message>
    <message>
        <source>entry %1 is encrypted</source>
        <translation>Eintrag %1 ist verschlüsselt</translation>
    </message>
    <message>
        <source>entry %1 is a sparse file</source>
        <translation>Eintrag %1 ist eine Sparse-Datei</translation>
    </message>
    <message>
        <source>duplicate entry %1</source>
        <translation>doppelter Eintrag %1</translation>
    </message>
    <message>
        <source>entry %1 declares a negative size</source>
        <translation>Eintrag %1 gibt eine negative Größe an</translation>
    </message>
    <message>
        <source>entry %1 is a directory with content</source>
        <translation>Eintrag %1 ist ein Verzeichnis mit Inhalt</translation>
    </message>
    <message>
        <source>entry %1 declares %2, more than the %3 limit</source>
        <translation>Eintrag %1 gibt %2 an, mehr als die Grenze von %3</translation>
    </message>
    <message>
        <source>its entries declare more than the %1 limit</source>
        <translation>seine Einträge geben mehr als die Grenze von %1 an</translation>
    </message>
    <message>
        <source>entry %1 holds more than the %2 limit</source>
        <translation>Eintrag %1 enthält mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>entry %1 holds more than the %2 its header declares (a compression bomb?)</source>
        <translation>Eintrag %1 enthält mehr als die %2, die sein Header angibt (eine Kompressionsbombe?)</translation>
    </message>
    <message>
        <source>its entries hold more than the %1 limit</source>
        <translation>seine Einträge enthalten mehr als die Grenze von %1</translation>
    </message>
    <message>
        <source>truncated archive (entry %1 holds %2 bytes, its header says %3)</source>
        <translation>abgeschnittenes Archiv (Eintrag %1 enthält %2 Bytes, sein Header nennt %3)</translation>
    </message>
    <message>
        <source>entry %1 has an empty name</source>
        <translation>Eintrag %1 hat einen leeren Namen</translation>
    </message>
    <message>
        <source>entry %1 has a control character in its name</source>
        <translation>Eintrag %1 hat ein Steuerzeichen im Namen</translation>
    </message>
    <message>
        <source>entry %1 escapes the bundle (absolute paths and &apos;..&apos; are not allowed)</source>
        <translation>Eintrag %1 verlässt das Bundle (absolute Pfade und &apos;..&apos; sind nicht erlaubt)</translation>
    </message>
    <message>
        <source>entry %1 escapes the archive (absolute paths and &apos;..&apos; are not allowed)</source>
        <translation>Eintrag %1 verlässt das Archiv (absolute Pfade und &apos;..&apos; sind nicht erlaubt)</translation>
    </message>
    <message>
        <source>entry %1 has an empty path component</source>
        <translation>Eintrag %1 hat einen leeren Pfadbestandteil</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot set up the archive format</source>
        <translation>das Archivformat kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>cannot start the archive</source>
        <translation>das Archiv kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cannot write entry &apos;%1&apos;</source>
        <translation>Eintrag &apos;%1&apos; kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write entry data</source>
        <translation>Eintragsdaten können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write directory &apos;%1&apos;</source>
        <translation>Verzeichnis &apos;%1&apos; kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot finish the archive</source>
        <translation>das Archiv kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (%1 at byte %2)</source>
        <translation>manifest.json ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a PodDeck bundle (manifest.json is not a PodDeck manifest)</source>
        <translation>kein PodDeck-Bundle (manifest.json ist kein PodDeck-Manifest)</translation>
    </message>
    <message>
        <source>manifest.json has no valid formatVersion</source>
        <translation>manifest.json hat keine gültige formatVersion</translation>
    </message>
    <message>
        <source>manifest.json names no pod</source>
        <translation>manifest.json nennt keinen Pod</translation>
    </message>
    <message>
        <source>manifest.json has no valid object count or size</source>
        <translation>manifest.json hat keine gültige Objektanzahl oder -größe</translation>
    </message>
    <message>
        <source>manifest.json lists a version without a valid id</source>
        <translation>manifest.json führt eine Version ohne gültige ID auf</translation>
    </message>
    <message>
        <source>manifest.json lists version %1 twice</source>
        <translation>manifest.json führt Version %1 doppelt auf</translation>
    </message>
    <message>
        <source>manifest.json lists no versions</source>
        <translation>manifest.json führt keine Versionen auf</translation>
    </message>
    <message>
        <source>manifest.json names a head that is not one of its versions</source>
        <translation>manifest.json nennt einen Head, der keine seiner Versionen ist</translation>
    </message>
    <message>
        <source>object %1 is larger than the %2 limit once decompressed (a compression bomb?)</source>
        <translation>Objekt %1 ist entpackt größer als die Grenze von %2 (eine Kompressionsbombe?)</translation>
    </message>
    <message>
        <source>object %1 is damaged: %2</source>
        <translation>Objekt %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>it does not match its hash</source>
        <translation>es passt nicht zu seinem Hash</translation>
    </message>
    <message>
        <source>not a PodDeck bundle (no manifest.json)</source>
        <translation>kein PodDeck-Bundle (keine manifest.json)</translation>
    </message>
    <message>
        <source>not a PodDeck bundle (no manifest.json; its first entry is %1)</source>
        <translation>kein PodDeck-Bundle (keine manifest.json; sein erster Eintrag ist %1)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>its manifest lists %1 objects: it has more than the limit of %2 entries</source>
        <translation>sein Manifest führt %1 Objekte auf: das sind mehr als die erlaubten %2 Einträge</translation>
    </message>
    <message>
        <source>entry %1 is not part of the bundle layout (manifest.json, then objects/ab/&lt;62 hex digits&gt;)</source>
        <translation>Eintrag %1 gehört nicht zum Aufbau eines Bundles (manifest.json, dann objects/ab/&lt;62 Hex-Ziffern&gt;)</translation>
    </message>
    <message>
        <source>holds more objects than the %1 its manifest lists</source>
        <translation>enthält mehr Objekte als die %1, die sein Manifest aufführt</translation>
    </message>
    <message>
        <source>import of %1 cancelled</source>
        <translation>Import von %1 abgebrochen</translation>
    </message>
    <message>
        <source>truncated archive (its manifest lists %1 objects, it holds %2)</source>
        <translation>abgeschnittenes Archiv (sein Manifest führt %1 Objekte auf, es enthält %2)</translation>
    </message>
    <message>
        <source>its manifest says the objects take %1 bytes, they take %2</source>
        <translation>sein Manifest gibt %1 Bytes für die Objekte an, sie belegen %2</translation>
    </message>
    <message>
        <source>incomplete bundle: version %1 is listed but its object is missing</source>
        <translation>unvollständiges Bundle: Version %1 ist aufgeführt, aber ihr Objekt fehlt</translation>
    </message>
    <message>
        <source>object %1 is listed as a version but is not one (%2)</source>
        <translation>Objekt %1 ist als Version aufgeführt, ist aber keine (%2)</translation>
    </message>
    <message>
        <source>manifest.json describes version %1 differently from its object</source>
        <translation>manifest.json beschreibt Version %1 anders als ihr Objekt</translation>
    </message>
    <message>
        <source>version %1 is damaged: %2</source>
        <translation>Version %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>incomplete bundle: version %1 needs an object it does not hold (%2)</source>
        <translation>unvollständiges Bundle: Version %1 braucht ein Objekt, das es nicht enthält (%2)</translation>
    </message>
    <message>
        <source>object %1 is not used by any version of the bundle</source>
        <translation>Objekt %1 wird von keiner Version des Bundles verwendet</translation>
    </message>
    <message>
        <source>a bundle needs a pod name</source>
        <translation>ein Bundle braucht einen Pod-Namen</translation>
    </message>
    <message>
        <source>a bundle needs at least one version</source>
        <translation>ein Bundle braucht mindestens eine Version</translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message>
        <source>cannot export version %1: %2</source>
        <translation>Version %1 kann nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>object %1 changed while it was exported</source>
        <translation>Objekt %1 hat sich während des Exports geändert</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>metadata.yaml is larger than the %1 limit</source>
        <translation>metadata.yaml ist größer als die Grenze von %1</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>resource %1 records an unsafe LocalStack entry: %2</source>
        <translation>Ressource %1 verzeichnet einen unsicheren LocalStack-Eintrag: %2</translation>
    </message>
    <message>
        <source>two resources record LocalStack entry %1</source>
        <translation>zwei Ressourcen verzeichnen den LocalStack-Eintrag %1</translation>
    </message>
    <message>
        <source>version %1 was not imported from LocalStack (it holds no LocalStack state entries), so it cannot be exported as a LocalStack state zip</source>
        <translation>Version %1 wurde nicht aus LocalStack importiert (sie enthält keine LocalStack-State-Einträge) und kann daher nicht als LocalStack-State-ZIP-Datei exportiert werden</translation>
    </message>
    <message>
        <source>%1 (content of %2)</source>
        <translation>%1 (Inhalt von %2)</translation>
    </message>
    <message>
        <source>content of %1 has %2 bytes, its reference says %3</source>
        <translation>Inhalt von %1 hat %2 Bytes, seine Referenz nennt %3</translation>
    </message>
    <message>
        <source>unknown service %1; PodDeck knows %2</source>
        <translation>unbekannter Dienst %1; PodDeck kennt %2</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos; data in this version</source>
        <translation>%1 hat in dieser Version keine &apos;%2&apos;-Daten</translation>
    </message>
    <message>
        <source>reading %1 in %2: %3</source>
        <translation>Lesen von %1 in %2: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 (%2) cannot hand over its state in its own format; only LocalStack&apos;s state API (a licensed edition) can</source>
        <translation>%1 (%2) kann seinen Zustand nicht im eigenen Format herausgeben; das kann nur die State-API von LocalStack (eine lizenzierte Edition)</translation>
    </message>
    <message>
        <source>%1 (%2) cannot load LocalStack&apos;s own state format; only a LocalStack with its state API (a licensed edition) can</source>
        <translation>%1 (%2) kann das eigene State-Format von LocalStack nicht laden; das kann nur ein LocalStack mit State-API (eine lizenzierte Edition)</translation>
    </message>
    <message>
        <source>nothing answers at %1: start an emulator there (e.g. `localstack start`, or `moto_server -p 4566`) or pass --endpoint URL</source>
        <translation>unter %1 antwortet nichts: Starten Sie dort einen Emulator (z. B. `localstack start` oder `moto_server -p 4566`) oder geben Sie --endpoint URL an</translation>
    </message>
    <message>
        <source>%1 (waited %2 s)</source>
        <translation>%1 (%2 s gewartet)</translation>
    </message>
    <message>
        <source>stopped waiting for %1</source>
        <translation>Warten auf %1 beendet</translation>
    </message>
    <message>
        <source>blocking HTTP call on the GUI thread (a bug: run it as a job)</source>
        <translation>blockierender HTTP-Aufruf im GUI-Thread (ein Fehler: als Job ausführen)</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>%1: PodDeck cannot write %2 resources through the AWS APIs</source>
        <translation>%1: PodDeck kann %2-Ressourcen nicht über die AWS-APIs schreiben</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 changes</source>
        <translation>abgebrochen nach %1 von %2 Änderungen</translation>
    </message>
    <message>
        <source>%1 is not a local emulator; PodDeck only resets moto and LocalStack</source>
        <translation>%1 ist kein lokaler Emulator; PodDeck setzt nur moto und LocalStack zurück</translation>
    </message>
    <message>
        <source>POST %1 answered HTTP %2</source>
        <translation>POST %1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>REST API %1 is not in %2; restore the API first</source>
        <translation>REST-API %1 ist nicht in %2; stellen Sie zuerst die API wieder her</translation>
    </message>
    <message>
        <source>REST API %1 has no resource %2 to hold %3</source>
        <translation>REST-API %1 hat keine Ressource %2, die %3 aufnehmen könnte</translation>
    </message>
    <message>
        <source>not a DynamoDB table or item path: %1</source>
        <translation>kein DynamoDB-Tabellen- oder Item-Pfad: %1</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>Tabelle %1: %2</translation>
    </message>
    <message>
        <source>Scan of %1 returned the same page key twice</source>
        <translation>Scan von %1 lieferte denselben Seitenschlüssel zweimal</translation>
    </message>
    <message>
        <source>Scan of %1: too many pages</source>
        <translation>Scan von %1: zu viele Seiten</translation>
    </message>
    <message>
        <source>item %1 of %2: %3</source>
        <translation>Item %1 von %2: %3</translation>
    </message>
    <message>
        <source>items of %1: %2</source>
        <translation>Items von %1: %2</translation>
    </message>
    <message>
        <source>items of %1: still unprocessed after 10 attempts</source>
        <translation>Items von %1: nach 10 Versuchen noch unverarbeitet</translation>
    </message>
    <message>
        <source>item has no %1 key attribute &apos;%2&apos;</source>
        <translation>Item hat kein %1-Schlüsselattribut &apos;%2&apos;</translation>
    </message>
    <message>
        <source>table has no key schema</source>
        <translation>Tabelle hat kein Schlüsselschema</translation>
    </message>
    <message>
        <source>item id &apos;%1&apos; has %2 parts, the table&apos;s key %3</source>
        <translation>Item-ID &apos;%1&apos; hat %2 Teile, der Schlüssel der Tabelle %3</translation>
    </message>
    <message>
        <source>table %1 did not become ACTIVE</source>
        <translation>Tabelle %1 wurde nicht ACTIVE</translation>
    </message>
    <message>
        <source>deleting task definition %1: %2</source>
        <translation>Löschen der Task-Definition %1: %2</translation>
    </message>
    <message>
        <source>task definition %1 cannot be registered again: the instance&apos;s family is already at revision %2, and ECS never reuses a number. Delete the family on the instance, or inject with --strategy overwrite</source>
        <translation>Task-Definition %1 kann nicht erneut registriert werden: Die Familie auf der Instanz ist bereits bei Revision %2, und ECS vergibt keine Nummer zweimal. Löschen Sie die Familie auf der Instanz oder spielen Sie mit --strategy overwrite ein</translation>
    </message>
    <message>
        <source>task definition %1 got revision %2 where %3 was expected</source>
        <translation>Task-Definition %1 erhielt Revision %2, erwartet war %3</translation>
    </message>
    <message>
        <source>task definition %1 differs, but revisions cannot be changed: register a new revision, or inject with --strategy overwrite</source>
        <translation>Task-Definition %1 weicht ab, aber Revisionen lassen sich nicht ändern: Registrieren Sie eine neue Revision oder spielen Sie mit --strategy overwrite ein</translation>
    </message>
    <message>
        <source>task definition %1 is deregistered on the instance and cannot be registered again: inject with --strategy overwrite</source>
        <translation>Task-Definition %1 ist auf der Instanz deregistriert und kann nicht erneut registriert werden: Spielen Sie mit --strategy overwrite ein</translation>
    </message>
    <message>
        <source>target %1 of rule %2: %3</source>
        <translation>Ziel %1 der Regel %2: %3</translation>
    </message>
    <message>
        <source>IAM: unknown resource type in %1</source>
        <translation>IAM: unbekannter Ressourcentyp in %1</translation>
    </message>
    <message>
        <source>Kinesis stream %1 did not become ACTIVE within a minute; inject again when it has</source>
        <translation>Kinesis-Stream %1 wurde nicht innerhalb einer Minute ACTIVE; spielen Sie erneut ein, sobald er es ist</translation>
    </message>
    <message>
        <source>Kinesis ListStreams: too many pages</source>
        <translation>Kinesis ListStreams: zu viele Seiten</translation>
    </message>
    <message>
        <source>KMS key %1 is not in %2; restore the key first</source>
        <translation>KMS-Schlüssel %1 ist nicht in %2; stellen Sie zuerst den Schlüssel wieder her</translation>
    </message>
    <message>
        <source>reading the code of %1 from %2: %3</source>
        <translation>Lesen des Codes von %1 aus %2: %3</translation>
    </message>
    <message>
        <source>reading the code of %1: the emulator answered HTTP %2 to GET %3</source>
        <translation>Lesen des Codes von %1: Der Emulator antwortete mit HTTP %2 auf GET %3</translation>
    </message>
    <message>
        <source>the code the emulator served for %1 does not match its CodeSha256 (%2, expected %3): commit again, and if it persists restart moto</source>
        <translation>der Code, den der Emulator für %1 lieferte, passt nicht zu seinem CodeSha256 (%2, erwartet %3): Committen Sie erneut, und wenn es bleibt, starten Sie moto neu</translation>
    </message>
    <message>
        <source>layer %1 version %2, permission %3: %4</source>
        <translation>Layer %1 Version %2, Berechtigung %3: %4</translation>
    </message>
    <message>
        <source>layer %1 version %2 cannot be published again: the instance&apos;s layer is already at version %3 and Lambda never reuses a layer version number; inject with --strategy overwrite (the emulator is reset first), or skip the layer</source>
        <translation>Layer %1 Version %2 kann nicht erneut veröffentlicht werden: Der Layer auf der Instanz ist bereits bei Version %3, und Lambda vergibt keine Layer-Versionsnummer zweimal; spielen Sie mit --strategy overwrite ein (der Emulator wird zuerst zurückgesetzt) oder überspringen Sie den Layer</translation>
    </message>
    <message>
        <source>layer %1 version %2 has no code in this version (it was committed from an emulator that cannot return code)</source>
        <translation>Layer %1 Version %2 hat in dieser Version keinen Code (sie wurde aus einem Emulator committet, der keinen Code zurückgeben kann)</translation>
    </message>
    <message>
        <source>layer %1 version %2 came back as version %3 (deleted again): the emulator numbered past it; inject with --strategy overwrite into a reset emulator</source>
        <translation>Layer %1 Version %2 kam als Version %3 zurück (wieder gelöscht): Der Emulator hat darüber hinaus nummeriert; spielen Sie mit --strategy overwrite in einen zurückgesetzten Emulator ein</translation>
    </message>
    <message>
        <source>version %1 of layer %2 on the instance holds other content than the version&apos;s (%3 differ), and a published layer version cannot be changed</source>
        <translation>Version %1 des Layers %2 auf der Instanz enthält anderen Inhalt als die der Version (%3 weichen ab), und eine veröffentlichte Layer-Version lässt sich nicht ändern</translation>
    </message>
    <message>
        <source>%1: inject with --strategy overwrite, or skip it</source>
        <translation>%1: Spielen Sie mit --strategy overwrite ein oder überspringen Sie es</translation>
    </message>
    <message>
        <source>%1
Inject with --strategy overwrite (the emulator is reset first), or inject the rest without it</source>
        <translation>%1
Spielen Sie mit --strategy overwrite ein (der Emulator wird zuerst zurückgesetzt) oder spielen Sie den Rest ohne es ein</translation>
    </message>
    <message>
        <source>the version holds no code for this %1 (it was committed from an emulator that cannot return Lambda code)</source>
        <extracomment>%1 is the Lambda resource type as AWS names it (function, layer)</extracomment>
        <translation>die Version enthält keinen Code für dieses %1 (sie wurde aus einem Emulator committet, der keinen Lambda-Code zurückgeben kann)</translation>
    </message>
    <message>
        <source>Lambda: unknown resource type in %1</source>
        <translation>Lambda: unbekannter Ressourcentyp in %1</translation>
    </message>
    <message>
        <source>function %1 has no code in this version (it was committed from an emulator that cannot return code)</source>
        <translation>Funktion %1 hat in dieser Version keinen Code (sie wurde aus einem Emulator committet, der keinen Code zurückgeben kann)</translation>
    </message>
    <message>
        <source>layer %1 has no code in this version (it was committed from an emulator that cannot return code)</source>
        <translation>Layer %1 hat in dieser Version keinen Code (sie wurde aus einem Emulator committet, der keinen Code zurückgeben kann)</translation>
    </message>
    <message>
        <source>log group %1 changes its class, which CloudWatch Logs fixes at creation: delete the group, or inject with --strategy overwrite</source>
        <translation>Log-Gruppe %1 ändert ihre Klasse, die CloudWatch Logs beim Anlegen festlegt: Löschen Sie die Gruppe oder spielen Sie mit --strategy overwrite ein</translation>
    </message>
    <message>
        <source>not an S3 bucket or object path: %1</source>
        <translation>kein S3-Bucket- oder Objektpfad: %1</translation>
    </message>
    <message>
        <source>s3://%1: ListObjectVersions repeated a page</source>
        <translation>s3://%1: ListObjectVersions hat eine Seite wiederholt</translation>
    </message>
    <message>
        <source>s3://%1: too many object versions</source>
        <translation>s3://%1: zu viele Objektversionen</translation>
    </message>
    <message>
        <source>s3://%1: too many object versions to delete</source>
        <translation>s3://%1: zu viele Objektversionen zum Löschen</translation>
    </message>
    <message>
        <source>bucket %1, %2: %3</source>
        <translation>Bucket %1, %2: %3</translation>
    </message>
    <message>
        <source>secret %1, label %2: %3</source>
        <translation>Secret %1, Label %2: %3</translation>
    </message>
    <message>
        <source>not an SNS topic or subscription path: %1</source>
        <translation>kein SNS-Topic- oder Abonnementpfad: %1</translation>
    </message>
    <message>
        <source>subscription %1:%2 to %3: %4</source>
        <translation>Abonnement %1:%2 auf %3: %4</translation>
    </message>
    <message>
        <source>topic %1: %2</source>
        <translation>Topic %1: %2</translation>
    </message>
    <message>
        <source>not an SQS queue path: %1</source>
        <translation>kein SQS-Queue-Pfad: %1</translation>
    </message>
    <message>
        <source>the emulator keeps answering %1 queues for prefix &apos;%2&apos;; cannot list its queues whole</source>
        <translation>der Emulator antwortet für das Präfix &apos;%2&apos; immer wieder mit %1 Queues; seine Queues lassen sich nicht vollständig auflisten</translation>
    </message>
    <message>
        <source>queue %1: %2</source>
        <translation>Queue %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of the batch failed (%3: %4)</source>
        <translation>%1: %2 des Batches fehlgeschlagen (%3: %4)</translation>
    </message>
    <message>
        <source>making messages visible again</source>
        <translation>Nachrichten wieder sichtbar machen</translation>
    </message>
    <message>
        <source>reading the messages of queue %1 from %2: %3</source>
        <translation>Lesen der Nachrichten der Queue %1 aus %2: %3</translation>
    </message>
    <message>
        <source>reading the messages of queue %1: the emulator answered HTTP %2 to GET %3</source>
        <translation>Lesen der Nachrichten der Queue %1: Der Emulator antwortete mit HTTP %2 auf GET %3</translation>
    </message>
    <message>
        <source>reading LocalStack state: %1</source>
        <translation>Lesen des LocalStack-Zustands: %1</translation>
    </message>
    <message>
        <source>LocalStack answered HTTP %1 to GET /_localstack/pods/state</source>
        <translation>LocalStack antwortete mit HTTP %1 auf GET /_localstack/pods/state</translation>
    </message>
    <message>
        <source>LocalStack&apos;s state API is not licensed on %1</source>
        <translation>die State-API von LocalStack ist auf %1 nicht lizenziert</translation>
    </message>
    <message>
        <source>LocalStack refused the state as incompatible with this instance: %1</source>
        <translation>LocalStack hat den Zustand als unvereinbar mit dieser Instanz abgelehnt: %1</translation>
    </message>
    <message>
        <source>LocalStack answered HTTP %1 while loading the state</source>
        <translation>LocalStack antwortete beim Laden des Zustands mit HTTP %1</translation>
    </message>
    <message>
        <source>PODDECK_MOTO_ENTRY names %1, which is not a file: point it at poddeck_moto_server.py or unset it</source>
        <translation>PODDECK_MOTO_ENTRY nennt %1, das keine Datei ist: Lassen Sie es auf poddeck_moto_server.py zeigen oder entfernen Sie es</translation>
    </message>
    <message>
        <source>PodDeck&apos;s moto entry point (%1) is not installed: reinstall PodDeck or set PODDECK_MOTO_ENTRY to its path</source>
        <translation>der moto-Einstiegspunkt von PodDeck (%1) ist nicht installiert: Installieren Sie PodDeck neu oder setzen Sie PODDECK_MOTO_ENTRY auf seinen Pfad</translation>
    </message>
    <message>
        <source>python3 was not found on PATH: install Python 3 and moto (pip install &apos;moto[server]&apos;)</source>
        <translation>python3 wurde im PATH nicht gefunden: Installieren Sie Python 3 und moto (pip install &apos;moto[server]&apos;)</translation>
    </message>
    <message>
        <source>cannot create a working directory for moto: %1</source>
        <translation>für moto kann kein Arbeitsverzeichnis angelegt werden: %1</translation>
    </message>
    <message>
        <source>moto did not start listening within %1 s</source>
        <translation>moto hat nicht innerhalb von %1 s zu lauschen begonnen</translation>
    </message>
    <message>
        <source>moto&apos;s /moto-api/data.json is not JSON: %1</source>
        <translation>/moto-api/data.json von moto ist kein JSON: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a zip file: Lambda code is a .zip</source>
        <translation>%1 ist keine ZIP-Datei: Lambda-Code ist eine .zip</translation>
    </message>
    <message>
        <source>%1 holds no %2</source>
        <translation>%1 enthält kein %2</translation>
    </message>
    <message>
        <source>%1 is not a Lambda function or layer: only those take code</source>
        <translation>%1 ist keine Lambda-Funktion und kein Layer: nur diese nehmen Code auf</translation>
    </message>
    <message>
        <source>autosave failed: %1</source>
        <translation>automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1; nothing was reset (--no-autosave resets without one)</source>
        <translation>%1; es wurde nichts zurückgesetzt (--no-autosave setzt ohne Sicherung zurück)</translation>
    </message>
    <message>
        <source>invalid resource path &apos;%1&apos;</source>
        <translation>ungültiger Ressourcenpfad &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a directory</source>
        <translation>&apos;%1&apos; ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>%1; nothing was recorded</source>
        <translation>%1; es wurde nichts festgehalten</translation>
    </message>
    <message>
        <source>--attach-code names no function or layer of this instance: %1 (a function by its name, a layer as layer:NAME:VERSION); nothing was recorded</source>
        <translation>--attach-code nennt keine Funktion und keinen Layer dieser Instanz: %1 (eine Funktion mit ihrem Namen, einen Layer als layer:NAME:VERSION); es wurde nichts festgehalten</translation>
    </message>
    <message>
        <source>%1, or live for the running instance</source>
        <translation>%1, oder live für die laufende Instanz</translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved conflict(s); nothing was recorded</source>
        <translation>
            <numerusform>%n ungelöster Konflikt; es wurde nichts festgehalten</numerusform>
            <numerusform>%n ungelöste Konflikte; es wurde nichts festgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot lock %1: %2 (check that the home is writable)</source>
        <translation>%1 kann nicht gesperrt werden: %2 (prüfen Sie, ob das Home beschreibbar ist)</translation>
    </message>
    <message>
        <source>cannot create %1: check permissions and free space</source>
        <translation>%1 kann nicht angelegt werden: Prüfen Sie Berechtigungen und freien Speicherplatz</translation>
    </message>
    <message>
        <source>cancelled while waiting for gc; nothing was recorded</source>
        <translation>abgebrochen beim Warten auf gc; es wurde nichts festgehalten</translation>
    </message>
    <message>
        <source>gc cancelled while waiting for writers; nothing was removed</source>
        <translation>gc abgebrochen beim Warten auf Schreibvorgänge; es wurde nichts entfernt</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>es kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 is an encrypted share, and %2</source>
        <translation>%1 ist eine verschlüsselte Freigabe, und %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1 is an encrypted share: import it through its link, #key=... included (`poddeck-cli import &apos;LINK&apos;`, or paste the link into PodDeck)</source>
        <translation>%1 ist eine verschlüsselte Freigabe: Importieren Sie sie über ihren Link, einschließlich #key=... (`poddeck-cli import &apos;LINK&apos;` oder den Link in PodDeck einfügen)</translation>
    </message>
    <message>
        <source>%1: the bundle names its pod &apos;%2&apos;, which is not a valid name; import it with --pod NAME</source>
        <translation>%1: Das Bundle nennt seinen Pod &apos;%2&apos;, was kein gültiger Name ist; importieren Sie es mit --pod NAME</translation>
    </message>
    <message>
        <source>import cancelled; nothing was added</source>
        <translation>Import abgebrochen; es wurde nichts hinzugefügt</translation>
    </message>
    <message>
        <source>--all exports a whole pod; name the pod without :N</source>
        <translation>--all exportiert einen ganzen Pod; nennen Sie den Pod ohne :N</translation>
    </message>
    <message>
        <source>no pod named &apos;%1&apos; (see `poddeck-cli list`)</source>
        <translation>kein Pod namens &apos;%1&apos; (siehe `poddeck-cli list`)</translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; has no versions to export</source>
        <translation>Pod &apos;%1&apos; hat keine Versionen zum Exportieren</translation>
    </message>
    <message>
        <source>it is LocalStack&apos;s own state, which only LocalStack with its state API can load</source>
        <translation>es ist der eigene Zustand von LocalStack, den nur LocalStack mit seiner State-API laden kann</translation>
    </message>
    <message>
        <source>Inject it into such a LocalStack, or inject the rest without it</source>
        <translation>Spielen Sie es in ein solches LocalStack ein oder spielen Sie den Rest ohne es ein</translation>
    </message>
    <message>
        <source>PodDeck cannot write %1 resources through the AWS APIs</source>
        <translation>PodDeck kann %1-Ressourcen nicht über die AWS-APIs schreiben</translation>
    </message>
    <message>
        <source>Inject it into an emulator whose own state API loads it, or inject the rest without it</source>
        <translation>Spielen Sie es in einen Emulator ein, dessen eigene State-API es lädt, oder spielen Sie den Rest ohne es ein</translation>
    </message>
    <message>
        <source>the emulator at %1 does not run %2</source>
        <translation>der Emulator unter %1 führt %2 nicht aus</translation>
    </message>
    <message>
        <source>Start it with %1 enabled (LocalStack: SERVICES), or inject the rest without it</source>
        <translation>Starten Sie ihn mit aktiviertem %1 (LocalStack: SERVICES) oder spielen Sie den Rest ohne es ein</translation>
    </message>
    <message>
        <source>Commit it again where its code can be read (moto started by PodDeck) or attach the code to the version, or inject the rest without it</source>
        <translation>Committen Sie es erneut dort, wo sein Code lesbar ist (von PodDeck gestartetes moto), hängen Sie den Code an die Version an oder spielen Sie den Rest ohne es ein</translation>
    </message>
    <message>
        <source>checking what %1 needs: %2; nothing was changed</source>
        <translation>Prüfen, was %1 braucht: %2; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>it needs %1, which neither the version nor the instance (after its reset) holds</source>
        <translation>es braucht %1, das weder die Version noch die Instanz (nach ihrem Zurücksetzen) enthält</translation>
    </message>
    <message>
        <source>it needs %1, which neither the version nor the instance holds</source>
        <translation>es braucht %1, das weder die Version noch die Instanz enthält</translation>
    </message>
    <message>
        <source>Create it on the instance or commit it with the version, or inject the rest without it</source>
        <translation>Legen Sie es auf der Instanz an, committen Sie es mit der Version oder spielen Sie den Rest ohne es ein</translation>
    </message>
    <message>
        <source>it needs %1, which cannot be restored</source>
        <translation>es braucht %1, das sich nicht wiederherstellen lässt</translation>
    </message>
    <message>
        <source>It is skipped with it</source>
        <translation>Es wird mit ihm übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) cannot be restored, so nothing was changed (inject the rest with --skip-unrestorable):
%1</source>
        <translation>
            <numerusform>%n Ressource lässt sich nicht wiederherstellen, daher wurde nichts geändert (spielen Sie den Rest mit --skip-unrestorable ein):
%1</numerusform>
            <numerusform>%n Ressourcen lassen sich nicht wiederherstellen, daher wurde nichts geändert (spielen Sie den Rest mit --skip-unrestorable ein):
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1; nothing was changed (--no-autosave overwrites without one)</source>
        <translation>%1; es wurde nichts geändert (--no-autosave überschreibt ohne Sicherung)</translation>
    </message>
    <message>
        <source>reset before loading failed: %1; nothing was loaded</source>
        <translation>Zurücksetzen vor dem Laden fehlgeschlagen: %1; es wurde nichts geladen</translation>
    </message>
    <message>
        <source>%1 holds LocalStack&apos;s own state, which only LocalStack can load: inject it with another strategy</source>
        <translation>%1 enthält den eigenen Zustand von LocalStack, den nur LocalStack laden kann: Spielen Sie ihn mit einer anderen Strategie ein</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) will stay deleted: the instance head %1:%2 holds them, the instance does not (the head says they were deleted on the instance since), and the version did not change them</source>
        <translation>
            <numerusform>%n Ressource bleibt gelöscht: Der Instanz-Head %1:%2 enthält sie, die Instanz nicht (laut Head wurde sie seither auf der Instanz gelöscht), und die Version hat sie nicht geändert</numerusform>
            <numerusform>%n Ressourcen bleiben gelöscht: Der Instanz-Head %1:%2 enthält sie, die Instanz nicht (laut Head wurden sie seither auf der Instanz gelöscht), und die Version hat sie nicht geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved conflict(s); nothing was changed. Resolve them first</source>
        <translation>
            <numerusform>%n ungelöster Konflikt; es wurde nichts geändert. Lösen Sie ihn zuerst</numerusform>
            <numerusform>%n ungelöste Konflikte; es wurde nichts geändert. Lösen Sie sie zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>the merge was not prepared (no live state): run prepareLiveMerge() first</source>
        <translation>der Merge wurde nicht vorbereitet (kein Live-Zustand): Rufen Sie zuerst prepareLiveMerge() auf</translation>
    </message>
    <message>
        <source>the merge was applied to the instance, but recording it failed: %1</source>
        <translation>der Merge wurde auf die Instanz angewendet, aber das Festhalten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 holds LocalStack&apos;s own state format, which only a LocalStack with its state API (a licensed edition) can load; %2 is %3</source>
        <translation>%1 enthält das eigene State-Format von LocalStack, das nur ein LocalStack mit State-API (eine lizenzierte Edition) laden kann; %2 ist %3</translation>
    </message>
    <message>
        <source>deep-merge needs resources PodDeck can read; LocalStack&apos;s own state loads with overwrite, account-region-merge or service-merge</source>
        <translation>Deep-Merge braucht Ressourcen, die PodDeck lesen kann; der eigene Zustand von LocalStack lädt mit overwrite, account-region-merge oder service-merge</translation>
    </message>
    <message>
        <source>LocalStack could not load: %1</source>
        <translation>LocalStack konnte nicht laden: %1</translation>
    </message>
    <message>
        <source>gc stopped, nothing was removed: %1</source>
        <translation>gc angehalten, es wurde nichts entfernt: %1</translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; has no label &apos;%2&apos; (it has: %3)</source>
        <translation>Pod &apos;%1&apos; hat kein Label &apos;%2&apos; (vorhanden: %3)</translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; uses plain http to %2: credentials and pod data would cross the network unencrypted. Use an https:// endpoint, or add the remote again with --allow-insecure-http (GUI: &quot;Allow plain http&quot;) if this network is trusted</source>
        <translation>Remote &apos;%1&apos; verwendet einfaches http zu %2: Zugangsdaten und Pod-Daten würden unverschlüsselt über das Netzwerk gehen. Verwenden Sie einen https://-Endpunkt oder fügen Sie das Remote erneut mit --allow-insecure-http hinzu (GUI: „Einfaches http erlauben“), wenn Sie diesem Netzwerk vertrauen</translation>
    </message>
    <message>
        <source>an encrypted remote needs a passphrase (--passphrase-stdin or %1)</source>
        <translation>ein verschlüsseltes Remote braucht eine Passphrase (--passphrase-stdin oder %1)</translation>
    </message>
    <message>
        <source>cannot store the passphrase of remote &apos;%1&apos; in the keychain: %2 (or set %3)</source>
        <translation>die Passphrase von Remote &apos;%1&apos; kann nicht im Schlüsselbund gespeichert werden: %2 (oder setzen Sie %3)</translation>
    </message>
    <message>
        <source>%1 does not honour conditional writes: %2. Two people pushing at once could overwrite each other&apos;s versions; push from one machine at a time, or use a local disk or an S3 bucket</source>
        <translation>%1 beachtet keine bedingten Schreibvorgänge: %2. Zwei Personen, die gleichzeitig pushen, könnten die Versionen des jeweils anderen überschreiben; pushen Sie nur von einem Rechner zur selben Zeit oder verwenden Sie eine lokale Platte oder einen S3-Bucket</translation>
    </message>
    <message>
        <source>%1 does not honour conditional writes: %2. Two people pushing at once could overwrite each other&apos;s versions. Use storage that does (AWS S3, MinIO, Ceph, LocalStack, moto)</source>
        <translation>%1 beachtet keine bedingten Schreibvorgänge: %2. Zwei Personen, die gleichzeitig pushen, könnten die Versionen des jeweils anderen überschreiben. Verwenden Sie Speicher, der sie beachtet (AWS S3, MinIO, Ceph, LocalStack, moto)</translation>
    </message>
    <message>
        <source>give both an access key id and its secret, or neither</source>
        <translation>geben Sie sowohl eine Access-Key-ID als auch ihr Secret an, oder keines von beiden</translation>
    </message>
    <message>
        <source>folder remotes take no credentials</source>
        <translation>Ordner-Remotes nehmen keine Zugangsdaten</translation>
    </message>
    <message>
        <source>a remote named &apos;%1&apos; already exists (remove it first)</source>
        <translation>ein Remote namens &apos;%1&apos; existiert bereits (entfernen Sie es zuerst)</translation>
    </message>
    <message>
        <source>a passphrase is only for encrypted remotes (--encrypt)</source>
        <translation>eine Passphrase gibt es nur für verschlüsselte Remotes (--encrypt)</translation>
    </message>
    <message>
        <source>%1 is an encrypted remote: add it with --encrypt and its passphrase</source>
        <translation>%1 ist ein verschlüsseltes Remote: Fügen Sie es mit --encrypt und seiner Passphrase hinzu</translation>
    </message>
    <message>
        <source>cannot store the secret of remote &apos;%1&apos;: %2</source>
        <translation>das Secret von Remote &apos;%1&apos; kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; is removed, but its passphrase could not be removed from the keychain: %2</source>
        <translation>Remote &apos;%1&apos; ist entfernt, aber seine Passphrase konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; is removed, but its keychain entry could not be: %2</source>
        <translation>Remote &apos;%1&apos; ist entfernt, aber sein Schlüsselbundeintrag nicht: %2</translation>
    </message>
    <message>
        <source>no remote configured; add one with `poddeck-cli remote add NAME URL`</source>
        <translation>kein Remote eingerichtet; fügen Sie eines mit `poddeck-cli remote add NAME URL` hinzu</translation>
    </message>
    <message>
        <source>several remotes are configured (%1); name one</source>
        <translation>mehrere Remotes sind eingerichtet (%1); nennen Sie eines</translation>
    </message>
    <message>
        <source>no secret for remote &apos;%1&apos; (access key %2): %3</source>
        <translation>kein Secret für Remote &apos;%1&apos; (Access Key %2): %3</translation>
    </message>
    <message>
        <source>the keychain entry is empty</source>
        <translation>der Schlüsselbundeintrag ist leer</translation>
    </message>
    <message>
        <source>no passphrase for encrypted remote &apos;%1&apos; (%2): run `poddeck-cli remote passphrase %1 --passphrase-stdin` to store it in the keychain, or set %3</source>
        <translation>keine Passphrase für das verschlüsselte Remote &apos;%1&apos; (%2): Führen Sie `poddeck-cli remote passphrase %1 --passphrase-stdin` aus, um sie im Schlüsselbund zu speichern, oder setzen Sie %3</translation>
    </message>
    <message>
        <source>the passphrase cannot be empty</source>
        <translation>die Passphrase darf nicht leer sein</translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; is not encrypted</source>
        <translation>Remote &apos;%1&apos; ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>cannot store the passphrase of remote &apos;%1&apos; in the keychain: %2</source>
        <translation>die Passphrase von Remote &apos;%1&apos; kann nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 is missing (its index is there)</source>
        <translation>%1 fehlt (sein Index ist vorhanden)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: its bytes no longer hash to its name</source>
        <translation>%1 ist beschädigt: Seine Bytes ergeben nicht mehr den Hash seines Namens</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, but its index says %3</source>
        <translation>%1 hat %2 Bytes, sein Index nennt aber %3</translation>
    </message>
    <message>
        <source>%1: the entry its index calls object %2 does not hold it (the index is wrong)</source>
        <translation>%1: Der Eintrag, den sein Index Objekt %2 nennt, enthält es nicht (der Index ist falsch)</translation>
    </message>
    <message>
        <source>Cannot mark “%1”: %2.</source>
        <translation>„%1“ kann nicht markiert werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is not marked secret; `secret-marks` lists the marks.</source>
        <translation>„%1“ ist nicht als geheim markiert; `secret-marks` listet die Markierungen auf.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (like 7d, 12h, 30m or 3600)</source>
        <translation>&apos;%1&apos; ist keine Dauer (wie 7d, 12h, 30m oder 3600)</translation>
    </message>
    <message>
        <source>a share link lives between 1 second and 7 days; got %1</source>
        <translation>ein Freigabelink gilt zwischen 1 Sekunde und 7 Tagen; angegeben: %1</translation>
    </message>
    <message>
        <source>a share link lives between 1 second and 7 days</source>
        <translation>ein Freigabelink gilt zwischen 1 Sekunde und 7 Tagen</translation>
    </message>
    <message>
        <source>state tree %1 has a resource at its top</source>
        <translation>Zustandsbaum %1 hat eine Ressource auf oberster Ebene</translation>
    </message>
    <message>
        <source>more than %1 objects</source>
        <translation>mehr als %1 Objekte</translation>
    </message>
    <message>
        <source>%1; nothing was added</source>
        <translation>%1; es wurde nichts hinzugefügt</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>object %1 on remote %2 is corrupt (%3); nothing was added</source>
        <translation>Objekt %1 auf Remote %2 ist beschädigt (%3); es wurde nichts hinzugefügt</translation>
    </message>
    <message>
        <source>this pull from remote %1 would download %2, the limit of one pull; nothing was added. If the pod really is this large, raise the limit, e.g. %3=%4</source>
        <translation>dieser Pull von Remote %1 würde %2 herunterladen, die Grenze eines Pulls; es wurde nichts hinzugefügt. Wenn der Pod wirklich so groß ist, erhöhen Sie die Grenze, z. B. %3=%4</translation>
    </message>
    <message>
        <source>%1 (on remote %2)</source>
        <translation>%1 (auf Remote %2)</translation>
    </message>
    <message>
        <source>object %1 is not a tree: %2 (on remote %3)</source>
        <translation>Objekt %1 ist kein Baum: %2 (auf Remote %3)</translation>
    </message>
    <message>
        <source>%1=&apos;%2&apos; is not a positive amount (like 200G, 500M or 1000000)</source>
        <translation>%1=&apos;%2&apos; ist keine positive Menge (wie 200G, 500M oder 1000000)</translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; exists here already; use `poddeck-cli pull %1 %2`</source>
        <translation>Pod &apos;%1&apos; gibt es hier schon; verwenden Sie `poddeck-cli pull %1 %2`</translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; has no pod &apos;%2&apos; (see `poddeck-cli list --remote %1`)</source>
        <translation>Remote &apos;%1&apos; hat keinen Pod &apos;%2&apos; (siehe `poddeck-cli list --remote %1`)</translation>
    </message>
    <message numerus="yes">
        <source>pod &apos;%1&apos; on remote &apos;%2&apos; has %n version(s); there is no %1:%3</source>
        <translation>
            <numerusform>Pod &apos;%1&apos; auf Remote &apos;%2&apos; hat %n Version; es gibt kein %1:%3</numerusform>
            <numerusform>Pod &apos;%1&apos; auf Remote &apos;%2&apos; hat %n Versionen; es gibt kein %1:%3</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1 from remote &apos;%2&apos; cannot be read: %3; nothing was added</source>
        <translation>Version %1 von Remote &apos;%2&apos; kann nicht gelesen werden: %3; es wurde nichts hinzugefügt</translation>
    </message>
    <message>
        <source>pull cancelled; nothing was added</source>
        <translation>Pull abgebrochen; es wurde nichts hinzugefügt</translation>
    </message>
    <message>
        <source>the remote has versions you don&apos;t have: pull and merge first (`poddeck-cli pull %1 %2`, merge, then push again)</source>
        <translation>das Remote hat Versionen, die Sie nicht haben: Pullen und mergen Sie zuerst (`poddeck-cli pull %1 %2`, mergen, dann erneut pushen)</translation>
    </message>
    <message>
        <source>object %1 (an attachment chunk) is missing</source>
        <translation>Objekt %1 (ein Anhangs-Chunk) fehlt</translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; has no versions to push</source>
        <translation>Pod &apos;%1&apos; hat keine Versionen zum Pushen</translation>
    </message>
    <message>
        <source>someone updated pod &apos;%1&apos; on remote &apos;%2&apos; at the same time; push again to send its description</source>
        <translation>jemand hat Pod &apos;%1&apos; auf Remote &apos;%2&apos; gleichzeitig aktualisiert; pushen Sie erneut, um seine Beschreibung zu senden</translation>
    </message>
    <message>
        <source>%1:%2 cannot be pushed: %3 (run `poddeck-cli fsck`)</source>
        <translation>%1:%2 kann nicht gepusht werden: %3 (führen Sie `poddeck-cli fsck` aus)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n object(s) uploaded; push again to send the rest)</source>
        <translation>
            <numerusform>%1 (%2 von %n Objekt hochgeladen; pushen Sie erneut, um den Rest zu senden)</numerusform>
            <numerusform>%1 (%2 von %n Objekten hochgeladen; pushen Sie erneut, um den Rest zu senden)</numerusform>
        </translation>
    </message>
    <message>
        <source>object %1 is not a version: %2</source>
        <translation>Objekt %1 ist keine Version: %2</translation>
    </message>
    <message>
        <source>object %1 is not a tree: %2</source>
        <translation>Objekt %1 ist kein Baum: %2</translation>
    </message>
    <message>
        <source>object %1 is not a resource: %2</source>
        <translation>Objekt %1 ist keine Ressource: %2</translation>
    </message>
    <message>
        <source>%1 is an encrypted remote: remove this remote and add it again with its passphrase (`poddeck-cli remote add NAME %1 --encrypt --passphrase-stdin`)</source>
        <translation>%1 ist ein verschlüsseltes Remote: Entfernen Sie dieses Remote und fügen Sie es mit seiner Passphrase erneut hinzu (`poddeck-cli remote add NAME %1 --encrypt --passphrase-stdin`)</translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; on remote &apos;%2&apos; moved backwards: its head is now %3 (%4 versions), but this machine saw %5 there before, which the remote no longer builds on. Someone restored an older copy of its pod file, or replayed one. Nothing was changed here. If this machine holds the newer versions, `poddeck-cli push %1 %2` puts them back; otherwise ask who maintains the remote</source>
        <translation>Pod &apos;%1&apos; auf Remote &apos;%2&apos; ist zurückgesprungen: Sein Head ist jetzt %3 (%4 Versionen), aber dieser Rechner hat dort vorher %5 gesehen, worauf das Remote nicht mehr aufbaut. Jemand hat eine ältere Kopie seiner Pod-Datei wiederhergestellt oder erneut eingespielt. Hier wurde nichts geändert. Wenn dieser Rechner die neueren Versionen hat, stellt `poddeck-cli push %1 %2` sie wieder her; andernfalls fragen Sie, wer das Remote betreut</translation>
    </message>
    <message>
        <source>%1 (the network or the remote kept failing; nothing is lost: run `poddeck-cli %2` again when it answers, it resumes)</source>
        <translation>%1 (das Netzwerk oder das Remote ist wiederholt ausgefallen; nichts ist verloren: Führen Sie `poddeck-cli %2` erneut aus, sobald es antwortet, es setzt fort)</translation>
    </message>
    <message>
        <source>commit cancelled; nothing was recorded</source>
        <translation>Commit abgebrochen; es wurde nichts festgehalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no pod; write POD or POD:N</source>
        <translation>&apos;%1&apos; nennt keinen Pod; schreiben Sie POD oder POD:N</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the version after &apos;:&apos; must be a number from 1 (e.g. %2:1)</source>
        <translation>&apos;%1&apos;: Die Version nach &apos;:&apos; muss eine Zahl ab 1 sein (z. B. %2:1)</translation>
    </message>
    <message>
        <source>unknown strategy &apos;%1&apos;; use overwrite, account-region-merge, service-merge or deep-merge</source>
        <translation>unbekannte Strategie &apos;%1&apos;; verwenden Sie overwrite, account-region-merge, service-merge oder deep-merge</translation>
    </message>
    <message>
        <source>no conflict number %1</source>
        <translation>kein Konflikt mit der Nummer %1</translation>
    </message>
    <message>
        <source>conflict %1 is about the whole resource %2: resolve it with a resource</source>
        <translation>Konflikt %1 betrifft die ganze Ressource %2: Lösen Sie ihn mit einer Ressource</translation>
    </message>
    <message>
        <source>attachment &apos;%1&apos; needs an attachment reference</source>
        <translation>Anhang &apos;%1&apos; braucht eine Anhangsreferenz</translation>
    </message>
    <message>
        <source>no merge row %1</source>
        <translation>keine Merge-Zeile %1</translation>
    </message>
    <message>
        <source>%1 cannot take &apos;%2&apos;</source>
        <translation>%1 kann &apos;%2&apos; nicht aufnehmen</translation>
    </message>
    <message>
        <source>the edited resource is at &apos;%1&apos;, not at &apos;%2&apos;</source>
        <translation>die bearbeitete Ressource liegt unter &apos;%1&apos;, nicht unter &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 has an unresolved conflict</source>
        <translation>%1 hat einen ungelösten Konflikt</translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved conflict(s)</source>
        <translation>
            <numerusform>%n ungelöster Konflikt</numerusform>
            <numerusform>%n ungelöste Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a PodDeck key file</source>
        <translation>%1 ist keine PodDeck-Schlüsseldatei</translation>
    </message>
    <message>
        <source>%1 was written by a newer PodDeck (format %2, cipher %3); upgrade PodDeck</source>
        <translation>%1 wurde von einer neueren PodDeck-Version geschrieben (Format %2, Chiffre %3); aktualisieren Sie PodDeck</translation>
    </message>
    <message>
        <source>%1 uses key derivation &apos;%2&apos;, which this PodDeck does not know</source>
        <translation>%1 verwendet die Schlüsselableitung &apos;%2&apos;, die diese PodDeck-Version nicht kennt</translation>
    </message>
    <message>
        <source>%1 holds no key</source>
        <translation>%1 enthält keinen Schlüssel</translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; is not set up for encryption (it has no %2); add it again with `poddeck-cli remote add NAME URL --encrypt`</source>
        <translation>Remote &apos;%1&apos; ist nicht für Verschlüsselung eingerichtet (es hat kein %2); fügen Sie es mit `poddeck-cli remote add NAME URL --encrypt` erneut hinzu</translation>
    </message>
    <message>
        <source>wrong passphrase for remote &apos;%1&apos;</source>
        <translation>falsche Passphrase für Remote &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an encrypted remote needs a passphrase</source>
        <translation>ein verschlüsseltes Remote braucht eine Passphrase</translation>
    </message>
    <message>
        <source>%1 already holds unencrypted pods (%2); use an empty folder or key prefix for an encrypted remote</source>
        <translation>%1 enthält bereits unverschlüsselte Pods (%2); verwenden Sie für ein verschlüsseltes Remote einen leeren Ordner oder ein leeres Schlüsselpräfix</translation>
    </message>
    <message>
        <source>cannot write the key file of remote &apos;%1&apos;: %2</source>
        <translation>die Schlüsseldatei von Remote &apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>object %1 is missing on remote &apos;%2&apos; (%3)</source>
        <translation>Objekt %1 fehlt auf Remote &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>object %1 on encrypted remote &apos;%2&apos; (%3): %4</source>
        <translation>Objekt %1 auf dem verschlüsselten Remote &apos;%2&apos; (%3): %4</translation>
    </message>
    <message>
        <source>object %1 in a pack on encrypted remote &apos;%2&apos;: %3</source>
        <translation>Objekt %1 in einem Pack auf dem verschlüsselten Remote &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1 on encrypted remote &apos;%2&apos;</source>
        <translation>%1 auf dem verschlüsselten Remote &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 on encrypted remote &apos;%2&apos;: %3</source>
        <translation>%1 auf dem verschlüsselten Remote &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; is encrypted, and a share link to ciphertext is of no use to whoever opens it: share from an unencrypted remote, or pass --plaintext to upload this one version unencrypted</source>
        <translation>Remote &apos;%1&apos; ist verschlüsselt, und ein Freigabelink auf Chiffretext nützt niemandem, der ihn öffnet: Geben Sie von einem unverschlüsselten Remote frei oder übergeben Sie --plaintext, um diese eine Version unverschlüsselt hochzuladen</translation>
    </message>
    <message>
        <source>cannot sync %1: %2</source>
        <translation>%1 kann nicht synchronisiert werden: %2</translation>
    </message>
    <message>
        <source>delete it there and push again from a machine that has the pod</source>
        <translation>löschen Sie sie dort und pushen Sie erneut von einem Rechner, der den Pod hat</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 on remote %2 is a symbolic link; PodDeck reads only regular files from a folder remote: %3</source>
        <translation>%1 auf Remote %2 ist ein symbolischer Link; PodDeck liest aus einem Ordner-Remote nur reguläre Dateien: %3</translation>
    </message>
    <message>
        <source>%1 on remote %2 is not a regular file (a FIFO, device or socket); PodDeck reads only regular files from a folder remote: %3</source>
        <translation>%1 auf Remote %2 ist keine reguläre Datei (ein FIFO, Gerät oder Socket); PodDeck liest aus einem Ordner-Remote nur reguläre Dateien: %3</translation>
    </message>
    <message>
        <source>%1 on remote %2 is %3 bytes, more than the %4 such a file may have, so it is damaged or not PodDeck&apos;s: %5</source>
        <translation>%1 auf Remote %2 hat %3 Bytes, mehr als die %4, die eine solche Datei haben darf, ist also beschädigt oder stammt nicht von PodDeck: %5</translation>
    </message>
    <message>
        <source>%1 on remote %2 grew past the %3 bytes such a file may have: %4</source>
        <translation>%1 auf Remote %2 ist über die %3 Bytes gewachsen, die eine solche Datei haben darf: %4</translation>
    </message>
    <message>
        <source>remote %1 is a file, not a folder</source>
        <translation>Remote %1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>cannot create %1: permission denied or read-only</source>
        <translation>%1 kann nicht angelegt werden: keine Berechtigung oder schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existiert</translation>
    </message>
    <message>
        <source>cannot rename to %1: %2</source>
        <translation>Umbenennen in %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot link %1: %2 (this folder supports neither rename-without-replace nor hard links)</source>
        <translation>%1 kann nicht verlinkt werden: %2 (dieser Ordner unterstützt weder Umbenennen ohne Ersetzen noch harte Links)</translation>
    </message>
    <message>
        <source>it replaced an existing file on a rename that must not replace</source>
        <translation>es hat beim Umbenennen eine vorhandene Datei ersetzt, obwohl es nicht ersetzen durfte</translation>
    </message>
    <message>
        <source>object %1 is missing on remote %2</source>
        <translation>Objekt %1 fehlt auf Remote %2</translation>
    </message>
    <message>
        <source>cannot create %1: permission denied</source>
        <translation>%1 kann nicht angelegt werden: keine Berechtigung</translation>
    </message>
    <message>
        <source>%1 is missing on remote %2; run `poddeck-cli remote fsck`</source>
        <translation>%1 fehlt auf Remote %2; führen Sie `poddeck-cli remote fsck` aus</translation>
    </message>
    <message>
        <source>%1 on remote %2 is a symbolic link; PodDeck reads only regular files from a folder remote: delete it there and push again from a machine that has the pod</source>
        <translation>%1 auf Remote %2 ist ein symbolischer Link; PodDeck liest aus einem Ordner-Remote nur reguläre Dateien: Löschen Sie ihn dort und pushen Sie erneut von einem Rechner, der den Pod hat</translation>
    </message>
    <message>
        <source>%1 on remote %2 is not a regular file (a FIFO, device or socket); PodDeck reads only regular files from a folder remote: delete it there and push again from a machine that has the pod</source>
        <translation>%1 auf Remote %2 ist keine reguläre Datei (ein FIFO, Gerät oder Socket); PodDeck liest aus einem Ordner-Remote nur reguläre Dateien: Löschen Sie sie dort und pushen Sie erneut von einem Rechner, der den Pod hat</translation>
    </message>
    <message>
        <source>%1 on remote %2 is shorter than its index says; run `poddeck-cli remote fsck`</source>
        <translation>%1 auf Remote %2 ist kürzer, als sein Index angibt; führen Sie `poddeck-cli remote fsck` aus</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>remote %1 has no pod &apos;%2&apos;</source>
        <translation>Remote %1 hat keinen Pod &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: it keeps changing</source>
        <translation>%1 kann nicht gelesen werden: Es ändert sich ständig</translation>
    </message>
    <message>
        <source>bad generation tag &apos;%1&apos;</source>
        <translation>ungültiges Generations-Tag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; on remote %2 changed since it was read</source>
        <translation>Pod &apos;%1&apos; auf Remote %2 hat sich seit dem Lesen geändert</translation>
    </message>
    <message>
        <source>bad share id &apos;%1&apos;</source>
        <translation>ungültige Freigabe-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot copy the bundle to %1: check space and permissions</source>
        <translation>das Bundle kann nicht nach %1 kopiert werden: Prüfen Sie Speicherplatz und Berechtigungen</translation>
    </message>
    <message>
        <source>%1=&apos;%2&apos; is not a number of seconds</source>
        <translation>%1=&apos;%2&apos; ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>it is not an http(s) URL</source>
        <translation>es ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>it leaves https for plain http</source>
        <translation>es wechselt von https zu einfachem http</translation>
    </message>
    <message>
        <source>it points at this machine (a loopback address)</source>
        <translation>es zeigt auf diesen Rechner (eine Loopback-Adresse)</translation>
    </message>
    <message>
        <source>it points at a link-local address (like a cloud metadata service)</source>
        <translation>es zeigt auf eine Link-Local-Adresse (wie ein Cloud-Metadatendienst)</translation>
    </message>
    <message>
        <source>downloads block; run them in a job thread</source>
        <translation>Downloads blockieren; führen Sie sie in einem Job-Thread aus</translation>
    </message>
    <message>
        <source>%1 is not an http(s) URL</source>
        <translation>%1 ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>%1 redirects to %2, and PodDeck does not follow that: %3. If you trust that address, import it directly</source>
        <translation>%1 leitet auf %2 weiter, und PodDeck folgt dem nicht: %3. Wenn Sie dieser Adresse vertrauen, importieren Sie direkt von ihr</translation>
    </message>
    <message>
        <source>the download of %1 did not finish within %2 seconds; if the link is just slow, allow more time with %3=&lt;seconds&gt;</source>
        <translation>der Download von %1 wurde nicht innerhalb von %2 Sekunden fertig; wenn der Link nur langsam ist, erlauben Sie mit %3=&lt;Sekunden&gt; mehr Zeit</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed</source>
        <translation>%1 hat %2 Bytes, mehr als die erlaubten %3</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes allowed</source>
        <translation>%1 ist größer als die erlaubten %2 Bytes</translation>
    </message>
    <message>
        <source>download of %1 cancelled</source>
        <translation>Download von %1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (the link may have expired)</source>
        <translation>%1 antwortete mit HTTP %2 (der Link ist vielleicht abgelaufen)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>cannot download %1: %2</source>
        <translation>%1 kann nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>the keychain has no entry for %1</source>
        <translation>der Schlüsselbund hat keinen Eintrag für %1</translation>
    </message>
    <message>
        <source>the keychain refused access to %1 (%2); unlock it and try again</source>
        <translation>der Schlüsselbund hat den Zugriff auf %1 verweigert (%2); entsperren Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>keychain error for %1: %2</source>
        <translation>Schlüsselbundfehler für %1: %2</translation>
    </message>
    <message>
        <source>Keychain calls wait for the keychain; run them in a job thread, not the GUI thread</source>
        <translation>Keychain-Aufrufe warten auf den Schlüsselbund; führen Sie sie in einem Job-Thread aus, nicht im GUI-Thread</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s (is it locked and waiting for a password?)</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet (ist er gesperrt und wartet auf ein Passwort?)</translation>
    </message>
    <message>
        <source>no keychain is running (%1). Start a Secret Service such as GNOME Keyring or KWallet, or give credentials through AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE)</source>
        <translation>es läuft kein Schlüsselbund (%1). Starten Sie einen Secret Service wie GNOME Keyring oder KWallet oder geben Sie Zugangsdaten über AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY (oder AWS_PROFILE) an</translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation>kein Secret Service hat geantwortet</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); run `poddeck-cli remote fsck` and push the affected pods again from a machine that has them</source>
        <translation>%1 ist beschädigt (%2); führen Sie `poddeck-cli remote fsck` aus und pushen Sie die betroffenen Pods erneut von einem Rechner, der sie hat</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>größer als %1 Bytes</translation>
    </message>
    <message>
        <source>not a PodDeck pack index</source>
        <translation>kein PodDeck-Pack-Index</translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation>seine Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>its entry count does not match its size</source>
        <translation>seine Eintragsanzahl passt nicht zu seiner Größe</translation>
    </message>
    <message>
        <source>entry %1 lies outside the pack or overlaps another</source>
        <translation>Eintrag %1 liegt außerhalb des Packs oder überschneidet sich mit einem anderen</translation>
    </message>
    <message>
        <source>it fails its integrity check (changed, damaged, or encrypted with another key)</source>
        <translation>es besteht seine Integritätsprüfung nicht (geändert, beschädigt oder mit einem anderen Schlüssel verschlüsselt)</translation>
    </message>
    <message>
        <source>unsupported scrypt parameters (log2 N %1, r %2, p %3, %4-byte salt; PodDeck takes at most 256 MiB and a 16-byte salt): the key file is damaged or crafted</source>
        <translation>nicht unterstützte scrypt-Parameter (log2 N %1, r %2, p %3, %4-Byte-Salt; PodDeck nimmt höchstens 256 MiB und ein 16-Byte-Salt): Die Schlüsseldatei ist beschädigt oder manipuliert</translation>
    </message>
    <message>
        <source>an encryption key has %1 bytes</source>
        <translation>ein Verschlüsselungsschlüssel hat %1 Bytes</translation>
    </message>
    <message>
        <source>it is not encrypted by PodDeck</source>
        <translation>es ist nicht von PodDeck verschlüsselt</translation>
    </message>
    <message>
        <source>it was encrypted by a newer PodDeck (format %1); upgrade PodDeck</source>
        <translation>es wurde von einer neueren PodDeck-Version verschlüsselt (Format %1); aktualisieren Sie PodDeck</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>not a PodDeck remote pod file</source>
        <translation>keine Remote-Pod-Datei von PodDeck</translation>
    </message>
    <message>
        <source>%1 was written by a newer PodDeck (format %2); upgrade to use this remote</source>
        <translation>%1 wurde von einer neueren PodDeck-Version geschrieben (Format %2); aktualisieren Sie PodDeck, um dieses Remote zu nutzen</translation>
    </message>
    <message>
        <source>bad formatVersion</source>
        <translation>ungültige formatVersion</translation>
    </message>
    <message>
        <source>bad head</source>
        <translation>ungültiger Head</translation>
    </message>
    <message>
        <source>a version entry has no valid id</source>
        <translation>ein Versionseintrag hat keine gültige ID</translation>
    </message>
    <message>
        <source>the entry of version %1 does not match its id</source>
        <translation>der Eintrag von Version %1 passt nicht zu ihrer ID</translation>
    </message>
    <message>
        <source>version %1 is listed twice</source>
        <translation>Version %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>it names a pack by a bad id</source>
        <translation>es nennt ein Pack mit einer ungültigen ID</translation>
    </message>
    <message>
        <source>its head %1 is not among its versions</source>
        <translation>sein Head %1 ist keine seiner Versionen</translation>
    </message>
    <message>
        <source>remote URL &apos;%1&apos;: %2</source>
        <translation>Remote-URL &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the prefix has an empty path segment (&apos;//&apos;)</source>
        <translation>das Präfix hat ein leeres Pfadsegment (&apos;//&apos;)</translation>
    </message>
    <message>
        <source>the prefix cannot contain &apos;.&apos; or &apos;..&apos; segments</source>
        <translation>das Präfix darf keine &apos;.&apos;- oder &apos;..&apos;-Segmente enthalten</translation>
    </message>
    <message>
        <source>the prefix segment &apos;%1&apos; has characters S3 keys should not hold</source>
        <translation>das Präfixsegment &apos;%1&apos; enthält Zeichen, die S3-Schlüssel nicht enthalten sollten</translation>
    </message>
    <message>
        <source>the prefix is longer than 512 characters</source>
        <translation>das Präfix ist länger als 512 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid S3 bucket name: it must be 3 to 63 characters long</source>
        <translation>&apos;%1&apos; ist kein gültiger S3-Bucket-Name: Er muss 3 bis 63 Zeichen lang sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid S3 bucket name: use lowercase letters, digits, &apos;.&apos; and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation>&apos;%1&apos; ist kein gültiger S3-Bucket-Name: Verwenden Sie Kleinbuchstaben, Ziffern, &apos;.&apos; und &apos;-&apos;, am Anfang und Ende ein Buchstabe oder eine Ziffer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid S3 bucket name: it cannot hold &apos;..&apos;, &apos;.-&apos; or &apos;-.&apos;</source>
        <translation>&apos;%1&apos; ist kein gültiger S3-Bucket-Name: Er darf &apos;..&apos;, &apos;.-&apos; oder &apos;-.&apos; nicht enthalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid S3 bucket name: it cannot look like an IP address</source>
        <translation>&apos;%1&apos; ist kein gültiger S3-Bucket-Name: Er darf nicht wie eine IP-Adresse aussehen</translation>
    </message>
    <message>
        <source>a remote needs a URL: s3://bucket/prefix or file:///path</source>
        <translation>ein Remote braucht eine URL: s3://bucket/prefix oder file:///pfad</translation>
    </message>
    <message>
        <source>credentials do not belong in the URL; use --access-key-id and --secret-access-key-stdin</source>
        <translation>Zugangsdaten gehören nicht in die URL; verwenden Sie --access-key-id und --secret-access-key-stdin</translation>
    </message>
    <message>
        <source>file URLs name a local path: file:///path (three slashes)</source>
        <translation>file-URLs nennen einen lokalen Pfad: file:///pfad (drei Schrägstriche)</translation>
    </message>
    <message>
        <source>file URLs take no query or fragment</source>
        <translation>file-URLs nehmen keine Query und kein Fragment</translation>
    </message>
    <message>
        <source>the folder must be an absolute path</source>
        <translation>der Ordner muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>the folder path cannot contain &apos;..&apos;</source>
        <translation>der Ordnerpfad darf &apos;..&apos; nicht enthalten</translation>
    </message>
    <message>
        <source>unknown scheme &apos;%1&apos;; use s3://bucket/prefix or file:///path</source>
        <translation>unbekanntes Schema &apos;%1&apos;; verwenden Sie s3://bucket/prefix oder file:///pfad</translation>
    </message>
    <message>
        <source>it names no bucket (s3://bucket/prefix)</source>
        <translation>sie nennt keinen Bucket (s3://bucket/prefix)</translation>
    </message>
    <message>
        <source>an s3:// URL takes no port; give the server as ?endpoint=http://host:port</source>
        <translation>eine s3://-URL nimmt keinen Port; geben Sie den Server als ?endpoint=http://host:port an</translation>
    </message>
    <message>
        <source>an s3:// URL takes no fragment</source>
        <translation>eine s3://-URL nimmt kein Fragment</translation>
    </message>
    <message>
        <source>endpoint must be an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation>endpoint muss eine http://- oder https://-URL sein, angegeben: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the endpoint cannot carry credentials</source>
        <translation>der Endpunkt darf keine Zugangsdaten enthalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region name (like eu-west-1)</source>
        <translation>&apos;%1&apos; ist kein Regionsname (wie eu-west-1)</translation>
    </message>
    <message>
        <source>style must be &apos;path&apos; or &apos;virtual&apos;</source>
        <translation>style muss &apos;path&apos; oder &apos;virtual&apos; sein</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (endpoint, region, style)</source>
        <translation>unbekannte Option &apos;%1&apos; (endpoint, region, style)</translation>
    </message>
    <message>
        <source>a bucket name with dots breaks TLS with virtual-host addressing; add style=path</source>
        <translation>ein Bucket-Name mit Punkten bricht TLS bei Virtual-Host-Adressierung; fügen Sie style=path hinzu</translation>
    </message>
    <message>
        <source>%1: bucket &apos;%2&apos; does not exist (create it first)</source>
        <translation>%1: Bucket &apos;%2&apos; existiert nicht (legen Sie ihn zuerst an)</translation>
    </message>
    <message>
        <source>%1: access denied (%2); check the credentials stored for this remote or AWS_ACCESS_KEY_ID / AWS_PROFILE</source>
        <translation>%1: Zugriff verweigert (%2); prüfen Sie die für dieses Remote gespeicherten Zugangsdaten oder AWS_ACCESS_KEY_ID / AWS_PROFILE</translation>
    </message>
    <message>
        <source>remote %1: bucket &apos;%2&apos; does not exist (create it first)</source>
        <translation>Remote %1: Bucket &apos;%2&apos; existiert nicht (legen Sie ihn zuerst an)</translation>
    </message>
    <message>
        <source>object %1 on remote %2 is larger than any PodDeck object (%3 bytes at most), so it is damaged or not PodDeck&apos;s; delete %4 there and push again from a machine that has it</source>
        <translation>Objekt %1 auf Remote %2 ist größer als jedes PodDeck-Objekt (höchstens %3 Bytes), ist also beschädigt oder stammt nicht von PodDeck; löschen Sie %4 dort und pushen Sie erneut von einem Rechner, der es hat</translation>
    </message>
    <message>
        <source>remote %1: CreateMultipartUpload returned no UploadId</source>
        <translation>Remote %1: CreateMultipartUpload lieferte keine UploadId</translation>
    </message>
    <message>
        <source>remote %1: UploadPart returned no ETag</source>
        <translation>Remote %1: UploadPart lieferte kein ETag</translation>
    </message>
    <message>
        <source>remote %1: CompleteMultipartUpload failed: %2</source>
        <translation>Remote %1: CompleteMultipartUpload fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 on remote %2 is larger than %3 bytes, so it is damaged or not PodDeck&apos;s; run `poddeck-cli remote fsck`</source>
        <translation>%1 auf Remote %2 ist größer als %3 Bytes, ist also beschädigt oder stammt nicht von PodDeck; führen Sie `poddeck-cli remote fsck` aus</translation>
    </message>
    <message>
        <source>remote %1 answered a read of %2 bytes of %3 with %4 bytes (it must honour HTTP Range requests); run `poddeck-cli remote fsck`</source>
        <translation>Remote %1 antwortete auf das Lesen von %2 Bytes von %3 mit %4 Bytes (es muss HTTP-Range-Anfragen beachten); führen Sie `poddeck-cli remote fsck` aus</translation>
    </message>
    <message>
        <source>%1 on remote %2 is larger than the %3 bytes such a file may have, so it is damaged or not PodDeck&apos;s; restore it from a backup, or delete it and push the pod again</source>
        <translation>%1 auf Remote %2 ist größer als die %3 Bytes, die eine solche Datei haben darf, ist also beschädigt oder stammt nicht von PodDeck; stellen Sie sie aus einer Sicherung wieder her oder löschen Sie sie und pushen Sie den Pod erneut</translation>
    </message>
    <message>
        <source>remote %1 sends no ETag, so PodDeck cannot update its pods safely</source>
        <translation>Remote %1 sendet kein ETag, daher kann PodDeck seine Pods nicht sicher aktualisieren</translation>
    </message>
    <message>
        <source>%1: cannot write a test file: %2</source>
        <translation>%1: Eine Testdatei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it replaced an existing file despite If-None-Match: *</source>
        <translation>es hat trotz If-None-Match: * eine vorhandene Datei ersetzt</translation>
    </message>
    <message>
        <source>it answered a create-only write of an existing file with %1 instead of 412</source>
        <translation>es hat einen Nur-Anlegen-Schreibvorgang auf eine vorhandene Datei mit %1 statt 412 beantwortet</translation>
    </message>
    <message>
        <source>it replaced a file whose ETag did not match If-Match</source>
        <translation>es hat eine Datei ersetzt, deren ETag nicht zu If-Match passte</translation>
    </message>
    <message>
        <source>it answered an If-Match write with a wrong ETag with %1 instead of 412</source>
        <translation>es hat einen If-Match-Schreibvorgang mit falschem ETag mit %1 statt 412 beantwortet</translation>
    </message>
    <message>
        <source>the link&apos;s #key= part is missing or damaged: copy the whole link, including everything after &apos;#&apos;</source>
        <translation>der #key=-Teil des Links fehlt oder ist beschädigt: Kopieren Sie den ganzen Link, einschließlich allem nach &apos;#&apos;</translation>
    </message>
    <message>
        <source>%1 is not an encrypted share</source>
        <translation>%1 ist keine verschlüsselte Freigabe</translation>
    </message>
    <message>
        <source>%1 was encrypted by a newer PodDeck (format %2); update PodDeck to open it</source>
        <translation>%1 wurde von einer neueren PodDeck-Version verschlüsselt (Format %2); aktualisieren Sie PodDeck, um sie zu öffnen</translation>
    </message>
    <message>
        <source>%1 is damaged (chunk size %2)</source>
        <translation>%1 ist beschädigt (Chunk-Größe %2)</translation>
    </message>
    <message>
        <source>%1 is cut short or damaged: download the share again</source>
        <translation>%1 ist abgeschnitten oder beschädigt: Laden Sie die Freigabe erneut herunter</translation>
    </message>
    <message>
        <source>the shared bundle cannot be decrypted: %1 (is the #key= part of the link the one that came with it?)</source>
        <translation>das freigegebene Bundle kann nicht entschlüsselt werden: %1 (ist der #key=-Teil des Links der, der dazugehört?)</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>JSON is not an object</source>
        <translation>JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>not a resource object</source>
        <translation>kein Ressourcenobjekt</translation>
    </message>
    <message>
        <source>resource object has an invalid path &apos;%1&apos;</source>
        <translation>Ressourcenobjekt hat einen ungültigen Pfad &apos;%1&apos;</translation>
    </message>
    <message>
        <source>resource %1 has a malformed attachment &apos;%2&apos;</source>
        <translation>Ressource %1 hat einen fehlerhaften Anhang &apos;%2&apos;</translation>
    </message>
    <message>
        <source>not a tree object</source>
        <translation>kein Baumobjekt</translation>
    </message>
    <message>
        <source>tree object is truncated</source>
        <translation>Baumobjekt ist abgeschnitten</translation>
    </message>
    <message>
        <source>tree object has a malformed entry</source>
        <translation>Baumobjekt hat einen fehlerhaften Eintrag</translation>
    </message>
    <message>
        <source>tree object entries are not sorted or repeat</source>
        <translation>die Einträge des Baumobjekts sind nicht sortiert oder wiederholen sich</translation>
    </message>
    <message>
        <source>not a version object</source>
        <translation>kein Versionsobjekt</translation>
    </message>
    <message>
        <source>version object has no valid root</source>
        <translation>Versionsobjekt hat keine gültige Wurzel</translation>
    </message>
    <message>
        <source>version object has an invalid parent id</source>
        <translation>Versionsobjekt hat eine ungültige Eltern-ID</translation>
    </message>
    <message>
        <source>version object has an invalid %1</source>
        <translation>Versionsobjekt hat ein ungültiges %1</translation>
    </message>
    <message>
        <source>no PodDeck home directory given</source>
        <translation>kein PodDeck-Home-Verzeichnis angegeben</translation>
    </message>
    <message>
        <source>cannot create the PodDeck home %1</source>
        <translation>das PodDeck-Home %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available; reinstall PodDeck</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar; installieren Sie PodDeck neu</translation>
    </message>
    <message>
        <source>opening the catalogue</source>
        <translation>Öffnen des Katalogs</translation>
    </message>
    <message>
        <source>a remote name cannot be empty</source>
        <translation>ein Remote-Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>a pod name cannot be empty</source>
        <translation>ein Pod-Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>remote name &apos;%1...&apos; is too long (%2 characters; at most 100)</source>
        <translation>Remote-Name &apos;%1...&apos; ist zu lang (%2 Zeichen; höchstens 100)</translation>
    </message>
    <message>
        <source>pod name &apos;%1...&apos; is too long (%2 characters; at most 100)</source>
        <translation>Pod-Name &apos;%1...&apos; ist zu lang (%2 Zeichen; höchstens 100)</translation>
    </message>
    <message>
        <source>remote name &apos;%1&apos; contains &apos;%2&apos;; use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Remote-Name &apos;%1&apos; enthält &apos;%2&apos;; verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>pod name &apos;%1&apos; contains &apos;%2&apos;; use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Pod-Name &apos;%1&apos; enthält &apos;%2&apos;; verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>remote name &apos;%1&apos; cannot start with &apos;.&apos; or &apos;-&apos;</source>
        <translation>Remote-Name &apos;%1&apos; darf nicht mit &apos;.&apos; oder &apos;-&apos; beginnen</translation>
    </message>
    <message>
        <source>pod name &apos;%1&apos; cannot start with &apos;.&apos; or &apos;-&apos;</source>
        <translation>Pod-Name &apos;%1&apos; darf nicht mit &apos;.&apos; oder &apos;-&apos; beginnen</translation>
    </message>
    <message>
        <source>looking up pod &apos;%1&apos;</source>
        <translation>Nachschlagen von Pod &apos;%1&apos;</translation>
    </message>
    <message>
        <source>listing pods</source>
        <translation>Auflisten der Pods</translation>
    </message>
    <message>
        <source>reading pod &apos;%1&apos;</source>
        <translation>Lesen von Pod &apos;%1&apos;</translation>
    </message>
    <message>
        <source>creating pod &apos;%1&apos;</source>
        <translation>Anlegen von Pod &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a pod named &apos;%1&apos; already exists</source>
        <translation>ein Pod namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>renaming pod &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Umbenennen von Pod &apos;%1&apos; in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>deleting pod &apos;%1&apos;</source>
        <translation>Löschen von Pod &apos;%1&apos;</translation>
    </message>
    <message>
        <source>describing pod &apos;%1&apos;</source>
        <translation>Beschreiben von Pod &apos;%1&apos;</translation>
    </message>
    <message>
        <source>listing the versions of pod &apos;%1&apos;</source>
        <translation>Auflisten der Versionen von Pod &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; has no versions yet</source>
        <translation>Pod &apos;%1&apos; hat noch keine Versionen</translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; has no version %2 (it has %3)</source>
        <translation>Pod &apos;%1&apos; hat keine Version %2 (vorhanden: %3)</translation>
    </message>
    <message>
        <source>reading the versions of pod &apos;%1&apos;</source>
        <translation>Lesen der Versionen von Pod &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reading version %1 of pod &apos;%2&apos;</source>
        <translation>Lesen von Version %1 von Pod &apos;%2&apos;</translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; has no version %2</source>
        <translation>Pod &apos;%1&apos; hat keine Version %2</translation>
    </message>
    <message>
        <source>reading all versions</source>
        <translation>Lesen aller Versionen</translation>
    </message>
    <message>
        <source>cannot add a version without an id or root tree to pod &apos;%1&apos;</source>
        <translation>eine Version ohne ID oder Wurzelbaum kann Pod &apos;%1&apos; nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>adding versions to pod &apos;%1&apos;</source>
        <translation>Hinzufügen von Versionen zu Pod &apos;%1&apos;</translation>
    </message>
    <message>
        <source>version numbers start at 1 (asked to delete %1 of pod &apos;%2&apos;)</source>
        <translation>Versionsnummern beginnen bei 1 (Löschen von %1 in Pod &apos;%2&apos; angefordert)</translation>
    </message>
    <message>
        <source>deleting version %1 of pod &apos;%2&apos;</source>
        <translation>Löschen von Version %1 von Pod &apos;%2&apos;</translation>
    </message>
    <message>
        <source>listing the versions gc must keep</source>
        <translation>Auflisten der Versionen, die gc behalten muss</translation>
    </message>
    <message>
        <source>no remote named &apos;%1&apos;</source>
        <translation>kein Remote namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>setting ref &apos;%1&apos; of pod &apos;%2&apos;</source>
        <translation>Setzen von Ref &apos;%1&apos; von Pod &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a ref name cannot be empty</source>
        <translation>ein Ref-Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>reading ref &apos;%1&apos; of pod &apos;%2&apos;</source>
        <translation>Lesen von Ref &apos;%1&apos; von Pod &apos;%2&apos;</translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; has no ref &apos;%2&apos;</source>
        <translation>Pod &apos;%1&apos; hat kein Ref &apos;%2&apos;</translation>
    </message>
    <message>
        <source>an instance endpoint cannot be empty</source>
        <translation>ein Instanz-Endpunkt darf nicht leer sein</translation>
    </message>
    <message>
        <source>recording instance %1</source>
        <translation>Festhalten von Instanz %1</translation>
    </message>
    <message>
        <source>recording the head of %1</source>
        <translation>Festhalten des Heads von %1</translation>
    </message>
    <message>
        <source>reading the head of %1</source>
        <translation>Lesen des Heads von %1</translation>
    </message>
    <message>
        <source>no version recorded for %1 yet (commit it or inject a version first)</source>
        <translation>für %1 ist noch keine Version festgehalten (committen Sie sie oder spielen Sie zuerst eine Version ein)</translation>
    </message>
    <message>
        <source>marking %1 as modified</source>
        <translation>Markieren von %1 als geändert</translation>
    </message>
    <message>
        <source>clearing the head of %1</source>
        <translation>Löschen des Heads von %1</translation>
    </message>
    <message>
        <source>reading setting &apos;%1&apos;</source>
        <translation>Lesen der Einstellung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>saving setting &apos;%1&apos;</source>
        <translation>Speichern der Einstellung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>removing setting &apos;%1&apos;</source>
        <translation>Entfernen der Einstellung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; needs a URL</source>
        <translation>Remote &apos;%1&apos; braucht eine URL</translation>
    </message>
    <message>
        <source>adding remote &apos;%1&apos;</source>
        <translation>Hinzufügen von Remote &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a remote named &apos;%1&apos; already exists</source>
        <translation>ein Remote namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>removing remote &apos;%1&apos;</source>
        <translation>Entfernen von Remote &apos;%1&apos;</translation>
    </message>
    <message>
        <source>listing remotes</source>
        <translation>Auflisten der Remotes</translation>
    </message>
    <message>
        <source>recording pod &apos;%1&apos; on remote &apos;%2&apos;</source>
        <translation>Festhalten von Pod &apos;%1&apos; auf Remote &apos;%2&apos;</translation>
    </message>
    <message>
        <source>reading pod &apos;%1&apos; of remote &apos;%2&apos;</source>
        <translation>Lesen von Pod &apos;%1&apos; von Remote &apos;%2&apos;</translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; has no pod &apos;%2&apos; that we know of</source>
        <translation>Remote &apos;%1&apos; hat keinen uns bekannten Pod &apos;%2&apos;</translation>
    </message>
    <message>
        <source>reading remote refs</source>
        <translation>Lesen der Remote-Refs</translation>
    </message>
    <message>
        <source>creating the catalogue tables</source>
        <translation>Anlegen der Katalogtabellen</translation>
    </message>
    <message>
        <source>adding the life and state of instance heads</source>
        <translation>Hinzufügen von Lebensdauer und Zustand der Instanz-Heads</translation>
    </message>
    <message>
        <source>adding the description and labels of pods</source>
        <translation>Hinzufügen von Beschreibung und Labels der Pods</translation>
    </message>
    <message>
        <source>adding the pod summaries</source>
        <translation>Hinzufügen der Pod-Zusammenfassungen</translation>
    </message>
    <message>
        <source>reading the catalogue schema version</source>
        <translation>Lesen der Schemaversion des Katalogs</translation>
    </message>
    <message>
        <source>%1 was written by a newer PodDeck (schema %2, this build knows up to %3); upgrade PodDeck or use another --home</source>
        <translation>%1 wurde von einer neueren PodDeck-Version geschrieben (Schema %2, dieser Build kennt bis %3); aktualisieren Sie PodDeck oder verwenden Sie ein anderes --home</translation>
    </message>
    <message>
        <source>reading the catalogue header</source>
        <translation>Lesen des Katalog-Headers</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a PodDeck catalogue; move it away or use another --home</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung, kein PodDeck-Katalog; verschieben Sie sie oder verwenden Sie ein anderes --home</translation>
    </message>
    <message>
        <source>reading the catalogue tables</source>
        <translation>Lesen der Katalogtabellen</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a PodDeck catalogue; move it away or use another --home</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein PodDeck-Katalog; verschieben Sie sie oder verwenden Sie ein anderes --home</translation>
    </message>
    <message>
        <source>switching the catalogue to WAL</source>
        <translation>Umstellen des Katalogs auf WAL</translation>
    </message>
    <message>
        <source>%1 is not a PodDeck catalogue (%2); move it away or use another --home</source>
        <translation>%1 ist kein PodDeck-Katalog (%2); verschieben Sie ihn oder verwenden Sie ein anderes --home</translation>
    </message>
    <message>
        <source>configuring the catalogue connection</source>
        <translation>Einrichten der Katalogverbindung</translation>
    </message>
    <message>
        <source>upgrading the catalogue schema</source>
        <translation>Aktualisieren des Katalogschemas</translation>
    </message>
    <message>
        <source>recording the catalogue schema version</source>
        <translation>Festhalten der Schemaversion des Katalogs</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <extracomment>%1 is what was being done (a phrase like &quot;reading pod &apos;x&apos;&quot;), %2 SQLite&apos;s message, %3 the file</extracomment>
        <translation>%1 fehlgeschlagen: %2 (%3)</translation>
    </message>
    <message>
        <source>not a zstd frame</source>
        <translation>kein zstd-Frame</translation>
    </message>
    <message>
        <source>damaged zstd data: %1</source>
        <translation>beschädigte zstd-Daten: %1</translation>
    </message>
    <message>
        <source>%1 bytes follow the zstd frame (an object is exactly one frame)</source>
        <translation>nach dem zstd-Frame folgen %1 Bytes (ein Objekt ist genau ein Frame)</translation>
    </message>
    <message>
        <source>object would decompress to %1 bytes, more than the limit of %2</source>
        <translation>Objekt würde auf %1 Bytes entpackt, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>damaged zstd data</source>
        <translation>beschädigte zstd-Daten</translation>
    </message>
    <message>
        <source>object decompresses past the limit of %1 bytes</source>
        <translation>Objekt wird über die Grenze von %1 Bytes hinaus entpackt</translation>
    </message>
    <message>
        <source>truncated zstd data</source>
        <translation>abgeschnittene zstd-Daten</translation>
    </message>
    <message>
        <source>cannot write %1: %2 (the disk that holds the PodDeck home is full: free some space there, or run `poddeck-cli gc --prune-now` to drop objects no version uses, and try again)</source>
        <translation>%1 kann nicht geschrieben werden: %2 (die Platte mit dem PodDeck-Home ist voll: Geben Sie dort Speicherplatz frei oder führen Sie `poddeck-cli gc --prune-now` aus, um Objekte zu entfernen, die keine Version verwendet, und versuchen Sie es erneut)</translation>
    </message>
    <message>
        <source>object of %1 bytes is larger than the limit of %2</source>
        <translation>Objekt mit %1 Bytes ist größer als die Grenze von %2</translation>
    </message>
    <message>
        <source>out of memory while compressing an object</source>
        <translation>Arbeitsspeicher erschöpft beim Komprimieren eines Objekts</translation>
    </message>
    <message>
        <source>object %1: %2</source>
        <translation>Objekt %1: %2</translation>
    </message>
    <message>
        <source>object %1 does not match its hash (damaged or tampered with)</source>
        <translation>Objekt %1 passt nicht zu seinem Hash (beschädigt oder manipuliert)</translation>
    </message>
    <message>
        <source>object %1 is missing from the store (run `poddeck-cli fsck`)</source>
        <translation>Objekt %1 fehlt im Speicher (führen Sie `poddeck-cli fsck` aus)</translation>
    </message>
    <message>
        <source>object %1 is damaged: %2 (run `poddeck-cli fsck`)</source>
        <translation>Objekt %1 ist beschädigt: %2 (führen Sie `poddeck-cli fsck` aus)</translation>
    </message>
    <message>
        <source>object %1 does not match its hash (run `poddeck-cli fsck`)</source>
        <translation>Objekt %1 passt nicht zu seinem Hash (führen Sie `poddeck-cli fsck` aus)</translation>
    </message>
    <message>
        <source>cannot read data to store: %1</source>
        <translation>zu speichernde Daten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>attachment has %1 bytes, its reference says %2</source>
        <translation>Anhang hat %1 Bytes, seine Referenz nennt %2</translation>
    </message>
    <message>
        <source>cannot write attachment: %1</source>
        <translation>Anhang kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the description is %1 characters long; keep it to %2</source>
        <translation>die Beschreibung ist %1 Zeichen lang; beschränken Sie sie auf %2</translation>
    </message>
    <message>
        <source>the description holds a control character (U+%1); use plain text</source>
        <translation>die Beschreibung enthält ein Steuerzeichen (U+%1); verwenden Sie einfachen Text</translation>
    </message>
    <message>
        <source>a label cannot be empty</source>
        <translation>ein Label darf nicht leer sein</translation>
    </message>
    <message>
        <source>label &apos;%1…&apos; is too long (%2 characters; at most %3)</source>
        <translation>Label &apos;%1…&apos; ist zu lang (%2 Zeichen; höchstens %3)</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; holds a space, comma or control character; use one word per label, like team-a or demo</source>
        <translation>Label &apos;%1&apos; enthält ein Leerzeichen, Komma oder Steuerzeichen; verwenden Sie ein Wort pro Label, wie team-a oder demo</translation>
    </message>
    <message>
        <source>a pod can carry at most %1 labels (%2 given)</source>
        <translation>ein Pod kann höchstens %1 Labels tragen (%2 angegeben)</translation>
    </message>
    <message>
        <source>resource %1 in the store is damaged: %2 (run `poddeck-cli fsck`)</source>
        <translation>Ressource %1 im Speicher ist beschädigt: %2 (führen Sie `poddeck-cli fsck` aus)</translation>
    </message>
    <message>
        <source>resource &apos;%1&apos; appears twice</source>
        <translation>Ressource &apos;%1&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <source>tree %1 lies more than %2 levels deep: the state is damaged or crafted (no real state nests that far)</source>
        <translation>Baum %1 liegt mehr als %2 Ebenen tief: Der Zustand ist beschädigt oder manipuliert (kein echter Zustand ist so tief verschachtelt)</translation>
    </message>
    <message>
        <source>%1 (attachment of %2)</source>
        <translation>%1 (Anhang von %2)</translation>
    </message>
    <message>
        <source>object %1 (attachment of %2) is missing</source>
        <translation>Objekt %1 (Anhang von %2) fehlt</translation>
    </message>
    <message>
        <source>resource path &apos;%1…&apos; has %2 levels; a state holds at most %3</source>
        <translation>Ressourcenpfad &apos;%1…&apos; hat %2 Ebenen; ein Zustand enthält höchstens %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (nach %n Versuch)</numerusform>
            <numerusform>%1 (nach %n Versuchen)</numerusform>
        </translation>
    </message>
    <message>
        <source>moto did not start: is moto installed (pip install &apos;moto[server]&apos;)?</source>
        <translation>moto ist nicht gestartet: Ist moto installiert (pip install &apos;moto[server]&apos;)?</translation>
    </message>
    <message>
        <source>moto did not start (%1): is moto installed (pip install &apos;moto[server]&apos;)?</source>
        <translation>moto ist nicht gestartet (%1): Ist moto installiert (pip install &apos;moto[server]&apos;)?</translation>
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
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>the key of remote &apos;%1&apos;: %2</source>
        <translation>der Schlüssel von Remote &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>OpenSSL failed to derive a key with scrypt (out of memory?)</source>
        <translation>OpenSSL konnte keinen Schlüssel mit scrypt ableiten (Arbeitsspeicher erschöpft?)</translation>
    </message>
    <message>
        <source>OpenSSL failed to start AES-256-GCM</source>
        <translation>OpenSSL konnte AES-256-GCM nicht starten</translation>
    </message>
    <message>
        <source>OpenSSL failed to encrypt</source>
        <translation>OpenSSL konnte nicht verschlüsseln</translation>
    </message>
    <message>
        <source>OpenSSL failed to finish AES-256-GCM</source>
        <translation>OpenSSL konnte AES-256-GCM nicht abschließen</translation>
    </message>
    <message>
        <source>boot id changed</source>
        <translation>Boot-ID geändert</translation>
    </message>
    <message>
        <source>LocalStack&apos;s state API is not available (it needs a licensed edition); PodDeck uses the AWS APIs instead</source>
        <translation>die State-API von LocalStack ist nicht verfügbar (sie braucht eine lizenzierte Edition); PodDeck verwendet stattdessen die AWS-APIs</translation>
    </message>
    <message>
        <source>STS GetCallerIdentity failed: %1</source>
        <translation>STS GetCallerIdentity fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>references to re-created ids were rewritten in %1</source>
        <translation>Verweise auf neu angelegte IDs wurden umgeschrieben in %1</translation>
    </message>
    <message>
        <source>apigateway REST API %1 in %2 was re-created as %3 (the emulator chose the id); its invoke URL and execute-api ARNs changed with it (references in the restored resources were rewritten)</source>
        <translation>apigateway-REST-API %1 in %2 wurde als %3 neu angelegt (der Emulator hat die ID gewählt); ihre Invoke-URL und execute-api-ARNs haben sich mit ihr geändert (Verweise in den wiederhergestellten Ressourcen wurden umgeschrieben)</translation>
    </message>
    <message>
        <source>apigateway REST API %1 in %2: PodDeck does not change %3 of an existing API; delete the API and inject again to get the recorded %3</source>
        <translation>apigateway-REST-API %1 in %2: PodDeck ändert %3 einer vorhandenen API nicht; löschen Sie die API und spielen Sie erneut ein, um das festgehaltene %3 zu erhalten</translation>
    </message>
    <message>
        <source>ECR repository %1 in %2 holds images: PodDeck records the repository but not its images (push them again after injecting)</source>
        <translation>ECR-Repository %1 in %2 enthält Images: PodDeck hält das Repository fest, aber nicht seine Images (pushen Sie sie nach dem Einspielen erneut)</translation>
    </message>
    <message numerus="yes">
        <source>kms in %1: %n key(s) recorded without their key material, which KMS never exports; a restore creates new keys, so data encrypted with these keys will not decrypt after it</source>
        <translation>
            <numerusform>kms in %1: %n Schlüssel ohne sein Schlüsselmaterial festgehalten, das KMS nie exportiert; eine Wiederherstellung legt neue Schlüssel an, daher lassen sich mit diesem Schlüssel verschlüsselte Daten danach nicht entschlüsseln</numerusform>
            <numerusform>kms in %1: %n Schlüssel ohne ihr Schlüsselmaterial festgehalten, das KMS nie exportiert; eine Wiederherstellung legt neue Schlüssel an, daher lassen sich mit diesen Schlüsseln verschlüsselte Daten danach nicht entschlüsseln</numerusform>
        </translation>
    </message>
    <message>
        <source>kms key %1 in %2 was re-created with its id but new key material: data encrypted with the old key will not decrypt</source>
        <translation>KMS-Schlüssel %1 in %2 wurde mit seiner ID, aber neuem Schlüsselmaterial neu angelegt: Mit dem alten Schlüssel verschlüsselte Daten lassen sich nicht entschlüsseln</translation>
    </message>
    <message>
        <source>kms key %1 in %2 was re-created as %3 (the emulator chose the id; PodDeck keeps the old id in its _custom_id_ tag, and references to it in the restored resources now name the new id). Its key material is new: data encrypted with the old key will not decrypt</source>
        <translation>KMS-Schlüssel %1 in %2 wurde als %3 neu angelegt (der Emulator hat die ID gewählt; PodDeck behält die alte ID in seinem _custom_id_-Tag, und Verweise darauf in den wiederhergestellten Ressourcen nennen jetzt die neue ID). Sein Schlüsselmaterial ist neu: Mit dem alten Schlüssel verschlüsselte Daten lassen sich nicht entschlüsseln</translation>
    </message>
    <message>
        <source>%1: the attached zip is not the code the emulator runs (CodeSha256 %2, the emulator&apos;s %3); the version records the attached zip</source>
        <translation>%1: Die angehängte ZIP-Datei ist nicht der Code, den der Emulator ausführt (CodeSha256 %2, der des Emulators %3); die Version hält die angehängte ZIP-Datei fest</translation>
    </message>
    <message>
        <source>%1: this emulator cannot give its code back, so the version records it without code; attach the zip with `commit --attach-code %2=FILE.zip`, or start moto with `poddeck-cli moto`</source>
        <translation>%1: Dieser Emulator kann seinen Code nicht herausgeben, daher hält die Version es ohne Code fest; hängen Sie die ZIP-Datei mit `commit --attach-code %2=DATEI.zip` an oder starten Sie moto mit `poddeck-cli moto`</translation>
    </message>
    <message>
        <source>the version holds no code for this layer version (it was committed from an emulator that cannot return Lambda code)</source>
        <translation>die Version enthält keinen Code für diese Layer-Version (sie wurde aus einem Emulator committet, der keinen Lambda-Code zurückgeben kann)</translation>
    </message>
    <message>
        <source>Lambda function %1: version %2 was published from the function&apos;s current code (a version&apos;s own code is not kept)</source>
        <translation>Lambda-Funktion %1: Version %2 wurde aus dem aktuellen Code der Funktion veröffentlicht (der eigene Code einer Version wird nicht aufbewahrt)</translation>
    </message>
    <message>
        <source>Lambda function %1: version %2 came back as version %3 (the emulator numbers versions itself and does not publish unchanged code and configuration twice)</source>
        <translation>Lambda-Funktion %1: Version %2 kam als Version %3 zurück (der Emulator nummeriert Versionen selbst und veröffentlicht unveränderten Code und unveränderte Konfiguration nicht zweimal)</translation>
    </message>
    <message>
        <source>Lambda function %1: alias %2 was not created, its version %3 does not exist</source>
        <translation>Lambda-Funktion %1: Alias %2 wurde nicht angelegt, seine Version %3 existiert nicht</translation>
    </message>
    <message>
        <source>Lambda function %1: version %2 differs from the one recorded and was left as it is (published versions cannot be changed)</source>
        <translation>Lambda-Funktion %1: Version %2 weicht von der festgehaltenen ab und wurde belassen (veröffentlichte Versionen lassen sich nicht ändern)</translation>
    </message>
    <message>
        <source>log stream %1 in log group %2 (%3) holds more than %4 events or %5 MiB: only the newest were recorded</source>
        <translation>Log-Stream %1 in Log-Gruppe %2 (%3) enthält mehr als %4 Ereignisse oder %5 MiB: Nur die neuesten wurden festgehalten</translation>
    </message>
    <message>
        <source>secret %1 got a new ARN (%2, was %3): the emulator chose its suffix; references in this version were rewritten, others still name the old ARN</source>
        <translation>Secret %1 hat einen neuen ARN erhalten (%2, vorher %3): Der Emulator hat sein Suffix gewählt; Verweise in dieser Version wurden umgeschrieben, andere nennen noch den alten ARN</translation>
    </message>
    <message>
        <source>The messages of queue %1 (%2 region) are not captured: this emulator can only read them by receiving them, and after maxReceiveCount receives SQS moves them to the dead-letter queue. PodDeck&apos;s moto (poddeck-cli moto) reads them without receiving.</source>
        <translation>Die Nachrichten der Queue %1 (Region %2) werden nicht erfasst: Dieser Emulator kann sie nur durch Empfangen lesen, und nach maxReceiveCount Empfängen verschiebt SQS sie in die Dead-Letter-Queue. Das moto von PodDeck (poddeck-cli moto) liest sie, ohne sie zu empfangen.</translation>
    </message>
    <message numerus="yes">
        <source>Not captured: %n message(s) of queue %1 (%2), in flight or delayed.</source>
        <translation>
            <numerusform>Nicht erfasst: %n Nachricht der Queue %1 (%2), in Zustellung oder verzögert.</numerusform>
            <numerusform>Nicht erfasst: %n Nachrichten der Queue %1 (%2), in Zustellung oder verzögert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %1 (%2) holds about %n message(s); %3 were captured (at most %4 per queue, and a FIFO queue hands out one batch per message group at a time).</source>
        <translation>
            <numerusform>Queue %1 (%2) enthält etwa %n Nachricht; %3 wurden erfasst (höchstens %4 pro Queue, und eine FIFO-Queue gibt pro Nachrichtengruppe jeweils einen Batch heraus).</numerusform>
            <numerusform>Queue %1 (%2) enthält etwa %n Nachrichten; %3 wurden erfasst (höchstens %4 pro Queue, und eine FIFO-Queue gibt pro Nachrichtengruppe jeweils einen Batch heraus).</numerusform>
        </translation>
    </message>
    <message>
        <source>sending messages (from %1)</source>
        <translation>Senden von Nachrichten (aus %1)</translation>
    </message>
    <message>
        <source>stepfunctions state machine %1 in %2 was recorded as %3, but the emulator created it as %4</source>
        <translation>stepfunctions-Zustandsautomat %1 in %2 wurde als %3 festgehalten, aber der Emulator hat ihn als %4 angelegt</translation>
    </message>
    <message>
        <source>LocalStack session changed</source>
        <translation>LocalStack-Sitzung geändert</translation>
    </message>
    <message>
        <source>%1: the zip is not the code the emulator ran (CodeSha256 %2, recorded %3); the new version records the zip</source>
        <translation>%1: Die ZIP-Datei ist nicht der Code, den der Emulator ausgeführt hat (CodeSha256 %2, festgehalten %3); die neue Version hält die ZIP-Datei fest</translation>
    </message>
    <message>
        <source>--attach-code was ignored: LocalStack&apos;s state API holds the code itself</source>
        <translation>--attach-code wurde ignoriert: Die State-API von LocalStack enthält den Code selbst</translation>
    </message>
    <message>
        <source>LocalStack state</source>
        <translation>LocalStack-Zustand</translation>
    </message>
    <message>
        <source>could not ask the emulator what else it holds: %1</source>
        <translation>der Emulator konnte nicht gefragt werden, was er sonst noch enthält: %1</translation>
    </message>
    <message>
        <source>could not list S3 buckets to check the instance head: %1</source>
        <translation>S3-Buckets konnten zum Prüfen des Instanz-Heads nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>S3 bucket %1 was created again after the head was recorded: the emulator was restarted or reset since</source>
        <translation>S3-Bucket %1 wurde nach dem Festhalten des Heads erneut angelegt: Der Emulator wurde seither neu gestartet oder zurückgesetzt</translation>
    </message>
    <message>
        <source>head %1:%2 no longer applies: %3</source>
        <translation>Head %1:%2 gilt nicht mehr: %3</translation>
    </message>
    <message>
        <source>the emulator restarted since (%1)</source>
        <translation>der Emulator wurde seither neu gestartet (%1)</translation>
    </message>
    <message>
        <source>could not check the instance head against %1 in %2: %3</source>
        <translation>der Instanz-Head konnte nicht mit %1 in %2 abgeglichen werden: %3</translation>
    </message>
    <message>
        <source>could not read moto&apos;s model listing to check the instance head: %1</source>
        <translation>die Modellliste von moto konnte zum Prüfen des Instanz-Heads nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>the instance holds nothing of %1 any more, where the head held %n resource(s): the emulator was restarted or reset since</source>
        <translation>
            <numerusform>die Instanz enthält nichts mehr von %1, wo der Head %n Ressource enthielt: Der Emulator wurde seither neu gestartet oder zurückgesetzt</numerusform>
            <numerusform>die Instanz enthält nichts mehr von %1, wo der Head %n Ressourcen enthielt: Der Emulator wurde seither neu gestartet oder zurückgesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>the head %1:%2 is no longer in the catalogue</source>
        <translation>der Head %1:%2 ist nicht mehr im Katalog</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2 holds %n resource(s); checking reads them all from the instance</source>
        <translation>
            <numerusform>%1:%2 enthält %n Ressource; die Prüfung liest sie von der Instanz</numerusform>
            <numerusform>%1:%2 enthält %n Ressourcen; die Prüfung liest sie alle von der Instanz</numerusform>
        </translation>
    </message>
    <message>
        <source>changed differently in the instance and the version</source>
        <translation>in der Instanz und der Version unterschiedlich geändert</translation>
    </message>
    <message>
        <source>added differently in the instance and the version</source>
        <translation>in der Instanz und der Version unterschiedlich hinzugefügt</translation>
    </message>
    <message>
        <source>the version deleted it, while the instance changed what it holds</source>
        <translation>die Version hat es gelöscht, während die Instanz seinen Inhalt geändert hat</translation>
    </message>
    <message>
        <source>changed in the instance, but the version deleted what holds it</source>
        <translation>in der Instanz geändert, aber die Version hat das übergeordnete Element gelöscht</translation>
    </message>
    <message>
        <source>changed in the instance, deleted in the version</source>
        <translation>in der Instanz geändert, in der Version gelöscht</translation>
    </message>
    <message>
        <source>the instance deleted it, while the version changed what it holds</source>
        <translation>die Instanz hat es gelöscht, während die Version seinen Inhalt geändert hat</translation>
    </message>
    <message>
        <source>changed in the version, but the instance deleted what holds it</source>
        <translation>in der Version geändert, aber die Instanz hat das übergeordnete Element gelöscht</translation>
    </message>
    <message>
        <source>deleted in the instance, changed in the version</source>
        <translation>in der Instanz gelöscht, in der Version geändert</translation>
    </message>
    <message>
        <source>the instance has no head version in this catalogue</source>
        <translation>die Instanz hat in diesem Katalog keine Head-Version</translation>
    </message>
    <message>
        <source>%1. The merge runs two-way, against the empty state: nothing the version holds is read as deleted on the instance, and whatever the instance and the version hold differently is a conflict</source>
        <translation>%1. Der Merge läuft zweiseitig gegen den leeren Zustand: Nichts, was die Version enthält, gilt auf der Instanz als gelöscht, und alles, was Instanz und Version unterschiedlich enthalten, ist ein Konflikt</translation>
    </message>
    <message>
        <source>LocalStack loads the state zip itself (strategy %1)</source>
        <translation>LocalStack lädt die State-ZIP-Datei selbst (Strategie %1)</translation>
    </message>
    <message>
        <source>%1 (%2): catalogue row disagrees with the version object</source>
        <translation>%1 (%2): Katalogzeile weicht vom Versionsobjekt ab</translation>
    </message>
    <message>
        <source>could not check that %1 honours conditional writes (%2); pushes rely on it</source>
        <translation>es konnte nicht geprüft werden, ob %1 bedingte Schreibvorgänge beachtet (%2); Pushes verlassen sich darauf</translation>
    </message>
    <message>
        <source>%1 has no index: a push was interrupted while sending it (harmless; a push that resumes sends its objects again)</source>
        <translation>%1 hat keinen Index: Ein Push wurde beim Senden unterbrochen (harmlos; ein fortgesetzter Push sendet seine Objekte erneut)</translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; needs %2, which is missing; push the pod again from a machine that has it</source>
        <translation>Pod &apos;%1&apos; braucht %2, das fehlt; pushen Sie den Pod erneut von einem Rechner, der es hat</translation>
    </message>
    <message>
        <source>%1 will not delete the bundle by itself (%2): run `poddeck-cli gc --remote %3` after %4 to delete it</source>
        <translation>%1 löscht das Bundle nicht von selbst (%2): Führen Sie nach %4 `poddeck-cli gc --remote %3` aus, um es zu löschen</translation>
    </message>
    <message>
        <source>again</source>
        <comment>the word of the messages that already say to try again</comment>
        <translation>erneut</translation>
    </message>
    <message>
        <source>the instance is reset first; afterwards it holds exactly the version</source>
        <translation>die Instanz wird zuerst zurückgesetzt; danach enthält sie genau die Version</translation>
    </message>
    <message>
        <source>the instance has no head version, so this is a two-way merge: what the version holds is added or updated, nothing is deleted</source>
        <translation>die Instanz hat keine Head-Version, daher ist dies ein zweiseitiger Merge: Was die Version enthält, wird hinzugefügt oder aktualisiert, nichts wird gelöscht</translation>
    </message>
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
        <source>changed differently on both sides</source>
        <translation>auf beiden Seiten unterschiedlich geändert</translation>
    </message>
    <message>
        <source>added differently on both sides</source>
        <translation>auf beiden Seiten unterschiedlich hinzugefügt</translation>
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
        <source>cannot read the bucket&apos;s lifecycle rules (%1)</source>
        <translation>die Lifecycle-Regeln des Buckets können nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>cannot add lifecycle rules to bucket %1 (%2)</source>
        <translation>dem Bucket %1 können keine Lifecycle-Regeln hinzugefügt werden (%2)</translation>
    </message>
    <message>
        <source>the type before &apos;:&apos; is SERVICE/TYPE, e.g. lambda/function:Environment.Variables.STRIPE_URL</source>
        <translation>der Typ vor &apos;:&apos; ist DIENST/TYP, z. B. lambda/function:Environment.Variables.STRIPE_URL</translation>
    </message>
    <message>
        <source>the key path is keys joined by &apos;.&apos;, e.g. Environment.Variables.STRIPE_URL</source>
        <translation>der Schlüsselpfad besteht aus mit &apos;.&apos; verbundenen Schlüsseln, z. B. Environment.Variables.STRIPE_URL</translation>
    </message>
    <message>
        <source>PodDeck catalogue</source>
        <comment>the name the catalogue&apos;s own messages use; translate it as there</comment>
        <translation>PodDeck-Katalog</translation>
    </message>
    <message>
        <source>the storage cannot expire files by itself</source>
        <translation>der Speicher kann Dateien nicht von selbst ablaufen lassen</translation>
    </message>
    <message>
        <source>%1 was readable by other users (mode %2); PodDeck made it private (%3)</source>
        <translation>%1 war für andere Benutzer lesbar (Modus %2); PodDeck hat die Datei privat gemacht (%3)</translation>
    </message>
    <message>
        <source>%1 is readable by other users (mode %2) and PodDeck cannot change that: run `chmod %3 %1`</source>
        <translation>%1 ist für andere Benutzer lesbar (Modus %2), und PodDeck kann das nicht ändern: Führen Sie `chmod %3 %1` aus</translation>
    </message>
    <message>
        <source>out of memory while decompressing an object</source>
        <translation>kein Speicher mehr beim Entpacken eines Objekts</translation>
    </message>
    <message>
        <source>pack index %1 is damaged: %2</source>
        <translation>Pack-Index %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>its size does not match its entry count</source>
        <translation>seine Größe passt nicht zur Zahl seiner Einträge</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>entry %1 lies outside its pack</source>
        <translation>Eintrag %1 liegt außerhalb seines Packs</translation>
    </message>
    <message>
        <source>entries are not sorted</source>
        <translation>die Einträge sind nicht sortiert</translation>
    </message>
    <message>
        <source>check permissions and free space</source>
        <translation>prüfen Sie Berechtigungen und freien Speicherplatz</translation>
    </message>
    <message>
        <source>too many stale temp files; run `poddeck-cli gc`</source>
        <translation>zu viele verwaiste temporäre Dateien; führen Sie `poddeck-cli gc` aus</translation>
    </message>
    <message>
        <source>object %1 is not in this pack</source>
        <translation>Objekt %1 ist nicht in diesem Pack</translation>
    </message>
    <message>
        <source>check permissions</source>
        <translation>prüfen Sie die Berechtigungen</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot move %1 into place: %2</source>
        <translation>%1 kann nicht an seinen Platz verschoben werden: %2</translation>
    </message>
    <message>
        <source>%1 is shorter than its index says (run `poddeck-cli fsck`)</source>
        <translation>%1 ist kürzer, als sein Index angibt (führen Sie `poddeck-cli fsck` aus)</translation>
    </message>
    <message>
        <source>tree object has an entry of a kind this PodDeck does not know: a newer PodDeck wrote it; update PodDeck</source>
        <translation>Das Baumobjekt hat einen Eintrag einer Art, die dieses PodDeck nicht kennt: Ein neueres PodDeck hat ihn geschrieben; aktualisieren Sie PodDeck</translation>
    </message>
    <message>
        <source>tree object mixes parts with entries</source>
        <translation>Das Baumobjekt mischt Teile mit Einträgen</translation>
    </message>
    <message>
        <source>tree %1 is split into more than %2 levels of parts: the state is damaged or crafted</source>
        <translation>Baum %1 ist in mehr als %2 Ebenen von Teilen aufgeteilt: Der Zustand ist beschädigt oder manipuliert</translation>
    </message>
    <message>
        <source>part %1 of tree %2 does not start at &apos;%3&apos;</source>
        <translation>Teil %1 von Baum %2 beginnt nicht bei „%3“</translation>
    </message>
    <message>
        <source>the parts of tree %1 overlap or are out of order</source>
        <translation>Die Teile von Baum %1 überschneiden sich oder sind nicht in Reihenfolge</translation>
    </message>
    <message>
        <source>pack %1 on remote %2 is not as long as its index says; nothing was added</source>
        <translation>Pack %1 auf Remote %2 ist nicht so lang, wie sein Index angibt; es wurde nichts hinzugefügt</translation>
    </message>
    <message>
        <source>unknown bundle format version %1 (this PodDeck reads versions 1 to %2; upgrade PodDeck)</source>
        <translation>unbekannte Bundle-Formatversion %1 (diese PodDeck-Version liest die Versionen 1 bis %2; aktualisieren Sie PodDeck)</translation>
    </message>
    <message>
        <source>unknown bundle format version %1 (this PodDeck reads versions 1 to %2)</source>
        <translation>unbekannte Bundle-Formatversion %1 (diese PodDeck-Version liest die Versionen 1 bis %2)</translation>
    </message>
    <message>
        <source>%1 (on remote %2); nothing was added</source>
        <translation>%1 (auf Remote %2); es wurde nichts hinzugefügt</translation>
    </message>
    <message>
        <source>%1 is retired: no pod names it, so `gc --remote` removed its index and removes the pack once its grace period has passed, a day unless `--grace` (harmless)</source>
        <translation>%1 ist ausgemustert: kein Pod nennt es, daher hat `gc --remote` seinen Index entfernt und entfernt das Pack, sobald seine Schonfrist abgelaufen ist, einen Tag, wenn nicht `--grace` anders angibt (harmlos)</translation>
    </message>
    <message>
        <source>pack %1, which this push names, was removed from the remote while it ran (by `gc --remote --prune-now`?); push again</source>
        <translation>Das Pack %1, das dieser Push nennt, wurde während des Pushs vom Remote entfernt (durch `gc --remote --prune-now`?); pushen Sie erneut</translation>
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
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n anzulegen</numerusform>
            <numerusform>%n anzulegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu ändern</numerusform>
            <numerusform>%n zu ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n zu löschen</numerusform>
            <numerusform>%n zu löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept deleted</source>
        <translation>
            <numerusform>%n bleibt gelöscht</numerusform>
            <numerusform>%n bleiben gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to delete</source>
        <translation>%1 anzulegen, %2 zu ändern, %3 zu löschen</translation>
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
    <message>
        <source>the merge came without its store</source>
        <translation>der Merge kam ohne seinen Objektspeicher</translation>
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
    <message>
        <source>State size:</source>
        <translation>Größe des Zustands:</translation>
    </message>
    <message>
        <source>%1 (uncompressed, before sharing with other versions)</source>
        <translation>%1 (unkomprimiert, bevor gleiche Teile mit anderen Versionen geteilt werden)</translation>
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
