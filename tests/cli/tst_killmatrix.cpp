#include "KillPoints.h"
#include "aws/AwsClient.h"
#include "remote/RemoteFixture.h"
#include "support/MotoServer.h"
#include "store/ObjectStore.h"
#include "support/TestHome.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>

using namespace poddeck;
using namespace poddeck::test;

// Issue 11, item 10: SIGKILL at many points of push, pull and clone (to a folder and to moto's S3), inject
// (with the head it records), merge, gc and delete. After each kill the home's fsck and the remote's fsck
// pass, no version is half-visible (a pod shows the versions it had or all the new ones), every listed
// version reads fully, and running the same command again completes. tst_crashsafety does commit and import.
class TestKillMatrix : public QObject
{
    Q_OBJECT

    MotoServer m_s3{MotoServer::Kind::Plain}; // the S3 remote's bucket
    MotoServer m_emulator;                    // the instance inject loads into (PodDeck's entry point)
    QTemporaryDir m_work;
    QString m_bucket = QStringLiteral("killmatrix");
    int m_remotes = 0;
    TestHome m_source; // pod "p": two versions, pushed to the remotes pull and clone read

    enum class Kind { Folder, S3 };

    QString newRemoteUrl(Kind kind)
    {
        const QString name = QStringLiteral("r%1").arg(++m_remotes);
        if (kind == Kind::Folder) return QUrl::fromLocalFile(m_work.filePath(name)).toString();
        return QStringLiteral("s3://%1/%2?endpoint=%3").arg(m_bucket, name, m_s3.endpoint());
    }

    static void ok(const CliResult &r) { QVERIFY2(r.exitCode == 0, qPrintable(cliText(r))); }
    static void addRemote(const QString &home, const QString &name, const QString &url)
    {
        ok(runCli(home, {"remote", "add", name, url}));
    }
    static void checkHome(const QString &home)
    {
        QString why;
        QVERIFY2(homeIsConsistent(home, &why), qPrintable(why));
    }
    static void checkRemote(const QString &home, const QString &remote)
    {
        QString why;
        QVERIFY2(remoteIsConsistent(home, remote, &why), qPrintable(why));
    }
    // A killed run that had finished by itself must have succeeded.
    static void finishedRunSucceeded(const KillRun &run)
    {
        QVERIFY2(run.killed || run.exitCode == 0, run.err);
    }
    // A clone of the remote's pod into a fresh home reads every version it lists.
    void remotePodReadsFully(const QString &url, const QString &pod, int versions)
    {
        TestHome reader;
        addRemote(reader.path(), "origin", url);
        ok(runCli(reader.path(), {"clone", "origin", pod}));
        QCOMPARE(localVersions(reader.path(), pod), versions);
        checkHome(reader.path());
    }

    // `push p` of a second version to a remote that holds the first, killed at `points` moments.
    void killPush(Kind kind, int points)
    {
        TestHome home;
        QVERIFY(writeTree(m_work.filePath("push1"), 1, 150, 256 * 1024));
        QVERIFY(writeTree(m_work.filePath("push2"), 2, 150, 256 * 1024, 1)); // every file changes
        ok(runCli(home.path(), {"commit", "p", "--from-dir", m_work.filePath("push1")}));
        ok(runCli(home.path(), {"commit", "p", "--from-dir", m_work.filePath("push2")}));
        addRemote(home.path(), "probe", newRemoteUrl(kind));
        ok(runCli(home.path(), {"push", "p:1", "probe"}));
        const qint64 fullUs = timeRun(home.path(), {"push", "p", "probe"});
        int completed = 0;
        for (int i = 0; i < points; ++i) {
            const QString remote = QStringLiteral("k%1").arg(i);
            const QString url = newRemoteUrl(kind);
            addRemote(home.path(), remote, url);
            ok(runCli(home.path(), {"push", "p:1", remote}));
            const KillRun run = runAndKill(home.path(), {"push", "p", remote}, killDelay(fullUs, i, points));
            finishedRunSucceeded(run);
            checkHome(home.path());
            checkRemote(home.path(), remote);
            const int seen = remoteVersions(home.path(), remote, "p");
            QVERIFY2(seen == 1 || seen == 2,
                     qPrintable(QString::number(seen))); // the old pod file or the new one
            completed += seen == 2;
            if (seen == 2) // the new pod file names only packs that are whole
                remotePodReadsFully(url, "p", seen);
            ok(runCli(home.path(), {"push", "p", remote}));
            QCOMPARE(remoteVersions(home.path(), remote, "p"), 2);
            checkRemote(home.path(), remote);
        }
        qInfo("push (%s): %d of %d killed runs had completed, over a %lld us span",
              kind == Kind::Folder ? "folder" : "s3", completed, points, fullUs);
    }

    // A remote holding m_source's pod p (two versions).
    QString sourceRemote(Kind kind)
    {
        const QString url = newRemoteUrl(kind);
        const QString name = QStringLiteral("src%1").arg(m_remotes);
        addRemote(m_source.path(), name, url);
        ok(runCli(m_source.path(), {"push", "p", name}));
        return url;
    }

    // `pull p` (a home holding p:1) or `clone origin p` (a fresh home), killed at `points` moments.
    void killPullOrClone(Kind kind, bool clone, int points)
    {
        const QString url = sourceRemote(kind);
        const int before = clone ? 0 : 1;
        const QStringList args =
            clone ? QStringList{"clone", "origin", "p"} : QStringList{"pull", "p", "origin"};
        auto freshHome = [&](TestHome &home) {
            addRemote(home.path(), "origin", url);
            if (!clone) ok(runCli(home.path(), {"pull", "p:1", "origin"}));
        };
        qint64 fullUs = 0;
        {
            TestHome probe;
            freshHome(probe);
            fullUs = timeRun(probe.path(), args);
            QCOMPARE(localVersions(probe.path(), "p"), 2);
        }
        int completed = 0;
        for (int i = 0; i < points; ++i) {
            TestHome home;
            freshHome(home);
            const KillRun run = runAndKill(home.path(), args, killDelay(fullUs, i, points));
            finishedRunSucceeded(run);
            checkHome(home.path());
            const int seen = localVersions(home.path(), "p");
            QVERIFY2(seen == before || seen == 2, qPrintable(QString::number(seen)));
            completed += seen == 2;
            const CliResult again = runCli(home.path(), args);
            if (clone && seen == 2) // the clone had landed: a second one says what to do instead
                QVERIFY2(again.exitCode == 1 && cliText(again).contains("use `poddeck-cli pull"),
                         qPrintable(cliText(again)));
            else
                ok(again);
            QCOMPARE(localVersions(home.path(), "p"), 2);
            QCOMPARE(versionIds(home.path(), "p"), versionIds(m_source.path(), "p"));
            checkHome(home.path());
        }
        qInfo("%s (%s): %d of %d killed runs had completed, over a %lld us span", clone ? "clone" : "pull",
              kind == Kind::Folder ? "folder" : "s3", completed, points, fullUs);
    }

    // The emulator's instance: an S3 bucket and queues; e:1 has 40 objects, e:2 twenty more.
    QString m_endpoint;
    AwsClient emulatorClient() const { return instanceClient(m_emulator); }
    void fillEmulator(int from, int to) { QVERIFY(putObjects(m_emulator, QStringLiteral("kill-assets"), from, to, 200)); }
    CliResult onEmulator(const QString &home, QStringList args)
    {
        return runCli(home, args << "--endpoint" << m_endpoint);
    }
    QString headId(const QString &home)
    {
        const CliResult st = onEmulator(home, {"--json", "status", "--no-count"});
        return st.json().object().value("head").toObject().value("id").toString();
    }
    void instanceHolds(const QString &home, const QString &ref)
    {
        const CliResult diff = onEmulator(home, {"diff", ref, "live"});
        QVERIFY2(diff.exitCode == 0 && diff.out.contains("No differences"), qPrintable(cliText(diff)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QString why = m_s3.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_emulator.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_endpoint = m_emulator.endpoint();
        test::useTestCredentials(m_work.filePath("no-credentials"));
        const AwsClient s3(AwsConfig::forEndpoint(QUrl(m_s3.endpoint())));
        QVERIFY(s3.send(AwsRequest::s3(QStringLiteral("CreateBucket"), "PUT", m_bucket)).ok());
        QVERIFY(writeTree(m_work.filePath("src1"), 11, 150, 256 * 1024));
        QVERIFY(writeTree(m_work.filePath("src2"), 12, 150, 256 * 1024, 1));
        ok(runCli(m_source.path(), {"commit", "p", "--from-dir", m_work.filePath("src1")}));
        ok(runCli(m_source.path(), {"commit", "p", "--from-dir", m_work.filePath("src2")}));
    }

    void pushToFolder() { killPush(Kind::Folder, 8); }
    void pushToS3() { killPush(Kind::S3, 8); }
    void pullFromFolder() { killPullOrClone(Kind::Folder, false, 6); }
    void pullFromS3() { killPullOrClone(Kind::S3, false, 6); }
    void cloneFromFolder() { killPullOrClone(Kind::Folder, true, 5); }
    void cloneFromS3() { killPullOrClone(Kind::S3, true, 5); }

    // What a gc killed halfway leaves after `delete`: some objects of the deleted versions gone, others still
    // there (gc removes in no particular order; a flush killed halfway leaves the same kind of store).
    // Pulling those versions again must fetch what is missing, not take an object that is here for a complete
    // subtree.
    void pullAfterAnInterruptedGc()
    {
        const QString url = sourceRemote(Kind::Folder);
        TestHome home;
        addRemote(home.path(), "origin", url);
        ok(runCli(home.path(), {"clone", "origin", "p"}));
        ok(runCli(home.path(), {"delete", "p"}));
        // Every other object goes, whatever it is (gc's sweep told to keep the rest).
        int removed = 0;
        {
            ObjectStore store(home.path());
            const QList<ObjectId> all = *store.listObjects();
            QSet<ObjectId> keep;
            for (int i = 0; i < all.size(); ++i)
                if (i % 2 == 1)
                    keep.insert(all[i]);
            Result<ObjectStore::SweepReport> swept = store.sweep(keep, 0);
            QVERIFY2(swept.ok(), qPrintable(swept.error().message));
            removed = swept->removed;
        }
        QVERIFY(removed > 100);
        ok(runCli(home.path(), {"clone", "origin", "p"}));
        checkHome(home.path());
        QCOMPARE(versionIds(home.path(), "p"), versionIds(m_source.path(), "p"));
    }

    // inject e:1 over an instance at e:2, killed while it autosaves, resets, applies or records the head.
    void inject_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<int>("points");
        QTest::newRow("overwrite") << "overwrite" << 6;
        QTest::newRow("deep-merge") << "deep-merge" << 5;
    }
    void inject()
    {
        QFETCH(QString, strategy);
        QFETCH(int, points);
        QVERIFY(m_emulator.reset());
        TestHome home;
        QVERIFY(emulatorClient().send(AwsRequest::s3("CreateBucket", "PUT", "kill-assets")).ok());
        for (int q = 0; q < 4; ++q)
            QVERIFY(emulatorClient()
                        .send(AwsRequest::json(AwsService::sqs(), "CreateQueue",
                                               {{"QueueName", QStringLiteral("kill-q%1").arg(q)}}))
                        .ok());
        fillEmulator(0, 40);
        ok(onEmulator(home.path(), {"commit", "e", "--services", "s3,sqs", "-m", "forty"}));
        fillEmulator(40, 60);
        ok(onEmulator(home.path(), {"commit", "e", "--services", "s3,sqs", "-m", "sixty"}));
        const QStringList ids = versionIds(home.path(), "e");
        const QStringList args = {"inject", "e:1", "--strategy", strategy};
        ok(onEmulator(home.path(), args)); // the first run pays for warming up; time the second
        ok(onEmulator(home.path(), {"inject", "e:2", "--strategy", "overwrite", "--no-autosave"}));
        const qint64 fullUs = timeRun(home.path(), args + QStringList{"--endpoint", m_endpoint});
        int completed = 0;
        for (int i = 0; i < points; ++i) {
            ok(onEmulator(home.path(), {"inject", "e:2", "--strategy", "overwrite", "--no-autosave"}));
            QCOMPARE(headId(home.path()), ids.value(1));
            const QStringList before = versionIds(home.path(), "e");
            const int autosaves = localVersions(home.path(), "autosave");
            const KillRun run = runAndKill(home.path(), args + QStringList{"--endpoint", m_endpoint},
                                           killDelay(fullUs, i, points));
            finishedRunSucceeded(run);
            checkHome(home.path());
            const QStringList after = versionIds(home.path(), "e");
            const QString head = headId(home.path());
            if (strategy == QLatin1String("deep-merge")) {
                // The merge version and the head that names it are recorded together, or neither.
                QVERIFY2(after == before ||
                             (after.size() == before.size() + 1 && after.mid(0, before.size()) == before),
                         qPrintable(after.join(',')));
                QCOMPARE(head, after.size() > before.size() ? after.last() : ids.value(1));
                completed += after.size() > before.size();
            } else {
                QCOMPARE(after, before);
                QVERIFY2(head == ids.value(1) || head == ids.value(0) || head.isEmpty(),
                         qPrintable(head)); // a reset may end the head's life
                const int saved = localVersions(home.path(), "autosave");
                QVERIFY(saved == autosaves || saved == autosaves + 1);
                completed += head == ids.value(0);
            }
            ok(onEmulator(home.path(), args));
            instanceHolds(home.path(), "e:1");
            checkHome(home.path());
        }
        qInfo("inject %s: %d of %d killed runs had recorded their head, over a %lld us span",
              qPrintable(strategy), completed, points, fullUs);
    }

    void merge()
    {
        TestHome home;
        QVERIFY(writeTree(m_work.filePath("m1"), 21, 150, 0));
        QVERIFY(writeTree(m_work.filePath("m2"), 22, 150, 0, 2));
        ok(runCli(home.path(), {"commit", "p", "--from-dir", m_work.filePath("m1")}));
        ok(runCli(home.path(), {"commit", "p", "--from-dir", m_work.filePath("m2")}));
        const QStringList args = {"merge", "p:1", "p:2", "-m", "merged"};
        // Numbers are not reused: the merge recorded last is the pod's newest.
        auto dropMerge = [&] {
            ok(runCli(home.path(), {"delete", "p"}));
            ok(runCli(home.path(), {"import", m_work.filePath("m.pod")}));
        };
        ok(runCli(home.path(), {"export", "p", "--all", "-o", m_work.filePath("m.pod")}));
        const qint64 fullUs = timeRun(home.path(), args);
        dropMerge();
        const int points = 6;
        int completed = 0;
        for (int i = 0; i < points; ++i) {
            const KillRun run = runAndKill(home.path(), args, killDelay(fullUs, i, points));
            finishedRunSucceeded(run);
            checkHome(home.path());
            const int seen = localVersions(home.path(), "p");
            QVERIFY2(seen == 2 || seen == 3, qPrintable(QString::number(seen)));
            completed += seen == 3;
            if (seen == 3) dropMerge();
            ok(runCli(home.path(), args));
            QCOMPARE(localVersions(home.path(), "p"), 3);
            checkHome(home.path());
            dropMerge();
        }
        qInfo("merge: %d of %d killed runs had completed, over a %lld us span", completed, points, fullUs);
    }

    // gc --prune-now removing a deleted version's objects; the versions left must stay whole.
    void gc()
    {
        TestHome home;
        QVERIFY(writeTree(m_work.filePath("g0"), 30, 150, 64 * 1024));
        ok(runCli(home.path(), {"commit", "keep", "--from-dir", m_work.filePath("g0")}));
        auto garbage = [&](int generation) {
            QVERIFY(writeTree(m_work.filePath(QStringLiteral("g%1").arg(generation)), generation, 150, 0, 1));
            ok(runCli(home.path(), {"commit", "tmp", "--from-dir",
                                    m_work.filePath(QStringLiteral("g%1").arg(generation))}));
            ok(runCli(home.path(), {"delete", "tmp"}));
        };
        garbage(31);
        const qint64 fullUs = timeRun(home.path(), {"gc", "--prune-now"});
        const int points = 6;
        int completed = 0;
        for (int i = 0; i < points; ++i) {
            garbage(40 + i);
            const KillRun run = runAndKill(home.path(), {"gc", "--prune-now"}, killDelay(fullUs, i, points));
            finishedRunSucceeded(run);
            checkHome(home.path());
            QCOMPARE(localVersions(home.path(), "keep"), 1);
            const CliResult again = runCli(home.path(), {"--json", "gc", "--prune-now"});
            ok(again);
            completed += again.json().object().value("removed").toInt() == 0;
            QCOMPARE(
                runCli(home.path(), {"--json", "gc", "--prune-now"}).json().object().value("removed").toInt(),
                0);
            checkHome(home.path());
        }
        qInfo("gc: %d of %d killed runs had completed, over a %lld us span", completed, points, fullUs);
    }

    // delete of a version and of a whole pod: the pod keeps all it had or loses exactly what was asked.
    void deleteVersionOrPod()
    {
        TestHome source;
        for (int g = 0; g < 3; ++g) {
            QVERIFY(writeTree(m_work.filePath(QStringLiteral("d%1").arg(g)), 50 + g, 60, 0));
            ok(runCli(source.path(),
                      {"commit", "d", "--from-dir", m_work.filePath(QStringLiteral("d%1").arg(g))}));
        }
        const QString bundle = m_work.filePath("d.pod");
        ok(runCli(source.path(), {"export", "d", "--all", "-o", bundle}));
        const int points = 6;
        for (int i = 0; i < points; ++i) {
            const bool wholePod = i % 2;
            const QStringList args = {"delete", wholePod ? "d" : "d:2"};
            TestHome home;
            ok(runCli(home.path(), {"import", bundle}));
            // Deletes are short: the points run from the start of the process to about its end.
            const KillRun run = runAndKill(home.path(), args, 2000 + i * 6000);
            finishedRunSucceeded(run);
            checkHome(home.path());
            const int seen = localVersions(home.path(), "d");
            QVERIFY2(seen == 3 || seen == (wholePod ? 0 : 2), qPrintable(QString::number(seen)));
            const CliResult again = runCli(home.path(), args);
            if (seen == 3)
                ok(again);
            else
                QVERIFY2(again.exitCode != 0 && cliText(again).contains("no "), qPrintable(cliText(again)));
            QCOMPARE(localVersions(home.path(), "d"), wholePod ? 0 : 2);
            checkHome(home.path());
        }
    }
};

QTEST_GUILESS_MAIN(TestKillMatrix)
#include "tst_killmatrix.moc"
