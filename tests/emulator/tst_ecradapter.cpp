#include "AppAdapterTest.h"

#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/EcrAdapter.h"
#include "state/ResourcePath.h"
#include "support/MotoServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

const QString Region = QStringLiteral("us-west-2");
const QString Lifecycle = QStringLiteral(
    R"({"rules":[{"rulePriority":1,"description":"drop untagged","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]})");
const QString Policy = QStringLiteral(
    R"({"Version":"2012-10-17","Statement":[{"Sid":"pull","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":["ecr:BatchGetImage"]}]})");

AwsRequest ecr(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::ecr(), operation, input);
}

} // namespace

class TestEcrAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void snapshotIsStable();
    void updateAndRemove();

private:
    void createState();
    QString path(const QString &name) const
    {
        return ResourcePath::make(QStringLiteral("ecr"), m_harness->account(), Region, QStringLiteral("repository"), name);
    }
    Result<AdapterHarness::Snapshot> snapshot() { return m_harness->snapshot({&m_adapter}, {Region}); }

    MotoServer m_moto;
    std::unique_ptr<AdapterHarness> m_harness;
    EcrAdapter m_adapter;
};

void TestEcrAdapter::initTestCase()
{
    const QString error = m_moto.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestEcrAdapter::init()
{
    QVERIFY(m_moto.reset());
    m_harness = std::make_unique<AdapterHarness>(m_moto.endpoint());
}

void TestEcrAdapter::createState()
{
    const AwsClient c = m_harness->client(Region);
    APP_SEND(c, ecr("CreateRepository", {{"repositoryName", "team/app"}, {"imageTagMutability", "IMMUTABLE"},
                                         {"imageScanningConfiguration", QJsonObject{{"scanOnPush", true}}},
                                         {"tags", QJsonArray{QJsonObject{{"Key", "team"}, {"Value", "platform"}}}}}));
    APP_SEND(c, ecr("PutLifecyclePolicy", {{"repositoryName", "team/app"}, {"lifecyclePolicyText", Lifecycle}}));
    APP_SEND(c, ecr("SetRepositoryPolicy", {{"repositoryName", "team/app"}, {"policyText", Policy}}));
    const QJsonObject manifest{{"schemaVersion", 2}, {"mediaType", "application/vnd.docker.distribution.manifest.v2+json"},
                               {"config", QJsonObject{{"digest", "sha256:" + QString(64, QLatin1Char('a'))}, {"size", 1},
                                                      {"mediaType", "application/vnd.docker.container.image.v1+json"}}},
                               {"layers", QJsonArray{}}};
    APP_SEND(c, ecr("PutImage", {{"repositoryName", "team/app"}, {"imageTag", "v1"},
                                 {"imageManifest", QString::fromUtf8(QJsonDocument(manifest).toJson(QJsonDocument::Compact))}}));
    APP_SEND(c, ecr("CreateRepository", {{"repositoryName", "base"}}));
}

void TestEcrAdapter::roundTrip()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 2);
    const QJsonObject app = a->resources.value(path("team/app")).document;
    QCOMPARE(app.value("imageTagMutability").toString(), QStringLiteral("IMMUTABLE"));
    QVERIFY(app.value("imageScanningConfiguration")["scanOnPush"].toBool());
    QCOMPARE(app.value("tags").toObject(), (QJsonObject{{"team", "platform"}}));
    QCOMPARE(app.value("lifecyclePolicy")["rules"][0]["selection"]["countNumber"].toInt(), 14);
    QCOMPARE(app.value("repositoryPolicy")["Statement"][0]["Sid"].toString(), QStringLiteral("pull"));
    QVERIFY(!app.contains("repositoryArn") && !app.contains("repositoryUri") && !app.contains("createdAt"));
    QVERIFY(!a->resources.value(path("base")).document.contains("lifecyclePolicy"));
    // Images cannot be moved: said for the repository that holds one, not for the empty one.
    QCOMPARE(a->warnings.size(), 1);
    QVERIFY2(a->warnings.first().contains("team/app") && a->warnings.first().contains("images"), qPrintable(a->warnings.first()));

    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_adapter}, *a));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
    QVERIFY(b->warnings.isEmpty()); // the restored repository is empty
    Result<AwsResponse> lc = m_harness->client(Region).send(ecr("GetLifecyclePolicy", {{"repositoryName", "team/app"}}));
    QVERIFY(lc);
    QCOMPARE(QJsonDocument::fromJson(lc->json.value("lifecyclePolicyText").toString().toUtf8()).object(),
             QJsonDocument::fromJson(Lifecycle.toUtf8()).object());
}

void TestEcrAdapter::snapshotIsStable()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(a && b);
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
    SnapshotContext ctx(m_harness->client(Region), QStringLiteral("ecr"), m_harness->account(), Region, {});
    Result<bool> has = m_adapter.hasResources(ctx);
    QVERIFY(has && *has);
}

void TestEcrAdapter::updateAndRemove()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY(a);
    const QString appPath = path("team/app");
    Resource after = a->resources.value(appPath);
    after.document.insert("imageTagMutability", "MUTABLE");
    after.document.insert("imageScanningConfiguration", QJsonObject{{"scanOnPush", false}});
    after.document.insert("tags", QJsonObject{{"cost", "shared"}});
    after.document.remove("lifecyclePolicy");
    QJsonObject policy = after.document.value("repositoryPolicy").toObject();
    policy.insert("Version", "2008-10-17");
    after.document.insert("repositoryPolicy", policy);
    ApplyContext ctx = applyContext(*m_harness, Region);
    APP_CHECK(m_adapter.update(ctx, a->resources.value(appPath), after));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(b);
    QCOMPARE(b->resources.value(appPath).document, after.document);
    Result<AwsResponse> lc = m_harness->client(Region).send(ecr("GetLifecyclePolicy", {{"repositoryName", "team/app"}}));
    QVERIFY(!lc.ok());

    APP_CHECK(m_adapter.remove(ctx, after)); // holds an image: removed all the same
    APP_CHECK(m_adapter.remove(ctx, after));
    Result<AdapterHarness::Snapshot> c = snapshot();
    QVERIFY(c);
    QCOMPARE(c->resources.keys(), QStringList{path("base")});
}

QTEST_GUILESS_MAIN(TestEcrAdapter)
#include "tst_ecradapter.moc"
