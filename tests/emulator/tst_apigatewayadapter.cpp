#include "AppAdapterTest.h"

#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/ApiGatewayAdapter.h"
#include "state/ResourcePath.h"
#include "support/MotoServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

const QString Region = QStringLiteral("us-west-2");
const QString IdTemplate = QStringLiteral(R"x({"id": "$input.params('id')"})x");
const QString LambdaUri = QStringLiteral(
    "arn:aws:apigateway:us-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:us-west-2:123456789012:function:orders/invocations");

AwsRequest apigw(const QString &operation, const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    return AwsRequest::restJson(AwsService::apiGateway(), operation, method, path, body);
}

} // namespace

class TestApiGatewayAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void updateAndRemove();

private:
    void createState();
    Result<QString> createResource(const QString &parentId, const QString &part);
    QString path(const QString &api) const
    {
        return ResourcePath::make(QStringLiteral("apigateway"), m_harness->account(), Region, QStringLiteral("restapi"), api);
    }
    QString child(const QString &type, const QString &id) const { return ResourcePath::child(path(m_api), type, id); }
    Result<AdapterHarness::Snapshot> snapshot() { return m_harness->snapshot({&m_adapter}, {Region}); }
    QJsonObject get(const QString &p) const
    {
        Result<AwsResponse> r = m_harness->client(Region).send(apigw("Get", "GET", p));
        return r ? r->json : QJsonObject{{"error", r.error().message}};
    }
    QString resourceId(const QString &resourcePath) const
    {
        for (const QJsonValue &r : get(QStringLiteral("/restapis/%1/resources").arg(m_api)).value("item").toArray())
            if (r["path"].toString() == resourcePath)
                return r["id"].toString();
        return {};
    }

    MotoServer m_moto;
    std::unique_ptr<AdapterHarness> m_harness;
    ApiGatewayAdapter m_adapter;
    QString m_api;
};

void TestApiGatewayAdapter::initTestCase()
{
    const QString error = m_moto.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestApiGatewayAdapter::init()
{
    QVERIFY(m_moto.reset());
    m_harness = std::make_unique<AdapterHarness>(m_moto.endpoint());
}

Result<QString> TestApiGatewayAdapter::createResource(const QString &parentId, const QString &part)
{
    Result<AwsResponse> r = m_harness->client(Region).send(
        apigw("CreateResource", "POST", QStringLiteral("/restapis/%1/resources/%2").arg(m_api, parentId), {{"pathPart", part}}));
    if (!r)
        return r.error();
    return r->json.value("id").toString();
}

void TestApiGatewayAdapter::createState()
{
    const AwsClient c = m_harness->client(Region);
    Result<AwsResponse> api = c.send(apigw("CreateRestApi", "POST", "/restapis",
                                           {{"name", "shop"}, {"description", "shop API"}, {"endpointConfiguration", QJsonObject{{"types", QJsonArray{"REGIONAL"}}}},
                                            {"tags", QJsonObject{{"team", "shop"}}}}));
    QVERIFY2(api, qPrintable(api.error().message));
    m_api = api->json.value("id").toString();
    const QString root = api->json.value("rootResourceId").toString();
    Result<QString> orders = createResource(root, "orders");
    QVERIFY2(orders, qPrintable(orders.error().message));
    Result<QString> order = createResource(*orders, "{id}");
    QVERIFY2(order, qPrintable(order.error().message));
    const QString base = QStringLiteral("/restapis/%1/resources/").arg(m_api);
    // GET /orders -> Lambda proxy
    APP_SEND(c, apigw("PutMethod", "PUT", base + *orders + "/methods/GET", {{"authorizationType", "NONE"}}));
    APP_SEND(c, apigw("PutMethodResponse", "PUT", base + *orders + "/methods/GET/responses/200", {{"responseModels", QJsonObject{{"application/json", "Empty"}}}}));
    APP_SEND(c, apigw("PutIntegration", "PUT", base + *orders + "/methods/GET/integration", {{"type", "AWS_PROXY"}, {"httpMethod", "POST"}, {"uri", LambdaUri}}));
    // GET /orders/{id} -> mock with a response template; DELETE needs an API key
    APP_SEND(c, apigw("PutMethod", "PUT", base + *order + "/methods/GET",
                      {{"authorizationType", "NONE"}, {"requestParameters", QJsonObject{{"method.request.path.id", true}}}}));
    APP_SEND(c, apigw("PutMethodResponse", "PUT", base + *order + "/methods/GET/responses/200", {}));
    APP_SEND(c, apigw("PutIntegration", "PUT", base + *order + "/methods/GET/integration",
                      {{"type", "MOCK"}, {"requestTemplates", QJsonObject{{"application/json", R"({"statusCode": 200})"}}}}));
    APP_SEND(c, apigw("PutIntegrationResponse", "PUT", base + *order + "/methods/GET/integration/responses/200",
                      {{"responseTemplates", QJsonObject{{"application/json", IdTemplate}}}}));
    APP_SEND(c, apigw("PutMethod", "PUT", base + *order + "/methods/DELETE", {{"authorizationType", "NONE"}, {"apiKeyRequired", true}}));
    // A health check on the root.
    APP_SEND(c, apigw("PutMethod", "PUT", base + root + "/methods/GET", {{"authorizationType", "NONE"}}));
    APP_SEND(c, apigw("PutIntegration", "PUT", base + root + "/methods/GET/integration", {{"type", "HTTP"}, {"httpMethod", "GET"}, {"uri", "http://example.com/health"}}));
    // Deployed to stage prod with variables.
    Result<AwsResponse> deployment = c.send(apigw("CreateDeployment", "POST", QStringLiteral("/restapis/%1/deployments").arg(m_api), {{"description", "first release"}}));
    QVERIFY2(deployment, qPrintable(deployment.error().message));
    APP_SEND(c, apigw("CreateStage", "POST", QStringLiteral("/restapis/%1/stages").arg(m_api),
                      {{"stageName", "prod"}, {"deploymentId", deployment->json.value("id")}, {"description", "production"},
                       {"variables", QJsonObject{{"env", "prod"}, {"table", "orders"}}}}));
    // A second API whose creator chose its id.
    APP_SEND(c, apigw("CreateRestApi", "POST", "/restapis", {{"name", "internal"}, {"tags", QJsonObject{{"_custom_id_", "internal01"}}}}));
}

void TestApiGatewayAdapter::roundTrip()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    // Sorted: m_api is the id moto chose, which may sort before or after "internal01".
    QStringList expected{path("internal01"), path(m_api), child("resource", "/"), child("resource", "/orders"),
                         child("resource", "/orders/{id}"), child("stage", "prod")};
    expected.sort();
    QCOMPARE(a->resources.keys(), expected);
    const QJsonObject api = a->resources.value(path(m_api)).document;
    QCOMPARE(api.value("name").toString(), QStringLiteral("shop"));
    QCOMPARE(api.value("endpointConfiguration")["types"][0].toString(), QStringLiteral("REGIONAL"));
    QCOMPARE(api.value("tags").toObject(), (QJsonObject{{"team", "shop"}}));
    QVERIFY(!api.contains("id") && !api.contains("createdDate") && !api.contains("rootResourceId"));
    QVERIFY(!a->resources.value(path("internal01")).document.contains("tags")); // the id carries _custom_id_
    const QJsonObject get = a->resources.value(child("resource", "/orders")).document.value("methods")["GET"].toObject();
    QCOMPARE(get.value("methodIntegration")["uri"].toString(), LambdaUri);
    QCOMPARE(get.value("methodIntegration")["type"].toString(), QStringLiteral("AWS_PROXY"));
    QVERIFY(get.value("methodResponses").toObject().contains("200"));
    const QJsonObject order = a->resources.value(child("resource", "/orders/{id}")).document.value("methods").toObject();
    QCOMPARE(order.value("DELETE")["apiKeyRequired"].toBool(), true);
    QCOMPARE(order.value("GET")["methodIntegration"]["integrationResponses"]["200"]["responseTemplates"]["application/json"].toString(),
             IdTemplate);
    const QJsonObject prod = a->resources.value(child("stage", "prod")).document;
    QCOMPARE(prod.value("variables").toObject(), (QJsonObject{{"env", "prod"}, {"table", "orders"}}));
    QCOMPARE(prod.value("description").toString(), QStringLiteral("production"));
    QCOMPARE(prod.value("deploymentDescription").toString(), QStringLiteral("first release"));
    QVERIFY(!prod.contains("deploymentId"));
    // Integrations come after Lambda; parents before children; stages after every resource.
    QVERIFY(m_adapter.restoreRank(a->resources.value(child("resource", "/"))) > 35);
    QVERIFY(m_adapter.restoreRank(a->resources.value(child("resource", "/orders"))) < m_adapter.restoreRank(a->resources.value(child("resource", "/orders/{id}"))));
    QVERIFY(m_adapter.restoreRank(a->resources.value(child("resource", "/orders/{id}"))) < m_adapter.restoreRank(a->resources.value(child("stage", "prod"))));

    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_adapter}, *a));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));

    // The same ids as before (moto honours _custom_id_), so invoke URLs stay valid.
    QCOMPARE(this->get("/restapis/" + m_api).value("name").toString(), QStringLiteral("shop"));
    QCOMPARE(this->get("/restapis/internal01").value("name").toString(), QStringLiteral("internal"));
    const QString ordersId = resourceId("/orders");
    QVERIFY(!ordersId.isEmpty());
    QCOMPARE(this->get(QStringLiteral("/restapis/%1/resources/%2/methods/GET/integration").arg(m_api, ordersId)).value("uri").toString(), LambdaUri);
    const QJsonObject stage = this->get(QStringLiteral("/restapis/%1/stages/prod").arg(m_api));
    QCOMPARE(stage.value("variables")["env"].toString(), QStringLiteral("prod"));
    QVERIFY(!stage.value("deploymentId").toString().isEmpty());
    SnapshotContext ctx(m_harness->client(Region), QStringLiteral("apigateway"), m_harness->account(), Region, {});
    Result<bool> has = m_adapter.hasResources(ctx);
    QVERIFY(has && *has);
}

void TestApiGatewayAdapter::updateAndRemove()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY(a);
    Resource api = a->resources.value(path(m_api));
    api.document.insert("description", QStringLiteral("shop API v2"));
    const QString orderPath = child("resource", "/orders/{id}");
    Resource order = a->resources.value(orderPath);
    QJsonObject methods = order.document.value("methods").toObject();
    methods.remove("DELETE");
    QJsonObject get = methods.value("GET").toObject();
    QJsonObject integration = get.value("methodIntegration").toObject();
    integration.insert("requestTemplates", QJsonObject{{"application/json", R"({"statusCode": 404})"}});
    get.insert("methodIntegration", integration);
    methods.insert("GET", get);
    order.document.insert("methods", methods);
    Resource prod = a->resources.value(child("stage", "prod"));
    prod.document.insert("variables", QJsonObject{{"env", "staging"}});
    ApplyContext ctx = applyContext(*m_harness, Region);
    APP_CHECK(m_adapter.update(ctx, a->resources.value(api.path), api));
    APP_CHECK(m_adapter.update(ctx, a->resources.value(orderPath), order));
    APP_CHECK(m_adapter.update(ctx, a->resources.value(prod.path), prod));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(b);
    QCOMPARE(b->resources.value(api.path).document, api.document);
    QCOMPARE(b->resources.value(orderPath).document, order.document);
    QCOMPARE(b->resources.value(prod.path).document, prod.document);

    // Deletes in the applier's order: stage, deeper resources, the root's methods, the API.
    APP_CHECK(m_adapter.remove(ctx, prod));
    APP_CHECK(m_adapter.remove(ctx, order));
    APP_CHECK(m_adapter.remove(ctx, order)); // already gone: fine
    APP_CHECK(m_adapter.remove(ctx, a->resources.value(child("resource", "/"))));
    Result<AdapterHarness::Snapshot> c = snapshot();
    QVERIFY(c);
    QStringList left{path("internal01"), path(m_api), child("resource", "/orders")};
    left.sort(); // the API id is random
    QCOMPARE(c->resources.keys(), left);
    APP_CHECK(m_adapter.remove(ctx, a->resources.value(path("internal01"))));
    Result<AdapterHarness::Snapshot> d = snapshot();
    QVERIFY(d);
    QVERIFY(!d->resources.contains(path("internal01")));
}

QTEST_GUILESS_MAIN(TestApiGatewayAdapter)
#include "tst_apigatewayadapter.moc"
