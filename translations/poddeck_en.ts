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
        <source>Resource %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cancelled.</source>
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
        <source>%1 create, %2 update, %3 delete</source>
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
        <source>Size:</source>
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
    <message>
        <source>Cancelled.</source>
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
