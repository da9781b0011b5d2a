<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommitDialog</name>
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
</context>
<context>
    <name>InjectDialog</name>
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
    <name>SettingsDialog</name>
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
        <source>Default &amp;regions:</source>
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
</context>
<context>
    <name>poddeck::CatalogueReads</name>
    <message>
        <source>Reading the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading versions of %1</source>
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
        <source>Secret: right-click to reveal</source>
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
        <source>&amp;Reveal Secret</source>
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
        <source>&amp;Hide Secret</source>
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
        <source>Cannot create %1</source>
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
        <source>Stop and show the conflicts</source>
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
        <source>&amp;Reset Instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every resource in the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Instance</source>
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
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
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
        <source>No pods yet. Commit the instance (Instance &gt; Commit), drop a .pod file or LocalStack state zip here, or run `poddeck-cli commit POD --from-dir DIR`.</source>
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
</context>
<context>
    <name>poddeck::MotoLauncher</name>
    <message>
        <source>moto_server was not found. Install it with: pip install &apos;moto[server]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free port on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local moto_server stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start moto_server: %1</source>
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
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Injected %1:%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every resource in the instance at %1?

Versions in PodDeck are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
</TS>
