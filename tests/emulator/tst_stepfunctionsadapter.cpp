#include "AppAdapterTest.h"

#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/StepFunctionsAdapter.h"
#include "state/ResourcePath.h"
#include "support/MotoServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

const QString Region = QStringLiteral("us-west-2");
const QString Role = QStringLiteral("arn:aws:iam::123456789012:role/sfn-role");
const QString Definition = QStringLiteral(
    R"({ "StartAt": "Work",
         "States": { "Work": { "Type": "Task", "Resource": "arn:aws:lambda:us-west-2:123456789012:function:worker", "End": true } } })");
const QString PassDefinition = QStringLiteral(R"({"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}})");

AwsRequest sfn(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::stepFunctions(), operation, input);
}

QString machineArn(const QString &name) { return QStringLiteral("arn:aws:states:us-west-2:123456789012:stateMachine:") + name; }

} // namespace

class TestStepFunctionsAdapter : public QObject
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
    QString path(const QString &type, const QString &name) const
    {
        return ResourcePath::make(QStringLiteral("stepfunctions"), m_harness->account(), Region, type, name);
    }
    Result<AdapterHarness::Snapshot> snapshot() { return m_harness->snapshot({&m_adapter}, {Region}); }

    MotoServer m_moto;
    std::unique_ptr<AdapterHarness> m_harness;
    StepFunctionsAdapter m_adapter;
};

void TestStepFunctionsAdapter::initTestCase()
{
    const QString error = m_moto.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestStepFunctionsAdapter::init()
{
    QVERIFY(m_moto.reset());
    m_harness = std::make_unique<AdapterHarness>(m_moto.endpoint());
}

void TestStepFunctionsAdapter::createState()
{
    const AwsClient c = m_harness->client(Region);
    const QJsonObject logging{{"level", "ALL"}, {"includeExecutionData", true},
                              {"destinations", QJsonArray{QJsonObject{{"cloudWatchLogsLogGroup", QJsonObject{{"logGroupArn", "arn:aws:logs:us-west-2:123456789012:log-group:sfn:*"}}}}}}};
    APP_SEND(c, sfn("CreateStateMachine", {{"name", "orders"}, {"definition", Definition}, {"roleArn", Role}, {"loggingConfiguration", logging},
                                           {"tracingConfiguration", QJsonObject{{"enabled", true}}},
                                           {"tags", QJsonArray{QJsonObject{{"key", "team"}, {"value", "shop"}}, QJsonObject{{"key", "env"}, {"value", "dev"}}}}}));
    APP_SEND(c, sfn("CreateStateMachine", {{"name", "simple"}, {"definition", PassDefinition}, {"roleArn", Role}}));
    APP_SEND(c, sfn("CreateActivity", {{"name", "approve"}, {"tags", QJsonArray{QJsonObject{{"key", "owner"}, {"value", "ops"}}}}}));
}

void TestStepFunctionsAdapter::roundTrip()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 3);
    const QJsonObject orders = a->resources.value(path("statemachine", "orders")).document;
    QCOMPARE(orders.value("definition")["States"]["Work"]["Resource"].toString(), QStringLiteral("arn:aws:lambda:us-west-2:123456789012:function:worker"));
    QCOMPARE(orders.value("roleArn").toString(), Role);
    QCOMPARE(orders.value("type").toString(), QStringLiteral("STANDARD"));
    QCOMPARE(orders.value("loggingConfiguration")["level"].toString(), QStringLiteral("ALL"));
    QCOMPARE(orders.value("tracingConfiguration")["enabled"].toBool(), true);
    QCOMPARE(orders.value("tags").toObject(), (QJsonObject{{"env", "dev"}, {"team", "shop"}}));
    QVERIFY(!orders.contains("stateMachineArn") && !orders.contains("creationDate") && !orders.contains("status"));
    const QJsonObject simple = a->resources.value(path("statemachine", "simple")).document;
    QVERIFY2(!simple.contains("loggingConfiguration") && !simple.contains("tracingConfiguration") && !simple.contains("tags"),
             QJsonDocument(simple).toJson().constData());
    QCOMPARE(a->resources.value(path("activity", "approve")).document, (QJsonObject{{"tags", QJsonObject{{"owner", "ops"}}}}));
    QVERIFY(m_adapter.restoreRank(a->resources.value(path("statemachine", "orders"))) > 30); // after Lambda

    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_adapter}, *a));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));

    // What the API says after the restore, field by field.
    const AwsClient c = m_harness->client(Region);
    Result<AwsResponse> d = c.send(sfn("DescribeStateMachine", {{"stateMachineArn", machineArn("orders")}}));
    QVERIFY2(d, qPrintable(d.error().message));
    QCOMPARE(d->json.value("roleArn").toString(), Role);
    QCOMPARE(QJsonDocument::fromJson(d->json.value("definition").toString().toUtf8()).object(),
             QJsonDocument::fromJson(Definition.toUtf8()).object());
    QCOMPARE(d->json.value("loggingConfiguration")["destinations"][0]["cloudWatchLogsLogGroup"]["logGroupArn"].toString(),
             QStringLiteral("arn:aws:logs:us-west-2:123456789012:log-group:sfn:*"));
    Result<AwsResponse> tags = c.send(sfn("ListTagsForResource", {{"resourceArn", machineArn("orders")}}));
    QVERIFY(tags);
    QCOMPARE(tags->json.value("tags").toArray().size(), 2);
    SnapshotContext ctx(c, QStringLiteral("stepfunctions"), m_harness->account(), Region, {});
    Result<bool> has = m_adapter.hasResources(ctx);
    QVERIFY(has && *has);
}

void TestStepFunctionsAdapter::updateAndRemove()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY(a);
    const QString ordersPath = path("statemachine", "orders");
    Resource after = a->resources.value(ordersPath);
    after.document.insert("definition", QJsonDocument::fromJson(PassDefinition.toUtf8()).object());
    after.document.remove("tracingConfiguration");
    after.document.remove("loggingConfiguration");
    after.document.insert("tags", QJsonObject{{"team", "platform"}});
    ApplyContext ctx = applyContext(*m_harness, Region);
    APP_CHECK(m_adapter.update(ctx, a->resources.value(ordersPath), after));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(b);
    QCOMPARE(b->resources.value(ordersPath).document, after.document);

    // An express machine: moto 5.2 ignores the type, and the restore says so rather than staying quiet.
    Resource express{path("statemachine", "fast"), QJsonObject{{"definition", QJsonDocument::fromJson(PassDefinition.toUtf8()).object()},
                                                               {"roleArn", Role}, {"type", "EXPRESS"}}, {}};
    APP_CHECK(m_adapter.create(ctx, express));
    Result<AwsResponse> fast = m_harness->client(Region).send(sfn("DescribeStateMachine", {{"stateMachineArn", machineArn("fast")}}));
    QVERIFY(fast);
    if (fast->json.value("type").toString() != QLatin1String("EXPRESS"))
        QVERIFY2(ctx.warnings().join('\n').contains("recorded as EXPRESS"), qPrintable(ctx.warnings().join('\n')));
    APP_CHECK(m_adapter.remove(ctx, express));

    APP_CHECK(m_adapter.remove(ctx, after));
    APP_CHECK(m_adapter.remove(ctx, after)); // already gone: fine
    APP_CHECK(m_adapter.remove(ctx, a->resources.value(path("activity", "approve"))));
    Result<AdapterHarness::Snapshot> c = snapshot();
    QVERIFY(c);
    QCOMPARE(c->resources.keys(), QStringList{path("statemachine", "simple")});
}

void TestStepFunctionsAdapter::morePagesThanOne()
{
    // The adapter reads 25 per page: 27 state machines and 26 activities take two pages each.
    const AwsClient c = m_harness->client(Region);
    for (int i = 0; i < 27; ++i)
        APP_SEND(c, sfn("CreateStateMachine", {{"name", QStringLiteral("sm-%1").arg(i, 2, 10, QLatin1Char('0'))}, {"definition", PassDefinition}, {"roleArn", Role}}));
    for (int i = 0; i < 26; ++i)
        APP_SEND(c, sfn("CreateActivity", {{"name", QStringLiteral("act-%1").arg(i, 2, 10, QLatin1Char('0'))}}));
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 53);
    QVERIFY(a->resources.contains(path("statemachine", "sm-26")));
    QVERIFY(a->resources.contains(path("activity", "act-25")));
}

QTEST_GUILESS_MAIN(TestStepFunctionsAdapter)
#include "tst_stepfunctionsadapter.moc"
