#include "CliRunner.h"
#include "aws/AwsClient.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

// Issue 5's story through the real poddeck-cli against a real moto_server: the same S3 object changed
// on two branches plus disjoint changes on each side; `merge` stops with exit 3 and records nothing,
// `merge --prefer theirs` records a two-parent version, injecting it gives the instance every change,
// and `log` shows the merge.
class TestMergeStory : public QObject
{
    Q_OBJECT

    MotoServer m_moto;
    TestHome m_home;

    CliResult cli(const QStringList &args) { return runCli(m_home.path(), args); }
    QStringList scope() const
    {
        return {"--endpoint", m_moto.endpoint(), "--services", "s3", "--regions", "us-east-1"};
    }
    void send(const AwsRequest &request)
    {
        AwsClient client(AwsConfig::forEndpoint(QUrl(m_moto.endpoint()), QStringLiteral("us-east-1")));
        const Result<AwsResponse> r = client.send(request);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
    }
    void put(const QString &key, const QByteArray &body) { send(AwsRequest::s3("PutObject", "PUT", "shop", key, {}, body)); }
    QByteArray get(const QString &key)
    {
        AwsClient client(AwsConfig::forEndpoint(QUrl(m_moto.endpoint()), QStringLiteral("us-east-1")));
        AwsRequest r = AwsRequest::s3("GetObject", "GET", "shop", key);
        r.rawResponse = true;
        const Result<AwsResponse> res = client.send(r);
        return res ? res->body : QByteArray("<" + res.error().message.toUtf8() + ">");
    }
    void commit(const QString &message)
    {
        const CliResult r = cli(QStringList{"commit", "shop", "-m", message} + scope());
        QVERIFY2(r.exitCode == 0, r.err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = m_moto.start(); !why.isEmpty())
            QFAIL(qPrintable("moto_server is not available: " + why));
    }

    void conflictOnTwoBranchesResolvedAndInjected()
    {
        send(AwsRequest::s3("CreateBucket", "PUT", "shop"));
        put("prices.json", R"({"apple":1})");
        put("a.txt", "a0");
        put("b.txt", "b0");
        commit("base"); // shop:1

        put("prices.json", R"({"apple":2})");
        put("a.txt", "a-ours");
        commit("ours: apple 2, a changed"); // shop:2, parent 1

        CliResult r = cli(QStringList{"inject", "shop:1", "--strategy", "overwrite"} + QStringList{"--endpoint", m_moto.endpoint()});
        QVERIFY2(r.exitCode == 0, r.err);
        QCOMPARE(get("a.txt"), QByteArray("a0"));
        put("prices.json", R"({"apple":3})");
        put("b.txt", "b-theirs");
        commit("theirs: apple 3, b changed"); // shop:3, parent 1: a branch

        r = cli({"log", "shop", "--json"});
        QCOMPARE(r.json().array().size(), 3);

        // The same object changed on both branches: exit 3, the conflict named, nothing recorded.
        r = cli({"merge", "shop:2", "shop:3", "--json"});
        QCOMPARE(r.exitCode, 3);
        QStringList conflictPaths;
        for (const QJsonValue &c : r.json().object().value("conflicts").toArray())
            conflictPaths.append(c.toObject().value("path").toString());
        // Only the object both branches changed; a.txt and b.txt changed on one side each merge by themselves.
        QCOMPARE(conflictPaths.size(), 1);
        QVERIFY2(conflictPaths.first().endsWith("prices.json"), qPrintable(conflictPaths.join(", ")));
        QCOMPARE(cli({"log", "shop", "--json"}).json().array().size(), 3);

        r = cli({"merge", "shop:2", "shop:3", "--prefer", "theirs", "-m", "merge the branches", "--json"});
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        const QJsonArray log = cli({"log", "shop", "--json"}).json().array();
        QCOMPARE(log.size(), 4);
        QJsonObject merged;
        QJsonObject byNumber[5];
        for (const QJsonValue &v : log) {
            const int n = v.toObject().value("number").toInt();
            QVERIFY(n >= 1 && n <= 4);
            byNumber[n] = v.toObject();
        }
        merged = byNumber[4];
        QCOMPARE(merged.value("message").toString(), QStringLiteral("merge the branches"));
        const QJsonArray parents = merged.value("parents").toArray();
        QCOMPARE(parents.size(), 2);
        QCOMPARE(parents.at(0).toString(), byNumber[2].value("id").toString());
        QCOMPARE(parents.at(1).toString(), byNumber[3].value("id").toString());

        // Injected, the merge holds theirs' price and both sides' disjoint changes.
        r = cli(QStringList{"inject", "shop:4", "--strategy", "overwrite"} + QStringList{"--endpoint", m_moto.endpoint()});
        QVERIFY2(r.exitCode == 0, r.err);
        QCOMPARE(get("prices.json"), QByteArray(R"({"apple":3})"));
        QCOMPARE(get("a.txt"), QByteArray("a-ours"));
        QCOMPARE(get("b.txt"), QByteArray("b-theirs"));

        // The same merge decided the other way round is "ours": the price from the first branch.
        r = cli({"merge", "shop:2", "shop:3", "--prefer", "ours", "--json"});
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        r = cli({"diff", "shop:4", "shop:5", "--json"});
        QVERIFY2(r.exitCode == 0, r.err);
        const QJsonArray changes = r.json().object().value("changes").toArray();
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.first().toObject().value("path").toString().contains("prices.json"));
    }
};

QTEST_GUILESS_MAIN(TestMergeStory)
#include "tst_mergestory.moc"
