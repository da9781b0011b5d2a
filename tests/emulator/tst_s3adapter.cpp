// S3Adapter against a real moto_server: buckets with their settings, objects with awkward keys,
// metadata, tags and a large body; commit -> reset -> inject -> commit gives the same root; update and
// remove in place; a bucket belongs to its region's snapshot only.
#include "aws/AwsError.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/S3Adapter.h"
#include "state/ResourcePath.h"
#include "support/AdapterHarness.h"
#include "support/MotoServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace poddeck;

class TestS3Adapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void snapshotTwiceIsStable();
    void updateAndRemove();
    void bucketsBelongToTheirRegion();
    void versionHistory();

private:
    bool send(const AwsRequest &request, const QString &region = QStringLiteral("us-east-1"));
    bool put(const QString &bucket, const QString &key, const QByteArray &body, const HttpHeaders &headers = {});
    bool putConfig(const QString &bucket, const QString &sub, const QByteArray &body);
    void createRepresentativeState();
    QString bucketPath(const QString &bucket, const QString &region = QStringLiteral("us-east-1")) const;

    test::MotoServer m_moto;
    std::unique_ptr<test::AdapterHarness> m_harness;
    S3Adapter m_adapter;
};

void TestS3Adapter::initTestCase()
{
    const QString why = m_moto.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    m_harness = std::make_unique<test::AdapterHarness>(m_moto.endpoint());
}

void TestS3Adapter::init()
{
    QVERIFY(m_moto.reset());
}

bool TestS3Adapter::send(const AwsRequest &request, const QString &region)
{
    const Result<AwsResponse> r = m_harness->client(region).send(request);
    if (!r)
        qWarning("%s", qPrintable(r.error().message));
    return r.ok();
}

bool TestS3Adapter::put(const QString &bucket, const QString &key, const QByteArray &body, const HttpHeaders &headers)
{
    AwsRequest r = AwsRequest::s3("PutObject", "PUT", bucket, key, {}, body);
    for (const auto &[name, value] : headers)
        r.setHeader(name, value);
    return send(r);
}

bool TestS3Adapter::putConfig(const QString &bucket, const QString &sub, const QByteArray &body)
{
    AwsRequest r = AwsRequest::s3("PutBucketConfig", "PUT", bucket, {}, {{sub, QString()}}, body);
    r.setHeader("Content-MD5", QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64());
    r.rawResponse = true; // moto answers PutBucketPolicy with a body that is not XML
    return send(r);
}

QString TestS3Adapter::bucketPath(const QString &bucket, const QString &region) const
{
    return ResourcePath::make("s3", m_harness->account(), region, "bucket", bucket);
}

static QByteArray gzippedPage()
{
    return QByteArray::fromHex("1f8b0800000000000203b329b0cb48cdc9c95740226df40bec006e56636518000000");
}

void TestS3Adapter::createRepresentativeState()
{
    QVERIFY(send(AwsRequest::s3("CreateBucket", "PUT", "plain-bucket")));
    QVERIFY(put("plain-bucket", "a/b/c.txt", "nested", {{"Content-Type", "text/plain"}}));
    QVERIFY(put("plain-bucket", "with space.txt", "spaced"));
    QVERIFY(put("plain-bucket", QStringLiteral("ünïcødé/ключ ሴ.bin"), QByteArray("\x00\x01\x02", 3)));
    QVERIFY(put("plain-bucket", "dir/", QByteArray()));
    QVERIFY(put("plain-bucket", "empty-type", "x"));
    // Stored compressed: must come back byte for byte, not inflated by the network stack.
    QVERIFY(put("plain-bucket", "page.html", gzippedPage(), {{"Content-Type", "text/html"}, {"Content-Encoding", "gzip"}}));

    QVERIFY(send(AwsRequest::s3("CreateBucket", "PUT", "versioned-bucket")));
    QVERIFY(putConfig("versioned-bucket", "versioning",
                      "<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>"));
    QVERIFY(putConfig("versioned-bucket", "tagging",
                      "<Tagging><TagSet><Tag><Key>team</Key><Value>pods</Value></Tag>"
                      "<Tag><Key>env</Key><Value>dev</Value></Tag></TagSet></Tagging>"));
    QVERIFY(putConfig("versioned-bucket", "policy",
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                      "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::versioned-bucket/*\"}]}"));
    QVERIFY(putConfig("versioned-bucket", "cors",
                      "<CORSConfiguration><CORSRule><AllowedMethod>GET</AllowedMethod><AllowedMethod>PUT</AllowedMethod>"
                      "<AllowedOrigin>*</AllowedOrigin><MaxAgeSeconds>30</MaxAgeSeconds></CORSRule></CORSConfiguration>"));
    QVERIFY(putConfig("versioned-bucket", "lifecycle",
                      "<LifecycleConfiguration><Rule><ID>expire-logs</ID><Filter><Prefix>logs/</Prefix></Filter>"
                      "<Status>Enabled</Status><Expiration><Days>30</Days></Expiration></Rule></LifecycleConfiguration>"));
    QVERIFY(putConfig("versioned-bucket", "encryption",
                      "<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault>"
                      "<SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule>"
                      "</ServerSideEncryptionConfiguration>"));
    QVERIFY(putConfig("versioned-bucket", "publicAccessBlock",
                      "<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls>"
                      "<IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>false</BlockPublicPolicy>"
                      "<RestrictPublicBuckets>false</RestrictPublicBuckets></PublicAccessBlockConfiguration>"));
    QByteArray big(300 * 1024, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char((qint64(i) * 7919) % 251); // qint64: i * 7919 overflows int past i = 271182 (UBSan)
    QVERIFY(put("versioned-bucket", "data/big.bin", big,
                {{"Content-Type", "application/octet-stream"}, {"Cache-Control", "max-age=60"},
                 {"Content-Disposition", "attachment; filename=big.bin"}, {"x-amz-meta-color", "blue"},
                 {"x-amz-meta-Owner", "ops"}, {"x-amz-tagging", "class=big&note=a%20b"},
                 {"x-amz-storage-class", "STANDARD_IA"}}));
    QVERIFY(put("versioned-bucket", "logs/today.log", "v1"));
    QVERIFY(put("versioned-bucket", "logs/today.log", "v2 (newest)"));
}

void TestS3Adapter::roundTrip()
{
    createRepresentativeState();
    const Result<test::AdapterHarness::Snapshot> a = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 2 + 6 + 2 + 1); // + the older version of logs/today.log
    const QString olderLog = ResourcePath::child(ResourcePath::child(bucketPath("versioned-bucket"), "object", "logs/today.log"), "version", "0");
    QVERIFY2(a->resources.contains(olderLog), qPrintable(a->resources.keys().join('\n')));

    const QJsonObject bucket = a->resources.value(bucketPath("versioned-bucket")).document;
    QCOMPARE(bucket.value("Versioning").toString(), QStringLiteral("Enabled"));
    QCOMPARE(bucket.value("Tags").toObject(), QJsonObject({{"team", "pods"}, {"env", "dev"}}));
    QCOMPARE(bucket.value("Policy").toObject().value("Version").toString(), QStringLiteral("2012-10-17"));
    QCOMPARE(bucket.value("Cors")["CORSRule"][0]["AllowedMethod"].toArray().size(), 2);
    QCOMPARE(bucket.value("Lifecycle")["Rule"][0]["ID"].toString(), QStringLiteral("expire-logs"));
    QVERIFY(bucket.contains("Encryption"));
    QVERIFY(bucket.contains("PublicAccessBlock"));
    QCOMPARE(a->resources.value(bucketPath("plain-bucket")).document, QJsonObject());

    const Resource big = a->resources.value(ResourcePath::child(bucketPath("versioned-bucket"), "object", "data/big.bin"));
    QCOMPARE(big.document.value("Metadata").toObject(), QJsonObject({{"color", "blue"}, {"owner", "ops"}}));
    QCOMPARE(big.document.value("Tags").toObject(), QJsonObject({{"class", "big"}, {"note", "a b"}}));
    QCOMPARE(big.document.value("CacheControl").toString(), QStringLiteral("max-age=60"));
    QCOMPARE(big.document.value("StorageClass").toString(), QStringLiteral("STANDARD_IA"));
    QCOMPARE(big.attachments.value("body").size, 300 * 1024);
    QVERIFY(!big.document.contains("ETag") && !big.document.contains("LastModified"));
    const QString unicodeKey = ResourcePath::child(bucketPath("plain-bucket"), "object", QStringLiteral("ünïcødé/ключ ሴ.bin"));
    QVERIFY2(a->resources.contains(unicodeKey), qPrintable(a->resources.keys().join('\n')));

    QVERIFY(m_moto.reset());
    const Status restored = m_harness->restore({&m_adapter}, *a);
    QVERIFY2(restored, qPrintable(restored.error().message));
    const Result<test::AdapterHarness::Snapshot> b = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(test::AdapterHarness::describeDifference(*a, *b)));

    AwsRequest get = AwsRequest::s3("GetObject", "GET", "versioned-bucket", "data/big.bin");
    get.rawResponse = true;
    const Result<AwsResponse> got = m_harness->client().send(get);
    QVERIFY(got);
    QCOMPARE(got->body.size(), 300 * 1024);
    QCOMPARE(got->body.at(1000), char((1000 * 7919) % 251));
    AwsRequest page = AwsRequest::s3("GetObject", "GET", "plain-bucket", "page.html");
    page.rawResponse = true;
    page.setHeader("Accept-Encoding", "identity");
    const Result<AwsResponse> gotPage = m_harness->client().send(page);
    QVERIFY(gotPage);
    QCOMPARE(gotPage->body, gzippedPage());
}

void TestS3Adapter::snapshotTwiceIsStable()
{
    createRepresentativeState();
    const Result<test::AdapterHarness::Snapshot> a = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY2(a, qPrintable(a.error().message));
    const Result<test::AdapterHarness::Snapshot> b = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(test::AdapterHarness::describeDifference(*a, *b)));
}

void TestS3Adapter::updateAndRemove()
{
    createRepresentativeState();
    const Result<test::AdapterHarness::Snapshot> a = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY2(a, qPrintable(a.error().message));
    ApplyContext ctx(m_harness->client(), m_harness->account(), "us-east-1",
                     [this](const AttachmentRef &ref) { return m_harness->store().getBlob(ref); });

    // Tags changed, CORS dropped: updated in place.
    const Resource before = a->resources.value(bucketPath("versioned-bucket"));
    Resource after = before;
    after.document.insert("Tags", QJsonObject{{"team", "platform"}});
    after.document.remove("Cors");
    const Status updated = m_adapter.update(ctx, before, after);
    QVERIFY2(updated, qPrintable(updated.error().message));
    const Result<AwsResponse> tags = m_harness->client().send(AwsRequest::s3("GetBucketTagging", "GET", "versioned-bucket", {}, {{"tagging", ""}}));
    QVERIFY(tags);
    const QList<XmlNode> tagList = tags->result().child(u"TagSet").childrenNamed(u"Tag");
    QCOMPARE(tagList.size(), 1);
    QCOMPARE(tagList.first().textAt(u"Value"), QStringLiteral("platform"));
    const Result<AwsResponse> cors = m_harness->client().send(AwsRequest::s3("GetBucketCors", "GET", "versioned-bucket", {}, {{"cors", ""}}));
    QCOMPARE(AwsError::codeOf(cors.error()), QStringLiteral("NoSuchCORSConfiguration"));
    const Result<test::AdapterHarness::Snapshot> b = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY(b);
    QCOMPARE(b->resources.value(after.path).document, after.document);

    // An object removed; then the versioned bucket itself (its old versions go with it).
    const QString objectPath = ResourcePath::child(bucketPath("versioned-bucket"), "object", "data/big.bin");
    QVERIFY(m_adapter.remove(ctx, a->resources.value(objectPath)));
    const Result<AwsResponse> head = m_harness->client().send(AwsRequest::s3("HeadObject", "HEAD", "versioned-bucket", "data/big.bin"));
    QVERIFY(!head);
    QVERIFY(m_adapter.remove(ctx, a->resources.value(ResourcePath::child(bucketPath("versioned-bucket"), "object", "logs/today.log"))));
    const Status removed = m_adapter.remove(ctx, after);
    QVERIFY2(removed, qPrintable(removed.error().message));
    const Result<AwsResponse> gone = m_harness->client().send(AwsRequest::s3("HeadBucket", "HEAD", "versioned-bucket"));
    QVERIFY(!gone);
}

void TestS3Adapter::bucketsBelongToTheirRegion()
{
    QVERIFY(send(AwsRequest::s3("CreateBucket", "PUT", "home-bucket")));
    QVERIFY(send(AwsRequest::s3("CreateBucket", "PUT", "eu-bucket", {}, {},
                                "<CreateBucketConfiguration><LocationConstraint>eu-west-1</LocationConstraint>"
                                "</CreateBucketConfiguration>"),
                 "eu-west-1"));
    QVERIFY(put("eu-bucket", "hello.txt", "bonjour"));
    for (const auto &[region, expected] : QList<QPair<QString, bool>>{{"eu-west-1", true}, {"us-east-1", true}, {"us-west-2", false}}) {
        SnapshotContext probe(m_harness->client(region), "s3", m_harness->account(), region, {});
        const Result<bool> has = m_adapter.hasResources(probe);
        QVERIFY2(has, qPrintable(has.error().message));
        QCOMPARE(*has, expected);
    }
    const Result<test::AdapterHarness::Snapshot> a = m_harness->snapshot({&m_adapter}, {"us-east-1", "eu-west-1", "us-west-2"});
    QVERIFY2(a, qPrintable(a.error().message));
    QStringList paths = a->resources.keys();
    QCOMPARE(paths, QStringList({bucketPath("eu-bucket", "eu-west-1"),
                                 ResourcePath::child(bucketPath("eu-bucket", "eu-west-1"), "object", "hello.txt"),
                                 bucketPath("home-bucket")}));

    QVERIFY(m_moto.reset());
    QVERIFY(m_harness->restore({&m_adapter}, *a));
    const Result<AwsResponse> location = m_harness->client().send(AwsRequest::s3("GetBucketLocation", "GET", "eu-bucket", {}, {{"location", ""}}));
    QVERIFY(location);
    QCOMPARE(location->xml.text(), QStringLiteral("eu-west-1"));
    const Result<test::AdapterHarness::Snapshot> b = m_harness->snapshot({&m_adapter}, {"us-east-1", "eu-west-1", "us-west-2"});
    QVERIFY(b);
    QVERIFY2(a->root == b->root, qPrintable(test::AdapterHarness::describeDifference(*a, *b)));
}

// Older versions of a versioned bucket's objects come back in order with their bodies, metadata and
// tags; a key whose latest entry is a delete marker stays deleted with its versions behind it.
void TestS3Adapter::versionHistory()
{
    QVERIFY(send(AwsRequest::s3("CreateBucket", "PUT", "history")));
    QVERIFY(putConfig("history", "versioning", "<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>"));
    QVERIFY(put("history", "doc.txt", "one", {{"Content-Type", "text/plain"}, {"x-amz-meta-rev", "1"}, {"x-amz-tagging", "stage=draft"}}));
    QVERIFY(put("history", "doc.txt", "two", {{"Content-Type", "text/plain"}, {"x-amz-meta-rev", "2"}, {"Cache-Control", "no-cache"}}));
    QVERIFY(put("history", "doc.txt", "{\"three\":3}", {{"Content-Type", "application/json"}}));
    QVERIFY(put("history", "gone.txt", "g1"));
    QVERIFY(put("history", "gone.txt", "g2"));
    QVERIFY(send(AwsRequest::s3("DeleteObject", "DELETE", "history", "gone.txt")));

    const Result<test::AdapterHarness::Snapshot> a = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY2(a, qPrintable(a.error().message));
    const QString doc = ResourcePath::child(bucketPath("history"), "object", "doc.txt");
    const QString gone = ResourcePath::child(bucketPath("history"), "object", "gone.txt");
    QCOMPARE(a->resources.size(), 1 + 3 + 3);
    const Resource v0 = a->resources.value(ResourcePath::child(doc, "version", "0"));
    QCOMPARE(v0.document.value("Metadata").toObject(), QJsonObject({{"rev", "1"}}));
    QCOMPARE(v0.document.value("Tags").toObject(), QJsonObject({{"stage", "draft"}}));
    QCOMPARE(v0.attachments.value("body").size, 3);
    QVERIFY(!v0.document.contains("VersionId"));
    QCOMPARE(a->resources.value(ResourcePath::child(doc, "version", "1")).document.value("CacheControl").toString(), QStringLiteral("no-cache"));
    QCOMPARE(a->resources.value(doc).document.value("ContentType").toString(), QStringLiteral("application/json"));
    QVERIFY(!a->resources.contains(gone));
    QCOMPARE(a->resources.value(ResourcePath::child(gone, "version", "2")).document, QJsonObject({{"DeleteMarker", true}}));

    QVERIFY(m_moto.reset());
    const Status restored = m_harness->restore({&m_adapter}, *a);
    QVERIFY2(restored, qPrintable(restored.error().message));
    const Result<test::AdapterHarness::Snapshot> b = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(test::AdapterHarness::describeDifference(*a, *b)));

    // Through the API: versions newest first with their bodies, metadata and tags; gone.txt stays deleted.
    const Result<AwsResponse> list = m_harness->client().send(AwsRequest::s3("ListObjectVersions", "GET", "history", {}, {{"versions", ""}}));
    QVERIFY(list);
    QMap<QString, QStringList> ids;
    for (const XmlNode &v : list->result().childrenNamed(u"Version"))
        ids[v.textAt(u"Key")].append(v.textAt(u"VersionId"));
    QCOMPARE(ids.value("doc.txt").size(), 3);
    QCOMPARE(ids.value("gone.txt").size(), 2);
    const auto body = [&](const QString &key, const QString &id) {
        AwsRequest get = AwsRequest::s3("GetObject", "GET", "history", key, {{"versionId", id}});
        get.rawResponse = true;
        const Result<AwsResponse> r = m_harness->client().send(get);
        return r ? r->body : QByteArray("<missing>");
    };
    QCOMPARE(body("doc.txt", ids["doc.txt"][0]), QByteArray("{\"three\":3}"));
    QCOMPARE(body("doc.txt", ids["doc.txt"][1]), QByteArray("two"));
    QCOMPARE(body("doc.txt", ids["doc.txt"][2]), QByteArray("one"));
    QCOMPARE(body("gone.txt", ids["gone.txt"][0]), QByteArray("g2"));
    QCOMPARE(body("gone.txt", ids["gone.txt"][1]), QByteArray("g1"));
    const Result<AwsResponse> head = m_harness->client().send(AwsRequest::s3("HeadObject", "HEAD", "history", "doc.txt", {{"versionId", ids["doc.txt"][2]}}));
    QVERIFY(head);
    QCOMPARE(head->header("x-amz-meta-rev"), QByteArray("1"));
    QCOMPARE(head->header("Content-Type"), QByteArray("text/plain"));
    const Result<AwsResponse> tags = m_harness->client().send(AwsRequest::s3("GetObjectTagging", "GET", "history", "doc.txt",
                                                                             {{"tagging", ""}, {"versionId", ids["doc.txt"][2]}}));
    QVERIFY(tags);
    QCOMPARE(tags->result().child(u"TagSet").child(u"Tag").textAt(u"Value"), QStringLiteral("draft"));
    QVERIFY(!m_harness->client().send(AwsRequest::s3("HeadObject", "HEAD", "history", "gone.txt")));

    // Removing an older version deletes exactly that one.
    ApplyContext ctx(m_harness->client(), m_harness->account(), "us-east-1",
                     [this](const AttachmentRef &ref) { return m_harness->store().getBlob(ref); });
    const Status removed = m_adapter.remove(ctx, b->resources.value(ResourcePath::child(doc, "version", "0")));
    QVERIFY2(removed, qPrintable(removed.error().message));
    const Result<test::AdapterHarness::Snapshot> c = m_harness->snapshot({&m_adapter}, {"us-east-1"});
    QVERIFY(c);
    QCOMPARE(c->resources.value(ResourcePath::child(doc, "version", "0")).attachments.value("body").size, 3); // "two"
    QVERIFY(!c->resources.contains(ResourcePath::child(doc, "version", "1")));
}

QTEST_MAIN(TestS3Adapter)
#include "tst_s3adapter.moc"
