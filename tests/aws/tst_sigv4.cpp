// SigV4 against AWS's published vectors (tests/aws/data/sigv4, one directory per case, in the layout of
// aws-sig-v4-test-suite: <case>.req, <case>.creq, <case>.authz; context.json overrides the suite's
// credentials/region/service; presign cases hold the expected URL in <case>.url).
#include "aws/AwsClient.h"
#include "aws/SigV4Signer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace poddeck;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct SuiteCase
{
    SigV4Request request;
    QDateTime when;
};

// Parses the suite's .req format: request line (the target may hold raw spaces and UTF-8), headers
// (lines starting with white space continue the previous one), a blank line, the body.
SuiteCase parseReq(const QByteArray &raw)
{
    SuiteCase c;
    const qsizetype split = raw.indexOf("\n\n");
    const QByteArray head = split < 0 ? raw : raw.left(split);
    c.request.body = split < 0 ? QByteArray() : raw.mid(split + 2);
    QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.takeFirst();
    const qsizetype sp = requestLine.indexOf(' ');
    c.request.method = requestLine.left(sp);
    const QByteArray target = requestLine.mid(sp + 1, requestLine.lastIndexOf(" HTTP/") - sp - 1);
    const qsizetype q = target.indexOf('?');
    c.request.path = q < 0 ? target : target.left(q);
    if (q >= 0) {
        for (const QByteArray &pair : target.mid(q + 1).split('&')) {
            const qsizetype eq = pair.indexOf('=');
            const QByteArray name = eq < 0 ? pair : pair.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            c.request.query.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
        }
    }
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !c.request.headers.isEmpty()) {
            c.request.headers.last().second += ' ' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        c.request.headers.append({line.left(colon), line.mid(colon + 1)});
        if (line.left(colon).compare("host", Qt::CaseInsensitive) == 0)
            c.request.host = line.mid(colon + 1).trimmed();
        if (line.left(colon).compare("x-amz-date", Qt::CaseInsensitive) == 0)
            c.when = QDateTime::fromString(QString::fromLatin1(line.mid(colon + 1).trimmed()),
                                           QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    }
    c.when.setTimeSpec(Qt::UTC);
    return c;
}

QJsonObject contextOf(const QString &dir)
{
    QJsonObject ctx{{"accessKeyId", "AKIDEXAMPLE"},
                    {"secretAccessKey", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"},
                    {"region", "us-east-1"},
                    {"service", "service"}};
    const QJsonObject over = QJsonDocument::fromJson(readFile(dir + "/context.json")).object();
    for (auto it = over.begin(); it != over.end(); ++it)
        ctx.insert(it.key(), it.value());
    return ctx;
}

SigV4Signer signerFor(const QJsonObject &ctx)
{
    AwsCredentials creds{ctx["accessKeyId"].toString(), ctx["secretAccessKey"].toString(),
                         ctx["sessionToken"].toString()};
    return SigV4Signer(creds, ctx["region"].toString(), ctx["service"].toString());
}

} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suite_data();
    void suite();
    void s3PresignThroughClient();
    void canonicalUriS3VersusOthers_data();
    void canonicalUriS3VersusOthers();
    void clientSignsWhatItSends();
    void signingKeyFromDocs();
};

void TestSigV4::suite_data()
{
    QTest::addColumn<QString>("dir");
    const QDir root(QStringLiteral(PODDECK_AWS_TEST_DATA "/sigv4"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= 30, "SigV4 vectors missing");
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

void TestSigV4::suite()
{
    QFETCH(QString, dir);
    const QString name = QFileInfo(dir).fileName();
    const SuiteCase c = parseReq(readFile(dir + '/' + name + ".req"));
    QVERIFY(c.when.isValid());
    const QJsonObject ctx = contextOf(dir);
    const SigV4Signer signer = signerFor(ctx);

    if (ctx["presign"].toBool()) {
        const SigV4Signature sig = signer.presign(c.request, c.when, ctx["expires"].toInt());
        const QByteArray url = "https://" + c.request.host + c.request.path + '?' + sig.canonicalQuery;
        QCOMPARE(url, readFile(dir + '/' + name + ".url").trimmed());
        return;
    }
    const SigV4Signature sig = signer.sign(c.request, c.when);
    const QByteArray creq = readFile(dir + '/' + name + ".creq");
    if (!creq.isEmpty())
        QCOMPARE(sig.canonicalRequest, creq);
    QCOMPARE(sig.authorization, readFile(dir + '/' + name + ".authz").trimmed());
}

void TestSigV4::s3PresignThroughClient()
{
    // The same S3 documentation example, built by AwsClient (virtual-host addressing) instead of by hand.
    AwsConfig config;
    config.endpoint = QUrl("https://s3.amazonaws.com");
    config.s3VirtualHost = true;
    config.credentials = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", {}};
    const AwsClient client(config);
    const QDateTime when(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);
    const QUrl url = client.presignedUrl(AwsRequest::s3("GetObject", "GET", "examplebucket", "test.txt"), 86400, when);
    const QByteArray expected = readFile(PODDECK_AWS_TEST_DATA "/sigv4/s3-presign-get/s3-presign-get.url").trimmed();
    QCOMPARE(url.toEncoded(), expected);
}

void TestSigV4::canonicalUriS3VersusOthers_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("s3");
    QTest::addColumn<QByteArray>("canonical");
    // S3: the key encoded once, never normalized.
    QTest::newRow("s3 space") << QByteArray("/b/a%20b") << true << QByteArray("/b/a%20b");
    QTest::newRow("s3 raw space") << QByteArray("/b/a b") << true << QByteArray("/b/a%20b");
    QTest::newRow("s3 plus") << QByteArray("/b/a%2Bb") << true << QByteArray("/b/a%2Bb");
    QTest::newRow("s3 dots kept") << QByteArray("/b/x/../y//z") << true << QByteArray("/b/x/../y//z");
    QTest::newRow("s3 utf8") << QByteArray("/b/%E1%88%B4") << true << QByteArray("/b/%E1%88%B4");
    // Other services: normalized, and the wire path encoded a second time.
    QTest::newRow("json space") << QByteArray("/a%20b") << false << QByteArray("/a%2520b");
    QTest::newRow("lambda colon") << QByteArray("/2015-03-31/functions/f%3A1") << false
                                  << QByteArray("/2015-03-31/functions/f%253A1");
    QTest::newRow("dots resolved") << QByteArray("/x/../y//z/") << false << QByteArray("/y/z/");
    QTest::newRow("empty") << QByteArray("") << false << QByteArray("/");
}

void TestSigV4::canonicalUriS3VersusOthers()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, s3);
    QFETCH(QByteArray, canonical);
    QCOMPARE(SigV4Signer::canonicalUri(wire, s3), canonical);
}

void TestSigV4::clientSignsWhatItSends()
{
    AwsConfig config = AwsConfig::forEndpoint(QUrl("http://127.0.0.1:4566"));
    config.credentials.sessionToken = "tok";
    const QDateTime when(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    AwsRequest put = AwsRequest::s3("PutObject", "PUT", "my-bucket", "dir/a b+c~d.txt", {{"x", "1 2"}}, "hello");
    const QNetworkRequest nr = AwsClient::buildNetworkRequest(config, put, when);
    QCOMPARE(nr.url().toEncoded(), QByteArray("http://127.0.0.1:4566/my-bucket/dir/a%20b%2Bc~d.txt?x=1%202"));
    QCOMPARE(nr.rawHeader("Host"), QByteArray("127.0.0.1:4566"));
    QCOMPARE(nr.rawHeader("X-Amz-Date"), QByteArray("20240102T030405Z"));
    QCOMPARE(nr.rawHeader("X-Amz-Security-Token"), QByteArray("tok"));
    QCOMPARE(nr.rawHeader("X-Amz-Content-SHA256"), SigV4Signer::sha256Hex("hello"));
    const QByteArray auth = nr.rawHeader("Authorization");
    QVERIFY2(auth.startsWith("AWS4-HMAC-SHA256 Credential=test/20240102/us-east-1/s3/aws4_request, "
                             "SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature="),
             auth.constData());

    // IAM is global: signed for us-east-1 whatever the configured region.
    config.region = "eu-west-1";
    const QNetworkRequest iam = AwsClient::buildNetworkRequest(config, AwsRequest::query(AwsService::iam(), "ListRoles"), when);
    QVERIFY(iam.rawHeader("Authorization").contains("/20240102/us-east-1/iam/aws4_request"));
    QVERIFY(!iam.hasRawHeader("X-Amz-Content-SHA256")); // only S3 sends it
    const QNetworkRequest ddb = AwsClient::buildNetworkRequest(config, AwsRequest::json(AwsService::dynamodb(), "ListTables"), when);
    QVERIFY(ddb.rawHeader("Authorization").contains("/eu-west-1/dynamodb/aws4_request"));
    QCOMPARE(ddb.rawHeader("X-Amz-Target"), QByteArray("DynamoDB_20120810.ListTables"));
    QCOMPARE(ddb.rawHeader("Content-Type"), QByteArray("application/x-amz-json-1.0"));
}

void TestSigV4::signingKeyFromDocs()
{
    // "Signing AWS API requests" (IAM example): the derived key for 20150830/us-east-1/iam.
    QByteArray k = SigV4Signer::hmacSha256("AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20150830");
    k = SigV4Signer::hmacSha256(k, "us-east-1");
    k = SigV4Signer::hmacSha256(k, "iam");
    k = SigV4Signer::hmacSha256(k, "aws4_request");
    QCOMPARE(k.toHex(), QByteArray("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9"));
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
