<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>poddeck::HistoryWidget</name>
    <message numerus="yes">
        <source>History of %1 (%n version(s))</source>
        <translation>
            <numerusform>History of %1 (%n version)</numerusform>
            <numerusform>History of %1 (%n versions)</numerusform>
        </translation>
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
</context>
</TS>
