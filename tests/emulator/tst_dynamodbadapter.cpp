// DynamoDbAdapter against a real moto_server: a hash+range table with a GSI, TTL and tags, ~50 items
// with binary, set and nested attributes, a binary-keyed provisioned table with a stream; commit ->
// reset -> inject (one by one, and batched with createMany) -> commit gives the same root; update and
// remove in place.
#include "aws/AwsError.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DynamoDbAdapter.h"
#include "state/ResourcePath.h"
#include "support/AdapterHarness.h"
#include "support/MotoServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace poddeck;

class TestDynamoDbAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void createManyBatches();
    void snapshotTwiceIsStable();
    void updateAndRemove();

private:
    Result<AwsResponse> ddb(const QString &op, const QJsonObject &input);
    void createRepresentativeState();
    QString tablePath(const QString &table) const;
    ApplyContext applyContext();

    test::MotoServer m_moto;
    std::unique_ptr<test::AdapterHarness> m_harness;
    DynamoDbAdapter m_adapter;
};

static QJsonObject attr(const char *type, const QJsonValue &v)
{
    return QJsonObject{{QLatin1String(type), v}};
}

void TestDynamoDbAdapter::initTestCase()
{
    const QString why = m_moto.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    m_harness = std::make_unique<test::AdapterHarness>(m_moto.endpoint());
}

void TestDynamoDbAdapter::init()
{
    QVERIFY(m_moto.reset());
}

Result<AwsResponse> TestDynamoDbAdapter::ddb(const QString &op, const QJsonObject &input)
{
    return m_harness->client().send(AwsRequest::json(AwsService::dynamodb(), op, input));
}

QString TestDynamoDbAdapter::tablePath(const QString &table) const
{
    return ResourcePath::make("dynamodb", m_harness->account(), "us-east-1", "table", table);
}

ApplyContext TestDynamoDbAdapter::applyContext()
{
    return ApplyContext(m_harness->client(), m_harness->account(), "us-east-1",
                        [this](const AttachmentRef &ref) { return m_harness->store().getBlob(ref); });
}

void TestDynamoDbAdapter::createRepresentativeState()
{
    const QJsonObject orders{
        {"TableName", "orders"},
        {"AttributeDefinitions", QJsonArray{QJsonObject{{"AttributeName", "pk"}, {"AttributeType", "S"}},
                                            QJsonObject{{"AttributeName", "sk"}, {"AttributeType", "N"}},
                                            QJsonObject{{"AttributeName", "status"}, {"AttributeType", "S"}}}},
        {"KeySchema", QJsonArray{QJsonObject{{"AttributeName", "pk"}, {"KeyType", "HASH"}},
                                 QJsonObject{{"AttributeName", "sk"}, {"KeyType", "RANGE"}}}},
        {"BillingMode", "PAY_PER_REQUEST"},
        {"GlobalSecondaryIndexes", QJsonArray{QJsonObject{
                                       {"IndexName", "byStatus"},
                                       {"KeySchema", QJsonArray{QJsonObject{{"AttributeName", "status"}, {"KeyType", "HASH"}}}},
                                       {"Projection", QJsonObject{{"ProjectionType", "INCLUDE"}, {"NonKeyAttributes", QJsonArray{"total", "customer"}}}}}}},
        {"Tags", QJsonArray{QJsonObject{{"Key", "team"}, {"Value", "pods"}}, QJsonObject{{"Key", "env"}, {"Value", "dev"}}}}};
    const Result<AwsResponse> created = ddb("CreateTable", orders);
    QVERIFY2(created, qPrintable(created.error().message));
    QVERIFY(ddb("UpdateTimeToLive", {{"TableName", "orders"},
                                     {"TimeToLiveSpecification", QJsonObject{{"Enabled", true}, {"AttributeName", "expiresAt"}}}}));
    for (int i = 0; i < 48; ++i) {
        QJsonObject item{{"pk", attr("S", QStringLiteral("customer#%1").arg(i % 7))},
                         {"sk", attr("N", QString::number(i))},
                         {"status", attr("S", i % 3 ? "open" : "shipped")},
                         {"total", attr("N", QString::number(i * 1.25))},
                         {"expiresAt", attr("N", QString::number(1900000000 + i))}};
        if (i % 5 == 0)
            item.insert("lines", attr("L", QJsonArray{attr("M", QJsonObject{{"sku", attr("S", "A-1")}, {"qty", attr("N", "2")}}),
                                                     attr("NULL", true), attr("BOOL", false)}));
        if (i % 4 == 0)
            item.insert("labels", attr("SS", QJsonArray{"zeta", "alpha", QStringLiteral("ünï")}));
        if (i % 6 == 0)
            item.insert("thumb", attr("B", QString::fromLatin1(QByteArray::number(i).repeated(20).toBase64())));
        const Result<AwsResponse> put = ddb("PutItem", {{"TableName", "orders"}, {"Item", item}});
        QVERIFY2(put, qPrintable(put.error().message));
    }
    // Keys that need escaping in the item id.
    QVERIFY(ddb("PutItem", {{"TableName", "orders"}, {"Item", QJsonObject{{"pk", attr("S", "a|b\\c")}, {"sk", attr("N", "-1.5")}}}}));
    QVERIFY(ddb("PutItem", {{"TableName", "orders"}, {"Item", QJsonObject{{"pk", attr("S", QStringLiteral("ключ/ሴ key"))}, {"sk", attr("N", "7")},
                                                                         {"nums", attr("NS", QJsonArray{"3", "10", "1"})}}}}));

    const QJsonObject blobs{
        {"TableName", "blobs"},
        {"AttributeDefinitions", QJsonArray{QJsonObject{{"AttributeName", "id"}, {"AttributeType", "B"}}}},
        {"KeySchema", QJsonArray{QJsonObject{{"AttributeName", "id"}, {"KeyType", "HASH"}}}},
        {"BillingMode", "PROVISIONED"},
        {"ProvisionedThroughput", QJsonObject{{"ReadCapacityUnits", 5}, {"WriteCapacityUnits", 3}}},
        {"StreamSpecification", QJsonObject{{"StreamEnabled", true}, {"StreamViewType", "NEW_AND_OLD_IMAGES"}}}};
    QVERIFY(ddb("CreateTable", blobs));
    for (int i = 0; i < 3; ++i)
        QVERIFY(ddb("PutItem", {{"TableName", "blobs"},
                                {"Item", QJsonObject{{"id", attr("B", QString::fromLatin1(QByteArray(1, char(0xf0 + i)).append("\x00/+", 3).toBase64()))},
                                                     {"data", attr("BS", QJsonArray{"AQI=", "AAA="})}}}}));
}

void TestDynamoDbAdapter::roundTrip()
{
    createRepresentativeState();
    QElapsedTimer timer;
    timer.start();
    const Result<test::AdapterHarness::Snapshot> a = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY2(a, qPrintable(a.error().message));
    qInfo("snapshot of %lld resources: %lld ms", qint64(a->resources.size()), timer.elapsed());
    QCOMPARE(a->resources.size(), 2 + 50 + 3);

    const QJsonObject orders = a->resources.value(tablePath("orders")).document;
    for (const char *derived : {"TableArn", "TableId", "CreationDateTime", "ItemCount", "TableSizeBytes", "TableStatus",
                                "LatestStreamArn", "LatestStreamLabel", "ProvisionedThroughput"})
        QVERIFY2(!orders.contains(derived), derived);
    QCOMPARE(orders.value("BillingMode").toString(), QStringLiteral("PAY_PER_REQUEST"));
    QCOMPARE(orders.value("TimeToLive").toObject(), QJsonObject({{"AttributeName", "expiresAt"}}));
    QCOMPARE(orders.value("Tags").toObject(), QJsonObject({{"team", "pods"}, {"env", "dev"}}));
    QCOMPARE(orders.value("GlobalSecondaryIndexes")[0]["IndexName"].toString(), QStringLiteral("byStatus"));
    const QJsonObject blobs = a->resources.value(tablePath("blobs")).document;
    QCOMPARE(blobs.value("ProvisionedThroughput").toObject(), QJsonObject({{"ReadCapacityUnits", 5}, {"WriteCapacityUnits", 3}}));
    QCOMPARE(blobs.value("StreamSpecification")["StreamViewType"].toString(), QStringLiteral("NEW_AND_OLD_IMAGES"));

    const QString escaped = ResourcePath::child(tablePath("orders"), "item", "a\\|b\\\\c|-1.5");
    QVERIFY2(a->resources.contains(escaped), qPrintable(a->resources.keys().join('\n')));
    const QJsonObject item = a->resources.value(ResourcePath::child(tablePath("orders"), "item", "customer#0|0")).document.value("Item").toObject();
    QCOMPARE(item.value("labels")["SS"].toArray(), QJsonArray({"alpha", "zeta", QStringLiteral("ünï")})); // sets sorted
    QCOMPARE(item.value("lines")["L"][0]["M"]["sku"]["S"].toString(), QStringLiteral("A-1"));

    QVERIFY(m_moto.reset());
    timer.restart();
    const Status restored = m_harness->restore({&m_adapter}, *a);
    QVERIFY2(restored, qPrintable(restored.error().message));
    qInfo("restore one by one: %lld ms", timer.elapsed());
    const Result<test::AdapterHarness::Snapshot> b = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(test::AdapterHarness::describeDifference(*a, *b)));
}

void TestDynamoDbAdapter::createManyBatches()
{
    SnapshotContext probe(m_harness->client(), "dynamodb", m_harness->account(), "us-east-1", {});
    QCOMPARE(*m_adapter.hasResources(probe), false);
    createRepresentativeState();
    QCOMPARE(*m_adapter.hasResources(probe), true);
    const Result<test::AdapterHarness::Snapshot> a = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY2(a, qPrintable(a.error().message));
    QVERIFY(m_moto.reset());

    // Items first in the list on purpose: createMany creates the tables before any batch.
    QList<Resource> resources;
    for (const Resource &r : a->resources)
        resources.prepend(r);
    ApplyContext ctx = applyContext();
    QElapsedTimer timer;
    timer.start();
    const Status st = m_adapter.createMany(ctx, resources);
    QVERIFY2(st, qPrintable(st.error().message));
    qInfo("restore batched: %lld ms", timer.elapsed());
    const Result<test::AdapterHarness::Snapshot> b = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(test::AdapterHarness::describeDifference(*a, *b)));
}

void TestDynamoDbAdapter::snapshotTwiceIsStable()
{
    createRepresentativeState();
    const Result<test::AdapterHarness::Snapshot> a = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY2(a, qPrintable(a.error().message));
    const Result<test::AdapterHarness::Snapshot> b = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(test::AdapterHarness::describeDifference(*a, *b)));
}

void TestDynamoDbAdapter::updateAndRemove()
{
    createRepresentativeState();
    const Result<test::AdapterHarness::Snapshot> a = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY2(a, qPrintable(a.error().message));
    ApplyContext ctx = applyContext();

    // Table: tags changed, TTL off, the GSI dropped and another added.
    const Resource before = a->resources.value(tablePath("orders"));
    Resource after = before;
    after.document.insert("Tags", QJsonObject{{"team", "platform"}});
    after.document.remove("TimeToLive");
    QJsonObject gsi = after.document.value("GlobalSecondaryIndexes")[0].toObject();
    gsi.insert("IndexName", "byStatus2");
    gsi.insert("Projection", QJsonObject{{"ProjectionType", "KEYS_ONLY"}});
    after.document.insert("GlobalSecondaryIndexes", QJsonArray{gsi});
    const Status updated = m_adapter.update(ctx, before, after);
    QVERIFY2(updated, qPrintable(updated.error().message));
    const Result<test::AdapterHarness::Snapshot> b = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY(b);
    QCOMPARE(b->resources.value(after.path).document, after.document);
    QCOMPARE(b->resources.size(), a->resources.size()); // items untouched

    // Item: changed in place, then removed.
    const Resource item = a->resources.value(ResourcePath::child(tablePath("orders"), "item", "customer#1|1"));
    Resource changed = item;
    QJsonObject body = changed.document.value("Item").toObject();
    body.insert("status", attr("S", "cancelled"));
    changed.document.insert("Item", body);
    QVERIFY(m_adapter.update(ctx, item, changed));
    const QJsonObject key{{"pk", attr("S", "customer#1")}, {"sk", attr("N", "1")}};
    const Result<AwsResponse> got = ddb("GetItem", {{"TableName", "orders"}, {"Key", key}});
    QVERIFY(got);
    QCOMPARE(got->json.value("Item")["status"]["S"].toString(), QStringLiteral("cancelled"));
    const Status removed = m_adapter.remove(ctx, changed);
    QVERIFY2(removed, qPrintable(removed.error().message));
    const Result<AwsResponse> gone = ddb("GetItem", {{"TableName", "orders"}, {"Key", key}});
    QVERIFY(gone);
    QVERIFY(!gone->json.contains("Item"));

    QVERIFY(m_adapter.remove(ctx, a->resources.value(tablePath("blobs"))));
    const Result<AwsResponse> table = ddb("DescribeTable", {{"TableName", "blobs"}});
    QCOMPARE(AwsError::codeOf(table.error()), QStringLiteral("ResourceNotFoundException"));
}

QTEST_MAIN(TestDynamoDbAdapter)
#include "tst_dynamodbadapter.moc"
