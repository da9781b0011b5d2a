#include "AppAdapterTest.h"

#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/SecretsManagerAdapter.h"
#include "state/Metamodel.h"
#include "state/ResourcePath.h"
#include "support/MotoServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

const QString Region = QStringLiteral("us-west-2");
const QString Policy = QStringLiteral(
    R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"secretsmanager:GetSecretValue","Resource":"*"}]})");

AwsRequest sm(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::secretsManager(), operation, input);
}

} // namespace

class TestSecretsManagerAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void snapshotIsStable();
    void updateAndRemove();
    void versionsAndLabels();

private:
    QString valueAt(const QString &name, const QString &stage);
    void createState();
    QString path(const QString &name) const
    {
        return ResourcePath::make(QStringLiteral("secretsmanager"), m_harness->account(), Region, QStringLiteral("secret"), name);
    }
    Result<AdapterHarness::Snapshot> snapshot() { return m_harness->snapshot({&m_adapter}, {Region}); }

    MotoServer m_moto;
    std::unique_ptr<AdapterHarness> m_harness;
    SecretsManagerAdapter m_adapter;
};

void TestSecretsManagerAdapter::initTestCase()
{
    const QString error = m_moto.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSecretsManagerAdapter::init()
{
    QVERIFY(m_moto.reset());
    m_harness = std::make_unique<AdapterHarness>(m_moto.endpoint());
}

void TestSecretsManagerAdapter::createState()
{
    const AwsClient c = m_harness->client(Region);
    APP_SEND(c, sm(QStringLiteral("CreateSecret"), {{"Name", "app/db"}, {"SecretString", R"({"user":"app","password":"pw"})"},
                                                    {"Description", "database login"},
                                                    {"Tags", QJsonArray{QJsonObject{{"Key", "team"}, {"Value", "core"}},
                                                                        QJsonObject{{"Key", "env"}, {"Value", "dev"}}}}}));
    APP_SEND(c, sm(QStringLiteral("PutResourcePolicy"), {{"SecretId", "app/db"}, {"ResourcePolicy", Policy}}));
    APP_SEND(c, sm(QStringLiteral("CreateSecret"), {{"Name", "tls-key"}, {"SecretBinary", QString::fromLatin1(QByteArray("\x00\x01\xfe\xff", 4).toBase64())},
                                                    {"KmsKeyId", "alias/app-key"}}));
}

void TestSecretsManagerAdapter::roundTrip()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 2);
    const QJsonObject db = a->resources.value(path("app/db")).document;
    QCOMPARE(db.value("SecretString").toString(), QStringLiteral(R"({"user":"app","password":"pw"})"));
    QCOMPARE(db.value("Tags").toObject(), (QJsonObject{{"env", "dev"}, {"team", "core"}}));
    QCOMPARE(db.value("ResourcePolicy")["Statement"][0]["Action"].toString(), QStringLiteral("secretsmanager:GetSecretValue"));
    QVERIFY(!db.contains("ARN") && !db.contains("VersionIdsToStages") && !db.contains("CreatedDate"));
    const QJsonObject key = a->resources.value(path("tls-key")).document;
    QCOMPARE(QByteArray::fromBase64(key.value("SecretBinary").toString().toLatin1()), QByteArray("\x00\x01\xfe\xff", 4));
    QCOMPARE(key.value("KmsKeyId").toString(), QStringLiteral("alias/app-key"));

    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_adapter}, *a));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
}

void TestSecretsManagerAdapter::snapshotIsStable()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(a && b);
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
    SnapshotContext ctx(m_harness->client(Region), QStringLiteral("secretsmanager"), m_harness->account(), Region, {});
    Result<bool> has = m_adapter.hasResources(ctx);
    QVERIFY(has && *has);
}

void TestSecretsManagerAdapter::updateAndRemove()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY(a);
    const QString dbPath = path("app/db");
    Resource after = a->resources.value(dbPath);
    after.document.insert("SecretString", QStringLiteral("rotated"));
    after.document.insert("Description", QStringLiteral("new login"));
    after.document.insert("Tags", QJsonObject{{"team", "platform"}});
    after.document.remove("ResourcePolicy");
    ApplyContext ctx = applyContext(*m_harness, Region);
    APP_CHECK(m_adapter.update(ctx, a->resources.value(dbPath), after));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(b);
    QCOMPARE(b->resources.value(dbPath).document, after.document);

    APP_CHECK(m_adapter.remove(ctx, after));
    APP_CHECK(m_adapter.remove(ctx, after)); // already gone: fine
    Result<AdapterHarness::Snapshot> c = snapshot();
    QVERIFY(c);
    QCOMPARE(c->resources.keys(), QStringList{path("tls-key")});
}

QString TestSecretsManagerAdapter::valueAt(const QString &name, const QString &stage)
{
    const Result<AwsResponse> r = m_harness->client(Region).send(sm("GetSecretValue", {{"SecretId", name}, {"VersionStage", stage}}));
    return r ? r->json.value("SecretString").toString() : QStringLiteral("<%1>").arg(r.error().message);
}

// Older versions come back with their labels: AWSPREVIOUS, custom labels on old and current versions.
void TestSecretsManagerAdapter::versionsAndLabels()
{
    const AwsClient c = m_harness->client(Region);
    QStringList ids;
    for (const char *v : {"v1", "v2", "v3"}) {
        const Result<AwsResponse> r = c.send(ids.isEmpty() ? sm("CreateSecret", {{"Name", "svc/key"}, {"SecretString", v}})
                                                           : sm("PutSecretValue", {{"SecretId", "svc/key"}, {"SecretString", v}}));
        QVERIFY2(r, qPrintable(r.error().message));
        ids << r->json.value("VersionId").toString();
    }
    APP_SEND(c, sm("PutSecretValue", {{"SecretId", "svc/key"}, {"SecretString", "v4"}, {"VersionStages", QJsonArray{"staging"}}}));
    APP_SEND(c, sm("UpdateSecretVersionStage", {{"SecretId", "svc/key"}, {"VersionStage", "blue"}, {"MoveToVersionId", ids[0]}}));
    APP_SEND(c, sm("UpdateSecretVersionStage", {{"SecretId", "svc/key"}, {"VersionStage", "prod"}, {"MoveToVersionId", ids[2]}}));

    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    const QString secret = path("svc/key");
    QCOMPARE(a->resources.value(secret).document.value("SecretString").toString(), QStringLiteral("v3"));
    QCOMPARE(a->resources.value(secret).document.value("VersionStages").toArray(), QJsonArray{"prod"});
    const QList<QPair<QString, QJsonArray>> expected{{"v1", {"blue"}}, {"v2", {"AWSPREVIOUS"}}, {"v4", {"staging"}}};
    for (int i = 0; i < expected.size(); ++i) {
        const Resource v = a->resources.value(ResourcePath::child(secret, "version", QString::number(i)));
        QCOMPARE(v.document.value("SecretString").toString(), expected[i].first);
        QCOMPARE(v.document.value("VersionStages").toArray(), expected[i].second);
        QVERIFY(!v.document.contains("VersionId"));
        // The value is masked like the current one.
        Metamodel m;
        m.add(v);
        QVERIFY(!QJsonDocument(m.root().toJson()).toJson().contains(expected[i].first.toUtf8()));
    }
    QCOMPARE(a->resources.size(), 4);

    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_adapter}, *a));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
    for (const auto &[stage, value] : QList<QPair<QString, QString>>{{"AWSCURRENT", "v3"}, {"prod", "v3"}, {"AWSPREVIOUS", "v2"},
                                                                      {"blue", "v1"}, {"staging", "v4"}})
        QCOMPARE(valueAt("svc/key", stage), value);

    // A label added to an old version moves there; a removed version loses its labels.
    ApplyContext ctx = applyContext(*m_harness, Region);
    const Resource staging = b->resources.value(ResourcePath::child(secret, "version", "2"));
    Resource moved = staging;
    moved.document.insert("VersionStages", QJsonArray{"qa", "staging"});
    APP_CHECK(m_adapter.update(ctx, staging, moved));
    QCOMPARE(valueAt("svc/key", "qa"), QStringLiteral("v4"));
    APP_CHECK(m_adapter.remove(ctx, b->resources.value(ResourcePath::child(secret, "version", "0"))));
    QVERIFY(valueAt("svc/key", "blue").startsWith('<'));
    QCOMPARE(valueAt("svc/key", "AWSPREVIOUS"), QStringLiteral("v2"));
}

QTEST_GUILESS_MAIN(TestSecretsManagerAdapter)
#include "tst_secretsmanageradapter.moc"
