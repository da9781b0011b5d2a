// AwsClient against a real moto_server: every protocol (REST-XML, JSON 1.0/1.1, query, REST-JSON),
// pagination, error mapping, async and worker-thread use, presigned URLs.
#include "aws/AwsClient.h"
#include "aws/AwsError.h"
#include "aws/AwsPaginator.h"
#include "support/MotoServer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent>

using namespace poddeck;

class TestAwsClientMoto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void s3RoundTripAndPagination();
    void s3ErrorsAndSpecialKeys();
    void s3PresignedUrlDownloads();
    void sqsJsonProtocol();
    void dynamodbJson10();
    void ssmJson11Pagination();
    void iamQueryPagination();
    void lambdaRestJson();
    void asyncCallbacksAndContext();
    void blockingSendFromWorkerThreads();
    void asyncPagination();

private:
    AwsRequest createBucket(const QString &bucket) const;
    test::MotoServer m_moto;
    std::optional<AwsClient> m_client;
};

void TestAwsClientMoto::initTestCase()
{
    const QString why = m_moto.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    m_client.emplace(AwsConfig::forEndpoint(QUrl(m_moto.endpoint())));
}

void TestAwsClientMoto::init()
{
    QVERIFY(m_moto.reset());
}

AwsRequest TestAwsClientMoto::createBucket(const QString &bucket) const
{
    return AwsRequest::s3("CreateBucket", "PUT", bucket);
}

void TestAwsClientMoto::s3RoundTripAndPagination()
{
    const Result<AwsResponse> created = m_client->send(createBucket("pods"));
    QVERIFY2(created, qPrintable(created.error().message));
    for (int i = 0; i < 5; ++i) {
        const QByteArray body = "object " + QByteArray::number(i);
        const Result<AwsResponse> put = m_client->send(
            AwsRequest::s3("PutObject", "PUT", "pods", QStringLiteral("objects/o%1").arg(i), {}, body));
        QVERIFY2(put, qPrintable(put.error().message));
        QVERIFY(!put->header("ETag").isEmpty());
    }
    AwsRequest get = AwsRequest::s3("GetObject", "GET", "pods", "objects/o3");
    get.rawResponse = true;
    const Result<AwsResponse> got = m_client->send(get);
    QVERIFY2(got, qPrintable(got.error().message));
    QCOMPARE(got->body, QByteArray("object 3"));

    QStringList keys;
    int pages = 0;
    const AwsRequest list = AwsRequest::s3("ListObjectsV2", "GET", "pods", {},
                                           {{"list-type", "2"}, {"max-keys", "2"}, {"prefix", "objects/"}});
    const Status st = AwsPaginator::forEachPage(*m_client, list, PageToken::s3ListObjectsV2(), [&](const AwsResponse &page) {
        ++pages;
        for (const XmlNode &c : page.result().childrenNamed(u"Contents"))
            keys << c.textAt(u"Key");
        return true;
    });
    QVERIFY2(st, qPrintable(st.error().message));
    QCOMPARE(pages, 3);
    QCOMPARE(keys, QStringList({"objects/o0", "objects/o1", "objects/o2", "objects/o3", "objects/o4"}));
}

void TestAwsClientMoto::s3ErrorsAndSpecialKeys()
{
    QVERIFY(m_client->send(createBucket("odd-keys")));
    const Result<AwsResponse> missing = m_client->send(AwsRequest::s3("GetObject", "GET", "odd-keys", "nope"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::Remote);
    QCOMPARE(AwsError::codeOf(missing.error()), QStringLiteral("NoSuchKey"));
    QVERIFY2(missing.error().message.startsWith("S3 GetObject failed: NoSuchKey: "), qPrintable(missing.error().message));

    const Result<AwsResponse> head = m_client->send(AwsRequest::s3("HeadObject", "HEAD", "odd-keys", "nope"));
    QVERIFY(!head);
    QCOMPARE(AwsError::codeOf(head.error()), QStringLiteral("NotFound")); // HEAD answers carry no body

    const Result<AwsResponse> noBucket = m_client->send(AwsRequest::s3("ListObjectsV2", "GET", "absent", {}, {{"list-type", "2"}}));
    QCOMPARE(AwsError::codeOf(noBucket.error()), QStringLiteral("NoSuchBucket"));

    // Keys that need encoding must reach the server unchanged and list back the same.
    const QStringList odd{"a b/c+d=e&f", "dir//double", "ünï/çødé ሴ", "x~y!*'();:@$,[]", "100%"};
    for (const QString &key : odd) {
        const Result<AwsResponse> put = m_client->send(AwsRequest::s3("PutObject", "PUT", "odd-keys", key, {}, key.toUtf8()));
        QVERIFY2(put, qPrintable(key + ": " + put.error().message));
        AwsRequest get = AwsRequest::s3("GetObject", "GET", "odd-keys", key);
        get.rawResponse = true;
        const Result<AwsResponse> got = m_client->send(get);
        QVERIFY2(got, qPrintable(key + ": " + got.error().message));
        QCOMPARE(got->body, key.toUtf8());
    }
    const Result<AwsResponse> listed = m_client->send(AwsRequest::s3("ListObjectsV2", "GET", "odd-keys", {}, {{"list-type", "2"}}));
    QVERIFY(listed);
    QStringList keys;
    for (const XmlNode &c : listed->result().childrenNamed(u"Contents"))
        keys << c.textAt(u"Key");
    QStringList expected = odd;
    expected.sort();
    keys.sort();
    QCOMPARE(keys, expected);
}

void TestAwsClientMoto::s3PresignedUrlDownloads()
{
    QVERIFY(m_client->send(createBucket("share")));
    QVERIFY(m_client->send(AwsRequest::s3("PutObject", "PUT", "share", "v1.pod", {}, "bundle-bytes")));
    const QUrl url = m_client->presignedUrl(AwsRequest::s3("GetObject", "GET", "share", "v1.pod"), 3600);
    QVERIFY(url.query().contains("X-Amz-Signature="));
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), QByteArray("bundle-bytes"));
    reply->deleteLater();
}

void TestAwsClientMoto::sqsJsonProtocol()
{
    const AwsService sqs = AwsService::sqs();
    for (const char *name : {"jobs", "events", "jobs-dlq"}) {
        const Result<AwsResponse> r = m_client->send(AwsRequest::json(sqs, "CreateQueue", {{"QueueName", name}}));
        QVERIFY2(r, qPrintable(r.error().message));
        QVERIFY(r->json.value("QueueUrl").toString().endsWith(name));
    }
    QStringList urls;
    const Status st = AwsPaginator::forEachPage(*m_client, AwsRequest::json(sqs, "ListQueues", {{"MaxResults", 2}}),
                                                PageToken::nextToken(), [&](const AwsResponse &page) {
        for (const QJsonValue &u : page.json.value("QueueUrls").toArray())
            urls << u.toString();
        return true;
    });
    QVERIFY2(st, qPrintable(st.error().message));
    QCOMPARE(urls.size(), 3);

    const Result<AwsResponse> missing = m_client->send(AwsRequest::json(sqs, "GetQueueUrl", {{"QueueName", "absent"}}));
    QVERIFY(!missing);
    // The query-compatible code (x-amzn-query-error), as boto3 reports it.
    QCOMPARE(AwsError::codeOf(missing.error()), QStringLiteral("AWS.SimpleQueueService.NonExistentQueue"));
    QVERIFY2(missing.error().message.startsWith("SQS GetQueueUrl failed: AWS.SimpleQueueService.NonExistentQueue: "),
             qPrintable(missing.error().message));
}

void TestAwsClientMoto::dynamodbJson10()
{
    const AwsService ddb = AwsService::dynamodb();
    for (int i = 0; i < 3; ++i) {
        const QJsonObject input{
            {"TableName", QStringLiteral("t%1").arg(i)},
            {"AttributeDefinitions", QJsonArray{QJsonObject{{"AttributeName", "pk"}, {"AttributeType", "S"}}}},
            {"KeySchema", QJsonArray{QJsonObject{{"AttributeName", "pk"}, {"KeyType", "HASH"}}}},
            {"BillingMode", "PAY_PER_REQUEST"}};
        const Result<AwsResponse> r = m_client->send(AwsRequest::json(ddb, "CreateTable", input));
        QVERIFY2(r, qPrintable(r.error().message));
        QCOMPARE(r->json.value("TableDescription").toObject().value("TableName").toString(), QStringLiteral("t%1").arg(i));
    }
    QStringList tables;
    int pages = 0;
    const Status st = AwsPaginator::forEachPage(*m_client, AwsRequest::json(ddb, "ListTables", {{"Limit", 2}}),
                                                PageToken::dynamodbListTables(), [&](const AwsResponse &page) {
        ++pages;
        for (const QJsonValue &t : page.json.value("TableNames").toArray())
            tables << t.toString();
        return true;
    });
    QVERIFY2(st, qPrintable(st.error().message));
    QCOMPARE(tables, QStringList({"t0", "t1", "t2"}));
    QVERIFY(pages >= 2);

    const Result<AwsResponse> missing = m_client->send(AwsRequest::json(ddb, "DescribeTable", {{"TableName", "absent"}}));
    QVERIFY(!missing);
    QCOMPARE(AwsError::codeOf(missing.error()), QStringLiteral("ResourceNotFoundException"));
    QVERIFY2(missing.error().message.startsWith("DynamoDB DescribeTable failed: ResourceNotFoundException: "),
             qPrintable(missing.error().message));
}

void TestAwsClientMoto::ssmJson11Pagination()
{
    const AwsService ssm = AwsService::ssm();
    for (int i = 0; i < 5; ++i) {
        const Result<AwsResponse> r = m_client->send(AwsRequest::json(
            ssm, "PutParameter",
            {{"Name", QStringLiteral("/app/p%1").arg(i)}, {"Value", QStringLiteral("v%1").arg(i)}, {"Type", "String"}}));
        QVERIFY2(r, qPrintable(r.error().message));
    }
    QMap<QString, QString> params;
    int pages = 0;
    const AwsRequest first = AwsRequest::json(ssm, "GetParametersByPath", {{"Path", "/app"}, {"MaxResults", 2}});
    const Status st = AwsPaginator::forEachPage(*m_client, first, PageToken::nextToken(), [&](const AwsResponse &page) {
        ++pages;
        for (const QJsonValue &p : page.json.value("Parameters").toArray())
            params.insert(p["Name"].toString(), p["Value"].toString());
        return true;
    });
    QVERIFY2(st, qPrintable(st.error().message));
    QCOMPARE(pages, 3);
    QCOMPARE(params.size(), 5);
    QCOMPARE(params.value("/app/p4"), QStringLiteral("v4"));

    const Result<AwsResponse> missing = m_client->send(AwsRequest::json(ssm, "GetParameter", {{"Name", "/absent"}}));
    QCOMPARE(AwsError::codeOf(missing.error()), QStringLiteral("ParameterNotFound"));
}

void TestAwsClientMoto::iamQueryPagination()
{
    AwsConfig config = m_client->config();
    config.region = "eu-central-1"; // IAM still signs for us-east-1
    const AwsClient client(config);
    const QString trust = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]})";
    for (int i = 0; i < 3; ++i) {
        const Result<AwsResponse> r = client.send(AwsRequest::query(
            AwsService::iam(), "CreateRole",
            {{"RoleName", QStringLiteral("role-%1").arg(i)}, {"AssumeRolePolicyDocument", trust}, {"Path", "/pd/"}}));
        QVERIFY2(r, qPrintable(r.error().message));
        QCOMPARE(r->result().textAt(u"Role/RoleName"), QStringLiteral("role-%1").arg(i));
    }
    QStringList roles;
    int pages = 0;
    const Status st = AwsPaginator::forEachPage(
        client, AwsRequest::query(AwsService::iam(), "ListRoles", {{"MaxItems", "2"}, {"PathPrefix", "/pd/"}}),
        PageToken::queryMarker(), [&](const AwsResponse &page) {
            ++pages;
            for (const XmlNode &m : page.result().child(u"Roles").childrenNamed(u"member"))
                roles << m.textAt(u"RoleName");
            return true;
        });
    QVERIFY2(st, qPrintable(st.error().message));
    QCOMPARE(pages, 2);
    roles.sort(); // moto lists roles in no fixed order
    QCOMPARE(roles, QStringList({"role-0", "role-1", "role-2"}));

    const Result<AwsResponse> missing = client.send(AwsRequest::query(AwsService::iam(), "GetRole", {{"RoleName", "absent"}}));
    QCOMPARE(AwsError::codeOf(missing.error()), QStringLiteral("NoSuchEntity"));
}

void TestAwsClientMoto::lambdaRestJson()
{
    const Result<AwsResponse> list = m_client->send(
        AwsRequest::restJson(AwsService::lambda(), "ListFunctions", "GET", "/2015-03-31/functions/"));
    QVERIFY2(list, qPrintable(list.error().message));
    QVERIFY(list->json.contains("Functions"));
    QCOMPARE(list->json.value("Functions").toArray().size(), 0);

    const Result<AwsResponse> missing = m_client->send(
        AwsRequest::restJson(AwsService::lambda(), "GetFunction", "GET", "/2015-03-31/functions/absent:fn"));
    QVERIFY(!missing);
    QCOMPARE(AwsError::codeOf(missing.error()), QStringLiteral("ResourceNotFoundException"));
}

void TestAwsClientMoto::asyncCallbacksAndContext()
{
    std::optional<Result<AwsResponse>> got;
    QObject context;
    m_client->sendAsync(AwsRequest::json(AwsService::dynamodb(), "ListTables"), &context,
                        [&](const Result<AwsResponse> &r) { got = r; });
    QVERIFY(!got); // never before sendAsync returns
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
    QVERIFY(*got);
    QVERIFY(got->value().json.contains("TableNames"));

    // A context that dies first: no callback, no crash.
    bool called = false;
    auto *doomed = new QObject;
    QPointer<AwsCall> call = m_client->sendAsync(AwsRequest::json(AwsService::dynamodb(), "ListTables"), doomed,
                                                 [&](const Result<AwsResponse> &) { called = true; });
    delete doomed;
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), 5000);
    QTest::qWait(100);
    QVERIFY(!called);

    // abort() reports Cancelled.
    std::optional<Result<AwsResponse>> aborted;
    QPointer<AwsCall> c2 = m_client->sendAsync(AwsRequest::json(AwsService::dynamodb(), "ListTables"), &context,
                                               [&](const Result<AwsResponse> &r) { aborted = r; });
    c2->abort();
    QTRY_VERIFY(aborted.has_value());
    QCOMPARE(aborted->error().code, Error::Code::Cancelled);
}

void TestAwsClientMoto::blockingSendFromWorkerThreads()
{
    QVERIFY(m_client->send(createBucket("par")));
    const AwsClient client = *m_client;
    QList<QFuture<QString>> futures;
    for (int i = 0; i < 8; ++i) {
        futures << QtConcurrent::run([client, i]() -> QString {
            const QString key = QStringLiteral("k%1").arg(i);
            const Result<AwsResponse> put = client.send(AwsRequest::s3("PutObject", "PUT", "par", key, {}, key.toUtf8()));
            if (!put)
                return put.error().message;
            AwsRequest get = AwsRequest::s3("GetObject", "GET", "par", key);
            get.rawResponse = true;
            const Result<AwsResponse> got = client.send(get);
            if (!got)
                return got.error().message;
            return got->body == key.toUtf8() ? QString() : QStringLiteral("wrong body for ") + key;
        });
    }
    for (QFuture<QString> &f : futures) {
        f.waitForFinished();
        QCOMPARE(f.result(), QString());
    }
}

void TestAwsClientMoto::asyncPagination()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_client->send(AwsRequest::json(AwsService::sqs(), "CreateQueue", {{"QueueName", QStringLiteral("q%1").arg(i)}})));
    QObject context;
    int queues = 0;
    std::optional<Status> done;
    AwsPaginator::forEachPageAsync(*m_client, AwsRequest::json(AwsService::sqs(), "ListQueues", {{"MaxResults", 2}}),
                                   PageToken::nextToken(), &context,
                                   [&](const AwsResponse &page) {
                                       queues += page.json.value("QueueUrls").toArray().size();
                                       return true;
                                   },
                                   [&](const Status &s) { done = s; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 10000);
    QVERIFY2(*done, qPrintable(done->error().message));
    QCOMPARE(queues, 5);
}

QTEST_GUILESS_MAIN(TestAwsClientMoto)
#include "tst_awsclient_moto.moc"
