#include "AppAdapterTest.h"

#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/KinesisAdapter.h"
#include "state/ResourcePath.h"
#include "support/MotoServer.h"

#include <QJsonArray>
#include <QTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

const QString Region = QStringLiteral("us-east-1");
const QString Policy = QStringLiteral(
    R"({"Version":"2012-10-17","Statement":[{"Sid":"read","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kinesis:GetRecords","Resource":"*"}]})");

AwsRequest kinesis(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::kinesis(), operation, input);
}

} // namespace

class TestKinesisAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void snapshotIsStable();
    void updateAndRemove();
    void manyStreams();

private:
    void createState();
    QString path(const QString &name) const
    {
        return ResourcePath::make(QStringLiteral("kinesis"), m_harness->account(), Region, QStringLiteral("stream"), name);
    }
    QString arn(const QString &name) const
    {
        return QStringLiteral("arn:aws:kinesis:%1:%2:stream/%3").arg(Region, m_harness->account(), name);
    }
    Result<AdapterHarness::Snapshot> snapshot() { return m_harness->snapshot({&m_adapter}, {Region}); }

    MotoServer m_moto;
    std::unique_ptr<AdapterHarness> m_harness;
    KinesisAdapter m_adapter;
};

void TestKinesisAdapter::initTestCase()
{
    const QString error = m_moto.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestKinesisAdapter::init()
{
    QVERIFY(m_moto.reset());
    m_harness = std::make_unique<AdapterHarness>(m_moto.endpoint());
}

// orders: provisioned, 3 shards, two days' retention, KMS, twelve tags (more than one AddTagsToStream
// call) and a resource policy; clicks: on demand.
void TestKinesisAdapter::createState()
{
    const AwsClient c = m_harness->client(Region);
    APP_SEND(c, kinesis("CreateStream", {{"StreamName", "orders"}, {"ShardCount", 3}}));
    APP_SEND(c, kinesis("IncreaseStreamRetentionPeriod", {{"StreamName", "orders"}, {"RetentionPeriodHours", 48}}));
    APP_SEND(c, kinesis("StartStreamEncryption", {{"StreamName", "orders"}, {"EncryptionType", "KMS"}, {"KeyId", "alias/orders"}}));
    QJsonObject tags;
    for (int i = 0; i < 12; ++i)
        tags.insert(QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("v%1").arg(i));
    APP_SEND(c, kinesis("AddTagsToStream", {{"StreamName", "orders"}, {"Tags", tags}}));
    APP_SEND(c, kinesis("PutResourcePolicy", {{"ResourceARN", arn("orders")}, {"Policy", Policy}}));
    APP_SEND(c, kinesis("EnableEnhancedMonitoring", {{"StreamName", "orders"}, {"ShardLevelMetrics", QJsonArray{"IncomingBytes", "OutgoingRecords"}}}));
    APP_SEND(c, kinesis("CreateStream", {{"StreamName", "clicks"}, {"StreamModeDetails", QJsonObject{{"StreamMode", "ON_DEMAND"}}}}));
}

void TestKinesisAdapter::roundTrip()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 2);
    const QJsonObject orders = a->resources.value(path("orders")).document;
    QCOMPARE(orders.value("StreamMode").toString(), QStringLiteral("PROVISIONED"));
    QCOMPARE(orders.value("ShardCount").toInt(), 3);
    QCOMPARE(orders.value("RetentionPeriodHours").toInt(), 48);
    QCOMPARE(orders.value("Encryption")["KeyId"].toString(), QStringLiteral("alias/orders"));
    QCOMPARE(orders.value("Tags").toObject().size(), 12);
    QCOMPARE(orders.value("ResourcePolicy")["Statement"][0]["Sid"].toString(), QStringLiteral("read"));
    QCOMPARE(orders.value("ShardLevelMetrics").toArray(), (QJsonArray{"IncomingBytes", "OutgoingRecords"}));
    QVERIFY(!orders.contains("StreamARN") && !orders.contains("StreamStatus") && !orders.contains("StreamCreationTimestamp"));
    const QJsonObject clicks = a->resources.value(path("clicks")).document;
    QCOMPARE(clicks.value("StreamMode").toString(), QStringLiteral("ON_DEMAND"));
    QVERIFY(!clicks.contains("ShardCount") && !clicks.contains("Encryption") && !clicks.contains("ResourcePolicy"));

    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_adapter}, *a));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
    Result<AwsResponse> shards = m_harness->client(Region).send(kinesis("ListShards", {{"StreamName", "orders"}}));
    QVERIFY(shards);
    QCOMPARE(shards->json.value("Shards").toArray().size(), 3);
}

void TestKinesisAdapter::snapshotIsStable()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(a && b);
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
    SnapshotContext ctx(m_harness->client(Region), QStringLiteral("kinesis"), m_harness->account(), Region, {});
    Result<bool> has = m_adapter.hasResources(ctx);
    QVERIFY(has && *has);
}

void TestKinesisAdapter::updateAndRemove()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY(a);
    const QString ordersPath = path("orders");
    Resource after = a->resources.value(ordersPath);
    after.document.insert("ShardCount", 4);
    after.document.insert("RetentionPeriodHours", 24);
    after.document.remove("Encryption");
    after.document.remove("ResourcePolicy");
    after.document.insert("ShardLevelMetrics", QJsonArray{"IncomingBytes", "IteratorAgeMilliseconds"});
    after.document.insert("Tags", QJsonObject{{"k00", "changed"}, {"team", "data"}});
    ApplyContext ctx = applyContext(*m_harness, Region);
    APP_CHECK(m_adapter.update(ctx, a->resources.value(ordersPath), after));
    Resource clicks = a->resources.value(path("clicks"));
    Resource clicks2 = clicks;
    clicks2.document.insert("StreamMode", "PROVISIONED");
    clicks2.document.insert("ShardCount", 2);
    APP_CHECK(m_adapter.update(ctx, clicks, clicks2));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(b);
    QCOMPARE(b->resources.value(ordersPath).document, after.document);
    QCOMPARE(b->resources.value(clicks2.path).document, clicks2.document);

    APP_CHECK(m_adapter.remove(ctx, after));
    APP_CHECK(m_adapter.remove(ctx, after)); // already gone: fine
    Result<AdapterHarness::Snapshot> c = snapshot();
    QVERIFY(c);
    QCOMPARE(c->resources.keys(), QStringList{path("clicks")});
}

// More streams than one ListStreams page.
void TestKinesisAdapter::manyStreams()
{
    const AwsClient c = m_harness->client(Region);
    for (int i = 0; i < 27; ++i)
        APP_SEND(c, kinesis("CreateStream", {{"StreamName", QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0'))}, {"ShardCount", 1}}));
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 27);
    QVERIFY(a->resources.contains(path("s26")));
}

QTEST_GUILESS_MAIN(TestKinesisAdapter)
#include "tst_kinesisadapter.moc"
