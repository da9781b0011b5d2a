<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Version control for the state of your local cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PodDeck home to open (default: $PODDECK_HOME, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod bundles, LocalStack state zips or share links to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::CloneDialog</name>
    <message>
        <source>Clone from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote &apos;%1&apos; holds no pods yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a pod on &apos;%1&apos; to copy here with all its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods on the remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n version(s)</source>
        <translation>
            <numerusform>%1 — %n version</numerusform>
            <numerusform>%1 — %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>, last pushed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (here already: pull it instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a pod to see its description and labels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::CommitDialog</name>
    <message>
        <source>Snapshot the instance at %1 into a new version of a pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the pod to commit into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot the instance into a new version of a pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing pod, or type a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod to commit into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this version holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services (or e.g. s3, sqs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every region that holds resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include SQS messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages are read without being consumed: they become visible again right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include SQS messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::ContentsLoader</name>
    <message>
        <source>Reading the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::ContentsModel</name>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the contents of version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret, revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: right-click and choose Reveal Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version holds no code for %1, so it cannot be restored from it. Right-click and choose Attach Code… to add the zip, or commit from moto started by PodDeck, which serves the code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::ContentsWidget</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search resources and attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal or hide the selected secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the resource path of the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contents of %1:%2 (%n resource(s))</source>
        <translation>
            <numerusform>Contents of %1:%2 (%n resource)</numerusform>
            <numerusform>Contents of %1:%2 (%n resources)</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a code zip to the selected Lambda function or layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::DiffActions</name>
    <message>
        <source>Compare with Ins&amp;tance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected version with the running instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two selected versions, or the selected version with its parent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::DiffModel</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) changed</source>
        <translation>
            <numerusform>%n attribute changed</numerusform>
            <numerusform>%n attributes changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modified</source>
        <translation>
            <numerusform>%n modified</numerusform>
            <numerusform>%n modified</numerusform>
        </translation>
    </message>
    <message>
        <source>A secret: right-click and choose Reveal Value to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret, revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::DiffTree</name>
    <message numerus="yes">
        <source>(%n chunk(s) changed)</source>
        <translation>
            <numerusform>(%n chunk changed)</numerusform>
            <numerusform>(%n chunks changed)</numerusform>
        </translation>
    </message>
    <message>
        <source>Arranging the changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::DiffWidget</name>
    <message>
        <source>&amp;Reveal Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal or hide the selected secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter changed resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n added</source>
        <translation>
            <numerusform>+%n added</numerusform>
            <numerusform>+%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n removed</source>
        <translation>
            <numerusform>−%n removed</numerusform>
            <numerusform>−%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%n modified</source>
        <translation>
            <numerusform>~%n modified</numerusform>
            <numerusform>~%n modified</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: %1 and %2 hold the same resources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::DiffWindow</name>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read both sides again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 — PodDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::DragExportCache</name>
    <message>
        <source>Preparing %1:%2 for dragging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::DriftButton</name>
    <message>
        <source>Changes since the instance head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the instance with its head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare the instance with its head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ in sync with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance holds exactly %1 (SQS messages are not compared). Click to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>%n change since %1</numerusform>
            <numerusform>%n changes since %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 modified since %4 (SQS messages are not compared). Click to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since %1: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked automatically: %1. Click to check now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last check took %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::EmptyStateWidget</name>
    <message>
        <source>Import a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pod bundle or LocalStack state zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit This Instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the running instance into a new pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a Local moto_server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local moto_server to build state in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::Error</name>
    <message>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: network manager is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it declares %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it kept sending past that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is larger than the %2 bytes accepted for it (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response cut short (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost or reset by the server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: truncated response: got %2 of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: malformed JSON response at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AwsClient::send() blocks; call it from a worker thread, or use sendAsync()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read AWS credentials file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile [%1] in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile [%1] in %2 lacks aws_access_key_id or aws_secret_access_key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server returned the same page token twice; its paging is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document ends inside &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed XML at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed XML: no root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated archive (after entry %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged archive (after entry %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated archive (in entry %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged archive (in entry %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PodDeck bundle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a LocalStack state zip (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than the limit of %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is a link; bundles hold only regular files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is a link; archives hold only regular files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is a device or special file; bundles hold only regular files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is a device or special file; archives hold only regular files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is a file whose name ends with &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is a sparse file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 declares a negative size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is a directory with content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 declares %2, more than the %3 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its entries declare more than the %1 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 holds more than the %2 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 holds more than the %2 its header declares (a compression bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its entries hold more than the %1 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated archive (entry %1 holds %2 bytes, its header says %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 has a control character in its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 escapes the bundle (absolute paths and &apos;..&apos; are not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 escapes the archive (absolute paths and &apos;..&apos; are not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 has an empty path component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the archive format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write entry &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write entry data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write directory &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PodDeck bundle (manifest.json is not a PodDeck manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json has no valid formatVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json names no pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json has no valid object count or size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists a version without a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists version %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists no versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json names a head that is not one of its versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is larger than the %2 limit once decompressed (a compression bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PodDeck bundle (no manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PodDeck bundle (no manifest.json; its first entry is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest lists %1 objects: it has more than the limit of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not part of the bundle layout (manifest.json, then objects/ab/&lt;62 hex digits&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds more objects than the %1 its manifest lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated archive (its manifest lists %1 objects, it holds %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest says the objects take %1 bytes, they take %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete bundle: version %1 is listed but its object is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is listed as a version but is not one (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json describes version %1 differently from its object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete bundle: version %1 needs an object it does not hold (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is not used by any version of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bundle needs a pod name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bundle needs at least one version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 changed while it was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.yaml is larger than the %1 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1 records an unsafe LocalStack entry: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two resources record LocalStack entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 was not imported from LocalStack (it holds no LocalStack state entries), so it cannot be exported as a LocalStack state zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (content of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content of %1 has %2 bytes, its reference says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown service %1; PodDeck knows %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos; data in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) cannot hand over its state in its own format; only LocalStack&apos;s state API (a licensed edition) can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) cannot load LocalStack&apos;s own state format; only a LocalStack with its state API (a licensed edition) can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing answers at %1: start an emulator there (e.g. `localstack start`, or `moto_server -p 4566`) or pass --endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waited %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocking HTTP call on the GUI thread (a bug: run it as a job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PodDeck cannot write %2 resources through the AWS APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a local emulator; PodDeck only resets moto and LocalStack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST %1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API %1 is not in %2; restore the API first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API %1 has no resource %2 to hold %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DynamoDB table or item path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of %1 returned the same page key twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of %1: too many pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items of %1: still unprocessed after 10 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item has no %1 key attribute &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table has no key schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item id &apos;%1&apos; has %2 parts, the table&apos;s key %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 did not become ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting task definition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task definition %1 cannot be registered again: the instance&apos;s family is already at revision %2, and ECS never reuses a number. Delete the family on the instance, or inject with --strategy overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task definition %1 got revision %2 where %3 was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task definition %1 differs, but revisions cannot be changed: register a new revision, or inject with --strategy overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task definition %1 is deregistered on the instance and cannot be registered again: inject with --strategy overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1 of rule %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM: unknown resource type in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinesis stream %1 did not become ACTIVE within a minute; inject again when it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinesis ListStreams: too many pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS key %1 is not in %2; restore the key first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the code of %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the code of %1: the emulator answered HTTP %2 to GET %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code the emulator served for %1 does not match its CodeSha256 (%2, expected %3): commit again, and if it persists restart moto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 version %2, permission %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 version %2 cannot be published again: the instance&apos;s layer is already at version %3 and Lambda never reuses a layer version number; inject with --strategy overwrite (the emulator is reset first), or skip the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 version %2 has no code in this version (it was committed from an emulator that cannot return code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 version %2 came back as version %3 (deleted again): the emulator numbered past it; inject with --strategy overwrite into a reset emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of layer %2 on the instance holds other content than the version&apos;s (%3 differ), and a published layer version cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: inject with --strategy overwrite, or skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Inject with --strategy overwrite (the emulator is reset first), or inject the rest without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version holds no code for this %1 (it was committed from an emulator that cannot return Lambda code)</source>
        <extracomment>%1 is the Lambda resource type as AWS names it (function, layer)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda: unknown resource type in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function %1 has no code in this version (it was committed from an emulator that cannot return code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 has no code in this version (it was committed from an emulator that cannot return code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log group %1 changes its class, which CloudWatch Logs fixes at creation: delete the group, or inject with --strategy overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an S3 bucket or object path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3://%1: ListObjectVersions repeated a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3://%1: too many object versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3://%1: too many object versions to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1, label %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SNS topic or subscription path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription %1:%2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SQS queue path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the emulator keeps answering %1 queues for prefix &apos;%2&apos;; cannot list its queues whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of the batch failed (%3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>making messages visible again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the messages of queue %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the messages of queue %1: the emulator answered HTTP %2 to GET %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading LocalStack state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalStack answered HTTP %1 to GET /_localstack/pods/state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalStack&apos;s state API is not licensed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalStack refused the state as incompatible with this instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalStack answered HTTP %1 while loading the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PODDECK_MOTO_ENTRY names %1, which is not a file: point it at poddeck_moto_server.py or unset it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PodDeck&apos;s moto entry point (%1) is not installed: reinstall PodDeck or set PODDECK_MOTO_ENTRY to its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>python3 was not found on PATH: install Python 3 and moto (pip install &apos;moto[server]&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a working directory for moto: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moto did not start listening within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moto&apos;s /moto-api/data.json is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a zip file: Lambda code is a .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Lambda function or layer: only those take code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was reset (--no-autosave resets without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid resource path &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attach-code names no function or layer of this instance: %1 (a function by its name, a layer as layer:NAME:VERSION); nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, or live for the running instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved conflict(s); nothing was recorded</source>
        <translation>
            <numerusform>%n unresolved conflict; nothing was recorded</numerusform>
            <numerusform>%n unresolved conflicts; nothing was recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock %1: %2 (check that the home is writable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: check permissions and free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled while waiting for gc; nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gc cancelled while waiting for writers; nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an encrypted share, and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an encrypted share: import it through its link, #key=... included (`poddeck-cli import &apos;LINK&apos;`, or paste the link into PodDeck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bundle names its pod &apos;%2&apos;, which is not a valid name; import it with --pod NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all exports a whole pod; name the pod without :N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pod named &apos;%1&apos; (see `poddeck-cli list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; has no versions to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is LocalStack&apos;s own state, which only LocalStack with its state API can load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject it into such a LocalStack, or inject the rest without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PodDeck cannot write %1 resources through the AWS APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject it into an emulator whose own state API loads it, or inject the rest without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the emulator at %1 does not run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it with %1 enabled (LocalStack: SERVICES), or inject the rest without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit it again where its code can be read (moto started by PodDeck) or attach the code to the version, or inject the rest without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking what %1 needs: %2; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs %1, which neither the version nor the instance (after its reset) holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs %1, which neither the version nor the instance holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it on the instance or commit it with the version, or inject the rest without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs %1, which cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is skipped with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) cannot be restored, so nothing was changed (inject the rest with --skip-unrestorable):
%1</source>
        <translation>
            <numerusform>%n resource cannot be restored, so nothing was changed (inject the rest with --skip-unrestorable):
%1</numerusform>
            <numerusform>%n resources cannot be restored, so nothing was changed (inject the rest with --skip-unrestorable):
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was changed (--no-autosave overwrites without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset before loading failed: %1; nothing was loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds LocalStack&apos;s own state, which only LocalStack can load: inject it with another strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) will stay deleted: the instance head %1:%2 holds them, the instance does not (the head says they were deleted on the instance since), and the version did not change them</source>
        <translation>
            <numerusform>%n resource will stay deleted: the instance head %1:%2 holds them, the instance does not (the head says they were deleted on the instance since), and the version did not change them</numerusform>
            <numerusform>%n resources will stay deleted: the instance head %1:%2 holds them, the instance does not (the head says they were deleted on the instance since), and the version did not change them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved conflict(s); nothing was changed. Resolve them first</source>
        <translation>
            <numerusform>%n unresolved conflict; nothing was changed. Resolve them first</numerusform>
            <numerusform>%n unresolved conflicts; nothing was changed. Resolve them first</numerusform>
        </translation>
    </message>
    <message>
        <source>the merge was not prepared (no live state): run prepareLiveMerge() first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merge was applied to the instance, but recording it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds LocalStack&apos;s own state format, which only a LocalStack with its state API (a licensed edition) can load; %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep-merge needs resources PodDeck can read; LocalStack&apos;s own state loads with overwrite, account-region-merge or service-merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalStack could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gc stopped, nothing was removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; has no label &apos;%2&apos; (it has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; uses plain http to %2: credentials and pod data would cross the network unencrypted. Use an https:// endpoint, or add the remote again with --allow-insecure-http (GUI: &quot;Allow plain http&quot;) if this network is trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted remote needs a passphrase (--passphrase-stdin or %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the passphrase of remote &apos;%1&apos; in the keychain: %2 (or set %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not honour conditional writes: %2. Two people pushing at once could overwrite each other&apos;s versions; push from one machine at a time, or use a local disk or an S3 bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not honour conditional writes: %2. Two people pushing at once could overwrite each other&apos;s versions. Use storage that does (AWS S3, MinIO, Ceph, LocalStack, moto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both an access key id and its secret, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder remotes take no credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a remote named &apos;%1&apos; already exists (remove it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passphrase is only for encrypted remotes (--encrypt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an encrypted remote: add it with --encrypt and its passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the secret of remote &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; is removed, but its passphrase could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; is removed, but its keychain entry could not be: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no remote configured; add one with `poddeck-cli remote add NAME URL`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several remotes are configured (%1); name one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret for remote &apos;%1&apos; (access key %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain entry is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase for encrypted remote &apos;%1&apos; (%2): run `poddeck-cli remote passphrase %1 --passphrase-stdin` to store it in the keychain, or set %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the passphrase of remote &apos;%1&apos; in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing (its index is there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its bytes no longer hash to its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, but its index says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry its index calls object %2 does not hold it (the index is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not marked secret; `secret-marks` lists the marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (like 7d, 12h, 30m or 3600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a share link lives between 1 second and 7 days; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a share link lives between 1 second and 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state tree %1 has a resource at its top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 on remote %2 is corrupt (%3); nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this pull from remote %1 would download %2, the limit of one pull; nothing was added. If the pod really is this large, raise the limit, e.g. %3=%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on remote %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is not a tree: %2 (on remote %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=&apos;%2&apos; is not a positive amount (like 200G, 500M or 1000000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; exists here already; use `poddeck-cli pull %1 %2`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; has no pod &apos;%2&apos; (see `poddeck-cli list --remote %1`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pod &apos;%1&apos; on remote &apos;%2&apos; has %n version(s); there is no %1:%3</source>
        <translation>
            <numerusform>pod &apos;%1&apos; on remote &apos;%2&apos; has %n version; there is no %1:%3</numerusform>
            <numerusform>pod &apos;%1&apos; on remote &apos;%2&apos; has %n versions; there is no %1:%3</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1 from remote &apos;%2&apos; cannot be read: %3; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull cancelled; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote has versions you don&apos;t have: pull and merge first (`poddeck-cli pull %1 %2`, merge, then push again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 (an attachment chunk) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; has no versions to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone updated pod &apos;%1&apos; on remote &apos;%2&apos; at the same time; push again to send its description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 cannot be pushed: %3 (run `poddeck-cli fsck`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n object(s) uploaded; push again to send the rest)</source>
        <translation>
            <numerusform>%1 (%2 of %n object uploaded; push again to send the rest)</numerusform>
            <numerusform>%1 (%2 of %n objects uploaded; push again to send the rest)</numerusform>
        </translation>
    </message>
    <message>
        <source>object %1 is not a version: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is not a tree: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is not a resource: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an encrypted remote: remove this remote and add it again with its passphrase (`poddeck-cli remote add NAME %1 --encrypt --passphrase-stdin`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; on remote &apos;%2&apos; moved backwards: its head is now %3 (%4 versions), but this machine saw %5 there before, which the remote no longer builds on. Someone restored an older copy of its pod file, or replayed one. Nothing was changed here. If this machine holds the newer versions, `poddeck-cli push %1 %2` puts them back; otherwise ask who maintains the remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the network or the remote kept failing; nothing is lost: run `poddeck-cli %2` again when it answers, it resumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit cancelled; nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no pod; write POD or POD:N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the version after &apos;:&apos; must be a number from 1 (e.g. %2:1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown strategy &apos;%1&apos;; use overwrite, account-region-merge, service-merge or deep-merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conflict number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict %1 is about the whole resource %2: resolve it with a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment &apos;%1&apos; needs an attachment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no merge row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited resource is at &apos;%1&apos;, not at &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unresolved conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved conflict(s)</source>
        <translation>
            <numerusform>%n unresolved conflict</numerusform>
            <numerusform>%n unresolved conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a PodDeck key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer PodDeck (format %2, cipher %3); upgrade PodDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses key derivation &apos;%2&apos;, which this PodDeck does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; is not set up for encryption (it has no %2); add it again with `poddeck-cli remote add NAME URL --encrypt`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for remote &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted remote needs a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds unencrypted pods (%2); use an empty folder or key prefix for an encrypted remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the key file of remote &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is missing on remote &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 on encrypted remote &apos;%2&apos; (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 in a pack on encrypted remote &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on encrypted remote &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on encrypted remote &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; is encrypted, and a share link to ciphertext is of no use to whoever opens it: share from an unencrypted remote, or pass --plaintext to upload this one version unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sync %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete it there and push again from a machine that has the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on remote %2 is a symbolic link; PodDeck reads only regular files from a folder remote: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on remote %2 is not a regular file (a FIFO, device or socket); PodDeck reads only regular files from a folder remote: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on remote %2 is %3 bytes, more than the %4 such a file may have, so it is damaged or not PodDeck&apos;s: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on remote %2 grew past the %3 bytes such a file may have: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: permission denied or read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot link %1: %2 (this folder supports neither rename-without-replace nor hard links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it replaced an existing file on a rename that must not replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is missing on remote %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing on remote %2; run `poddeck-cli remote fsck`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on remote %2 is a symbolic link; PodDeck reads only regular files from a folder remote: delete it there and push again from a machine that has the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on remote %2 is not a regular file (a FIFO, device or socket); PodDeck reads only regular files from a folder remote: delete it there and push again from a machine that has the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on remote %2 is shorter than its index says; run `poddeck-cli remote fsck`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1 has no pod &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: it keeps changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad generation tag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; on remote %2 changed since it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad share id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the bundle to %1: check space and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=&apos;%2&apos; is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it leaves https for plain http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it points at this machine (a loopback address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it points at a link-local address (like a cloud metadata service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloads block; run them in a job thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects to %2, and PodDeck does not follow that: %3. If you trust that address, import it directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download of %1 did not finish within %2 seconds; if the link is just slow, allow more time with %3=&lt;seconds&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (the link may have expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot download %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain has no entry for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused access to %1 (%2); unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain error for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain calls wait for the keychain; run them in a job thread, not the GUI thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s (is it locked and waiting for a password?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is running (%1). Start a Secret Service such as GNOME Keyring or KWallet, or give credentials through AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); run `poddeck-cli remote fsck` and push the affected pods again from a machine that has them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PodDeck pack index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its entry count does not match its size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 lies outside the pack or overlaps another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it fails its integrity check (changed, damaged, or encrypted with another key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported scrypt parameters (log2 N %1, r %2, p %3, %4-byte salt; PodDeck takes at most 256 MiB and a 16-byte salt): the key file is damaged or crafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encryption key has %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not encrypted by PodDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was encrypted by a newer PodDeck (format %1); upgrade PodDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PodDeck remote pod file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer PodDeck (format %2); upgrade to use this remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad formatVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version entry has no valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry of version %1 does not match its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names a pack by a bad id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its head %1 is not among its versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote URL &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix has an empty path segment (&apos;//&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix cannot contain &apos;.&apos; or &apos;..&apos; segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix segment &apos;%1&apos; has characters S3 keys should not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix is longer than 512 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid S3 bucket name: it must be 3 to 63 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid S3 bucket name: use lowercase letters, digits, &apos;.&apos; and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid S3 bucket name: it cannot hold &apos;..&apos;, &apos;.-&apos; or &apos;-.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid S3 bucket name: it cannot look like an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a remote needs a URL: s3://bucket/prefix or file:///path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials do not belong in the URL; use --access-key-id and --secret-access-key-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file URLs name a local path: file:///path (three slashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file URLs take no query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder must be an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder path cannot contain &apos;..&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scheme &apos;%1&apos;; use s3://bucket/prefix or file:///path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no bucket (s3://bucket/prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an s3:// URL takes no port; give the server as ?endpoint=http://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an s3:// URL takes no fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint must be an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint cannot carry credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region name (like eu-west-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>style must be &apos;path&apos; or &apos;virtual&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (endpoint, region, style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bucket name with dots breaks TLS with virtual-host addressing; add style=path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bucket &apos;%2&apos; does not exist (create it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: access denied (%2); check the credentials stored for this remote or AWS_ACCESS_KEY_ID / AWS_PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1: bucket &apos;%2&apos; does not exist (create it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 on remote %2 is larger than any PodDeck object (%3 bytes at most), so it is damaged or not PodDeck&apos;s; delete %4 there and push again from a machine that has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1: CreateMultipartUpload returned no UploadId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1: UploadPart returned no ETag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1: CompleteMultipartUpload failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on remote %2 is larger than %3 bytes, so it is damaged or not PodDeck&apos;s; run `poddeck-cli remote fsck`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1 answered a read of %2 bytes of %3 with %4 bytes (it must honour HTTP Range requests); run `poddeck-cli remote fsck`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on remote %2 is larger than the %3 bytes such a file may have, so it is damaged or not PodDeck&apos;s; restore it from a backup, or delete it and push the pod again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1 sends no ETag, so PodDeck cannot update its pods safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write a test file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it replaced an existing file despite If-None-Match: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answered a create-only write of an existing file with %1 instead of 412</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it replaced a file whose ETag did not match If-Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answered an If-Match write with a wrong ETag with %1 instead of 412</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link&apos;s #key= part is missing or damaged: copy the whole link, including everything after &apos;#&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an encrypted share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was encrypted by a newer PodDeck (format %2); update PodDeck to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (chunk size %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut short or damaged: download the share again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared bundle cannot be decrypted: %1 (is the #key= part of the link the one that came with it?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a resource object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource object has an invalid path &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1 has a malformed attachment &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a tree object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree object is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree object has a malformed entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree object entries are not sorted or repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a version object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version object has no valid root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version object has an invalid parent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version object has an invalid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PodDeck home directory given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the PodDeck home %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available; reinstall PodDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a remote name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pod name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote name &apos;%1...&apos; is too long (%2 characters; at most 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod name &apos;%1...&apos; is too long (%2 characters; at most 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote name &apos;%1&apos; contains &apos;%2&apos;; use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod name &apos;%1&apos; contains &apos;%2&apos;; use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote name &apos;%1&apos; cannot start with &apos;.&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod name &apos;%1&apos; cannot start with &apos;.&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up pod &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading pod &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating pod &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pod named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming pod &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting pod &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describing pod &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the versions of pod &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; has no versions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; has no version %2 (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the versions of pod &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading version %1 of pod &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; has no version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading all versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add a version without an id or root tree to pod &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding versions to pod &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version numbers start at 1 (asked to delete %1 of pod &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting version %1 of pod &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the versions gc must keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no remote named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting ref &apos;%1&apos; of pod &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ref name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading ref &apos;%1&apos; of pod &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; has no ref &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an instance endpoint cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the head of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the head of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version recorded for %1 yet (commit it or inject a version first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking %1 as modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing the head of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading setting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving setting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing setting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; needs a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding remote &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a remote named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing remote &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording pod &apos;%1&apos; on remote &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading pod &apos;%1&apos; of remote &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote &apos;%1&apos; has no pod &apos;%2&apos; that we know of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading remote refs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the catalogue tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the life and state of instance heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the description and labels of pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the pod summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the catalogue schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer PodDeck (schema %2, this build knows up to %3); upgrade PodDeck or use another --home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the catalogue header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a PodDeck catalogue; move it away or use another --home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the catalogue tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a PodDeck catalogue; move it away or use another --home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching the catalogue to WAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PodDeck catalogue (%2); move it away or use another --home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuring the catalogue connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the catalogue schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the catalogue schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <extracomment>%1 is what was being done (a phrase like &quot;reading pod &apos;x&apos;&quot;), %2 SQLite&apos;s message, %3 the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a zstd frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zstd data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes follow the zstd frame (an object is exactly one frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object would decompress to %1 bytes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged zstd data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object decompresses past the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated zstd data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2 (the disk that holds the PodDeck home is full: free some space there, or run `poddeck-cli gc --prune-now` to drop objects no version uses, and try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object of %1 bytes is larger than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory while compressing an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 does not match its hash (damaged or tampered with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is missing from the store (run `poddeck-cli fsck`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is damaged: %2 (run `poddeck-cli fsck`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 does not match its hash (run `poddeck-cli fsck`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read data to store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment has %1 bytes, its reference says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write attachment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description is %1 characters long; keep it to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description holds a control character (U+%1); use plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &apos;%1…&apos; is too long (%2 characters; at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &apos;%1&apos; holds a space, comma or control character; use one word per label, like team-a or demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pod can carry at most %1 labels (%2 given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1 in the store is damaged: %2 (run `poddeck-cli fsck`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree %1 lies more than %2 levels deep: the state is damaged or crafted (no real state nests that far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attachment of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 (attachment of %2) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource path &apos;%1…&apos; has %2 levels; a state holds at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (after %n attempt)</numerusform>
            <numerusform>%1 (after %n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>moto did not start: is moto installed (pip install &apos;moto[server]&apos;)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moto did not start (%1): is moto installed (pip install &apos;moto[server]&apos;)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key of remote &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL failed to derive a key with scrypt (out of memory?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL failed to start AES-256-GCM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL failed to encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL failed to finish AES-256-GCM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boot id changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalStack&apos;s state API is not available (it needs a licensed edition); PodDeck uses the AWS APIs instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS GetCallerIdentity failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references to re-created ids were rewritten in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apigateway REST API %1 in %2 was re-created as %3 (the emulator chose the id); its invoke URL and execute-api ARNs changed with it (references in the restored resources were rewritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apigateway REST API %1 in %2: PodDeck does not change %3 of an existing API; delete the API and inject again to get the recorded %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECR repository %1 in %2 holds images: PodDeck records the repository but not its images (push them again after injecting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>kms in %1: %n key(s) recorded without their key material, which KMS never exports; a restore creates new keys, so data encrypted with these keys will not decrypt after it</source>
        <translation>
            <numerusform>kms in %1: %n key recorded without their key material, which KMS never exports; a restore creates new keys, so data encrypted with these keys will not decrypt after it</numerusform>
            <numerusform>kms in %1: %n keys recorded without their key material, which KMS never exports; a restore creates new keys, so data encrypted with these keys will not decrypt after it</numerusform>
        </translation>
    </message>
    <message>
        <source>kms key %1 in %2 was re-created with its id but new key material: data encrypted with the old key will not decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kms key %1 in %2 was re-created as %3 (the emulator chose the id; PodDeck keeps the old id in its _custom_id_ tag, and references to it in the restored resources now name the new id). Its key material is new: data encrypted with the old key will not decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the attached zip is not the code the emulator runs (CodeSha256 %2, the emulator&apos;s %3); the version records the attached zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this emulator cannot give its code back, so the version records it without code; attach the zip with `commit --attach-code %2=FILE.zip`, or start moto with `poddeck-cli moto`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version holds no code for this layer version (it was committed from an emulator that cannot return Lambda code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda function %1: version %2 was published from the function&apos;s current code (a version&apos;s own code is not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda function %1: version %2 came back as version %3 (the emulator numbers versions itself and does not publish unchanged code and configuration twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda function %1: alias %2 was not created, its version %3 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda function %1: version %2 differs from the one recorded and was left as it is (published versions cannot be changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log stream %1 in log group %2 (%3) holds more than %4 events or %5 MiB: only the newest were recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1 got a new ARN (%2, was %3): the emulator chose its suffix; references in this version were rewritten, others still name the old ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages of queue %1 (%2 region) are not captured: this emulator can only read them by receiving them, and after maxReceiveCount receives SQS moves them to the dead-letter queue. PodDeck&apos;s moto (poddeck-cli moto) reads them without receiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not captured: %n message(s) of queue %1 (%2), in flight or delayed.</source>
        <translation>
            <numerusform>Not captured: %n message of queue %1 (%2), in flight or delayed.</numerusform>
            <numerusform>Not captured: %n messages of queue %1 (%2), in flight or delayed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %1 (%2) holds about %n message(s); %3 were captured (at most %4 per queue, and a FIFO queue hands out one batch per message group at a time).</source>
        <translation>
            <numerusform>Queue %1 (%2) holds about %n message; %3 were captured (at most %4 per queue, and a FIFO queue hands out one batch per message group at a time).</numerusform>
            <numerusform>Queue %1 (%2) holds about %n messages; %3 were captured (at most %4 per queue, and a FIFO queue hands out one batch per message group at a time).</numerusform>
        </translation>
    </message>
    <message>
        <source>sending messages (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stepfunctions state machine %1 in %2 was recorded as %3, but the emulator created it as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalStack session changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the zip is not the code the emulator ran (CodeSha256 %2, recorded %3); the new version records the zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attach-code was ignored: LocalStack&apos;s state API holds the code itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalStack state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not ask the emulator what else it holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not list S3 buckets to check the instance head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 bucket %1 was created again after the head was recorded: the emulator was restarted or reset since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head %1:%2 no longer applies: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the emulator restarted since (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check the instance head against %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read moto&apos;s model listing to check the instance head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the instance holds nothing of %1 any more, where the head held %n resource(s): the emulator was restarted or reset since</source>
        <translation>
            <numerusform>the instance holds nothing of %1 any more, where the head held %n resource: the emulator was restarted or reset since</numerusform>
            <numerusform>the instance holds nothing of %1 any more, where the head held %n resources: the emulator was restarted or reset since</numerusform>
        </translation>
    </message>
    <message>
        <source>the head %1:%2 is no longer in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1:%2 holds %n resource(s); checking reads them all from the instance</source>
        <translation>
            <numerusform>%1:%2 holds %n resource; checking reads them all from the instance</numerusform>
            <numerusform>%1:%2 holds %n resources; checking reads them all from the instance</numerusform>
        </translation>
    </message>
    <message>
        <source>changed differently in the instance and the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added differently in the instance and the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version deleted it, while the instance changed what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in the instance, but the version deleted what holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in the instance, deleted in the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance deleted it, while the version changed what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in the version, but the instance deleted what holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in the instance, changed in the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance has no head version in this catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The merge runs two-way, against the empty state: nothing the version holds is read as deleted on the instance, and whatever the instance and the version hold differently is a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalStack loads the state zip itself (strategy %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): catalogue row disagrees with the version object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check that %1 honours conditional writes (%2); pushes rely on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no index: a push was interrupted while sending it (harmless; a push that resumes sends its objects again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod &apos;%1&apos; needs %2, which is missing; push the pod again from a machine that has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not delete the bundle by itself (%2): run `poddeck-cli gc --remote %3` after %4 to delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>again</source>
        <comment>the word of the messages that already say to try again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance is reset first; afterwards it holds exactly the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance has no head version, so this is a two-way merge: what the version holds is added or updated, nothing is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in ours, while theirs changed what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in theirs, while ours changed what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in theirs, but ours deleted what holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in ours, but theirs deleted what holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed differently on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added differently on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in ours, deleted in theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in ours, changed in theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the bucket&apos;s lifecycle rules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add lifecycle rules to bucket %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type before &apos;:&apos; is SERVICE/TYPE, e.g. lambda/function:Environment.Variables.STRIPE_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key path is keys joined by &apos;.&apos;, e.g. Environment.Variables.STRIPE_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PodDeck catalogue</source>
        <comment>the name the catalogue&apos;s own messages use; translate it as there</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the storage cannot expire files by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was readable by other users (mode %2); PodDeck made it private (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is readable by other users (mode %2) and PodDeck cannot change that: run `chmod %3 %1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory while decompressing an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack index %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size does not match its entry count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 lies outside its pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries are not sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check permissions and free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many stale temp files; run `poddeck-cli gc`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is not in this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 into place: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shorter than its index says (run `poddeck-cli fsck`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree object has an entry of a kind this PodDeck does not know: a newer PodDeck wrote it; update PodDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree object mixes parts with entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree %1 is split into more than %2 levels of parts: the state is damaged or crafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 of tree %2 does not start at &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parts of tree %1 overlap or are out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack %1 on remote %2 is not as long as its index says; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown bundle format version %1 (this PodDeck reads versions 1 to %2; upgrade PodDeck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown bundle format version %1 (this PodDeck reads versions 1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on remote %2); nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is retired: no pod names it, so `gc --remote` removed its index and removes the pack once its grace period has passed, a day unless `--grace` (harmless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack %1, which this push names, was removed from the remote while it ran (by `gc --remote --prune-now`?); push again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::HistoryWidget</name>
    <message numerus="yes">
        <source>History of %1 (%n version(s))</source>
        <translation>
            <numerusform>History of %1 (%n version)</numerusform>
            <numerusform>History of %1 (%n versions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pod to see its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 has no versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the versions of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::ImportFiles</name>
    <message numerus="yes">
        <source>Pod &apos;%1&apos; already has all %n version(s) in the file</source>
        <translation>
            <numerusform>Pod &apos;%1&apos; already has the version in the file</numerusform>
            <numerusform>Pod &apos;%1&apos; already has all %n versions in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new version(s) of pod &apos;%1&apos;</source>
        <translation>
            <numerusform>Imported %n new version of pod &apos;%1&apos;</numerusform>
            <numerusform>Imported %n new versions of pod &apos;%1&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already present)</source>
        <translation>
            <numerusform>(%n already present)</numerusform>
            <numerusform>(%n already present)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n version(s) of pod &apos;%1&apos;</source>
        <translation>
            <numerusform>Imported %n version of pod &apos;%1&apos;</numerusform>
            <numerusform>Imported %n versions of pod &apos;%1&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not import %n file(s)</source>
        <translation>
            <numerusform>Could not import %n file</numerusform>
            <numerusform>Could not import %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::InjectDialog</name>
    <message>
        <source>Inject version %1 into the instance at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the instance&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the version&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite (the instance becomes the version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account/region merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service merge (resource by resource)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep merge (three-way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empties the instance, then loads the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each service in the version, its account/region state replaces the instance&apos;s; everything else stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds and updates resource by resource; the version wins where both have the same resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges the instance&apos;s changes since its head with the version&apos;s, child by child (S3 objects, DynamoDB items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what would change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the inject of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot inject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the instance first; then %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): choose what wins to go on.</source>
        <translation>
            <numerusform>%n conflict: choose what wins to go on.</numerusform>
            <numerusform>%n conflicts: choose what wins to go on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve them in the merge editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): resolve them in the merge editor.</source>
        <translation>
            <numerusform>%n conflict: resolve it in the merge editor.</numerusform>
            <numerusform>%n conflicts: resolve them in the merge editor.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance head and the version hold it, the instance does not: the head says it was deleted on the instance, so the merge keeps it deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (the counts above include them)</source>
        <translation>
            <numerusform>… and %n more (the counts above include them)</numerusform>
            <numerusform>… and %n more (the counts above include them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n kept deleted</source>
        <translation>
            <numerusform>, %n kept deleted</numerusform>
            <numerusform>, %n kept deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) cannot be restored: the inject will offer to skip them.</source>
        <translation>
            <numerusform>%n resource cannot be restored: the inject will offer to skip them.</numerusform>
            <numerusform>%n resources cannot be restored: the inject will offer to skip them.</numerusform>
        </translation>
    </message>
    <message>
        <source>set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed (was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attachment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Inject Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;conflict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What wins a deep-merge conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n to delete</numerusform>
            <numerusform>%n to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept deleted</source>
        <translation>
            <numerusform>%n kept deleted</numerusform>
            <numerusform>%n kept deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::InjectOutcomeDialog</name>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot inject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) of %1 cannot be restored into this instance, so nothing was changed. Inject the Rest applies everything else and skips these (and %2 that depend on them).</source>
        <translation>
            <numerusform>%n resource of %1 cannot be restored into this instance, so nothing was changed. Inject the Rest applies everything else and skips these (and %2 that depend on them).</numerusform>
            <numerusform>%n resources of %1 cannot be restored into this instance, so nothing was changed. Inject the Rest applies everything else and skips these (and %2 that depend on them).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject the &amp;Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject the rest, skipping what cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject of %1 failed part-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 changes were applied before the inject stopped; the instance is marked modified, since it now holds neither its old state nor %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go back to what the instance held before, inject %1:%2 with Overwrite (%3). To keep what it holds now, commit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause and inject %1 again with Overwrite to start from a known state, or commit the instance to keep what it holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::InstanceBar</name>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a version here to inject it into this instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emulator endpoint PodDeck commits from and injects into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the instance again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the instance&apos;s resources (reads the whole instance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local moto_server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs moto_server on a free port of 127.0.0.1 until PodDeck quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the resources of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting moto_server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was committed from or injected into this instance yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources: ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Count to read the whole instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing answers at %1. Start LocalStack or moto there, pick another endpoint, or start a local moto_server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head: modified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head: %1:%2 (no longer applies)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::InstanceOperations</name>
    <message>
        <source>Commit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Committed %1:%2 (%n resource(s))</source>
        <translation>
            <numerusform>Committed %1:%2 (%n resource)</numerusform>
            <numerusform>Committed %1:%2 (%n resources)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not captured: %1 — PodDeck cannot read these services yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda Code Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1:%2 holds %n Lambda function(s) or layer(s) without code, so they cannot be restored from it:</source>
        <translation>
            <numerusform>%1:%2 holds %n Lambda function or layer without code, so they cannot be restored from it:</numerusform>
            <numerusform>%1:%2 holds %n Lambda functions or layers without code, so they cannot be restored from it:</numerusform>
        </translation>
    </message>
    <message>
        <source>This emulator cannot give Lambda code back. Select each one (marked with a warning in Contents) and choose Attach Code… from its context menu, or start moto from PodDeck (&quot;Start a local moto_server&quot;), which serves the code, and commit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injecting %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped: %n conflict(s)</source>
        <translation>
            <numerusform>%1 stopped: %n conflict</numerusform>
            <numerusform>%1 stopped: %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was changed, %n resource(s) cannot be restored</source>
        <translation>
            <numerusform>%1: nothing was changed, %n resource cannot be restored</numerusform>
            <numerusform>%1: nothing was changed, %n resources cannot be restored</numerusform>
        </translation>
    </message>
    <message>
        <source>Injected %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n resource(s) that cannot be restored</source>
        <translation>
            <numerusform>; skipped %n resource that cannot be restored</numerusform>
            <numerusform>; skipped %n resources that cannot be restored</numerusform>
        </translation>
    </message>
    <message>
        <source>; the old state is saved as %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the old state is saved as %1:%2 (inject it to get it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep merge of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 to deep-merge %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep-merging %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the instance already holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep-merged without conflicts: recorded %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::JobDetailsDialog</name>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed after %2 (%3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::JobListModel</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::JobRunner</name>
    <message>
        <source>The operation stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::JobStatusWidget</name>
    <message numerus="yes">
        <source>%1 (%n more job(s))</source>
        <translation>
            <numerusform>%1 (%n more job)</numerusform>
            <numerusform>%1 (%n more jobs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the details of this error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running job (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PodDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the jobs of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the jobs of this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::JobsPanel</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the jobs of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the jobs of this session (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the finished jobs from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this job to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the error of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n finished</numerusform>
            <numerusform>%n finished</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>poddeck::MainWindow</name>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Importing %n file</numerusform>
            <numerusform>Importing %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>PodDeck — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to PodDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Home: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PodDeck bundles (*.pod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalStack state (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pods yet. The instance at %1 answers: commit its state as your first pod, drop a .pod file or LocalStack state zip here, or run `poddeck-cli commit POD --from-dir DIR`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pods yet, and nothing answers at %1. Start a local moto_server to build state in, drop a .pod file or LocalStack state zip here, or run `poddeck-cli commit POD --from-dir DIR`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::MainWindowActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pod bundle or LocalStack state zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit PodDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload pods and versions from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter pods by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the contents of the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the instance into a pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject the selected version into the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected version into another version of its pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the resources of all or some services in the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the instance again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected version as a .pod bundle or LocalStack state zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Pod…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current pod and its versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details of the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints, regions, credentials and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::MergeAttributeTable</name>
    <message>
        <source>Changed attributes of the resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours (instance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole resource: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed differently on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added differently on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in ours, removed in theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed in ours, changed in theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::MergeDocumentLoader</name>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merge came without its store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::MergeEditorWindow</name>
    <message>
        <source>Deep Merge of %1 into the Instance — PodDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2 — PodDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous unsolved conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next unsolved conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-Solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve what a rule can: lists both sides changed merge as sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the base for the selected attribute or resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 for the selected attribute or resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the merged value of the selected attribute or resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal or hide the selected secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the merge to the instance and record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the merge as a version with two parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the merge editor without merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the instance has no head version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging %1 (theirs) into the instance at %2 (ours). Base: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the versions share no ancestor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging %1 (theirs) into %2 (ours). Base: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep merge of %1 into the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base — head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base — none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours — the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unsolved conflicts left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot be read: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent: not in the base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent: ours does not hold it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent: theirs does not hold it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent: the result deletes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unresolved: take a side or edit the resource)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No conflicts: %n changed resource(s) merge cleanly.</source>
        <translation>
            <numerusform>No conflicts: %n changed resource merges cleanly.</numerusform>
            <numerusform>No conflicts: %n changed resources merge cleanly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conflict(s) unresolved</source>
        <translation>
            <numerusform>%1 of %n conflict unresolved</numerusform>
            <numerusform>%1 of %n conflicts unresolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n conflict(s) resolved</source>
        <translation>
            <numerusform>%n conflict resolved</numerusform>
            <numerusform>All %n conflicts resolved</numerusform>
        </translation>
    </message>
    <message>
        <source>Only conflicting attributes are chosen one by one; select the resource to take a side for all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Auto-solve resolved %n conflict(s).</source>
        <translation>
            <numerusform>Auto-solve resolved %n conflict.</numerusform>
            <numerusform>Auto-solve resolved %n conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-solve found nothing it can resolve: choose by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only conflicting document attributes can be edited; for attachments take a side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is secret: choose Reveal Value (%1) on it first to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the merge of %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the merge failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the merge as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the merge to the instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep-merging %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the merge failed: %1. The instance may hold part of the merge; check it before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into the instance and recorded %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the merge is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is a two-way merge, and everything both sides hold differently is a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance has no head version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) stay deleted because the instance head says they were deleted on the instance: %1</source>
        <translation>
            <numerusform>%n resource stay deleted because the instance head says they were deleted on the instance: %1</numerusform>
            <numerusform>%n resources stay deleted because the instance head says they were deleted on the instance: %1</numerusform>
        </translation>
    </message>
    <message>
        <source> …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the &amp;Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ged attributes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::MergeTargetDialog</name>
    <message>
        <source>Merge %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge version %1:%2 (“%3”) into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version to merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 — %3 (branch head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge editor opens when both sides changed something differently; otherwise the merge is recorded right away as a version with two parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::MergeTreeModel</name>
    <message>
        <source>deleted in ours, while theirs changed what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in theirs, while ours changed what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in theirs, but ours deleted what holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in ours, but theirs deleted what holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in ours, deleted in theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in ours, changed in theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved</source>
        <translation>
            <numerusform>%n unresolved</numerusform>
            <numerusform>%n unresolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged, %n unresolved</source>
        <translation>
            <numerusform>merged, %n unresolved</numerusform>
            <numerusform>merged, %n unresolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved conflict(s)</source>
        <translation>
            <numerusform>%n unresolved conflict</numerusform>
            <numerusform>%n unresolved conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unresolved conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::MergeValueDialog</name>
    <message>
        <source>Edit Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged value of %1, as JSON:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged document of %1, as JSON:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the key from the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the resource in the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a JSON object, e.g. {&quot;Name&quot;: &quot;orders&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a JSON value, e.g. &quot;text&quot;, 42, true or [1, 2].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::MotoLauncher</name>
    <message>
        <source>The local moto_server stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start moto_server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local moto_server stopped (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::Operations</name>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::PodDescriptionText</name>
    <message>
        <source>Labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

No description yet (Version &gt; Properties describes the pod)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::PodListModel</name>
    <message>
        <source>Size of the newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pushed to or pulled from any remote yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the remote has versions this home has not seen — pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: diverged — %2 to push, %3 to pull; pull and merge, then push</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: ahead — %n version(s) to push</source>
        <translation>
            <numerusform>%1: ahead — %n version to push</numerusform>
            <numerusform>%1: ahead — %n versions to push</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: behind — %n version(s) to pull</source>
        <translation>
            <numerusform>%1: behind — %n version to pull</numerusform>
            <numerusform>%1: behind — %n versions to pull</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::PodListWidget</name>
    <message>
        <source>Filter pods by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::PodQueries</name>
    <message>
        <source>Reading the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describing pod %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::PropertiesDialog</name>
    <message>
        <source>Properties of %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (a first version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State tree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring where the space goes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the space goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored bytes per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bytes per version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Bytes per &amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s), %1 uncompressed</source>
        <translation>
            <numerusform>%n resource, %1 uncompressed</numerusform>
            <numerusform>%n resources, %1 uncompressed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (this version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This version stores %1 in %n service(s).</source>
        <translation>
            <numerusform>This version stores %1 in %n service.</numerusform>
            <numerusform>This version stores %1 in %n services.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole pod stores %1 in %n version(s).</source>
        <translation>
            <numerusform>The whole pod stores %1 in %n version.</numerusform>
            <numerusform>The whole pod stores %1 in %n versions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not measure the space: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this pod holds and what it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels, separated by spaces or commas: demo team-a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pod&apos;s description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the pod&apos;s description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Push the pod to share its description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (uncompressed, before sharing with other versions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::RemoteAddDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Folder for the Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name and a URL (s3://bucket/prefix or file:///path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the access key ID and its secret, or neither to use the AWS environment or profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase for the encryption, or turn encryption off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding remote &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding remote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the remote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3://bucket/prefix?endpoint=URL&amp;region=R or file:///path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for a folder remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3://team-pods/poddeck — a bucket on AWS
s3://pods/team?endpoint=http://localhost:9000&amp;region=us-east-1 — MinIO, LocalStack, moto
file:///mnt/share/pods — a shared folder (or Choose Folder…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 only; empty: AWS environment or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the OS keychain, nowhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt everything pushed (client-side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teammates need the same passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain &amp;http to this host (credentials and data are not encrypted in transit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::RemoteBrowserDialog</name>
    <message>
        <source>No remote yet: add one under Remote &gt; Remotes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the pods on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing pods on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the pods on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no pods yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) on %1.</source>
        <translation>
            <numerusform>%n pod on %1.</numerusform>
            <numerusform>%n pods on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote to browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search pods by name, description or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, description or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the remote&apos;s pods again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods on the remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a pod to clone it; drag it onto the instance bar to clone it and inject its newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone the selected pod</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::RemoteBrowserModel</name>
    <message>
        <source>%1 (here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of %n version(s), created %2 by %3:
%4</source>
        <translation>
            <numerusform>Version %1 of %n version, created %2 by %3:
%4</numerusform>
            <numerusform>Version %1 of %n versions, created %2 by %3:
%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Size of the newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This home has the pod: cloning pulls its new versions instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::RemoteJobs</name>
    <message>
        <source>Reading remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing pods on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading sync states</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::RemoteListView</name>
    <message>
        <source>Remotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::RemoteOperations</name>
    <message>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the current pod to a remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the current pod&apos;s new versions from a remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone from Remote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a pod from a remote to this home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Share Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the selected version and copy a link to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remotes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, remove and test remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the share link or .pod file on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading sync states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote yet: add an S3 bucket or a shared folder first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &apos;%1&apos; already has %2:%3; sent the pod&apos;s new description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &apos;%1&apos; already has %2:%3; nothing to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pushed %1:%2 to &apos;%3&apos;: %n new version(s), </source>
        <translation>
            <numerusform>Pushed %1:%2 to &apos;%3&apos;: %n new version, </numerusform>
            <numerusform>Pushed %1:%2 to &apos;%3&apos;: %n new versions, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) uploaded (%1)</source>
        <translation>
            <numerusform>%n object uploaded (%1)</numerusform>
            <numerusform>%n objects uploaded (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pull and Merge First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone pushed new versions of &apos;%1&apos; to &apos;%2&apos; since you last pulled, so your push would lose them. Nothing was changed on the remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull to get their versions (Remote &gt; Pull), inject theirs into your instance with the deep-merge strategy and resolve any conflicts, commit the result, then push again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull %1 from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod &apos;%1&apos; is up to date with &apos;%2&apos;; its description changed there and was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod &apos;%1&apos; is up to date with &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n new version(s) of &apos;%1&apos; from &apos;%2&apos;</source>
        <translation>
            <numerusform>Pulled %n new version of &apos;%1&apos; from &apos;%2&apos;</numerusform>
            <numerusform>Pulled %n new versions of &apos;%1&apos; from &apos;%2&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>Clone from Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone a pod from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing pods on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the pods on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cloned &apos;%1&apos; from &apos;%2&apos;: %n version(s)</source>
        <translation>
            <numerusform>Cloned &apos;%1&apos; from &apos;%2&apos;: %n version</numerusform>
            <numerusform>Cloned &apos;%1&apos; from &apos;%2&apos;: %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Share Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share link for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share link for %1 copied to the clipboard; it works until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import on the clipboard: copy a share link (https://…) or a .pod file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse Remote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every pod on a remote with its description and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted share link for %1 copied to the clipboard (the key is in the link); it works until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::RemotePanel</name>
    <message>
        <source>Remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a version from the history on a remote to push it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Drop a version here to push it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remotes — double-click to add one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::RemotesDialog</name>
    <message>
        <source>None needed (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain (access key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS environment or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the remotes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added remote &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the remote &apos;%1&apos; and its stored secret?

Nothing on the remote is deleted; you can add it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing remote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed remote &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove remote &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing remote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n pod(s)</source>
        <translation>
            <numerusform>Connected: %n pod</numerusform>
            <numerusform>Connected: %n pods</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; plain http (not encrypted in transit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added remote &apos;%1&apos;, but: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remotes are S3 buckets or shared folders that pods are pushed to and pulled from. Secrets live in the OS keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to the selected remote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::ResetInstanceDialog</name>
    <message>
        <source>Reset Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the resources of the checked services in the instance at %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services to reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With every service checked, the whole instance is reset. Versions in PodDeck are not touched; what the instance holds is first saved as a version of pod autosave, so you can inject it to get it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::SettingsDialog</name>
    <message>
        <source>AWS environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named AWS profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remotes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One endpoint a line, e.g. http://localhost:4566</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints offered in the instance bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default re&amp;gions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every region that holds resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where credentials come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the desktop theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PodDeck stores no secrets: credentials come from the AWS environment variables or the named profile of your AWS credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::SpaceChart</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::Stage</name>
    <message>
        <source>Finding regions that hold resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading LocalStack state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the emulator what PodDeck cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the merge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the merged state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for gc to finish (another PodDeck is cleaning this home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for commits, imports, pulls and merges of this home to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for %1 on the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the instance to pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the emulator at %1 (%2 s left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the instance head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalStack is loading the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding reachable objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing unreachable objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing packs on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking pod files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle of %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading pod &apos;%1&apos; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating pod &apos;%1&apos; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing pods on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pack indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which objects %1 has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote %1 keeps one file per object (the layout before packs); upgrading it: new objects go into packs from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing shared bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::VersionListModel</name>
    <message numerus="yes">
        <source>%n resource(s), %1</source>
        <translation>
            <numerusform>%n resource, %1</numerusform>
            <numerusform>%n resources, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge of %n version(s)</source>
        <translation>
            <numerusform>Merge of %n version</numerusform>
            <numerusform>Merge of %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poddeck::VersionOperations</name>
    <message>
        <source>Export %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PodDeck bundle (*.pod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalStack state zip (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1:%2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n version(s) to %1</source>
        <translation>
            <numerusform>Exported %n version to %1</numerusform>
            <numerusform>Exported %n versions to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version %1 (“%2”)?

Its data stays on disk until garbage collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pod %1 with all its versions?

Its data stays on disk until garbage collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 is the only version of its pod: there is nothing to merge it into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge of %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to merge: %1 already holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the merge of %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged without conflicts: recorded %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Code to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach code to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching %1 to %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1:%2 with the code attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describing pod %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
