#include "AppAdapterTest.h"

#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/EventBridgeAdapter.h"
#include "state/ResourcePath.h"
#include "support/MotoServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

const QString Region = QStringLiteral("us-west-2");
const QString BusArn = QStringLiteral("arn:aws:events:us-west-2:123456789012:event-bus/orders-bus");
const QString FunctionArn = QStringLiteral("arn:aws:lambda:us-west-2:123456789012:function:on-order");
const QString QueueArn = QStringLiteral("arn:aws:sqs:us-west-2:123456789012:orders");
const QString MachineArn = QStringLiteral("arn:aws:states:us-west-2:123456789012:stateMachine:nightly");

AwsRequest events(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::events(), operation, input);
}

QJsonArray tags(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QJsonArray list;
    for (const auto &[k, v] : pairs)
        list.append(QJsonObject{{"Key", k}, {"Value", v}});
    return list;
}

} // namespace

class TestEventBridgeAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void updateAndRemove();
    void morePagesThanOne();

private:
    void createState();
    QString path(const QString &type, const QString &id) const
    {
        return ResourcePath::make(QStringLiteral("events"), m_harness->account(), Region, type, id);
    }
    QString target(const QString &rule, const QString &id) const { return ResourcePath::child(path("rule", rule), "target", id); }
    Result<AdapterHarness::Snapshot> snapshot() { return m_harness->snapshot({&m_adapter}, {Region}); }

    MotoServer m_moto;
    std::unique_ptr<AdapterHarness> m_harness;
    EventBridgeAdapter m_adapter;
};

void TestEventBridgeAdapter::initTestCase()
{
    const QString error = m_moto.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestEventBridgeAdapter::init()
{
    QVERIFY(m_moto.reset());
    m_harness = std::make_unique<AdapterHarness>(m_moto.endpoint());
}

void TestEventBridgeAdapter::createState()
{
    const AwsClient c = m_harness->client(Region);
    APP_SEND(c, events("CreateEventBus", {{"Name", "orders-bus"}, {"Description", "shop orders"}, {"Tags", tags({{"team", "shop"}})}}));
    APP_SEND(c, events("PutRule", {{"Name", "on-order"}, {"EventBusName", "orders-bus"}, {"EventPattern", R"({"source": ["shop.orders"], "detail-type": ["created"]})"},
                                   {"Description", "every new order"}, {"Tags", tags({{"env", "dev"}, {"team", "shop"}})}}));
    APP_SEND(c, events("PutTargets", {{"Rule", "on-order"}, {"EventBusName", "orders-bus"},
                                      {"Targets", QJsonArray{QJsonObject{{"Id", "fn"}, {"Arn", FunctionArn}, {"Input", R"({"from":"bus"})"}},
                                                             QJsonObject{{"Id", "queue"}, {"Arn", QueueArn}, {"InputPath", "$.detail"}}}}}));
    APP_SEND(c, events("PutRule", {{"Name", "nightly"}, {"ScheduleExpression", "rate(1 day)"}, {"State", "DISABLED"}}));
    APP_SEND(c, events("PutTargets", {{"Rule", "nightly"}, {"Targets", QJsonArray{QJsonObject{{"Id", "sfn"}, {"Arn", MachineArn}, {"RoleArn", "arn:aws:iam::123456789012:role/events"}}}}}));
    APP_SEND(c, events("CreateArchive", {{"ArchiveName", "orders-archive"}, {"EventSourceArn", BusArn}, {"RetentionDays", 7},
                                         {"Description", "a week of orders"}, {"EventPattern", R"({"source":["shop.orders"]})"}}));
}

void TestEventBridgeAdapter::roundTrip()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.keys(), (QStringList{path("archive", "orders-archive"), path("bus", "orders-bus"), path("rule", "default/nightly"),
                                               target("default/nightly", "sfn"), path("rule", "orders-bus/on-order"),
                                               target("orders-bus/on-order", "fn"), target("orders-bus/on-order", "queue")}));
    QCOMPARE(a->resources.value(path("bus", "orders-bus")).document,
             (QJsonObject{{"Description", "shop orders"}, {"Tags", QJsonObject{{"team", "shop"}}}}));
    const QJsonObject onOrder = a->resources.value(path("rule", "orders-bus/on-order")).document;
    QCOMPARE(onOrder.value("EventPattern")["source"][0].toString(), QStringLiteral("shop.orders"));
    QCOMPARE(onOrder.value("State").toString(), QStringLiteral("ENABLED"));
    QCOMPARE(onOrder.value("Tags").toObject(), (QJsonObject{{"env", "dev"}, {"team", "shop"}}));
    QVERIFY(!onOrder.contains("Arn") && !onOrder.contains("Name"));
    QCOMPARE(a->resources.value(target("orders-bus/on-order", "fn")).document, (QJsonObject{{"Arn", FunctionArn}, {"Input", R"({"from":"bus"})"}}));
    QCOMPARE(a->resources.value(path("rule", "default/nightly")).document.value("State").toString(), QStringLiteral("DISABLED"));
    const QJsonObject archive = a->resources.value(path("archive", "orders-archive")).document;
    QCOMPARE(archive.value("EventSourceArn").toString(), BusArn);
    QCOMPARE(archive.value("RetentionDays").toInt(), 7);
    // Targets call Lambda (30) and Step Functions (35): they come after them.
    QVERIFY(m_adapter.restoreRank(a->resources.value(target("default/nightly", "sfn"))) > 35);
    QVERIFY(m_adapter.restoreRank(a->resources.value(path("bus", "orders-bus"))) < m_adapter.restoreRank(a->resources.value(path("rule", "orders-bus/on-order"))));

    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_adapter}, *a));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));

    const AwsClient c = m_harness->client(Region);
    Result<AwsResponse> rule = c.send(events("DescribeRule", {{"Name", "on-order"}, {"EventBusName", "orders-bus"}}));
    QVERIFY2(rule, qPrintable(rule.error().message));
    QCOMPARE(rule->json.value("Description").toString(), QStringLiteral("every new order"));
    QCOMPARE(QJsonDocument::fromJson(rule->json.value("EventPattern").toString().toUtf8()).object().value("detail-type")[0].toString(),
             QStringLiteral("created"));
    Result<AwsResponse> targets = c.send(events("ListTargetsByRule", {{"Rule", "on-order"}, {"EventBusName", "orders-bus"}}));
    QVERIFY(targets);
    QCOMPARE(targets->json.value("Targets").toArray().size(), 2);
    Result<AwsResponse> nightly = c.send(events("DescribeRule", {{"Name", "nightly"}}));
    QVERIFY(nightly);
    QCOMPARE(nightly->json.value("ScheduleExpression").toString(), QStringLiteral("rate(1 day)"));
    Result<AwsResponse> arch = c.send(events("DescribeArchive", {{"ArchiveName", "orders-archive"}}));
    QVERIFY(arch);
    QCOMPARE(arch->json.value("Description").toString(), QStringLiteral("a week of orders"));
    SnapshotContext ctx(c, QStringLiteral("events"), m_harness->account(), Region, {});
    Result<bool> has = m_adapter.hasResources(ctx);
    QVERIFY(has && *has);
}

void TestEventBridgeAdapter::updateAndRemove()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY(a);
    const QString rulePath = path("rule", "orders-bus/on-order");
    Resource rule = a->resources.value(rulePath);
    rule.document.insert("State", QStringLiteral("DISABLED"));
    rule.document.insert("Description", QStringLiteral("paused"));
    rule.document.insert("Tags", QJsonObject{{"team", "platform"}});
    Resource fn = a->resources.value(target("orders-bus/on-order", "fn"));
    fn.document.insert("Input", QStringLiteral(R"({"from":"replay"})"));
    ApplyContext ctx = applyContext(*m_harness, Region);
    APP_CHECK(m_adapter.update(ctx, a->resources.value(rulePath), rule));
    APP_CHECK(m_adapter.update(ctx, a->resources.value(fn.path), fn));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(b);
    QCOMPARE(b->resources.value(rulePath).document, rule.document);
    QCOMPARE(b->resources.value(fn.path).document, fn.document);

    // Deletes in the applier's order: targets, then the rule.
    APP_CHECK(m_adapter.remove(ctx, a->resources.value(target("orders-bus/on-order", "queue"))));
    APP_CHECK(m_adapter.remove(ctx, fn));
    APP_CHECK(m_adapter.remove(ctx, rule));
    APP_CHECK(m_adapter.remove(ctx, rule)); // already gone: fine
    Result<AdapterHarness::Snapshot> c = snapshot();
    QVERIFY(c);
    QVERIFY(!c->resources.contains(rulePath) && !c->resources.contains(fn.path));
    QCOMPARE(c->resources.size(), a->resources.size() - 3);
}

void TestEventBridgeAdapter::morePagesThanOne()
{
    // The adapter reads 25 rules per page: 26 rules on the default bus take two.
    const AwsClient c = m_harness->client(Region);
    for (int i = 0; i < 26; ++i)
        APP_SEND(c, events("PutRule", {{"Name", QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0'))}, {"ScheduleExpression", "rate(5 minutes)"}}));
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 26);
    QVERIFY(a->resources.contains(path("rule", "default/r25")));
}

QTEST_GUILESS_MAIN(TestEventBridgeAdapter)
#include "tst_eventbridgeadapter.moc"
