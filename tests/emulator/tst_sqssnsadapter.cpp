// SqsAdapter and SnsAdapter against a real moto_server (together: an SNS subscription targets an SQS
// queue): FIFO queues, a dead-letter redrive, tags and policies, a topic with a filtered sqs subscription;
// commit -> reset -> inject -> commit gives the same root; update and remove in place; us-west-2.
#include "aws/AwsError.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/SnsAdapter.h"
#include "emulator/awsapi/SqsAdapter.h"
#include "state/ResourcePath.h"
#include "support/AdapterHarness.h"
#include "support/MotoServer.h"

#include <QJsonArray>
#include <QTest>

using namespace poddeck;

class TestSqsSnsAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void snapshotTwiceIsStable();
    void updateAndRemove();
    void otherRegion();
    void messagesRoundTrip();
    void messagesRemoveOne();
    void redrivenMessagesArePeeked();

private:
    QList<QJsonObject> receiveAll(const QString &queue);
    Result<AwsResponse> sqs(const QString &op, const QJsonObject &input, const QString &region = "us-east-1");
    Result<AwsResponse> sns(const QString &op, const QueryItems &params, const QString &region = "us-east-1");
    void createRepresentativeState(const QString &region = "us-east-1");
    QString path(const QString &service, const QString &type, const QString &id, const QString &region = "us-east-1") const;
    QString queueArn(const QString &name, const QString &region = "us-east-1") const;
    QList<ServiceAdapter *> adapters() { return {&m_sqs, &m_sns}; }

    test::MotoServer m_moto;
    std::unique_ptr<test::AdapterHarness> m_harness;
    SqsAdapter m_sqs;
    SnsAdapter m_sns;
};

void TestSqsSnsAdapter::initTestCase()
{
    const QString why = m_moto.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    m_harness = std::make_unique<test::AdapterHarness>(m_moto.endpoint());
}

void TestSqsSnsAdapter::init()
{
    QVERIFY(m_moto.reset());
}

Result<AwsResponse> TestSqsSnsAdapter::sqs(const QString &op, const QJsonObject &input, const QString &region)
{
    return m_harness->client(region).send(AwsRequest::json(AwsService::sqs(), op, input));
}

Result<AwsResponse> TestSqsSnsAdapter::sns(const QString &op, const QueryItems &params, const QString &region)
{
    return m_harness->client(region).send(AwsRequest::query(AwsService::sns(), op, params));
}

QString TestSqsSnsAdapter::path(const QString &service, const QString &type, const QString &id, const QString &region) const
{
    return ResourcePath::make(service, m_harness->account(), region, type, id);
}

QString TestSqsSnsAdapter::queueArn(const QString &name, const QString &region) const
{
    return QStringLiteral("arn:aws:sqs:%1:%2:%3").arg(region, m_harness->account(), name);
}

void TestSqsSnsAdapter::createRepresentativeState(const QString &region)
{
    QVERIFY(sqs("CreateQueue", {{"QueueName", "jobs-dlq"}}, region));
    const QString redrive = QStringLiteral("{\"deadLetterTargetArn\":\"%1\",\"maxReceiveCount\":3}").arg(queueArn("jobs-dlq", region));
    QVERIFY(sqs("CreateQueue", {{"QueueName", "jobs"},
                                {"Attributes", QJsonObject{{"RedrivePolicy", redrive}, {"VisibilityTimeout", "45"}, {"DelaySeconds", "2"}}},
                                {"tags", QJsonObject{{"team", "pods"}, {"cost-center", "42"}}}}, region));
    QVERIFY(sqs("CreateQueue", {{"QueueName", "orders.fifo"},
                                {"Attributes", QJsonObject{{"FifoQueue", "true"}, {"ContentBasedDeduplication", "true"}}}}, region));
    const QString policy = QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                                          "\"Action\":\"sqs:SendMessage\",\"Resource\":\"%1\"}]}").arg(queueArn("with-policy", region));
    QVERIFY(sqs("CreateQueue", {{"QueueName", "with-policy"}, {"Attributes", QJsonObject{{"Policy", policy}}}}, region));

    const Result<AwsResponse> topic = sns("CreateTopic", {{"Name", "events"}, {"Attributes.entry.1.key", "DisplayName"},
                                                          {"Attributes.entry.1.value", "Pod events"},
                                                          {"Tags.member.1.Key", "team"}, {"Tags.member.1.Value", "pods"}}, region);
    QVERIFY2(topic, qPrintable(topic.error().message));
    QVERIFY(sns("CreateTopic", {{"Name", "events.fifo"}, {"Attributes.entry.1.key", "FifoTopic"}, {"Attributes.entry.1.value", "true"}}, region));
    const QString topicArn = topic->value("TopicArn");
    QVERIFY(!topicArn.isEmpty());
    const Result<AwsResponse> sub = sns("Subscribe", {{"TopicArn", topicArn}, {"Protocol", "sqs"}, {"Endpoint", queueArn("jobs", region)},
                                                      {"Attributes.entry.1.key", "FilterPolicy"},
                                                      {"Attributes.entry.1.value", "{\"kind\":[\"build\",\"deploy\"]}"},
                                                      {"Attributes.entry.2.key", "RawMessageDelivery"},
                                                      {"Attributes.entry.2.value", "true"}}, region);
    QVERIFY2(sub, qPrintable(sub.error().message));
}

void TestSqsSnsAdapter::roundTrip()
{
    createRepresentativeState();
    const Result<test::AdapterHarness::Snapshot> a = m_harness->snapshot(adapters(), {"us-east-1"});
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 4 + 2 + 1);

    const Resource jobs = a->resources.value(path("sqs", "queue", "jobs"));
    const QJsonObject attrs = jobs.document.value("Attributes").toObject();
    QCOMPARE(attrs.value("VisibilityTimeout").toString(), QStringLiteral("45"));
    QCOMPARE(attrs.value("RedrivePolicy")["deadLetterTargetArn"].toString(), queueArn("jobs-dlq"));
    for (const char *derived : {"QueueArn", "CreatedTimestamp", "LastModifiedTimestamp", "ApproximateNumberOfMessages"})
        QVERIFY2(!attrs.contains(derived), derived);
    QCOMPARE(jobs.document.value("Tags").toObject(), QJsonObject({{"team", "pods"}, {"cost-center", "42"}}));
    QCOMPARE(m_sqs.restoreRank(jobs), SqsAdapter::RedrivenQueueRank);
    QCOMPARE(m_sqs.restoreRank(a->resources.value(path("sqs", "queue", "jobs-dlq"))), SqsAdapter::QueueRank);
    QCOMPARE(a->resources.value(path("sqs", "queue", "orders.fifo")).document.value("Attributes")["FifoQueue"].toString(), QStringLiteral("true"));
    QVERIFY(a->resources.value(path("sqs", "queue", "with-policy")).document.value("Attributes")["Policy"].isObject());

    const Resource topic = a->resources.value(path("sns", "topic", "events"));
    QCOMPARE(topic.document.value("Attributes")["DisplayName"].toString(), QStringLiteral("Pod events"));
    QVERIFY(!topic.document.value("Attributes").toObject().contains("TopicArn"));
    QCOMPARE(topic.document.value("Tags").toObject(), QJsonObject({{"team", "pods"}}));
    const QString subPath = ResourcePath::child(topic.path, "subscription", "sqs:" + queueArn("jobs"));
    QVERIFY2(a->resources.contains(subPath), qPrintable(a->resources.keys().join('\n')));
    const QJsonObject sub = a->resources.value(subPath).document;
    QCOMPARE(sub["Attributes"]["FilterPolicy"]["kind"].toArray().size(), 2);
    QCOMPARE(sub["Attributes"]["RawMessageDelivery"].toString(), QStringLiteral("true"));
    QVERIFY(!sub.contains("SubscriptionArn"));

    QVERIFY(m_moto.reset());
    const Status restored = m_harness->restore(adapters(), *a);
    QVERIFY2(restored, qPrintable(restored.error().message));
    const Result<test::AdapterHarness::Snapshot> b = m_harness->snapshot(adapters(), {"us-east-1"});
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(test::AdapterHarness::describeDifference(*a, *b)));
}

void TestSqsSnsAdapter::snapshotTwiceIsStable()
{
    createRepresentativeState();
    const Result<test::AdapterHarness::Snapshot> a = m_harness->snapshot(adapters(), {"us-east-1"});
    QVERIFY2(a, qPrintable(a.error().message));
    const Result<test::AdapterHarness::Snapshot> b = m_harness->snapshot(adapters(), {"us-east-1"});
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(test::AdapterHarness::describeDifference(*a, *b)));
}

void TestSqsSnsAdapter::updateAndRemove()
{
    createRepresentativeState();
    const Result<test::AdapterHarness::Snapshot> a = m_harness->snapshot(adapters(), {"us-east-1"});
    QVERIFY2(a, qPrintable(a.error().message));
    ApplyContext ctx(m_harness->client(), m_harness->account(), "us-east-1",
                     [this](const AttachmentRef &ref) { return m_harness->store().getBlob(ref); });

    // Queue: one attribute and the tags change in place.
    const Resource before = a->resources.value(path("sqs", "queue", "jobs"));
    Resource after = before;
    QJsonObject attrs = after.document.value("Attributes").toObject();
    attrs.insert("VisibilityTimeout", "90");
    after.document.insert("Attributes", attrs);
    after.document.insert("Tags", QJsonObject{{"team", "platform"}});
    const Status updated = m_sqs.update(ctx, before, after);
    QVERIFY2(updated, qPrintable(updated.error().message));
    const Result<test::AdapterHarness::Snapshot> b = m_harness->snapshot(adapters(), {"us-east-1"});
    QVERIFY(b);
    QCOMPARE(b->resources.value(after.path).document, after.document);

    // Topic: display name and tags in place.
    const Resource topic = a->resources.value(path("sns", "topic", "events"));
    Resource topic2 = topic;
    QJsonObject topicAttrs = topic2.document.value("Attributes").toObject();
    topicAttrs.insert("DisplayName", "Renamed");
    topic2.document.insert("Attributes", topicAttrs);
    topic2.document.insert("Tags", QJsonObject{{"owner", "me"}});
    const Status topicUpdated = m_sns.update(ctx, topic, topic2);
    QVERIFY2(topicUpdated, qPrintable(topicUpdated.error().message));
    const Result<test::AdapterHarness::Snapshot> c = m_harness->snapshot(adapters(), {"us-east-1"});
    QVERIFY(c);
    QCOMPARE(c->resources.value(topic2.path).document, topic2.document);

    // Remove the subscription, then the queue.
    const QString subPath = ResourcePath::child(topic.path, "subscription", "sqs:" + queueArn("jobs"));
    const Status unsubscribed = m_sns.remove(ctx, a->resources.value(subPath));
    QVERIFY2(unsubscribed, qPrintable(unsubscribed.error().message));
    const Result<AwsResponse> subs = sns("ListSubscriptionsByTopic", {{"TopicArn", "arn:aws:sns:us-east-1:" + m_harness->account() + ":events"}});
    QVERIFY(subs);
    QCOMPARE(subs->result().child(u"Subscriptions").children().size(), 0);
    QVERIFY(m_sqs.remove(ctx, after));
    const Result<AwsResponse> gone = sqs("GetQueueUrl", {{"QueueName", "jobs"}});
    QVERIFY(!gone);
    QCOMPARE(AwsError::codeOf(gone.error()), QStringLiteral("AWS.SimpleQueueService.NonExistentQueue"));
    QVERIFY(m_sns.remove(ctx, topic2));
    QVERIFY(!sns("GetTopicAttributes", {{"TopicArn", "arn:aws:sns:us-east-1:" + m_harness->account() + ":events"}}));
}

void TestSqsSnsAdapter::otherRegion()
{
    createRepresentativeState("us-west-2");
    QVERIFY(sqs("CreateQueue", {{"QueueName", "home"}}));
    for (const auto &[region, expected] : QList<QPair<QString, bool>>{{"us-west-2", true}, {"eu-west-1", false}}) {
        SnapshotContext probe(m_harness->client(region), "sqs", m_harness->account(), region, {});
        QCOMPARE(*m_sqs.hasResources(probe), expected);
        QCOMPARE(*m_sns.hasResources(probe), expected);
    }
    const Result<test::AdapterHarness::Snapshot> a = m_harness->snapshot(adapters(), {"us-east-1", "us-west-2"});
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 1 + 4 + 2 + 1);
    QVERIFY(a->resources.contains(path("sqs", "queue", "home")));
    QVERIFY(a->resources.contains(path("sqs", "queue", "jobs", "us-west-2")));
    QVERIFY(a->resources.contains(path("sns", "topic", "events.fifo", "us-west-2")));

    QVERIFY(m_moto.reset());
    const Status restored = m_harness->restore(adapters(), *a);
    QVERIFY2(restored, qPrintable(restored.error().message));
    const Result<test::AdapterHarness::Snapshot> b = m_harness->snapshot(adapters(), {"us-east-1", "us-west-2"});
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(test::AdapterHarness::describeDifference(*a, *b)));
}

QList<QJsonObject> TestSqsSnsAdapter::receiveAll(const QString &queue)
{
    const Result<AwsResponse> url = sqs("GetQueueUrl", {{"QueueName", queue}});
    if (!url)
        return {};
    QList<QJsonObject> out;
    for (;;) {
        const Result<AwsResponse> r = sqs("ReceiveMessage", {{"QueueUrl", url->json.value("QueueUrl")}, {"MaxNumberOfMessages", 10},
                                                             {"MessageAttributeNames", QJsonArray{"All"}},
                                                             {"AttributeNames", QJsonArray{"All"}}});
        if (!r || r->json.value("Messages").toArray().isEmpty())
            return out;
        for (const QJsonValue &m : r->json.value("Messages").toArray())
            out.append(m.toObject());
    }
}

// Messages come back with bodies, attributes, group and deduplication ids, in order; reading them does not
// consume them; two identical messages stay two.
void TestSqsSnsAdapter::messagesRoundTrip()
{
    createRepresentativeState();
    QVERIFY(sqs("CreateQueue", {{"QueueName", "inbox"}}));
    QVERIFY(sqs("CreateQueue", {{"QueueName", "plain.fifo"}, {"Attributes", QJsonObject{{"FifoQueue", "true"}}}}));
    const QString inbox = sqs("GetQueueUrl", {{"QueueName", "inbox"}})->json.value("QueueUrl").toString();
    const QString fifo = sqs("GetQueueUrl", {{"QueueName", "plain.fifo"}})->json.value("QueueUrl").toString();
    const QString jobs = sqs("GetQueueUrl", {{"QueueName", "jobs"}})->json.value("QueueUrl").toString();
    const QJsonObject attrs{{"kind", QJsonObject{{"DataType", "String"}, {"StringValue", "build"}}},
                            {"blob", QJsonObject{{"DataType", "Binary"}, {"BinaryValue", "AQID"}}},
                            {"n", QJsonObject{{"DataType", "Number"}, {"StringValue", "42"}}}};
    QVERIFY(sqs("SendMessage", {{"QueueUrl", inbox}, {"MessageBody", "hello"}}));
    QVERIFY(sqs("SendMessage", {{"QueueUrl", inbox}, {"MessageBody", "world"}, {"MessageAttributes", attrs}}));
    QVERIFY(sqs("SendMessage", {{"QueueUrl", inbox}, {"MessageBody", "hello"}}));
    const QList<QStringList> fifoSent{{"m1", "g1", "d1"}, {"m2", "g2", "d2"}, {"m3", "g1", "d3"}, {"m4", "g1", "d4"}};
    for (const QStringList &m : fifoSent)
        QVERIFY(sqs("SendMessage", {{"QueueUrl", fifo}, {"MessageBody", m[0]}, {"MessageGroupId", m[1]}, {"MessageDeduplicationId", m[2]}}));
    QVERIFY(sqs("SendMessage", {{"QueueUrl", jobs}, {"MessageBody", "redriven"}}));
    // A queue that delays what is sent: a message that was visible must come back visible.
    QVERIFY(sqs("CreateQueue", {{"QueueName", "slow"}, {"Attributes", QJsonObject{{"DelaySeconds", "30"}}}}));
    const QString slow = sqs("GetQueueUrl", {{"QueueName", "slow"}})->json.value("QueueUrl").toString();
    QVERIFY(sqs("SendMessage", {{"QueueUrl", slow}, {"MessageBody", "now"}, {"DelaySeconds", 0}}));

    const Result<test::AdapterHarness::Snapshot> a = m_harness->snapshot(adapters(), {"us-east-1"});
    QVERIFY2(a, qPrintable(a.error().message));
    QStringList inboxIds;
    for (const QString &p : a->resources.keys())
        if (p.startsWith(path("sqs", "queue", "inbox") + "/message/"))
            inboxIds << ResourcePath::segments(p).value(6);
    QCOMPARE(inboxIds.size(), 3);
    // The two "hello"s share a content hash and differ by their occurrence index.
    QCOMPARE(inboxIds.filter("-1").size(), 1);
    const QString hello = inboxIds.filter("-1").first().chopped(2);
    QVERIFY(inboxIds.contains(hello + "-0"));
    const Resource world = a->resources.value(ResourcePath::child(path("sqs", "queue", "inbox"), "message",
                                                                  *std::find_if(inboxIds.begin(), inboxIds.end(),
                                                                                [&](const QString &id) { return !id.startsWith(hello); })));
    QCOMPARE(world.document.value("Body").toString(), QStringLiteral("world"));
    QCOMPARE(world.document.value("Order").toInt(), 1);
    QCOMPARE(world.document.value("MessageAttributes").toObject(), attrs);
    QVERIFY(!world.document.contains("MessageId"));
    // The redriven queue's message is left alone, and the user is told.
    QVERIFY(!a->resources.contains(ResourcePath::child(path("sqs", "queue", "jobs"), "message", "x")));
    QVERIFY2(a->warnings.join('\n').contains("jobs"), qPrintable(a->warnings.join('\n')));
    for (const QString &p : a->resources.keys())
        QVERIFY2(!p.startsWith(path("sqs", "queue", "jobs") + "/"), qPrintable(p));

    // Nothing was consumed: a second snapshot sees the same, and every message is visible.
    const Result<test::AdapterHarness::Snapshot> again = m_harness->snapshot(adapters(), {"us-east-1"});
    QVERIFY(again);
    QVERIFY2(a->root == again->root, qPrintable(test::AdapterHarness::describeDifference(*a, *again)));
    const Result<AwsResponse> counts = sqs("GetQueueAttributes", {{"QueueUrl", inbox}, {"AttributeNames", QJsonArray{"All"}}});
    QVERIFY(counts);
    QCOMPARE(counts->json["Attributes"]["ApproximateNumberOfMessages"].toString(), QStringLiteral("3"));
    QCOMPARE(counts->json["Attributes"]["ApproximateNumberOfMessagesNotVisible"].toString(), QStringLiteral("0"));

    QVERIFY(m_moto.reset());
    const Status restored = m_harness->restore(adapters(), *a);
    QVERIFY2(restored, qPrintable(restored.error().message));
    const Result<test::AdapterHarness::Snapshot> b = m_harness->snapshot(adapters(), {"us-east-1"});
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(test::AdapterHarness::describeDifference(*a, *b)));

    // Through the API: bodies in order, attributes, FIFO groups and deduplication ids.
    const QList<QJsonObject> got = receiveAll("inbox");
    QCOMPARE(got.size(), 3);
    QCOMPARE(got[0]["Body"].toString(), QStringLiteral("hello"));
    QCOMPARE(got[1]["Body"].toString(), QStringLiteral("world"));
    QCOMPARE(got[2]["Body"].toString(), QStringLiteral("hello"));
    QCOMPARE(got[1]["MessageAttributes"]["kind"]["StringValue"].toString(), QStringLiteral("build"));
    QCOMPARE(got[1]["MessageAttributes"]["blob"]["BinaryValue"].toString(), QStringLiteral("AQID"));
    QCOMPARE(got[1]["MessageAttributes"]["n"]["DataType"].toString(), QStringLiteral("Number"));
    QCOMPARE(receiveAll("slow").size(), 1);
    const QList<QJsonObject> fifoGot = receiveAll("plain.fifo");
    QCOMPARE(fifoGot.size(), 4);
    for (qsizetype i = 0; i < fifoSent.size(); ++i) {
        QCOMPARE(fifoGot[i]["Body"].toString(), fifoSent[i][0]);
        QCOMPARE(fifoGot[i]["Attributes"]["MessageGroupId"].toString(), fifoSent[i][1]);
        QCOMPARE(fifoGot[i]["Attributes"]["MessageDeduplicationId"].toString(), fifoSent[i][2]);
    }
}

void TestSqsSnsAdapter::messagesRemoveOne()
{
    QVERIFY(sqs("CreateQueue", {{"QueueName", "inbox"}}));
    const QString inbox = sqs("GetQueueUrl", {{"QueueName", "inbox"}})->json.value("QueueUrl").toString();
    for (const char *body : {"a", "b", "a"})
        QVERIFY(sqs("SendMessage", {{"QueueUrl", inbox}, {"MessageBody", body}}));
    const Result<test::AdapterHarness::Snapshot> a = m_harness->snapshot(adapters(), {"us-east-1"});
    QVERIFY(a);
    QCOMPARE(a->resources.size(), 4);
    Resource b;
    for (const Resource &r : a->resources)
        if (r.document.value("Body") == QJsonValue("b"))
            b = r;
    ApplyContext ctx(m_harness->client(), m_harness->account(), "us-east-1",
                     [this](const AttachmentRef &ref) { return m_harness->store().getBlob(ref); });
    const Status removed = m_sqs.remove(ctx, b);
    QVERIFY2(removed, qPrintable(removed.error().message));
    // An update that only moves Order changes nothing.
    Resource moved = b;
    moved.document.insert("Order", 7);
    QVERIFY(m_sqs.update(ctx, b, moved));
    const QList<QJsonObject> left = receiveAll("inbox");
    QCOMPARE(left.size(), 2);
    QCOMPARE(left[0]["Body"].toString(), QStringLiteral("a"));
    QCOMPARE(left[1]["Body"].toString(), QStringLiteral("a"));
}

// Where the emulator can peek (PodDeck's moto: SnapshotOptions::sqsPeekEndpoint), a redriven queue's messages
// are captured, and reading them is no receive: four snapshots of a queue whose maxReceiveCount is 3 move
// nothing to the dead-letter queue, and the first real receive sees a receive count of 1. Peeked and received
// reads of a plain queue agree. The dead-letter queue is restored before the queue that names it.
void TestSqsSnsAdapter::redrivenMessagesArePeeked()
{
    createRepresentativeState();
    QVERIFY(sqs("CreateQueue", {{"QueueName", "inbox"}}));
    const QString inbox = sqs("GetQueueUrl", {{"QueueName", "inbox"}})->json.value("QueueUrl").toString();
    const QString jobs = sqs("GetQueueUrl", {{"QueueName", "jobs"}})->json.value("QueueUrl").toString();
    const QString dlq = sqs("GetQueueUrl", {{"QueueName", "jobs-dlq"}})->json.value("QueueUrl").toString();
    for (const char *body : {"build 1", "build 2", "build 1"})
        QVERIFY(sqs("SendMessage", {{"QueueUrl", jobs}, {"MessageBody", body}, {"DelaySeconds", 0}}));
    QVERIFY(sqs("SendMessage", {{"QueueUrl", dlq}, {"MessageBody", "poison"}}));
    for (const char *body : {"x", "y"})
        QVERIFY(sqs("SendMessage", {{"QueueUrl", inbox}, {"MessageBody", body}}));

    const Result<test::AdapterHarness::Snapshot> received = m_harness->snapshot(adapters(), {"us-east-1"});
    QVERIFY2(received, qPrintable(received.error().message));
    SnapshotOptions peeking;
    peeking.sqsPeekEndpoint = QUrl(m_moto.endpoint());
    std::optional<test::AdapterHarness::Snapshot> a;
    for (int i = 0; i < 4; ++i) {
        Result<test::AdapterHarness::Snapshot> s = m_harness->snapshot(adapters(), {"us-east-1"}, std::nullopt, peeking);
        QVERIFY2(s, qPrintable(s.error().message));
        QVERIFY2(!s->warnings.join('\n').contains("jobs"), qPrintable(s->warnings.join('\n')));
        a = *s;
    }
    const auto messagesOf = [this](const test::AdapterHarness::Snapshot &s, const QString &queue) {
        QMap<QString, QJsonObject> out;
        for (auto it = s.resources.cbegin(); it != s.resources.cend(); ++it)
            if (it.key().startsWith(path("sqs", "queue", queue) + "/message/"))
                out.insert(it.key(), it.value().document);
        return out;
    };
    QCOMPARE(messagesOf(*a, "jobs").size(), 3);
    QCOMPARE(messagesOf(*a, "jobs-dlq").size(), 1);
    QCOMPARE(messagesOf(*a, "inbox"), messagesOf(*received, "inbox"));
    QCOMPARE(messagesOf(*a, "jobs-dlq"), messagesOf(*received, "jobs-dlq"));
    QVERIFY(messagesOf(*received, "jobs").isEmpty()); // received reads leave a redriven queue alone
    const Result<AwsResponse> counts = sqs("GetQueueAttributes", {{"QueueUrl", dlq}, {"AttributeNames", QJsonArray{"All"}}});
    QVERIFY(counts);
    QCOMPARE(counts->json["Attributes"]["ApproximateNumberOfMessages"].toString(), QStringLiteral("1"));
    const Result<AwsResponse> first = sqs("ReceiveMessage", {{"QueueUrl", jobs}, {"MaxNumberOfMessages", 10}, {"VisibilityTimeout", 0},
                                                             {"AttributeNames", QJsonArray{"All"}}});
    QVERIFY(first);
    QCOMPARE(first->json.value("Messages").toArray().size(), 3);
    for (const QJsonValue &m : first->json.value("Messages").toArray())
        QCOMPARE(m["Attributes"]["ApproximateReceiveCount"].toString(), QStringLiteral("1"));

    QVERIFY(m_moto.reset());
    QVERIFY(m_sqs.restoreRank(a->resources.value(path("sqs", "queue", "jobs-dlq")))
            < m_sqs.restoreRank(a->resources.value(path("sqs", "queue", "jobs"))));
    const Status restored = m_harness->restore(adapters(), *a);
    QVERIFY2(restored, qPrintable(restored.error().message));
    const Result<test::AdapterHarness::Snapshot> b = m_harness->snapshot(adapters(), {"us-east-1"}, std::nullopt, peeking);
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(test::AdapterHarness::describeDifference(*a, *b)));
}

QTEST_MAIN(TestSqsSnsAdapter)
#include "tst_sqssnsadapter.moc"
