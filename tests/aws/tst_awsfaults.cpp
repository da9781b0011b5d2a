// Retries, backoff, timeouts and corrupt answers, against FakeAwsServer (a scripted fake, not AWS).
#include "FakeAwsServer.h"
#include "aws/AwsClient.h"
#include "aws/AwsError.h"
#include "jobs/RemoteAccess.h"
#include "store/Catalogue.h"
#include "remote/Remote.h"
#include "remote/RemoteUrl.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace poddeck;
using test::FakeAwsServer;

class TestAwsFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void throttlingIsRetriedWithBackoff();
    void retriesStopAtMaxAttempts_data();
    void retriesStopAtMaxAttempts();
    void clientErrorsAreNotRetried();
    void droppedConnectionIsRetried();
    void connectionRefused();
    void truncatedBody();
    void malformedAnswers_data();
    void malformedAnswers();
    void timeoutPerAttempt();
    void cancelFlagStopsBlockingSend();
    void signedHostMatchesWire();
    void conditionalWriteProbe_data();
    void conditionalWriteProbe();
    void remoteAddRefusesStorageWithoutConditionalWrites();
    void oversizedAnswerIsRefused_data();
    void oversizedAnswerIsRefused();

private:
    AwsClient client(int maxAttempts = 3, int timeoutMs = 5000) const;
    // Runs the blocking call on a worker thread so the fake server keeps serving on this one.
    Result<AwsResponse> sendInWorker(const AwsClient &c, const AwsRequest &r, const std::atomic<bool> *cancel = nullptr);

    FakeAwsServer m_fake;
};

void TestAwsFaults::initTestCase()
{
    QVERIFY(m_fake.start());
}

AwsClient TestAwsFaults::client(int maxAttempts, int timeoutMs) const
{
    AwsConfig config = AwsConfig::forEndpoint(QUrl(m_fake.endpoint()));
    config.retry.maxAttempts = maxAttempts;
    config.retry.baseDelayMs = 40;
    config.retry.random = [] { return 1.0; }; // no jitter: delays are exactly 40, 80, 160 ms
    config.timeoutMs = timeoutMs;
    return AwsClient(config);
}

Result<AwsResponse> TestAwsFaults::sendInWorker(const AwsClient &c, const AwsRequest &r, const std::atomic<bool> *cancel)
{
    QFuture<Result<AwsResponse>> f = QtConcurrent::run([c, r, cancel] { return c.send(r, cancel); });
    QDeadlineTimer deadline(30000);
    while (!f.isFinished() && !deadline.hasExpired())
        QTest::qWait(5); // keeps this thread's event loop, and so the fake server, running
    if (!f.isFinished())
        return Error(Error::Code::Network, QStringLiteral("test: call did not finish"));
    return f.result();
}

void TestAwsFaults::throttlingIsRetriedWithBackoff()
{
    const QByteArray throttled = R"({"__type":"com.amazonaws.dynamodb.v20120810#ThrottlingException","message":"Rate exceeded"})";
    m_fake.setScript({FakeAwsServer::respond(400, throttled, "application/x-amz-json-1.0"),
                      FakeAwsServer::respond(400, throttled, "application/x-amz-json-1.0"),
                      FakeAwsServer::respond(200, R"({"TableNames":["t"]})", "application/x-amz-json-1.0")});
    const Result<AwsResponse> r = sendInWorker(client(4), AwsRequest::json(AwsService::dynamodb(), "ListTables"));
    QVERIFY2(r, qPrintable(r.error().message));
    QCOMPARE(r->attempts, 3);
    QCOMPARE(r->json.value("TableNames").toArray().size(), 1);
    const auto &seen = m_fake.received();
    QCOMPARE(seen.size(), 3);
    QVERIFY2(seen[1].atMs - seen[0].atMs >= 40, "first retry waited less than the base delay");
    QVERIFY2(seen[2].atMs - seen[1].atMs >= 80, "second retry did not back off exponentially");
    QVERIFY(seen[0].header("X-Amz-Date") != QByteArray() && seen[2].header("Authorization").size() > 0);
}

void TestAwsFaults::retriesStopAtMaxAttempts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("service"); // 0 S3, 1 SQS-json, 2 IAM-query
    QTest::addColumn<QString>("code");
    QTest::newRow("s3 SlowDown 503") << QByteArray("<Error><Code>SlowDown</Code><Message>Reduce your request rate.</Message></Error>")
                                     << 503 << QByteArray("application/xml") << 0 << "SlowDown";
    QTest::newRow("plain 500") << QByteArray("oops") << 500 << QByteArray("text/plain") << 1 << "500";
    QTest::newRow("query Throttling") << QByteArray("<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code>"
                                                    "<Message>Rate exceeded</Message></Error><RequestId>r1</RequestId></ErrorResponse>")
                                      << 400 << QByteArray("text/xml") << 2 << "Throttling";
    QTest::newRow("json TooManyRequests 429") << QByteArray(R"({"__type":"TooManyRequestsException","message":"slow"})")
                                              << 429 << QByteArray("application/x-amz-json-1.0") << 1 << "TooManyRequestsException";
}

void TestAwsFaults::retriesStopAtMaxAttempts()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(int, service);
    QFETCH(QString, code);
    m_fake.setScript({FakeAwsServer::respond(status, body, contentType)});
    const AwsRequest req = service == 0 ? AwsRequest::s3("ListBuckets", "GET", {})
        : service == 1 ? AwsRequest::json(AwsService::sqs(), "ListQueues")
                       : AwsRequest::query(AwsService::iam(), "ListRoles");
    const Result<AwsResponse> r = sendInWorker(client(3), req);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Remote);
    QCOMPARE(AwsError::codeOf(r.error()), code);
    QVERIFY2(r.error().message.endsWith("(after 3 attempts)"), qPrintable(r.error().message));
    QCOMPARE(m_fake.received().size(), 3);
}

void TestAwsFaults::clientErrorsAreNotRetried()
{
    m_fake.setScript({FakeAwsServer::respond(400, R"({"__type":"ValidationException","message":"bad input"})")});
    const Result<AwsResponse> r = sendInWorker(client(5), AwsRequest::json(AwsService::ssm(), "PutParameter"));
    QVERIFY(!r);
    QCOMPARE(r.error().message, QStringLiteral("SSM PutParameter failed: ValidationException: bad input"));
    QCOMPARE(m_fake.received().size(), 1);
}

void TestAwsFaults::droppedConnectionIsRetried()
{
    m_fake.setScript({FakeAwsServer::drop(), FakeAwsServer::respond(200, R"({"QueueUrls":[]})")});
    const Result<AwsResponse> r = sendInWorker(client(3), AwsRequest::json(AwsService::sqs(), "ListQueues"));
    QVERIFY2(r, qPrintable(r.error().message));
    // Qt's HTTP layer itself resends once when a fresh connection closes before any answer, so the
    // fake may see more requests than AwsCall counted attempts.
    QCOMPARE(m_fake.received().size(), 2);

    m_fake.setScript({FakeAwsServer::drop()});
    const Result<AwsResponse> failed = sendInWorker(client(2), AwsRequest::json(AwsService::sqs(), "ListQueues"));
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, Error::Code::Network);
    QVERIFY2(failed.error().message.startsWith("SQS ListQueues failed: "), qPrintable(failed.error().message));
    QVERIFY(m_fake.received().size() >= 2);
}

void TestAwsFaults::connectionRefused()
{
    AwsConfig config = AwsConfig::forEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(1))); // nothing listens
    config.retry.maxAttempts = 2;
    config.retry.baseDelayMs = 10;
    const Result<AwsResponse> r = sendInWorker(AwsClient(config), AwsRequest::json(AwsService::dynamodb(), "ListTables"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Network);
    QVERIFY2(r.error().message.contains("refused") && r.error().message.endsWith("(after 2 attempts)"),
             qPrintable(r.error().message));
}

void TestAwsFaults::truncatedBody()
{
    m_fake.setScript({FakeAwsServer::truncate(R"({"TableNames":["t1","t)", 500)});
    const Result<AwsResponse> r = sendInWorker(client(2), AwsRequest::json(AwsService::dynamodb(), "ListTables"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Network);
    QVERIFY2(r.error().message.contains("cut short") || r.error().message.contains("truncated"),
             qPrintable(r.error().message));
    QCOMPARE(m_fake.received().size(), 2); // a cut answer is worth another try
}

void TestAwsFaults::malformedAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("service");
    QTest::addColumn<QString>("expect");
    QTest::newRow("unclosed xml") << QByteArray("<ListRolesResponse><ListRolesResult><Roles>") << 2 << "IAM ListRoles: malformed XML";
    QTest::newRow("garbage xml") << QByteArray("<a><b></a>") << 0 << "S3 ListBuckets: malformed XML";
    QTest::newRow("two roots") << QByteArray("<a/><b/>") << 0 << "S3 ListBuckets: malformed XML";
    QTest::newRow("deep xml") << QByteArray(QByteArray("<a>").repeated(500)) << 2 << "IAM ListRoles: malformed XML";
    QTest::newRow("bad json") << QByteArray("{\"QueueUrls\": [") << 1 << "SQS ListQueues: malformed JSON";
    QTest::newRow("json array") << QByteArray("[1,2]") << 1 << "SQS ListQueues: malformed JSON";
}

void TestAwsFaults::malformedAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(int, service);
    QFETCH(QString, expect);
    m_fake.setScript({FakeAwsServer::respond(200, body, service == 1 ? "application/x-amz-json-1.0" : "text/xml")});
    const AwsRequest req = service == 0 ? AwsRequest::s3("ListBuckets", "GET", {})
        : service == 1 ? AwsRequest::json(AwsService::sqs(), "ListQueues")
                       : AwsRequest::query(AwsService::iam(), "ListRoles");
    const Result<AwsResponse> r = sendInWorker(client(3), req);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Corrupt);
    QVERIFY2(r.error().message.startsWith(expect), qPrintable(r.error().message));
    QCOMPARE(m_fake.received().size(), 1); // a well-delivered bad answer will not improve
}

void TestAwsFaults::timeoutPerAttempt()
{
    m_fake.setScript({FakeAwsServer::hang()});
    QElapsedTimer t;
    t.start();
    const Result<AwsResponse> r = sendInWorker(client(2, 300), AwsRequest::json(AwsService::dynamodb(), "ListTables"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Network);
    QVERIFY2(r.error().message.contains("no answer within 300 ms"), qPrintable(r.error().message));
    QCOMPARE(m_fake.received().size(), 2);
    QVERIFY(t.elapsed() >= 600);
}

void TestAwsFaults::cancelFlagStopsBlockingSend()
{
    m_fake.setScript({FakeAwsServer::hang()});
    std::atomic<bool> cancel{false};
    QTimer::singleShot(200, this, [&] { cancel = true; });
    QElapsedTimer t;
    t.start();
    const Result<AwsResponse> r = sendInWorker(client(3, 20000), AwsRequest::json(AwsService::dynamodb(), "ListTables"), &cancel);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    QVERIFY(t.elapsed() < 5000);
}

void TestAwsFaults::signedHostMatchesWire()
{
    m_fake.setScript({FakeAwsServer::respond(200, "<ListAllMyBucketsResult/>", "application/xml")});
    const Result<AwsResponse> r = sendInWorker(client(1), AwsRequest::s3("GetObject", "GET", "bkt", "a b/c"));
    QVERIFY2(r, qPrintable(r.error().message));
    const FakeAwsServer::Received &req = m_fake.received().first();
    QCOMPARE(req.target, QByteArray("/bkt/a%20b/c"));
    QCOMPARE(req.header("Host"), QUrl(m_fake.endpoint()).authority().toLatin1());
    QVERIFY(req.header("Authorization").contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date"));
    QCOMPARE(req.header("X-Amz-Content-SHA256"), SigV4Signer::sha256Hex(""));
}


// `remote add` tries a create-only write twice and a write with a stale ETag on a scratch file: storage that
// accepts them (a FAKE here: moto and S3 honour both, see tst_remote_moto) cannot keep two pushes apart.
namespace {
const QByteArray PreconditionFailed = "<Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message></Error>";
}

void TestAwsFaults::conditionalWriteProbe_data()
{
    QTest::addColumn<QList<FakeAwsServer::Step>>("script");
    QTest::addColumn<QString>("problem");
    const auto ok = FakeAwsServer::respond(200, {}, "application/xml", {{"ETag", "\"abc\""}});
    const auto refused = FakeAwsServer::respond(412, PreconditionFailed, "application/xml");
    const auto deleted = FakeAwsServer::respond(204, {});
    QTest::newRow("honoured") << QList<FakeAwsServer::Step>{ok, refused, refused, deleted} << QString();
    QTest::newRow("ignores If-None-Match") << QList<FakeAwsServer::Step>{ok, ok, deleted} << QStringLiteral("despite If-None-Match");
    QTest::newRow("ignores If-Match") << QList<FakeAwsServer::Step>{ok, refused, ok, deleted} << QStringLiteral("did not match If-Match");
}

void TestAwsFaults::conditionalWriteProbe()
{
    QFETCH(QList<FakeAwsServer::Step>, script);
    QFETCH(QString, problem);
    m_fake.setScript(script);
    Result<RemoteUrl> url = RemoteUrl::parse(QStringLiteral("s3://pods?endpoint=%1").arg(m_fake.endpoint()));
    QVERIFY(url.ok());
    Result<std::unique_ptr<Remote>> remote = Remote::open(*url, AwsConfig::forEndpoint(QUrl(m_fake.endpoint())).credentials);
    QVERIFY(remote.ok());
    QFuture<Result<QString>> f = QtConcurrent::run([&remote] { return (*remote)->checkConditionalWrites(); });
    QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 30000);
    const Result<QString> answer = f.result();
    QVERIFY2(answer.ok(), qPrintable(answer.error().message));
    if (problem.isEmpty())
        QVERIFY2(answer->isEmpty(), qPrintable(*answer));
    else
        QVERIFY2(answer->contains(problem), qPrintable(*answer));
    const auto &seen = m_fake.received();
    QVERIFY(seen.size() >= 3);
    QCOMPARE(seen.first().header("If-None-Match"), QByteArray("*"));
    QVERIFY(seen.first().target.contains("tmp/probe-"));
    QCOMPARE(seen.last().method, QByteArray("DELETE")); // nothing is left behind
}

void TestAwsFaults::remoteAddRefusesStorageWithoutConditionalWrites()
{
    const auto ok = FakeAwsServer::respond(200, {}, "application/xml", {{"ETag", "\"abc\""}});
    m_fake.setScript({ok, ok, FakeAwsServer::respond(204, {})});
    QTemporaryDir home;
    qputenv("AWS_ACCESS_KEY_ID", "test");
    qputenv("AWS_SECRET_ACCESS_KEY", "test");
    AddRemoteRequest request{home.path(), QStringLiteral("lax"), QStringLiteral("s3://pods?endpoint=%1").arg(m_fake.endpoint())};
    QFuture<Result<RemoteInfo>> f = QtConcurrent::run([request] { return addRemote(request); });
    QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 30000);
    const Result<RemoteInfo> added = f.result();
    QVERIFY(!added.ok());
    QVERIFY2(added.error().message.contains(QLatin1String("does not honour conditional writes")), qPrintable(added.error().message));
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home.path());
    QVERIFY(catalogue.ok());
    QVERIFY((*catalogue)->remotes().value().isEmpty()); // nothing recorded
}

void TestAwsFaults::oversizedAnswerIsRefused_data()
{
    QTest::addColumn<FakeAwsServer::Step>("step");
    // Declared: refused on the headers, before any body byte is kept.
    QTest::newRow("declared") << FakeAwsServer::truncate("xx", 1ll << 40);
    // Streamed without a length: refused once the bytes read pass the limit, long before the server is done
    // (socket buffers and Qt's HTTP thread may hold a few tens of MiB more by then).
    QTest::newRow("streamed") << FakeAwsServer::stream(64ll * 1024 * 1024, -1, 64 * 1024);
}

void TestAwsFaults::oversizedAnswerIsRefused()
{
    QFETCH(FakeAwsServer::Step, step);
    m_fake.setScript({step});
    AwsRequest get = AwsRequest::s3(QStringLiteral("GetObject"), "GET", QStringLiteral("b"), QStringLiteral("k"));
    get.rawResponse = true;
    get.maxResponseBytes = 256 * 1024;
    const Result<AwsResponse> r = sendInWorker(client(3), get);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::LimitExceeded);
    QVERIFY2(r.error().message.contains(QString::number(get.maxResponseBytes) + QLatin1String(" bytes")), qPrintable(r.error().message));
    QCOMPARE(m_fake.received().size(), 1); // a limit is no reason to retry
    QVERIFY2(m_fake.streamedBytes() < 32ll * 1024 * 1024, qPrintable(QString::number(m_fake.streamedBytes())));
}

QTEST_GUILESS_MAIN(TestAwsFaults)
#include "tst_awsfaults.moc"
