#include "AppAdapterTest.h"

#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/SsmAdapter.h"
#include "state/ResourcePath.h"
#include "support/MotoServer.h"

#include <QJsonArray>
#include <QTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

const QString Region = QStringLiteral("us-west-2");

AwsRequest ssm(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::ssm(), operation, input);
}

} // namespace

class TestSsmAdapter : public QObject
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
        return ResourcePath::make(QStringLiteral("ssm"), m_harness->account(), Region, QStringLiteral("parameter"), name);
    }
    Result<AdapterHarness::Snapshot> snapshot() { return m_harness->snapshot({&m_adapter}, {Region}); }

    MotoServer m_moto;
    std::unique_ptr<AdapterHarness> m_harness;
    SsmAdapter m_adapter;
};

void TestSsmAdapter::initTestCase()
{
    const QString error = m_moto.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSsmAdapter::init()
{
    QVERIFY(m_moto.reset());
    m_harness = std::make_unique<AdapterHarness>(m_moto.endpoint());
}

void TestSsmAdapter::createState()
{
    const AwsClient c = m_harness->client(Region);
    APP_SEND(c, ssm(QStringLiteral("PutParameter"), {{"Name", "/app/db/url"}, {"Type", "String"}, {"Value", "postgres://db:5432/app"},
                                                     {"Description", "database"}, {"AllowedPattern", "^postgres://.*"},
                                                     {"Tags", QJsonArray{QJsonObject{{"Key", "team"}, {"Value", "core"}}}}}));
    APP_SEND(c, ssm(QStringLiteral("PutParameter"), {{"Name", "/app/hosts"}, {"Type", "StringList"}, {"Value", "a.example,b.example"}}));
    APP_SEND(c, ssm(QStringLiteral("PutParameter"), {{"Name", "/app/db/password"}, {"Type", "SecureString"}, {"Value", "s3cret"}}));
    APP_SEND(c, ssm(QStringLiteral("PutParameter"), {{"Name", "/app/api-key"}, {"Type", "SecureString"}, {"Value", "k"},
                                                     {"KeyId", "alias/app-key"}}));
    APP_SEND(c, ssm(QStringLiteral("PutParameter"), {{"Name", "flat"}, {"Type", "String"}, {"Value", QString(5000, u'x')},
                                                     {"Tier", "Advanced"},
                                                     {"Policies", R"([{"Type":"Expiration","Version":"1.0","Attributes":{"Timestamp":"2035-12-02T21:34:33.000Z"}}])"}}));
}

void TestSsmAdapter::roundTrip()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 5);
    const QJsonObject url = a->resources.value(path("/app/db/url")).document;
    QCOMPARE(url.value("Value").toString(), QStringLiteral("postgres://db:5432/app"));
    QCOMPARE(url.value("Tags")["team"].toString(), QStringLiteral("core"));
    QCOMPARE(url.value("AllowedPattern").toString(), QStringLiteral("^postgres://.*"));
    QVERIFY(!url.contains("Version") && !url.contains("LastModifiedDate") && !url.contains("ARN"));
    const QJsonObject password = a->resources.value(path("/app/db/password")).document;
    QCOMPARE(password.value("Value").toString(), QStringLiteral("s3cret")); // decrypted; the metamodel masks it
    QVERIFY(!password.contains("KeyId")); // the default key
    QCOMPARE(a->resources.value(path("/app/api-key")).document.value("KeyId").toString(), QStringLiteral("alias/app-key"));
    const QJsonObject flat = a->resources.value(path("flat")).document;
    QCOMPARE(flat.value("Tier").toString(), QStringLiteral("Advanced"));
    QCOMPARE(flat.value("Policies")[0]["Type"].toString(), QStringLiteral("Expiration"));
    QCOMPARE(a->resources.value(path("/app/hosts")).document.value("Type").toString(), QStringLiteral("StringList"));

    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_adapter}, *a));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
}

void TestSsmAdapter::snapshotIsStable()
{
    SnapshotContext empty(m_harness->client(Region), QStringLiteral("ssm"), m_harness->account(), Region, {});
    Result<bool> has = m_adapter.hasResources(empty);
    QVERIFY(has && !*has);
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(a && b);
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
    has = m_adapter.hasResources(empty);
    QVERIFY(has && *has);
}

void TestSsmAdapter::updateAndRemove()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY(a);
    const QString urlPath = path("/app/db/url");
    Resource after = a->resources.value(urlPath);
    after.document.insert("Value", QStringLiteral("postgres://replica:5432/app"));
    after.document.remove("Description");
    after.document.insert("Tags", QJsonObject{{"stage", "prod"}});
    ApplyContext ctx = applyContext(*m_harness, Region);
    APP_CHECK(m_adapter.update(ctx, a->resources.value(urlPath), after));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(b);
    QCOMPARE(b->resources.value(urlPath).document, after.document);

    APP_CHECK(m_adapter.remove(ctx, after));
    APP_CHECK(m_adapter.remove(ctx, after)); // already gone: fine
    Result<AdapterHarness::Snapshot> c = snapshot();
    QVERIFY(c);
    QVERIFY(!c->resources.contains(urlPath));
    QCOMPARE(c->resources.size(), 4);
}

QTEST_GUILESS_MAIN(TestSsmAdapter)
#include "tst_ssmadapter.moc"
