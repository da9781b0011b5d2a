#include "CliRunner.h"
#include "support/TestHome.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <csignal>

using namespace poddeck::test;

// SIGKILLs poddeck-cli at many points of a commit and an import, then checks that the catalogue
// opens, fsck passes and every listed version is complete (fsck reads every object it reaches).
class TestCrashSafety : public QObject
{
    Q_OBJECT

    TestHome m_work;
    QString m_dir;

    void writeFiles(int generation)
    {
        QRandomGenerator rng(generation);
        for (int i = 0; i < 200; ++i) {
            QDir().mkpath(m_dir + QStringLiteral("/d%1").arg(i % 10));
            QFile f(m_dir + QStringLiteral("/d%1/file%2.json").arg(i % 10).arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("{\"generation\": %1, \"i\": %2}").arg(i % 7 == 0 ? generation : 0).arg(i).toUtf8());
        }
        QFile big(m_dir + QStringLiteral("/big.bin"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QByteArray data(3 * 1024 * 1024, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        big.write(data);
    }

    // Starts `args`, kills it after `delayUs` microseconds (or lets it finish).
    static bool runAndKill(const QString &home, const QStringList &args, qint64 delayUs)
    {
        QProcess p;
        p.start(QStringLiteral(PODDECK_CLI_PATH), QStringList{QStringLiteral("--home"), home} + args);
        if (!p.waitForStarted())
            return false;
        QThread::usleep(quint64(delayUs));
        if (p.state() == QProcess::Running)
            ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        return true;
    }

    static void checkConsistent(const QString &home, int *versionCount)
    {
        const CliResult fsck = runCli(home, {QStringLiteral("fsck"), QStringLiteral("--json")});
        QVERIFY2(fsck.exitCode == 0, fsck.out + fsck.err);
        QVERIFY(fsck.json().object().value("ok").toBool());
        const CliResult list = runCli(home, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        int n = 0;
        for (const QJsonValue &pod : list.json().array())
            n += pod.toObject().value("versions").toInt();
        *versionCount = n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_work.file(QStringLiteral("tree"));
        writeFiles(0);
    }

    void killDuringCommit()
    {
        TestHome home;
        QCOMPARE(runCli(home.path(), {"commit", "crash", "--from-dir", m_dir, "-m", "baseline"}).exitCode, 0);
        // How long does an uninterrupted commit of a changed tree take? Kill points are spread over that span.
        writeFiles(1000);
        QElapsedTimer t;
        t.start();
        QCOMPARE(runCli(home.path(), {"commit", "crash", "--from-dir", m_dir, "-m", "timing"}).exitCode, 0);
        const qint64 fullUs = qMax<qint64>(t.nsecsElapsed() / 1000, 20000);
        int versions = 0, previous = 2, completed = 0;
        const int points = 24;
        for (int i = 0; i < points; ++i) {
            writeFiles(i + 1);
            QVERIFY(runAndKill(home.path(), {"commit", "crash", "--from-dir", m_dir, "-m", QString::number(i)},
                               fullUs * i / points + 500));
            checkConsistent(home.path(), &versions);
            QVERIFY(versions == previous || versions == previous + 1); // old state or new, nothing else
            completed += versions - previous;
            previous = versions;
        }
        qInfo("commit: %d of %d killed runs had completed, over a %lld us span", completed, points, fullUs);
        // After all that, a normal commit and gc still work and leave a consistent home.
        QCOMPARE(runCli(home.path(), {"commit", "crash", "--from-dir", m_dir}).exitCode, 0);
        QCOMPARE(runCli(home.path(), {"gc", "--prune-now"}).exitCode, 0);
        checkConsistent(home.path(), &versions);
        QVERIFY(versions >= 2);
    }

    void killDuringImport()
    {
        TestHome source, home;
        writeFiles(100);
        QCOMPARE(runCli(source.path(), {"commit", "crash", "--from-dir", m_dir}).exitCode, 0);
        writeFiles(101);
        QCOMPARE(runCli(source.path(), {"commit", "crash", "--from-dir", m_dir}).exitCode, 0);
        const QString bundle = source.file("crash.pod");
        const CliResult ex = runCli(source.path(), {"export", "crash", "--all", "-o", bundle});
        QVERIFY2(ex.exitCode == 0, ex.err);

        QElapsedTimer t;
        t.start();
        TestHome probe;
        QCOMPARE(runCli(probe.path(), {"import", bundle}).exitCode, 0);
        const qint64 fullUs = qMax<qint64>(t.nsecsElapsed() / 1000, 20000);
        int versions = 0, completed = 0;
        const int points = 16;
        for (int i = 0; i < points; ++i) {
            QVERIFY(runAndKill(home.path(), {"import", bundle}, fullUs * i / points + 500));
            checkConsistent(home.path(), &versions);
            QVERIFY(versions == 0 || versions == 2); // all of the bundle or none of it
            if (versions == 2) {
                ++completed;
                QCOMPARE(runCli(home.path(), {"delete", "crash"}).exitCode, 0); // start over for the next point
                versions = 0;
            }
        }
        qInfo("import: %d of %d killed runs had completed, over a %lld us span", completed, points, fullUs);
        QCOMPARE(runCli(home.path(), {"import", bundle}).exitCode, 0);
        checkConsistent(home.path(), &versions);
        QCOMPARE(versions, 2);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
