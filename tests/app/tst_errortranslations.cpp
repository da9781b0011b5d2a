// Core error messages reach the German GUI in German: real operations fail (a missing pod through the
// job runner, a missing object, a file that is no bundle, a folder remote that cannot be created) with the
// translator the GUI installs, and the messages read as the German catalogue says. Without a translator
// (the CLI) they stay English, and counts take the right English plural.
#include "app/jobs/JobRunner.h"
#include "bundle/BundleReader.h"
#include "jobs/PodQueries.h"
#include "remote/FolderRemote.h"
#include "remote/RemoteUrl.h"
#include "store/ObjectStore.h"
#include "support/TestHome.h"
#include "util/ErrorText.h"

#include <QDir>
#include <QFile>
#include <QTranslator>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

class TestErrorTranslations : public QObject
{
    Q_OBJECT

private:
    // The message of a job the GUI runs: what its jobs panel and dialogs show.
    QString missingPodMessage()
    {
        JobRunner runner;
        QString shown;
        bool done = false;
        const QString home = m_home.path();
        runner.run(
            QStringLiteral("versions"), [home](JobContext &c) { return loadVersions(home, QStringLiteral("nirgends"), c); },
            this, [&](Result<QList<Version>> versions) {
                shown = versions.ok() ? QString() : versions.error().message;
                done = true;
            });
        [&] { QTRY_VERIFY(done); }();
        return shown;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_german.load(QStringLiteral(":/i18n/poddeck_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

    void cleanup() { QCoreApplication::removeTranslator(&m_german); }

    void missingPodIsGermanInTheGui()
    {
        QCOMPARE(missingPodMessage(), QStringLiteral("kein Pod namens 'nirgends' (siehe `poddeck-cli list`)"));
    }

    void missingObjectIsGerman()
    {
        ObjectStore store(m_home.path());
        const ObjectId id = ObjectId::hash(QByteArrayLiteral("never stored"));
        Result<QByteArray> bytes = store.get(id);
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().code, Error::Code::NotFound);
        QCOMPARE(bytes.error().message,
                 QStringLiteral("Objekt %1 fehlt im Speicher (führen Sie `poddeck-cli fsck` aus)").arg(id.toHex()));
    }

    void fileThatIsNoBundleIsGerman()
    {
        const QString path = m_home.file(QStringLiteral("noise.pod"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        ObjectStore store(m_home.path());
        Result<BundleContents> imported = BundleReader::import(store, path);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.startsWith(QStringLiteral("noise.pod: kein PodDeck-Bundle (")),
                 qPrintable(imported.error().message));
    }

    void unwritableFolderRemoteIsGerman()
    {
        Result<RemoteUrl> url = RemoteUrl::parse(QStringLiteral("file:///proc/poddeck-nowhere"));
        QVERIFY2(url.ok(), qPrintable(url.error().message));
        Result<std::unique_ptr<FolderRemote>> remote = FolderRemote::open(*url);
        QVERIFY(!remote.ok());
        QCOMPARE(remote.error().message,
                 QStringLiteral("%1 kann nicht angelegt werden: keine Berechtigung oder schreibgeschützt")
                     .arg(QDir::toNativeSeparators(QStringLiteral("/proc/poddeck-nowhere/objects"))));
    }

    void badRemoteUrlIsOneGermanSentence()
    {
        Result<RemoteUrl> url = RemoteUrl::parse(QStringLiteral("ftp://host/x"));
        QVERIFY(!url.ok());
        QCOMPARE(url.error().message,
                 QStringLiteral("Remote-URL 'ftp://host/x': unbekanntes Schema 'ftp'; verwenden Sie s3://bucket/prefix "
                                "oder file:///pfad"));
    }

    void countsTakeGermanPlurals()
    {
        QCOMPARE(ErrorText::tr("%n unresolved conflict(s)", nullptr, 1), QStringLiteral("1 ungelöster Konflikt"));
        QCOMPARE(ErrorText::tr("%n unresolved conflict(s)", nullptr, 3), QStringLiteral("3 ungelöste Konflikte"));
    }

    void withoutTranslatorTheCliReadsEnglish()
    {
        QCoreApplication::removeTranslator(&m_german);
        QCOMPARE(missingPodMessage(), QStringLiteral("no pod named 'nirgends' (see `poddeck-cli list`)"));
        QCOMPARE(ErrorText::tr("%n unresolved conflict(s)", nullptr, 1), QStringLiteral("1 unresolved conflict"));
        QCOMPARE(ErrorText::tr("%n unresolved conflict(s)", nullptr, 3), QStringLiteral("3 unresolved conflicts"));
    }

private:
    TestHome m_home;
    QTranslator m_german;
};

QTEST_MAIN(TestErrorTranslations)
#include "tst_errortranslations.moc"
