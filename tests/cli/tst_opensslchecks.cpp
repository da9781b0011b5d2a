#include "CliRunner.h"
#include "support/TestHome.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace poddeck::test;

// Issue 11, item 7: every OpenSSL return value is checked. With an OpenSSL configuration that loads only
// the null provider, SHA-256 is unavailable: poddeck-cli must stop with a message that says so, not name
// objects with whatever bytes the failed digest left behind.
class TestOpenSslChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitStopsWhenSha256Fails()
    {
        TestHome home;
        QVERIFY(QDir().mkpath(home.file(QStringLiteral("state"))));
        QFile data(home.file(QStringLiteral("state/a.txt")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("some state");
        data.close();
        QFile conf(home.file(QStringLiteral("openssl-null.cnf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("openssl_conf = init\n[init]\nproviders = providers\n[providers]\nnull = null\n[null]\nactivate = 1\n");
        conf.close();

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPENSSL_CONF"), conf.fileName());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PODDECK_CLI_PATH),
                {QStringLiteral("--home"), home.file(QStringLiteral("home")), QStringLiteral("commit"),
                 QStringLiteral("demo"), QStringLiteral("--from-dir"), home.file(QStringLiteral("state")),
                 QStringLiteral("-m"), QStringLiteral("x")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0, err.constData());
        QVERIFY2(err.contains("OpenSSL cannot compute SHA-256"), err.constData());

        // The same commit without the crippled configuration works.
        const CliResult ok = runCli(home.file(QStringLiteral("home2")),
                                    {QStringLiteral("commit"), QStringLiteral("demo"), QStringLiteral("--from-dir"),
                                     home.file(QStringLiteral("state")), QStringLiteral("-m"), QStringLiteral("x")});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestOpenSslChecks)
#include "tst_opensslchecks.moc"
