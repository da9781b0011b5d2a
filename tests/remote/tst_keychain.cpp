#include "RemoteFixture.h"
#include "aws/AwsClient.h"
#include "remote/Keychain.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QDirIterator>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

// Remote secrets in a real keychain. Needs a Secret Service (gnome-keyring) on a D-Bus session; CI runs:
//   dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null;
//                              ctest --test-dir build -L keychain --output-on-failure'
// and without one the test is skipped, saying so.
class TestKeychain : public QObject
{
    Q_OBJECT

    MotoServer m_moto;
    QTemporaryDir m_work;
    const QString m_secret = QStringLiteral("s3cr3t-VALUE-7f1c9e");

    static bool fileContains(const QString &dir, const QByteArray &needle)
    {
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                return true;
        }
        return false;
    }

    static CliResult runWithStdin(const QString &home, const QStringList &args, const QByteArray &input)
    {
        QProcess p;
        p.start(QStringLiteral(PODDECK_CLI_PATH), QStringList{QStringLiteral("--home"), home} + args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString probeKey = QStringLiteral("probe@poddeck-test");
        Status probe = Keychain::writeSecret(probeKey, QStringLiteral("probe"));
        if (!probe)
            QFAIL(qPrintable(QStringLiteral("no Secret Service reachable (%1); run under dbus-run-session with "
                                            "gnome-keyring-daemon --unlock --components=secrets").arg(probe.error().message)));
        QVERIFY(Keychain::removeSecret(probeKey).ok());
        const QString why = m_moto.start();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
        // Only the keychain can supply credentials in this test.
        qunsetenv("AWS_ACCESS_KEY_ID");
        qunsetenv("AWS_SECRET_ACCESS_KEY");
        qunsetenv("AWS_PROFILE");
        qputenv("AWS_SHARED_CREDENTIALS_FILE", QFile::encodeName(m_work.filePath("none")));
        QVERIFY(AwsClient(AwsConfig::forEndpoint(QUrl(m_moto.endpoint())))
                    .send(AwsRequest::s3(QStringLiteral("CreateBucket"), "PUT", QStringLiteral("kc-bucket"))).ok());
    }

    void roundTrip()
    {
        const QString key = Keychain::keyFor("s3://kc-bucket/x", "AKIDROUNDTRIP");
        QVERIFY(Keychain::writeSecret(key, m_secret).ok());
        QCOMPARE(Keychain::readSecret(key).value(), m_secret);
        QVERIFY(Keychain::removeSecret(key).ok());
        QCOMPARE(Keychain::readSecret(key).error().code, Error::Code::NotFound);
        QVERIFY(Keychain::removeSecret(key).ok()); // removing twice is fine
    }

    void remoteAddStoresSecretInKeychainOnly()
    {
        TestHome home;
        const QString url = QStringLiteral("s3://kc-bucket/team?endpoint=%1").arg(m_moto.endpoint());
        CliResult r = runWithStdin(home.path(), {"remote", "add", "origin", url, "--access-key-id", "AKIDPODDECKTEST",
                                                 "--secret-access-key-stdin"}, m_secret.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QVERIFY(!fileContains(home.path(), m_secret.toUtf8())); // not in the catalogue, its WAL, or anywhere else
        r = runCli(home.path(), {"remote", "list", "--json"});
        const QString stored = r.json().array().first().toObject().value("url").toString();
        QCOMPARE(Keychain::readSecret(Keychain::keyFor(stored, "AKIDPODDECKTEST")).value(), m_secret);

        QVERIFY(writeTree(m_work.filePath("t"), 1, 10, 0));
        QCOMPARE(runCli(home.path(), {"commit", "kc", "--from-dir", m_work.filePath("t")}).exitCode, 0);
        r = runCli(home.path(), {"push", "kc"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QVERIFY(!cliText(r).contains(m_secret));

        // The entry gone behind PodDeck's back: a clear error that names the access key, never the secret.
        QVERIFY(Keychain::removeSecret(Keychain::keyFor(stored, "AKIDPODDECKTEST")).ok());
        r = runCli(home.path(), {"push", "kc"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(cliText(r).contains("no secret for remote 'origin' (access key AKIDPODDECKTEST)"), qPrintable(cliText(r)));
        QVERIFY(!cliText(r).contains(m_secret));

        // remote remove deletes the entry too.
        QVERIFY(Keychain::writeSecret(Keychain::keyFor(stored, "AKIDPODDECKTEST"), m_secret).ok());
        QCOMPARE(runCli(home.path(), {"remote", "remove", "origin"}).exitCode, 0);
        QCOMPARE(Keychain::readSecret(Keychain::keyFor(stored, "AKIDPODDECKTEST")).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
