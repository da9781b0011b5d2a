#include "AppAdapterTest.h"

#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/KinesisAdapter.h"
#include "emulator/awsapi/LogsAdapter.h"
#include "state/ResourcePath.h"
#include "support/MotoServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

const QString Region = QStringLiteral("us-west-2");

AwsRequest logs(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::logs(), operation, input);
}

// `count` events an hour ago, a millisecond apart.
QJsonArray events(int count, const QString &prefix, qint64 start = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(QJsonObject{{"timestamp", double(start + i)}, {"message", QStringLiteral("%1 %2").arg(prefix).arg(i)}});
    return list;
}

} // namespace

class TestLogsAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void snapshotIsStable();
    void updateAndRemove();
    void manyGroupsAndStreams();
    void longStreamKeepsNewestEvents();

private:
    void createState();
    QString group(const QString &name) const
    {
        return ResourcePath::make(QStringLiteral("logs"), m_harness->account(), Region, QStringLiteral("log-group"), name);
    }
    QString child(const QString &groupName, const QString &type, const QString &name) const
    {
        return ResourcePath::child(group(groupName), type, name);
    }
    Result<AdapterHarness::Snapshot> snapshot() { return m_harness->snapshot({&m_adapter, &m_kinesis}, {Region}); }

    MotoServer m_moto;
    std::unique_ptr<AdapterHarness> m_harness;
    LogsAdapter m_adapter;
    KinesisAdapter m_kinesis; // a subscription filter's destination
};

void TestLogsAdapter::initTestCase()
{
    const QString error = m_moto.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestLogsAdapter::init()
{
    QVERIFY(m_moto.reset());
    m_harness = std::make_unique<AdapterHarness>(m_moto.endpoint());
}

// A CI build group: retention, tags, a metric filter on errors, a subscription to a Kinesis stream, two
// streams with events (one more than a GetLogEvents page) and an empty one; and a bare group.
void TestLogsAdapter::createState()
{
    const AwsClient c = m_harness->client(Region);
    APP_SEND(c, AwsRequest::json(AwsService::kinesis(), "CreateStream", {{"StreamName", "log-sink"}, {"ShardCount", 1}}));
    APP_SEND(c, logs("CreateLogGroup", {{"logGroupName", "/ci/build"}, {"tags", QJsonObject{{"team", "platform"}}}}));
    APP_SEND(c, logs("PutRetentionPolicy", {{"logGroupName", "/ci/build"}, {"retentionInDays", 7}}));
    APP_SEND(c, logs("PutMetricFilter", {{"logGroupName", "/ci/build"}, {"filterName", "errors"}, {"filterPattern", "ERROR"},
                                         {"metricTransformations", QJsonArray{QJsonObject{{"metricName", "Errors"}, {"metricNamespace", "CI"}, {"metricValue", "1"}}}}}));
    APP_SEND(c, logs("PutSubscriptionFilter", {{"logGroupName", "/ci/build"}, {"filterName", "to-kinesis"}, {"filterPattern", ""},
                                               {"destinationArn", QStringLiteral("arn:aws:kinesis:%1:%2:stream/log-sink").arg(Region, m_harness->account())},
                                               {"roleArn", "arn:aws:iam::123456789012:role/cwl-to-kinesis"}}));
    APP_SEND(c, logs("CreateLogStream", {{"logGroupName", "/ci/build"}, {"logStreamName", "job/1"}}));
    APP_SEND(c, logs("PutLogEvents", {{"logGroupName", "/ci/build"}, {"logStreamName", "job/1"}, {"logEvents", events(1005, "line")}}));
    APP_SEND(c, logs("CreateLogStream", {{"logGroupName", "/ci/build"}, {"logStreamName", "job/2"}}));
    APP_SEND(c, logs("PutLogEvents", {{"logGroupName", "/ci/build"}, {"logStreamName", "job/2"}, {"logEvents", events(3, "ERROR unit test")}}));
    APP_SEND(c, logs("CreateLogStream", {{"logGroupName", "/ci/build"}, {"logStreamName", "idle"}}));
    APP_SEND(c, logs("CreateLogGroup", {{"logGroupName", "/ci/deploy"}}));
}

void TestLogsAdapter::roundTrip()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 8); // 2 groups, 2 filters, 3 streams, the Kinesis stream
    const QJsonObject build = a->resources.value(group("/ci/build")).document;
    QCOMPARE(build, (QJsonObject{{"retentionInDays", 7}, {"tags", QJsonObject{{"team", "platform"}}}}));
    const QJsonObject metric = a->resources.value(child("/ci/build", "metric-filter", "errors")).document;
    QCOMPARE(metric.value("filterPattern").toString(), QStringLiteral("ERROR"));
    QCOMPARE(metric.value("metricTransformations")[0]["metricName"].toString(), QStringLiteral("Errors"));
    const Resource subscription = a->resources.value(child("/ci/build", "subscription-filter", "to-kinesis"));
    QVERIFY(subscription.document.value("destinationArn").toString().endsWith(":stream/log-sink"));
    QVERIFY(subscription.document.contains("filterPattern"));
    QVERIFY(m_adapter.restoreRank(subscription) > 30); // after Lambda functions, its usual destination
    const QJsonArray job1 = a->resources.value(child("/ci/build", "log-stream", "job/1")).document.value("events").toArray();
    QCOMPARE(job1.size(), 1005);
    QCOMPARE(job1.first()["message"].toString(), QStringLiteral("line 0"));
    QCOMPARE(job1.last()["message"].toString(), QStringLiteral("line 1004"));
    QVERIFY(!job1.first().toObject().contains("ingestionTime"));
    QCOMPARE(a->resources.value(child("/ci/build", "log-stream", "idle")).document, QJsonObject{});
    QVERIFY(a->warnings.isEmpty());

    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_adapter, &m_kinesis}, *a));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
    Result<AwsResponse> ev = m_harness->client(Region).send(logs("GetLogEvents", {{"logGroupName", "/ci/build"}, {"logStreamName", "job/2"}, {"startFromHead", true}}));
    QVERIFY(ev);
    QCOMPARE(ev->json.value("events").toArray().size(), 3);
    QCOMPARE(ev->json.value("events")[2]["message"].toString(), QStringLiteral("ERROR unit test 2"));
}

void TestLogsAdapter::snapshotIsStable()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(a && b);
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
    SnapshotContext ctx(m_harness->client(Region), QStringLiteral("logs"), m_harness->account(), Region, {});
    Result<bool> has = m_adapter.hasResources(ctx);
    QVERIFY(has && *has);
}

void TestLogsAdapter::updateAndRemove()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY(a);
    ApplyContext ctx = applyContext(*m_harness, Region);

    Resource build = a->resources.value(group("/ci/build"));
    Resource build2 = build;
    build2.document.insert("retentionInDays", 30);
    build2.document.insert("tags", QJsonObject{{"team", "ci"}, {"cost", "shared"}});
    APP_CHECK(m_adapter.update(ctx, build, build2));

    Resource metric = a->resources.value(child("/ci/build", "metric-filter", "errors"));
    Resource metric2 = metric;
    metric2.document.insert("filterPattern", "FATAL");
    APP_CHECK(m_adapter.update(ctx, metric, metric2));

    // Newer events are appended; a changed history replaces the stream.
    Resource job2 = a->resources.value(child("/ci/build", "log-stream", "job/2"));
    Resource job2b = job2;
    QJsonArray more = job2.document.value("events").toArray();
    more.append(QJsonObject{{"timestamp", more.last()["timestamp"].toDouble() + 10}, {"message", "done"}});
    job2b.document.insert("events", more);
    APP_CHECK(m_adapter.update(ctx, job2, job2b));
    Resource job1 = a->resources.value(child("/ci/build", "log-stream", "job/1"));
    Resource job1b = job1;
    job1b.document.insert("events", events(2, "rerun"));
    APP_CHECK(m_adapter.update(ctx, job1, job1b));

    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY2(b, qPrintable(b.error().message));
    for (const Resource &r : {build2, metric2, job2b, job1b})
        QVERIFY2(b->resources.value(r.path).document == r.document, qPrintable(AdapterHarness::describeDifference(*a, *b)));

    const Resource subscription = a->resources.value(child("/ci/build", "subscription-filter", "to-kinesis"));
    APP_CHECK(m_adapter.remove(ctx, subscription));
    APP_CHECK(m_adapter.remove(ctx, subscription)); // already gone: fine
    APP_CHECK(m_adapter.remove(ctx, job1b));
    APP_CHECK(m_adapter.remove(ctx, a->resources.value(group("/ci/deploy"))));
    Result<AdapterHarness::Snapshot> c = snapshot();
    QVERIFY(c);
    QVERIFY(!c->resources.contains(subscription.path) && !c->resources.contains(job1b.path) && !c->resources.contains(group("/ci/deploy")));
    QVERIFY(c->resources.contains(child("/ci/build", "log-stream", "job/2")));
}

// More groups and streams than one describe page (50 each).
void TestLogsAdapter::manyGroupsAndStreams()
{
    const AwsClient c = m_harness->client(Region);
    for (int i = 0; i < 51; ++i)
        APP_SEND(c, logs("CreateLogGroup", {{"logGroupName", QStringLiteral("/g/%1").arg(i, 2, 10, QLatin1Char('0'))}}));
    for (int i = 0; i < 51; ++i)
        APP_SEND(c, logs("CreateLogStream", {{"logGroupName", "/g/00"}, {"logStreamName", QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0'))}}));
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 102);
    QVERIFY(a->resources.contains(group("/g/50")));
    QVERIFY(a->resources.contains(child("/g/00", "log-stream", "s50")));
}

// A stream past the bound keeps its newest events and says so.
void TestLogsAdapter::longStreamKeepsNewestEvents()
{
    const AwsClient c = m_harness->client(Region);
    APP_SEND(c, logs("CreateLogGroup", {{"logGroupName", "big"}}));
    APP_SEND(c, logs("CreateLogStream", {{"logGroupName", "big"}, {"logStreamName", "s"}}));
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    APP_SEND(c, logs("PutLogEvents", {{"logGroupName", "big"}, {"logStreamName", "s"}, {"logEvents", events(10000, "e", start)}}));
    APP_SEND(c, logs("PutLogEvents", {{"logGroupName", "big"}, {"logStreamName", "s"}, {"logEvents", events(5, "late", start + 20000)}}));
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    const QJsonArray kept = a->resources.value(child("big", "log-stream", "s")).document.value("events").toArray();
    QCOMPARE(kept.size(), LogsAdapter::MaxEvents);
    QCOMPARE(kept.first()["message"].toString(), QStringLiteral("e 5"));
    QCOMPARE(kept.last()["message"].toString(), QStringLiteral("late 4"));
    QCOMPARE(a->warnings.size(), 1);
    QVERIFY2(a->warnings.first().contains("big"), qPrintable(a->warnings.first()));
}

QTEST_GUILESS_MAIN(TestLogsAdapter)
#include "tst_logsadapter.moc"
