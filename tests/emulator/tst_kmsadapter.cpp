#include "AppAdapterTest.h"

#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "emulator/awsapi/KmsAdapter.h"
#include "state/ResourcePath.h"
#include "support/MotoServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

const QString Region = QStringLiteral("eu-west-1");
const QString Policy = QStringLiteral(
    R"({"Version":"2012-10-17","Statement":[{"Sid":"root","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"}]})");

AwsRequest kms(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::kms(), operation, input);
}

} // namespace

class TestKmsAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void restoreSaysWhatChanged();
    void updateAndRemove();

private:
    void createState();
    QString path(const QString &type, const QString &id) const
    {
        return ResourcePath::make(QStringLiteral("kms"), m_harness->account(), Region, type, id);
    }
    Result<AdapterHarness::Snapshot> snapshot() { return m_harness->snapshot({&m_adapter}, {Region}); }
    QString describe(const QString &keyId, const QString &member) const;

    MotoServer m_moto;
    std::unique_ptr<AdapterHarness> m_harness;
    KmsAdapter m_adapter;
    QString m_appKey, m_signKey;
};

void TestKmsAdapter::initTestCase()
{
    const QString error = m_moto.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestKmsAdapter::init()
{
    QVERIFY(m_moto.reset());
    m_harness = std::make_unique<AdapterHarness>(m_moto.endpoint());
}

QString TestKmsAdapter::describe(const QString &keyId, const QString &member) const
{
    Result<AwsResponse> r = m_harness->client(Region).send(kms("DescribeKey", {{"KeyId", keyId}}));
    return r ? r->value(QStringLiteral("KeyMetadata.") + member) : r.error().message;
}

void TestKmsAdapter::createState()
{
    const AwsClient c = m_harness->client(Region);
    Result<AwsResponse> app = c.send(kms("CreateKey", {{"Description", "app data"}, {"Policy", Policy},
                                                      {"Tags", QJsonArray{QJsonObject{{"TagKey", "team"}, {"TagValue", "core"}}}}}));
    QVERIFY2(app, qPrintable(app.error().message));
    m_appKey = app->value("KeyMetadata.KeyId");
    APP_SEND(c, kms("EnableKeyRotation", {{"KeyId", m_appKey}}));
    Result<AwsResponse> sign = c.send(kms("CreateKey", {{"Description", "release signing"}, {"KeySpec", "RSA_2048"}, {"KeyUsage", "SIGN_VERIFY"}}));
    QVERIFY2(sign, qPrintable(sign.error().message));
    m_signKey = sign->value("KeyMetadata.KeyId");
    APP_SEND(c, kms("DisableKey", {{"KeyId", m_signKey}}));
    APP_SEND(c, kms("CreateAlias", {{"AliasName", "alias/app"}, {"TargetKeyId", m_appKey}}));
    APP_SEND(c, kms("CreateAlias", {{"AliasName", "alias/signer"}, {"TargetKeyId", m_signKey}}));
    // A key pending deletion is on its way out: not recorded.
    Result<AwsResponse> old = c.send(kms("CreateKey", {{"Description", "retired"}}));
    QVERIFY(old);
    APP_SEND(c, kms("ScheduleKeyDeletion", {{"KeyId", old->value("KeyMetadata.KeyId")}, {"PendingWindowInDays", 7}}));
}

void TestKmsAdapter::roundTrip()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    QStringList expected{path("alias", "alias/app"), path("alias", "alias/signer"), path("key", m_appKey), path("key", m_signKey)};
    expected.sort(); // key ids are random
    QCOMPARE(a->resources.keys(), expected);
    const QJsonObject app = a->resources.value(path("key", m_appKey)).document;
    QCOMPARE(app.value("Description").toString(), QStringLiteral("app data"));
    QCOMPARE(app.value("KeySpec").toString(), QStringLiteral("SYMMETRIC_DEFAULT"));
    QCOMPARE(app.value("Enabled").toBool(), true);
    QCOMPARE(app.value("KeyRotationEnabled").toBool(), true);
    QCOMPARE(app.value("Policy")["Statement"][0]["Sid"].toString(), QStringLiteral("root"));
    QCOMPARE(app.value("Tags").toObject(), (QJsonObject{{"team", "core"}}));
    QVERIFY(!app.contains("Arn") && !app.contains("KeyId") && !app.contains("CreationDate"));
    const QJsonObject sign = a->resources.value(path("key", m_signKey)).document;
    QCOMPARE(sign.value("KeyUsage").toString(), QStringLiteral("SIGN_VERIFY"));
    QCOMPARE(sign.value("Enabled").toBool(), false);
    QCOMPARE(a->resources.value(path("alias", "alias/app")).document, (QJsonObject{{"TargetKeyId", m_appKey}}));
    QVERIFY2(a->warnings.join('\n').contains("will not decrypt"), qPrintable(a->warnings.join('\n')));
    QVERIFY(m_adapter.restoreRank(a->resources.value(path("key", m_appKey))) < 10); // before what it encrypts

    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_adapter}, *a));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));

    // moto gives the restored key a new id: the alias leads to it, and its _custom_id_ tag keeps the old one.
    const AwsClient c = m_harness->client(Region);
    const QString liveApp = describe("alias/app", "KeyId");
    QVERIFY(!liveApp.isEmpty());
    QCOMPARE(describe("alias/app", "Description"), QStringLiteral("app data"));
    QCOMPARE(describe("alias/signer", "Enabled"), QStringLiteral("false"));
    QCOMPARE(describe("alias/signer", "KeySpec"), QStringLiteral("RSA_2048"));
    Result<AwsResponse> tags = c.send(kms("ListResourceTags", {{"KeyId", liveApp}}));
    QVERIFY(tags);
    const QJsonObject tagMap = DocumentJson::tagMap(tags->json.value("Tags").toArray(), "TagKey", "TagValue");
    QCOMPARE(tagMap.value("team").toString(), QStringLiteral("core"));
    QCOMPARE(tagMap.value("_custom_id_").toString(liveApp), m_appKey);
    Result<AwsResponse> rotation = c.send(kms("GetKeyRotationStatus", {{"KeyId", liveApp}}));
    QVERIFY(rotation && rotation->json.value("KeyRotationEnabled").toBool());

    // And once more: a pod committed after the restore restores the same way.
    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_adapter}, *b));
    Result<AdapterHarness::Snapshot> d = snapshot();
    QVERIFY(d);
    QVERIFY2(a->root == d->root, qPrintable(AdapterHarness::describeDifference(*a, *d)));
}

void TestKmsAdapter::restoreSaysWhatChanged()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY(a);
    QVERIFY(m_moto.reset());
    ApplyContext ctx = applyContext(*m_harness, Region);
    APP_CHECK(m_adapter.create(ctx, a->resources.value(path("key", m_appKey))));
    APP_CHECK(m_adapter.create(ctx, a->resources.value(path("alias", "alias/app"))));
    const QString warnings = ctx.warnings().join('\n');
    QVERIFY2(warnings.contains(m_appKey) && warnings.contains("will not decrypt"), qPrintable(warnings));
    const QString liveApp = describe("alias/app", "KeyId");
    if (liveApp != m_appKey) // moto picks a new id: the report names it
        QVERIFY2(warnings.contains(liveApp), qPrintable(warnings));
}

void TestKmsAdapter::updateAndRemove()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY(a);
    const QString keyPath = path("key", m_appKey);
    Resource key = a->resources.value(keyPath);
    key.document.insert("Description", QStringLiteral("app data v2"));
    key.document.insert("Enabled", false);
    key.document.remove("KeyRotationEnabled");
    key.document.insert("Tags", QJsonObject{{"team", "platform"}, {"cost", "42"}});
    Resource alias = a->resources.value(path("alias", "alias/app"));
    alias.document.insert("TargetKeyId", m_signKey);
    ApplyContext ctx = applyContext(*m_harness, Region);
    APP_CHECK(m_adapter.update(ctx, a->resources.value(keyPath), key));
    APP_CHECK(m_adapter.update(ctx, a->resources.value(alias.path), alias));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(b);
    QCOMPARE(b->resources.value(keyPath).document, key.document);
    QCOMPARE(describe("alias/app", "KeyId"), m_signKey);

    APP_CHECK(m_adapter.remove(ctx, alias));
    APP_CHECK(m_adapter.remove(ctx, key));
    APP_CHECK(m_adapter.remove(ctx, key)); // pending deletion already: fine
    QCOMPARE(describe(m_appKey, "KeyState"), QStringLiteral("PendingDeletion"));
    Result<AdapterHarness::Snapshot> c = snapshot();
    QVERIFY(c);
    QCOMPARE(c->resources.keys(), (QStringList{path("alias", "alias/signer"), path("key", m_signKey)}));
}

QTEST_GUILESS_MAIN(TestKmsAdapter)
#include "tst_kmsadapter.moc"
