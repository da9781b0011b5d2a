// Issue 10, items 7 and 8, through the real poddeck-cli against a real moto_server: a head recorded
// before the emulator restarted (or was reset) no longer applies, `status` says so, and a deep-merge
// runs two-way and brings the pod's side back; a deep-merge on a head that applies lists what stays
// deleted; a commit names the services holding resources no adapter reads.
#include "CliRunner.h"
#include "aws/AwsClient.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

class TestHeadRestart : public QObject
{
    Q_OBJECT

    // Plain moto reports no life: these cases exercise the check of the live state that every other
    // endpoint gets. PodDeck's entry point (a boot id that a restart or reset changes) is covered by
    // tst_lambdaadapter, tst_instancebar and the fidelity suite's restart scenario.
    MotoServer m_moto{MotoServer::Kind::Plain};

    AwsClient client() const
    {
        return AwsClient(AwsConfig::forEndpoint(QUrl(m_moto.endpoint()), QStringLiteral("us-east-1")));
    }
    void send(const AwsRequest &request)
    {
        const Result<AwsResponse> r = client().send(request);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
    }
    void bucket(const QString &name) { send(AwsRequest::s3("CreateBucket", "PUT", name)); }
    void put(const QString &key, const QByteArray &body) { send(AwsRequest::s3("PutObject", "PUT", "bkt1", key, {}, body)); }
    bool exists(const QString &key)
    {
        return client().send(AwsRequest::s3("HeadObject", "HEAD", "bkt1", key)).ok();
    }
    static AwsService ec2()
    {
        AwsService s;
        s.id = QStringLiteral("EC2");
        s.signingName = QStringLiteral("ec2");
        s.protocol = AwsProtocol::Query;
        s.apiVersion = QStringLiteral("2016-11-15");
        return s;
    }
    void ec2Call(const QString &operation, const QueryItems &params = {})
    {
        const Result<AwsResponse> r = client().send(AwsRequest::query(ec2(), operation, params));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
    }

    // The bug of issue 10: commit m (bkt1 with o2), the emulator loses its state, bkt1 comes back with
    // o1, then `inject m --strategy deep-merge`.
    void restartStory(const std::function<void()> &loseState)
    {
        TestHome home;
        auto cli = [&](const QStringList &args) { return runCli(home.path(), args + QStringList{"--endpoint", m_moto.endpoint()}); };
        QVERIFY(m_moto.reset());
        bucket("bkt1");
        put("o2", "two");
        CliResult r = cli({"commit", "m", "-m", "bkt1 with o2"});
        QVERIFY2(r.exitCode == 0, r.err);
        r = cli({"status", "--no-count", "--json"});
        QVERIFY2(r.exitCode == 0, r.err);
        QCOMPARE(r.json()["head"]["applies"].toBool(), true);

        // Creation dates have whole seconds: let the re-created bucket be visibly newer than the head.
        QThread::msleep(1100);
        loseState();
        bucket("bkt1");
        put("o1", "one");
        QVERIFY(!exists("o2"));

        r = cli({"status", "--no-count"});
        QVERIFY2(r.exitCode == 0, r.err);
        QVERIFY2(r.out.contains("head m:1 no longer applies: "), r.out);
        r = cli({"status", "--no-count", "--json"});
        const QJsonObject head = r.json()["head"].toObject();
        QCOMPARE(head["applies"].toBool(), false);
        QVERIFY(head["note"].toString().startsWith("head m:1 no longer applies: "));

        // The preview says why it is two-way and plans o2; nothing stays deleted on a stale head's word.
        r = cli({"inject", "m", "--strategy", "deep-merge", "--dry-run", "--json"});
        QVERIFY2(r.exitCode == 0, r.err + r.out);
        QJsonObject plan = r.json().object();
        QCOMPARE(plan["twoWay"].toBool(), true);
        QVERIFY(plan["notes"].toArray().first().toString().startsWith("head m:1 no longer applies: "));
        QVERIFY(plan["keptDeleted"].toArray().isEmpty());
        QStringList creates;
        for (const QJsonValue &s : plan["steps"].toArray())
            if (s["action"].toString() == "create")
                creates.append(s["path"].toString());
        QCOMPARE(creates, QStringList{"s3/123456789012/us-east-1/bucket/bkt1/object/o2"});

        r = cli({"inject", "m", "--strategy", "deep-merge"});
        QVERIFY2(r.exitCode == 0, r.err + r.out);
        QVERIFY2(r.out.contains("no longer applies"), r.out);
        QVERIFY2(r.out.contains("Injected m:1 with deep-merge: 1 changes"), r.out);
        QVERIFY(exists("o1"));
        QVERIFY(exists("o2"));
        // The merge is the new head, bound to this life of the emulator.
        r = cli({"status", "--no-count", "--json"});
        QCOMPARE(r.json()["head"]["number"].toInt(), 2);
        QCOMPARE(r.json()["head"]["applies"].toBool(), true);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = m_moto.start();
        QVERIFY2(why.isEmpty(), qPrintable("moto_server is needed: " + why));
    }

    void deepMergeAfterRestartBringsThePodBack()
    {
        restartStory([this] { QVERIFY2(m_moto.restart().isEmpty(), "moto_server did not restart"); });
    }

    // POST /moto-api/reset empties moto without a new life: the check of the live state catches it.
    void deepMergeAfterResetBringsThePodBack()
    {
        restartStory([this] { QVERIFY(m_moto.reset()); });
    }

    // A restart that leaves nothing behind: the head's service is empty live.
    void statusReportsAStaleHeadOfAnEmptyInstance()
    {
        TestHome home;
        QVERIFY(m_moto.reset());
        bucket("bkt1");
        put("o2", "two");
        CliResult r = runCli(home.path(), {"commit", "m", "--endpoint", m_moto.endpoint()});
        QVERIFY2(r.exitCode == 0, r.err);
        QVERIFY2(m_moto.restart().isEmpty(), "moto_server did not restart");
        r = runCli(home.path(), {"status", "--no-count", "--endpoint", m_moto.endpoint()});
        QVERIFY2(r.exitCode == 0, r.err);
        QVERIFY2(r.out.contains("head m:1 no longer applies: the instance holds nothing of s3 in us-east-1 any more"), r.out);
    }

    // On a head that applies, what the head and the version hold and the instance deleted stays deleted,
    // and the preview lists it.
    void previewListsWhatStaysDeleted()
    {
        TestHome home;
        auto cli = [&](const QStringList &args) { return runCli(home.path(), args + QStringList{"--endpoint", m_moto.endpoint()}); };
        QVERIFY(m_moto.reset());
        bucket("bkt1");
        put("o1", "one");
        put("o2", "two");
        CliResult r = cli({"commit", "m"});
        QVERIFY2(r.exitCode == 0, r.err);
        send(AwsRequest::s3("DeleteObject", "DELETE", "bkt1", "o2"));

        r = cli({"inject", "m", "--strategy", "deep-merge", "--dry-run", "--json"});
        QVERIFY2(r.exitCode == 0, r.err + r.out);
        QCOMPARE(r.json()["twoWay"].toBool(), false);
        QCOMPARE(r.json()["keptDeleted"].toArray().size(), 1);
        QCOMPARE(r.json()["keptDeleted"][0].toString(), QStringLiteral("s3/123456789012/us-east-1/bucket/bkt1/object/o2"));
        r = cli({"inject", "m", "--strategy", "deep-merge", "--dry-run"});
        QVERIFY2(r.out.contains("  keep deleted s3/123456789012/us-east-1/bucket/bkt1/object/o2"), r.out);
        QVERIFY2(r.out.contains("1 resource will stay deleted: the instance head m:1 holds them"), r.out);
    }

    // moto's model listing: EC2 key pairs (no adapter reads EC2) are named; moto's own default VPC,
    // AMIs and the like are not.
    void commitNamesWhatIsNotCaptured()
    {
        TestHome home;
        QVERIFY(m_moto.reset());
        bucket("bkt1");
        ec2Call("DescribeVpcs"); // loads the EC2 backend with its defaults in two regions
        const Result<AwsResponse> west = AwsClient(AwsConfig::forEndpoint(QUrl(m_moto.endpoint()), QStringLiteral("us-west-2")))
                                             .send(AwsRequest::query(ec2(), "DescribeImages"));
        QVERIFY(west.ok());
        CliResult r = runCli(home.path(), {"commit", "m", "--json", "--endpoint", m_moto.endpoint()});
        QVERIFY2(r.exitCode == 0, r.err);
        QCOMPARE(r.json()["notCaptured"].toArray().size(), 0);

        ec2Call("CreateKeyPair", {{"KeyName", "ci-1"}});
        ec2Call("CreateKeyPair", {{"KeyName", "ci-2"}});
        r = runCli(home.path(), {"commit", "m", "--json", "--endpoint", m_moto.endpoint()});
        QVERIFY2(r.exitCode == 0, r.err);
        const QJsonArray missing = r.json()["notCaptured"].toArray();
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing[0]["service"].toString(), QStringLiteral("ec2"));
        QCOMPARE(missing[0]["count"].toInt(), 2);
        r = runCli(home.path(), {"commit", "m", "--endpoint", m_moto.endpoint()});
        QVERIFY2(r.out.contains(QStringLiteral("Not captured: ec2 (2 resources) \u2014 PodDeck cannot read these services yet").toUtf8()), r.out);
    }
};

QTEST_GUILESS_MAIN(TestHeadRestart)
#include "tst_headrestart.moc"
