#include "AppAdapterTest.h"

#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/SsmAdapter.h"
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
    void history();

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

// Older versions come back in order with the same numbers and labels; SecureString history stays masked.
void TestSsmAdapter::history()
{
    const AwsClient c = m_harness->client(Region);
    for (const char *v : {"a", "b", "c"})
        APP_SEND(c, ssm("PutParameter", {{"Name", "/cfg/mode"}, {"Type", "String"}, {"Value", v}, {"Overwrite", true}}));
    for (const char *v : {"t1", "t2"})
        APP_SEND(c, ssm("PutParameter", {{"Name", "/cfg/token"}, {"Type", "SecureString"}, {"Value", v}, {"Overwrite", true}}));
    APP_SEND(c, ssm("LabelParameterVersion", {{"Name", "/cfg/mode"}, {"ParameterVersion", 1}, {"Labels", QJsonArray{"old"}}}));
    APP_SEND(c, ssm("LabelParameterVersion", {{"Name", "/cfg/mode"}, {"ParameterVersion", 3}, {"Labels", QJsonArray{"prod", "live"}}}));

    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 2 + 2 + 1);
    const QJsonObject mode = a->resources.value(path("/cfg/mode")).document;
    QCOMPARE(mode.value("Value").toString(), QStringLiteral("c"));
    QCOMPARE(mode.value("Labels").toArray(), QJsonArray({"live", "prod"}));
    QVERIFY(!mode.contains("Version"));
    const QJsonObject v1 = a->resources.value(ResourcePath::child(path("/cfg/mode"), "version", "1")).document;
    QCOMPARE(v1, QJsonObject({{"Value", "a"}, {"Type", "String"}, {"Labels", QJsonArray{"old"}}}));
    QCOMPARE(a->resources.value(ResourcePath::child(path("/cfg/mode"), "version", "2")).document.value("Value").toString(), QStringLiteral("b"));
    const Resource t1 = a->resources.value(ResourcePath::child(path("/cfg/token"), "version", "1"));
    QCOMPARE(t1.document.value("Value").toString(), QStringLiteral("t1"));
    Metamodel m;
    m.add(t1);
    QVERIFY(!QJsonDocument(m.root().toJson()).toJson().contains("\"t1\""));

    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_adapter}, *a));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));

    // Through the API: values by version number, labels, decrypted SecureString history.
    const Result<AwsResponse> h = c.send(ssm("GetParameterHistory", {{"Name", "/cfg/mode"}}));
    QVERIFY(h);
    const QJsonArray versions = h->json.value("Parameters").toArray();
    QCOMPARE(versions.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(versions[i]["Version"].toInt(), i + 1);
        QCOMPARE(versions[i]["Value"].toString(), QString(QChar(u'a' + i)));
    }
    for (const auto &[selector, value] : QList<QPair<QString, QString>>{{"/cfg/mode:old", "a"}, {"/cfg/mode:prod", "c"},
                                                                         {"/cfg/mode:live", "c"}, {"/cfg/mode:2", "b"}}) {
        const Result<AwsResponse> got = c.send(ssm("GetParameter", {{"Name", selector}}));
        QVERIFY2(got, qPrintable(selector));
        QCOMPARE(got->json["Parameter"]["Value"].toString(), value);
    }
    const Result<AwsResponse> token = c.send(ssm("GetParameterHistory", {{"Name", "/cfg/token"}, {"WithDecryption", true}}));
    QVERIFY(token);
    QCOMPARE(token->json["Parameters"][0]["Value"].toString(), QStringLiteral("t1"));

    // Moving a label on an older version through update; a removed version loses its labels.
    ApplyContext ctx = applyContext(*m_harness, Region);
    const Resource before = b->resources.value(ResourcePath::child(path("/cfg/mode"), "version", "2"));
    Resource after = before;
    after.document.insert("Labels", QJsonArray{"old"});
    APP_CHECK(m_adapter.update(ctx, before, after));
    const Result<AwsResponse> moved = c.send(ssm("GetParameter", {{"Name", "/cfg/mode:old"}}));
    QVERIFY(moved);
    QCOMPARE(moved->json.value("Parameter")["Value"].toString(), QStringLiteral("b"));
    APP_CHECK(m_adapter.remove(ctx, after));
    QVERIFY(!c.send(ssm("GetParameter", {{"Name", "/cfg/mode:old"}})));
}

QTEST_GUILESS_MAIN(TestSsmAdapter)
#include "tst_ssmadapter.moc"
