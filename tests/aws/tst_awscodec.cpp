// The pieces around the wire: XML reader, error decoding per protocol, retry policy, credentials and
// config resolution, request builders and page tokens.
#include "aws/AwsConfig.h"
#include "aws/AwsError.h"
#include "aws/AwsPaginator.h"
#include "aws/AwsRequest.h"
#include "aws/XmlNode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace poddeck;

class TestAwsCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xmlTree();
    void xmlToJson();
    void xmlRejectsBrokenInput();
    void errorsPerProtocol();
    void retryDelays();
    void credentialsFromProfile();
    void configFromEnvironment();
    void queryProtocolRequest();
    void pageTokens();
    void pageTokenThatComesBack();
};

void TestAwsCodec::xmlTree()
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Name>pods</Name>
  <IsTruncated>false</IsTruncated>
  <Contents><Key>a &amp; b</Key><Size>3</Size></Contents>
  <Contents><Key>ሴ</Key><Size>4</Size></Contents>
  <Owner xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>1</ID></Owner>
</ListBucketResult>)";
    const Result<XmlNode> root = XmlNode::parse(xml);
    QVERIFY2(root, qPrintable(root.error().message));
    QCOMPARE(root->name(), QStringLiteral("ListBucketResult"));
    QCOMPARE(root->textAt(u"Name"), QStringLiteral("pods"));
    QVERIFY(root->text().isEmpty());
    const QList<XmlNode> contents = root->childrenNamed(u"Contents");
    QCOMPARE(contents.size(), 2);
    QCOMPARE(contents[0].textAt(u"Key"), QStringLiteral("a & b"));
    QCOMPARE(contents[1].textAt(u"Key"), QString::fromUtf8("ሴ"));
    QCOMPARE(root->child(u"Owner").attribute("type"), QStringLiteral("CanonicalUser"));
    QVERIFY(root->at(u"Missing/Deeper").isNull());
    QCOMPARE(root->textAt(u"Missing/Deeper"), QString());
    QCOMPARE(root->find(u"ID").text(), QStringLiteral("1"));
}

void TestAwsCodec::xmlToJson()
{
    const Result<XmlNode> root = XmlNode::parse(
        "<R><Roles><member><RoleName>a</RoleName></member><member><RoleName>b</RoleName></member></Roles>"
        "<Tag>x</Tag><Tag>y</Tag><One>1</One></R>");
    QVERIFY(root);
    const QJsonObject o = root->toJson().toObject();
    QCOMPARE(o["Roles"].toArray().size(), 2);
    QCOMPARE(o["Roles"].toArray()[1].toObject()["RoleName"].toString(), QStringLiteral("b"));
    QCOMPARE(o["Tag"].toArray(), QJsonArray({"x", "y"}));
    QCOMPARE(o["One"].toString(), QStringLiteral("1"));
}

void TestAwsCodec::xmlRejectsBrokenInput()
{
    for (const QByteArray &bad : {QByteArray(""), QByteArray("not xml"), QByteArray("<a><b></a>"), QByteArray("<a>"),
                                  QByteArray("<a/><b/>"), QByteArray("<a>").repeated(XmlNode::MaxDepth + 1)}) {
        const Result<XmlNode> r = XmlNode::parse(bad);
        QVERIFY2(!r, bad.left(40).constData());
        QCOMPARE(r.error().code, Error::Code::Corrupt);
        QVERIFY(r.error().message.startsWith("malformed XML"));
    }
}

void TestAwsCodec::errorsPerProtocol()
{
    // JSON 1.0 with a namespaced __type.
    AwsError e = AwsError::parse(AwsService::dynamodb(), 400, {},
                                 R"({"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"Requested resource not found"})");
    QCOMPARE(e.code, QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(e.toError("DynamoDB", "DescribeTable").message,
             QStringLiteral("DynamoDB DescribeTable failed: ResourceNotFoundException: Requested resource not found"));
    QVERIFY(!e.isRetryable());
    // SQS JSON: the query-compatible code from x-amzn-query-error wins.
    e = AwsError::parse(AwsService::sqs(), 400,
                        {{"x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender"}},
                        R"({"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist"})");
    const Error err = e.toError("SQS", "CreateQueue");
    QCOMPARE(err.code, Error::Code::Remote);
    QCOMPARE(err.message, QStringLiteral("SQS CreateQueue failed: AWS.SimpleQueueService.NonExistentQueue: "
                                         "The specified queue does not exist"));
    QCOMPARE(AwsError::codeOf(err), QStringLiteral("AWS.SimpleQueueService.NonExistentQueue"));
    // REST-JSON: the header carries the code, the body the message.
    e = AwsError::parse(AwsService::lambda(), 404,
                        {{"X-Amzn-ErrorType", "ResourceNotFoundException:http://internal.amazon.com/coral/"}},
                        R"({"Type":"User","Message":"Function not found: arn:aws:lambda:us-east-1:123:function:f"})");
    QCOMPARE(e.code, QStringLiteral("ResourceNotFoundException"));
    QVERIFY(e.message.startsWith("Function not found"));
    // Query.
    e = AwsError::parse(AwsService::iam(), 404, {},
                        "<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>Role x not found"
                        "</Message></Error><RequestId>rid</RequestId></ErrorResponse>");
    QCOMPARE(e.code, QStringLiteral("NoSuchEntity"));
    QCOMPARE(e.requestId, QStringLiteral("rid"));
    // REST-XML, and a bodiless HEAD answer.
    e = AwsError::parse(AwsService::s3(), 503, {}, "<Error><Code>SlowDown</Code><Message>Reduce</Message></Error>");
    QVERIFY(e.isThrottling() && e.isRetryable());
    e = AwsError::parse(AwsService::s3(), 404, {}, {});
    QCOMPARE(e.code, QStringLiteral("NotFound"));
    e = AwsError::parse(AwsService::s3(), 502, {}, "<html>bad gateway</html>");
    QCOMPARE(e.code, QStringLiteral("502"));
    QVERIFY(e.isRetryable());
    QCOMPARE(AwsError::codeOf(Error(Error::Code::Network, "x failed: y: z")), QString());
}

void TestAwsCodec::retryDelays()
{
    RetryPolicy p;
    p.baseDelayMs = 100;
    p.maxDelayMs = 1000;
    p.random = [] { return 1.0; };
    QCOMPARE(p.delayMs(2), 100);
    QCOMPARE(p.delayMs(3), 200);
    QCOMPARE(p.delayMs(4), 400);
    QCOMPARE(p.delayMs(10), 1000); // capped
    p.random = [] { return 0.5; };
    QCOMPARE(p.delayMs(3), 100);
    p.random = nullptr;
    for (int i = 0; i < 100; ++i)
        QVERIFY(p.delayMs(3) >= 0 && p.delayMs(3) <= 200);
    for (const char *c : {"ThrottlingException", "Throttling", "TooManyRequestsException", "RequestLimitExceeded",
                          "SlowDown", "ProvisionedThroughputExceededException"})
        QVERIFY2(RetryPolicy::isThrottlingCode(QString::fromLatin1(c)), c);
    QVERIFY(!RetryPolicy::isThrottlingCode(u"ValidationException"));
}

void TestAwsCodec::credentialsFromProfile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("credentials");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[default]\naws_access_key_id = AKDEFAULT\naws_secret_access_key = sdefault\n\n"
            "# comment\n[profile dev]\naws_access_key_id=AKDEV\naws_secret_access_key=sdev\naws_session_token=tok\n"
            "[broken]\naws_access_key_id=x\n");
    f.close();
    Result<AwsCredentials> dev = AwsCredentials::fromProfileFile(path, "dev");
    QVERIFY(dev);
    QCOMPARE(dev->accessKeyId, QStringLiteral("AKDEV"));
    QCOMPARE(dev->sessionToken, QStringLiteral("tok"));
    QCOMPARE(AwsCredentials::fromProfileFile(path, "broken").error().code, Error::Code::InvalidArgument);
    QCOMPARE(AwsCredentials::fromProfileFile(path, "absent").error().code, Error::Code::NotFound);

    QProcessEnvironment env;
    env.insert("AWS_SHARED_CREDENTIALS_FILE", path);
    QCOMPARE(AwsCredentials::resolve(env).accessKeyId, QStringLiteral("AKDEFAULT"));
    env.insert("AWS_PROFILE", "dev");
    QCOMPARE(AwsCredentials::resolve(env).accessKeyId, QStringLiteral("AKDEV"));
    env.insert("AWS_ACCESS_KEY_ID", "AKENV");
    env.insert("AWS_SECRET_ACCESS_KEY", "senv");
    QCOMPARE(AwsCredentials::resolve(env).accessKeyId, QStringLiteral("AKENV"));
    QProcessEnvironment none;
    none.insert("AWS_SHARED_CREDENTIALS_FILE", dir.filePath("missing"));
    QCOMPARE(AwsCredentials::resolve(none).accessKeyId, QStringLiteral("test"));
}

void TestAwsCodec::configFromEnvironment()
{
    QTemporaryDir dir;
    QProcessEnvironment env;
    env.insert("AWS_SHARED_CREDENTIALS_FILE", dir.filePath("missing"));
    AwsConfig c = AwsConfig::fromEnvironment(env);
    QCOMPARE(c.endpoint, QUrl("http://localhost:4566"));
    QCOMPARE(c.region, QStringLiteral("us-east-1"));
    env.insert("AWS_ENDPOINT_URL", "http://127.0.0.1:5000");
    env.insert("AWS_DEFAULT_REGION", "eu-west-1");
    env.insert("AWS_MAX_ATTEMPTS", "7");
    c = AwsConfig::fromEnvironment(env);
    QCOMPARE(c.endpoint, QUrl("http://127.0.0.1:5000"));
    QCOMPARE(c.region, QStringLiteral("eu-west-1"));
    QCOMPARE(c.retry.maxAttempts, 7);
    env.insert("AWS_REGION", "ap-south-1");
    QCOMPARE(AwsConfig::fromEnvironment(env).region, QStringLiteral("ap-south-1"));
}

void TestAwsCodec::queryProtocolRequest()
{
    AwsRequest r = AwsRequest::query(AwsService::sns(), "Publish", {{"Message", "a b&c=d+é"}, {"TopicArn", "arn:x"}});
    QCOMPARE(r.body, QByteArray("Action=Publish&Version=2010-03-31&Message=a%20b%26c%3Dd%2B%C3%A9&TopicArn=arn%3Ax"));
    QCOMPARE(r.header("content-type"), QByteArray("application/x-www-form-urlencoded; charset=utf-8"));
    r.setQueryItem("NextToken", "t/1");
    r.setQueryItem("NextToken", "t/2");
    QCOMPARE(r.body, QByteArray("Action=Publish&Version=2010-03-31&Message=a%20b%26c%3Dd%2B%C3%A9&TopicArn=arn%3Ax"
                                "&NextToken=t%2F2"));
    AwsRequest j = AwsRequest::json(AwsService::ssm(), "GetParametersByPath", {{"Path", "/a"}});
    j.setJsonMember("NextToken", "n1");
    QCOMPARE(QJsonDocument::fromJson(j.body).object(), QJsonObject({{"Path", "/a"}, {"NextToken", "n1"}}));
    QCOMPARE(j.header("x-amz-target"), QByteArray("AmazonSSM.GetParametersByPath"));
    QCOMPARE(j.header("content-type"), QByteArray("application/x-amz-json-1.1"));
    QCOMPARE(AwsRequest::json(AwsService::sqs(), "ListQueues").header("x-amzn-query-mode"), QByteArray("true"));
}

void TestAwsCodec::pageTokens()
{
    const AwsRequest first = AwsRequest::s3("ListObjectsV2", "GET", "b", {}, {{"list-type", "2"}});
    AwsResponse page;
    page.protocol = AwsProtocol::RestXml;
    page.xml = *XmlNode::parse("<ListBucketResult><IsTruncated>true</IsTruncated>"
                               "<NextContinuationToken>tok</NextContinuationToken></ListBucketResult>");
    std::optional<AwsRequest> next = AwsPaginator::nextRequest(first, page, PageToken::s3ListObjectsV2());
    QVERIFY(next);
    QCOMPARE(next->queryItems.last(), (QPair<QString, QString>("continuation-token", "tok")));
    page.xml = *XmlNode::parse("<ListBucketResult><IsTruncated>false</IsTruncated>"
                               "<NextContinuationToken>tok</NextContinuationToken></ListBucketResult>");
    QVERIFY(!AwsPaginator::nextRequest(first, page, PageToken::s3ListObjectsV2()));

    AwsResponse iam;
    iam.protocol = AwsProtocol::Query;
    iam.operation = "ListRoles";
    iam.xml = *XmlNode::parse("<ListRolesResponse><ListRolesResult><IsTruncated>true</IsTruncated><Marker>m</Marker>"
                              "</ListRolesResult></ListRolesResponse>");
    QCOMPARE(iam.value("Marker"), QStringLiteral("m"));
    next = AwsPaginator::nextRequest(AwsRequest::query(AwsService::iam(), "ListRoles"), iam, PageToken::queryMarker());
    QVERIFY(next && next->body.endsWith("&Marker=m"));

    AwsResponse json;
    json.json = QJsonObject{{"NextToken", "n"}, {"Nested", QJsonObject{{"Count", 3}}}};
    QCOMPARE(json.value("Nested.Count"), QStringLiteral("3"));
    next = AwsPaginator::nextRequest(AwsRequest::json(AwsService::ssm(), "DescribeParameters"), json, PageToken::nextToken());
    QCOMPARE(QJsonDocument::fromJson(next->body).object().value("NextToken").toString(), QStringLiteral("n"));
}

// A server whose paging is broken hands out a token it gave before, here after another one (A, B, A ...):
// the paginator stops with Code::Corrupt instead of fetching the same pages until MaxPages.
void TestAwsCodec::pageTokenThatComesBack()
{
    const QStringList tokens{"A", "B", "A", "B"};
    int sent = 0;
    const AwsPaginator::Send server = [&](const AwsRequest &) -> Result<AwsResponse> {
        AwsResponse page;
        page.json = QJsonObject{{"NextToken", tokens.value(sent++)}};
        return page;
    };
    int pages = 0;
    const Status st = AwsPaginator::forEachPage(server, AwsRequest::json(AwsService::ssm(), "DescribeParameters"),
                                                PageToken::nextToken(), [&](const AwsResponse &) { return ++pages > 0; });
    QVERIFY(!st);
    QCOMPARE(st.error().code, Error::Code::Corrupt);
    QVERIFY2(st.error().message.contains("same page token twice"), qPrintable(st.error().message));
    QCOMPARE(sent, 3);
    QCOMPARE(pages, 3);

    // A page callback that returns false stops at once, and a last page without a token ends it cleanly.
    sent = 0;
    pages = 0;
    QVERIFY(AwsPaginator::forEachPage(server, AwsRequest::json(AwsService::ssm(), "DescribeParameters"), PageToken::nextToken(),
                                      [&](const AwsResponse &) { return ++pages < 2; }));
    QCOMPARE(sent, 2);
    const QStringList once{"A"};
    sent = 0;
    const AwsPaginator::Send twoPages = [&](const AwsRequest &) -> Result<AwsResponse> {
        AwsResponse page;
        page.json = QJsonObject{{"NextToken", once.value(sent++)}};
        return page;
    };
    QVERIFY(AwsPaginator::forEachPage(twoPages, AwsRequest::json(AwsService::ssm(), "DescribeParameters"), PageToken::nextToken(),
                                      [](const AwsResponse &) { return true; }));
    QCOMPARE(sent, 2);
}

QTEST_GUILESS_MAIN(TestAwsCodec)
#include "tst_awscodec.moc"
