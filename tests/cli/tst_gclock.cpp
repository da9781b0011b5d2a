#include "CliRunner.h"
#include "support/TestHome.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace poddeck::test;

// Issue 11: `gc --prune-now` must not delete objects of a version another process is committing. Real
// poddeck-cli processes commit directories in loops while others run gc, then fsck checks every version.
// The lock (<home>/gc.lock) is also held by hand here, to see each side wait for the other and say so.
class TestGcLock : public QObject
{
    Q_OBJECT

    TestHome m_work;

    // A directory of `files` small files whose content nothing else has: a commit of it writes new objects.
    QString makeTree(const QString &name, int files)
    {
        const QString dir = m_work.file(name);
        QDir().mkpath(dir + QStringLiteral("/sub"));
        QRandomGenerator *rng = QRandomGenerator::global();
        for (int i = 0; i < files; ++i) {
            QFile f(dir + (i % 2 ? QStringLiteral("/sub/f%1.bin") : QStringLiteral("/f%1.bin")).arg(i));
            if (!f.open(QIODevice::WriteOnly))
                return {};
            QByteArray data(2048 + int(rng->bounded(4096)), Qt::Uninitialized);
            rng->fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
            f.write(data);
        }
        return dir;
    }

    // A shell loop of poddeck-cli runs: a script of real processes, as a cron job or CI would run them.
    static void startLoop(QProcess &p, const QString &script)
    {
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        QVERIFY(p.waitForStarted());
    }

    // Holds <home>/gc.lock as `operation` (LOCK_SH / LOCK_EX) until closed: what another PodDeck would do.
    static int holdLock(const QString &home, int operation)
    {
        const int fd = ::open(QFile::encodeName(home + QStringLiteral("/gc.lock")).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600); // not inherited by the poddeck-cli started here
        if (fd >= 0 && ::flock(fd, operation | LOCK_NB) != 0) {
            ::close(fd);
            return -1;
        }
        return fd;
    }

    static bool lockIsFree(const QString &home)
    {
        const int fd = holdLock(home, LOCK_EX);
        if (fd < 0)
            return false;
        ::close(fd);
        return true;
    }

    static void checkAllIntact(const QString &home, int expectedVersions)
    {
        const CliResult fsck = runCli(home, {QStringLiteral("fsck"), QStringLiteral("--json")});
        QVERIFY2(fsck.exitCode == 0, fsck.out + fsck.err);
        const QJsonObject report = fsck.json().object();
        QVERIFY2(report.value("ok").toBool(), fsck.out);
        QCOMPARE(report.value("versions").toInt(), expectedVersions);
    }

private Q_SLOTS:
    void concurrentCommitsSurviveGcPruneNow()
    {
        TestHome home;
        const QString cli = QStringLiteral(PODDECK_CLI_PATH);
        QVERIFY(runCli(home.path(), {"commit", "base", "--from-dir", makeTree("base", 40), "-m", "base"}).exitCode == 0);
        const int rounds = 5;
        const int commitsPerWriter = 3;
        int versions = 1;
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; round < rounds; ++round) {
            // Two writers commit fresh trees one after the other; two gc loops prune until both are done.
            QStringList writerScripts;
            for (const QString &pod : {QStringLiteral("a"), QStringLiteral("b")}) {
                QString script = QStringLiteral("set -e\n");
                for (int i = 0; i < commitsPerWriter; ++i) {
                    const QString dir = makeTree(QStringLiteral("r%1-%2-%3").arg(round).arg(pod).arg(i), 60);
                    QVERIFY(!dir.isEmpty());
                    script += QStringLiteral("'%1' --home '%2' commit %3 --from-dir '%4' -m r%5\n")
                                  .arg(cli, home.path(), pod, dir)
                                  .arg(round);
                }
                writerScripts << script;
            }
            const QString stop = m_work.file(QStringLiteral("stop-%1").arg(round));
            const QString gcScript = QStringLiteral("while [ ! -e '%1' ]; do '%2' --home '%3' gc --prune-now >/dev/null || exit 1; done")
                                         .arg(stop, cli, home.path());
            QProcess gc1, gc2, writerA, writerB;
            startLoop(gc1, gcScript);
            startLoop(gc2, gcScript);
            startLoop(writerA, writerScripts[0]);
            startLoop(writerB, writerScripts[1]);
            for (QProcess *w : {&writerA, &writerB}) {
                QVERIFY(w->waitForFinished(60000));
                QVERIFY2(w->exitStatus() == QProcess::NormalExit && w->exitCode() == 0, w->readAll());
            }
            QFile(stop).open(QIODevice::WriteOnly);
            for (QProcess *g : {&gc1, &gc2}) {
                QVERIFY(g->waitForFinished(60000));
                QVERIFY2(g->exitStatus() == QProcess::NormalExit && g->exitCode() == 0, g->readAll());
            }
            versions += 2 * commitsPerWriter;
            checkAllIntact(home.path(), versions);
        }
        qInfo("%d rounds in %lld ms", rounds, qint64(clock.elapsed()));
    }

    // Two more CLIs on the same home: one imports a bundle into a new pod and deletes the previous one (so the
    // bundle's objects keep turning unreachable and reachable again), one commits; two gc --prune-now loops
    // run all along. Every import finds some of its objects already stored: gc must not remove them between
    // that check and the import's publish.
    void importsAndDeletesSurviveGcPruneNow()
    {
        TestHome home, source;
        const QString cli = QStringLiteral(PODDECK_CLI_PATH);
        QVERIFY(runCli(home.path(), {"commit", "base", "--from-dir", makeTree("ib-base", 20)}).exitCode == 0);
        QVERIFY(runCli(source.path(), {"commit", "imp", "--from-dir", makeTree("ib-1", 60)}).exitCode == 0);
        QVERIFY(runCli(source.path(), {"commit", "imp", "--from-dir", makeTree("ib-2", 60)}).exitCode == 0);
        const QString bundle = m_work.file(QStringLiteral("imp.pod"));
        const CliResult exported = runCli(source.path(), {"export", "imp", "--all", "-o", bundle});
        QVERIFY2(exported.exitCode == 0, exported.err);
        const int imports = 8;
        QString importer = QStringLiteral("set -e\n");
        for (int i = 1; i <= imports; ++i) {
            importer += QStringLiteral("'%1' --home '%2' import '%3' --pod imp%4\n").arg(cli, home.path(), bundle).arg(i);
            if (i > 1)
                importer += QStringLiteral("'%1' --home '%2' delete imp%3\n").arg(cli, home.path()).arg(i - 1);
        }
        QString committer = QStringLiteral("set -e\n");
        for (int i = 0; i < 4; ++i)
            committer += QStringLiteral("'%1' --home '%2' commit c --from-dir '%3'\n").arg(cli, home.path(), makeTree(QStringLiteral("ib-c%1").arg(i), 40));
        const QString stop = m_work.file(QStringLiteral("stop-imports"));
        const QString gcScript = QStringLiteral("while [ ! -e '%1' ]; do '%2' --home '%3' gc --prune-now >/dev/null || exit 1; done")
                                     .arg(stop, cli, home.path());
        QProcess gc1, gc2, importing, committing;
        startLoop(gc1, gcScript);
        startLoop(gc2, gcScript);
        startLoop(importing, importer);
        startLoop(committing, committer);
        for (QProcess *w : {&importing, &committing}) {
            QVERIFY(w->waitForFinished(90000));
            QVERIFY2(w->exitStatus() == QProcess::NormalExit && w->exitCode() == 0, w->readAll());
        }
        QFile(stop).open(QIODevice::WriteOnly);
        for (QProcess *g : {&gc1, &gc2}) {
            QVERIFY(g->waitForFinished(60000));
            QVERIFY2(g->exitStatus() == QProcess::NormalExit && g->exitCode() == 0, g->readAll());
        }
        checkAllIntact(home.path(), 1 + 2 + 4); // base, the last import's two versions, four commits
        QCOMPARE(runCli(home.path(), {"gc", "--prune-now"}).exitCode, 0);
        checkAllIntact(home.path(), 7);
    }

    void gcWaitsForAWriterAndSaysSo()
    {
        TestHome home;
        QVERIFY(runCli(home.path(), {"commit", "p", "--from-dir", makeTree("wait-gc", 5)}).exitCode == 0);
        const int fd = holdLock(home.path(), LOCK_SH); // a commit in progress
        QVERIFY(fd >= 0);
        QProcess gc;
        gc.start(QStringLiteral(PODDECK_CLI_PATH), {"--home", home.path(), "--progress", "gc", "--prune-now"});
        QVERIFY(gc.waitForStarted());
        QByteArray err;
        QTRY_VERIFY((err += gc.readAllStandardError()).contains("Waiting for commits"));
        QVERIFY(!gc.waitForFinished(300)); // still waiting
        ::close(fd);
        QVERIFY(gc.waitForFinished(10000));
        QCOMPARE(gc.exitCode(), 0);
    }

    void writerWaitsForGcAndSaysSo()
    {
        TestHome home;
        QVERIFY(runCli(home.path(), {"commit", "p", "--from-dir", makeTree("wait-w1", 5)}).exitCode == 0);
        const int fd = holdLock(home.path(), LOCK_EX); // a gc in progress
        QVERIFY(fd >= 0);
        QProcess commit;
        commit.start(QStringLiteral(PODDECK_CLI_PATH),
                     {"--home", home.path(), "--progress", "commit", "p", "--from-dir", makeTree("wait-w2", 5)});
        QVERIFY(commit.waitForStarted());
        QByteArray err;
        QTRY_VERIFY((err += commit.readAllStandardError()).contains("Waiting for gc to finish"));
        QVERIFY(!commit.waitForFinished(300));
        QCOMPARE(runCli(home.path(), {"list", "--json"}).json().array().first().toObject().value("versions").toInt(), 1);
        ::close(fd);
        QVERIFY(commit.waitForFinished(10000));
        QCOMPARE(commit.exitCode(), 0);
        checkAllIntact(home.path(), 2);
    }

    void lockOfAKilledProcessIsReleased()
    {
        TestHome home;
        QVERIFY(runCli(home.path(), {"commit", "p", "--from-dir", makeTree("killed", 5)}).exitCode == 0);
        // A process that holds the lock shared (flock(1) from util-linux, then exec'd into sleep) dies the
        // way a crashed commit would: the kernel drops its lock and gc runs.
        QProcess holder;
        holder.start(QStringLiteral("sh"), {"-c", QStringLiteral("exec 9>>'%1/gc.lock' && flock --shared 9 && exec sleep 60").arg(home.path())});
        QVERIFY(holder.waitForStarted());
        QTRY_VERIFY2(!lockIsFree(home.path()) || holder.state() != QProcess::Running, "the holder never took the lock");
        QVERIFY2(holder.state() == QProcess::Running, "flock(1) from util-linux is needed for this test");
        holder.kill();
        QVERIFY(holder.waitForFinished(5000));
        QVERIFY(lockIsFree(home.path()));
        const CliResult gc = runCli(home.path(), {"gc", "--prune-now"}, 10000);
        QVERIFY2(gc.exitCode == 0, gc.out + gc.err);
    }
};

QTEST_GUILESS_MAIN(TestGcLock)
#include "tst_gclock.moc"
