#include "KillPoints.h"
#include "aws/AwsClient.h"
#include "remote/RemoteFixture.h"
#include "support/FaultProxy.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace poddeck;
using namespace poddeck::test;

// Issue 11, item 10: a FaultProxy (tests/support, a fault injector in front of a real moto) adds latency,
// resets connections mid-body, truncates bodies and answers bursts of 503 SlowDown while poddeck-cli
// commits, injects, pushes and pulls. Each run either succeeds (the client retries) or fails with a
// message saying what happened and what to do; either way nothing is lost: the home and the remote pass
// fsck, no version is half-visible, and the same command without faults then completes.
class TestNetworkFaults : public QObject
{
    Q_OBJECT

    MotoServer m_s3{MotoServer::Kind::Plain}; // the S3 remote's bucket
    MotoServer m_emulator;                    // the instance (PodDeck's entry point)
    std::unique_ptr<FaultProxy> m_s3Proxy;
    std::unique_ptr<FaultProxy> m_emulatorProxy;
    QTemporaryDir m_work;
    QString m_bucket = QStringLiteral("netfaults");
    int m_remotes = 0;

    using Fault = FaultProxy::Fault;

    static void ok(const CliResult &r) { QVERIFY2(r.exitCode == 0, qPrintable(cliText(r))); }
    static void checkHome(const QString &home)
    {
        QString why;
        QVERIFY2(homeIsConsistent(home, &why), qPrintable(why));
    }
    // A failed run names the fault and says what to do about it.
    static void clearFailure(const CliResult &r, const QStringList &anyOf)
    {
        QVERIFY2(r.exitCode != 0, qPrintable(cliText(r)));
        const QString text = cliText(r);
        bool named = false;
        for (const QString &word : anyOf)
            named = named || text.contains(word, Qt::CaseInsensitive);
        QVERIFY2(named,
                 qPrintable(QStringLiteral("expected one of [%1] in: %2").arg(anyOf.join(", "), text)));
        QVERIFY2(text.contains("try again", Qt::CaseInsensitive) ||
                     text.contains("again", Qt::CaseInsensitive),
                 qPrintable(text));
    }

    // A home with pod p (two versions) and remote "origin": a fresh prefix of the bucket, reached through the
    // proxy.
    QString m_url;
    void homeWithRemote(TestHome &home)
    {
        m_url = QStringLiteral("s3://%1/n%2?endpoint=%3")
                    .arg(m_bucket)
                    .arg(++m_remotes)
                    .arg(m_s3Proxy->endpoint());
        QVERIFY(writeTree(m_work.filePath("t1"), 1, 120, 512 * 1024));
        QVERIFY(writeTree(m_work.filePath("t2"), 2, 120, 512 * 1024, 1));
        ok(runCli(home.path(), {"commit", "p", "--from-dir", m_work.filePath("t1")}));
        ok(runCli(home.path(), {"commit", "p", "--from-dir", m_work.filePath("t2")}));
        ok(runCli(home.path(), {"remote", "add", "origin", m_url}));
    }

    // Runs poddeck-cli with `rule` in force on the S3 proxy: the rule must have matched, and the command
    // must succeed (`mustSucceed`) or fail clearly, naming what `named` holds.
    CliResult runWithRule(const QString &home, const QStringList &args, const FaultProxy::Rule &rule, bool mustSucceed,
                          const QStringList &named)
    {
        m_s3Proxy->addRule(rule);
        const CliResult r = runCli(home, args);
        const int faults = m_s3Proxy->faultsInjected();
        m_s3Proxy->clearRules();
        [&] { QVERIFY2(faults > 0, "the rule never matched a request"); }();
        if (mustSucceed)
            ok(r);
        else if (r.exitCode != 0)
            clearFailure(r, named);
        return r;
    }

    // Push `p` with `rule` in force: success, or a clear failure that left the remote as it was.
    void pushWith(const FaultProxy::Rule &rule, bool mustSucceed, const QStringList &named)
    {
        TestHome home;
        homeWithRemote(home);
        const CliResult r = runWithRule(home.path(), {"push", "p"}, rule, mustSucceed, named);
        if (QTest::currentTestFailed())
            return;
        QString why;
        QVERIFY2(remoteIsConsistent(home.path(), "origin", &why), qPrintable(why));
        const int seen = remoteVersions(home.path(), "origin", "p");
        QVERIFY2(seen == (r.exitCode == 0 ? 2 : 0), qPrintable(QString::number(seen)));
        ok(runCli(home.path(), {"push", "p"}));
        QCOMPARE(remoteVersions(home.path(), "origin", "p"), 2);
        QVERIFY2(remoteIsConsistent(home.path(), "origin", &why), qPrintable(why));
        checkHome(home.path());
    }

    // Pull `p` (a home holding p:1) with `rule` in force: all of p:2 arrives or nothing does.
    void pullWith(const FaultProxy::Rule &rule, bool mustSucceed, const QStringList &named)
    {
        TestHome source, home;
        homeWithRemote(source);
        ok(runCli(source.path(), {"push", "p"}));
        ok(runCli(home.path(), {"remote", "add", "origin", m_url}));
        ok(runCli(home.path(), {"pull", "p:1"}));
        const CliResult r = runWithRule(home.path(), {"pull", "p"}, rule, mustSucceed, named);
        if (QTest::currentTestFailed())
            return;
        checkHome(home.path());
        QCOMPARE(localVersions(home.path(), "p"), r.exitCode == 0 ? 2 : 1);
        ok(runCli(home.path(), {"pull", "p"}));
        QCOMPARE(versionIds(home.path(), "p"), versionIds(source.path(), "p"));
        checkHome(home.path());
    }

    // The emulator's instance behind the proxy: a bucket of 40 objects and two queues.
    AwsClient emulatorClient() const { return instanceClient(m_emulator); }
    void fillEmulator(int from, int to) { QVERIFY(putObjects(m_emulator, QStringLiteral("fault-assets"), from, to, 300)); }
    CliResult throughProxy(const QString &home, QStringList args)
    {
        return runCli(home, args << "--endpoint" << m_emulatorProxy->endpoint());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QString why = m_s3.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_emulator.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_s3Proxy = std::make_unique<FaultProxy>(QStringLiteral("127.0.0.1"), m_s3.port());
        m_emulatorProxy = std::make_unique<FaultProxy>(QStringLiteral("127.0.0.1"), m_emulator.port());
        QCOMPARE(m_s3Proxy->start(), QString());
        QCOMPARE(m_emulatorProxy->start(), QString());
        test::useTestCredentials(m_work.filePath("no-credentials"));
        qunsetenv("AWS_PROFILE");
        const AwsClient s3(AwsConfig::forEndpoint(QUrl(m_s3.endpoint())));
        QVERIFY(s3.send(AwsRequest::s3(QStringLiteral("CreateBucket"), "PUT", m_bucket)).ok());
    }

    // The proxy itself: what it passes on is what moto said; its faults are what the rules say.
    void proxyPassesAndInjects()
    {
        const AwsClient direct(AwsConfig::forEndpoint(QUrl(m_s3Proxy->endpoint())));
        QVERIFY(direct.send(AwsRequest::s3("PutObject", "PUT", m_bucket, "probe", {}, QByteArray(5000, 'p')))
                    .ok());
        AwsRequest get = AwsRequest::s3("GetObject", "GET", m_bucket, "probe");
        get.rawResponse = true;
        Result<AwsResponse> r = direct.send(get);
        QVERIFY(r.ok());
        QCOMPARE(r->body, QByteArray(5000, 'p'));
        AwsConfig once = AwsConfig::forEndpoint(QUrl(m_s3Proxy->endpoint()));
        once.retry.maxAttempts = 1;
        for (Fault f : {Fault::ServerError, Fault::TruncateBody, Fault::ResetMidBody}) {
            m_s3Proxy->addRule({f, 1});
            r = AwsClient(once).send(get);
            QVERIFY2(!r.ok(), "a fault went unnoticed");
            m_s3Proxy->clearRules();
        }
        QCOMPARE(m_s3Proxy->faultsInjected(), 3);
    }

    void pushThrough503Bursts() { pushWith({Fault::ServerError, 3}, true, {}); }
    void pushThroughLatency()
    {
        QElapsedTimer t;
        t.start();
        pushWith({Fault::Latency, -1, 0, {}, {}, 150}, true, {});
        QVERIFY(t.elapsed() > 150 * 4);
    }
    void pushWithAnUploadResetOnce() { pushWith({Fault::ResetMidBody, 1, 0, "PUT", "/packs/"}, true, {}); }
    void pushWithUploadsAlwaysReset()
    {
        pushWith({Fault::ResetMidBody, -1, 0, "PUT", "/packs/"}, false, {"reset", "closed", "network"});
    }
    void pushWithEndlessSlowDown() { pushWith({Fault::ServerError, -1}, false, {"SlowDown", "503"}); }
    // The pod file's conditional write is retried when the server says it is busy, and when its answer is
    // lost after the write landed (the retry then fails its condition on the file it wrote itself).
    void pushWithPodFileSlowDown() { pushWith({Fault::ServerError, 2, 0, "PUT", "/pods/"}, true, {}); }
    void pushWithPodFileAnswerLost() { pushWith({Fault::TruncateBody, 1, 0, "PUT", "/pods/"}, true, {}); }

    // A push that names packs `gc --remote` retires while it runs keeps them: the pod file write is held back
    // (latency) while gc, with a grace of 1 s, retires the leftover pack the push reuses and the pack it just
    // wrote (both older than the grace, no pod naming them yet) by removing their indexes. The push then
    // names them, puts both indexes back and drops the marks, so the remote stays whole and a clone reads it.
    void pushKeepsThePacksGcRetiresWhileItRuns()
    {
        TestHome a, b;
        const QString prefix = QStringLiteral("n%1").arg(++m_remotes);
        const QString url = QStringLiteral("s3://%1/%2?endpoint=%3").arg(m_bucket, prefix, m_s3Proxy->endpoint());
        QVERIFY(writeTree(m_work.filePath("keep"), 1, 60, 256 * 1024));
        ok(runCli(a.path(), {"remote", "add", "origin", url}));
        ok(runCli(a.path(), {"commit", "scratch", "--from-dir", m_work.filePath("keep")}));
        ok(runCli(a.path(), {"push", "scratch"}));
        // Its pod file goes, as when a push loses the race to it: its pack is a leftover no pod names.
        const AwsClient s3(AwsConfig::forEndpoint(QUrl(m_s3.endpoint())));
        QVERIFY(s3.send(AwsRequest::s3("DeleteObject", "DELETE", m_bucket, prefix + "/pods/scratch.json")).ok());
        ok(runCli(a.path(), {"commit", "shop", "--from-dir", m_work.filePath("keep")})); // reuses all of it
        QTest::qWait(2100); // both packs older than gc's grace below (listings give whole seconds)

        m_s3Proxy->addRule({Fault::Latency, 1, 0, "PUT", "/pods/shop", 8000});
        QProcess push;
        push.start(QStringLiteral(PODDECK_CLI_PATH), {"--home", a.path(), "--json", "push", "shop"});
        QTRY_VERIFY_WITH_TIMEOUT(m_s3Proxy->faultsInjected() > 0, 20000); // its pod file write is held back
        QTest::qWait(2100); // its own pack older than the grace too
        CliResult r = runCli(a.path(), {"gc", "--remote", "origin", "--grace", "1s", "--json"});
        ok(r);
        QCOMPARE(r.json().object().value("retiredPacks").toArray().size(), 2);
        QVERIFY(push.waitForFinished(30000));
        m_s3Proxy->clearRules();
        QVERIFY2(push.exitCode() == 0, push.readAllStandardError().constData());

        r = runCli(a.path(), {"remote", "fsck", "origin", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QVERIFY2(!cliText(r).contains("retired"), qPrintable(cliText(r)));
        QTest::qWait(2100);
        r = runCli(a.path(), {"gc", "--remote", "origin", "--grace", "1s", "--json"});
        ok(r);
        QCOMPARE(r.json().object().value("removed").toInt(), 0);
        QCOMPARE(r.json().object().value("retiredPacks").toArray().size(), 0);
        ok(runCli(b.path(), {"remote", "add", "origin", url}));
        ok(runCli(b.path(), {"clone", "origin", "shop"}));
        checkHome(b.path());
    }

    void pullThrough503Bursts() { pullWith({Fault::ServerError, 3}, true, {}); }
    void pullWithADownloadResetOnce() { pullWith({Fault::ResetMidBody, 1, 0, "GET", "/packs/"}, true, {}); }
    void pullWithATruncatedDownloadOnce()
    {
        pullWith({Fault::TruncateBody, 1, 0, "GET", "/packs/"}, true, {});
    }
    void pullWithDownloadsAlwaysTruncated()
    {
        pullWith({Fault::TruncateBody, -1, 0, "GET", "/packs/"}, false, {"truncated", "closed"});
    }
    void pullWithDownloadsAlwaysReset()
    {
        pullWith({Fault::ResetMidBody, -1, 0, "GET", "/packs/"}, false, {"reset", "closed", "network"});
    }

    // commit and inject through the proxy: bursts are retried; a fault that does not go away fails cleanly.
    void commitAndInject()
    {
        TestHome home;
        QVERIFY(emulatorClient().send(AwsRequest::s3("CreateBucket", "PUT", "fault-assets")).ok());
        QVERIFY(emulatorClient()
                    .send(AwsRequest::json(AwsService::sqs(), "CreateQueue", {{"QueueName", "fault-q"}}))
                    .ok());
        fillEmulator(0, 40);
        m_emulatorProxy->addRule({Fault::ServerError, 3});
        ok(throughProxy(home.path(), {"commit", "e", "--services", "s3,sqs", "-m", "forty"}));
        m_emulatorProxy->clearRules();
        fillEmulator(40, 60);
        // Every object read truncated: the commit fails, says nothing was recorded, and records nothing.
        m_emulatorProxy->addRule({Fault::TruncateBody, -1, 0, "GET", "/fault-assets/o"});
        CliResult r = throughProxy(home.path(), {"commit", "e", "--services", "s3,sqs", "-m", "sixty"});
        m_emulatorProxy->clearRules();
        QVERIFY2(r.exitCode != 0 && cliText(r).contains("nothing was recorded"), qPrintable(cliText(r)));
        QCOMPARE(localVersions(home.path(), "e"), 1);
        checkHome(home.path());
        m_emulatorProxy->addRule({Fault::ResetMidBody, 2, 0, "GET", "/fault-assets/o"});
        ok(throughProxy(home.path(), {"commit", "e", "--services", "s3,sqs", "-m", "sixty"}));
        m_emulatorProxy->clearRules();
        QCOMPARE(localVersions(home.path(), "e"), 2);

        // inject e:1 (twenty deletions) with 503 bursts: retried, the instance holds e:1.
        m_emulatorProxy->addRule({Fault::ServerError, 3, 5});
        ok(throughProxy(home.path(), {"inject", "e:1"}));
        m_emulatorProxy->clearRules();
        CliResult diff = throughProxy(home.path(), {"diff", "e:1", "live"});
        QVERIFY2(diff.out.contains("No differences"), qPrintable(cliText(diff)));
        // inject e:2 with every object upload reset: it fails and says what was and was not applied; the
        // head does not claim e:2, and the same inject without faults completes.
        m_emulatorProxy->addRule({Fault::ResetMidBody, -1, 0, "PUT", "/fault-assets/o"});
        r = throughProxy(home.path(), {"inject", "e:2"});
        m_emulatorProxy->clearRules();
        QVERIFY2(r.exitCode != 0, qPrintable(cliText(r)));
        QVERIFY2(cliText(r).contains("not applied", Qt::CaseInsensitive) ||
                     cliText(r).contains("failed", Qt::CaseInsensitive),
                 qPrintable(cliText(r)));
        checkHome(home.path());
        const CliResult st = throughProxy(home.path(), {"--json", "status", "--no-count"});
        const QJsonObject head = st.json().object().value("head").toObject();
        QVERIFY2(head.value("id").toString() != versionIds(home.path(), "e").value(1) ||
                     head.value("modified").toBool(),
                 qPrintable(st.out));
        ok(throughProxy(home.path(), {"inject", "e:2"}));
        diff = throughProxy(home.path(), {"diff", "e:2", "live"});
        QVERIFY2(diff.out.contains("No differences"), qPrintable(cliText(diff)));
        checkHome(home.path());
    }
};

QTEST_GUILESS_MAIN(TestNetworkFaults)
#include "tst_networkfaults.moc"
