#include "AppAdapterTest.h"

#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "emulator/awsapi/EcsAdapter.h"
#include "state/ResourcePath.h"
#include "support/MotoServer.h"

#include <QJsonArray>
#include <QTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

const QString Region = QStringLiteral("eu-west-1");

AwsRequest ecs(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::ecs(), operation, input);
}

QJsonArray tags(const QJsonObject &map)
{
    QJsonArray list;
    for (auto it = map.begin(); it != map.end(); ++it)
        list.append(QJsonObject{{"key", it.key()}, {"value", it.value()}});
    return list;
}

QJsonObject revision(const QString &family, const QString &image)
{
    return {{"family", family},
            {"containerDefinitions", QJsonArray{QJsonObject{{"name", "runner"}, {"image", image}, {"memory", 512},
                                                            {"environment", QJsonArray{QJsonObject{{"name", "CI"}, {"value", "1"}}}}}}}};
}

} // namespace

class TestEcsAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void snapshotIsStable();
    void updateAndRemove();
    void familyWithManyRevisions();

private:
    void createState();
    QString path(const QString &type, const QString &id) const
    {
        return ResourcePath::make(QStringLiteral("ecs"), m_harness->account(), Region, type, id);
    }
    QString servicePath(const QString &cluster, const QString &service) const
    {
        return ResourcePath::child(path("cluster", cluster), QStringLiteral("service"), service);
    }
    Result<AdapterHarness::Snapshot> snapshot() { return m_harness->snapshot({&m_adapter}, {Region}); }
    QStringList listArns(const QString &status)
    {
        Result<AwsResponse> r = m_harness->client(Region).send(ecs("ListTaskDefinitions", {{"status", status}}));
        return r ? DocumentJson::sortedStrings(r->json.value("taskDefinitionArns").toArray()) : QStringList{"failed"};
    }

    MotoServer m_moto;
    std::unique_ptr<AdapterHarness> m_harness;
    EcsAdapter m_adapter;
};

void TestEcsAdapter::initTestCase()
{
    const QString error = m_moto.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestEcsAdapter::init()
{
    QVERIFY(m_moto.reset());
    m_harness = std::make_unique<AdapterHarness>(m_moto.endpoint());
}

// The platform team's CI pod: a cluster with Fargate settings, a build family whose history has a
// deregistered and a deleted revision, and a service on the newest revision.
void TestEcsAdapter::createState()
{
    const AwsClient c = m_harness->client(Region);
    APP_SEND(c, ecs("CreateCluster", {{"clusterName", "ci"}, {"tags", tags({{"team", "platform"}})},
                                      {"settings", QJsonArray{QJsonObject{{"name", "containerInsights"}, {"value", "enabled"}}}},
                                      {"capacityProviders", QJsonArray{"FARGATE", "FARGATE_SPOT"}},
                                      {"defaultCapacityProviderStrategy", QJsonArray{QJsonObject{{"capacityProvider", "FARGATE"}, {"weight", 1}}}}}));
    APP_SEND(c, ecs("CreateCluster", {{"clusterName", "tools"}}));
    for (int i = 1; i <= 4; ++i) {
        QJsonObject in = revision("build", QStringLiteral("ci/runner:%1").arg(i));
        in.insert("tags", tags({{"rev", QString::number(i)}}));
        APP_SEND(c, ecs("RegisterTaskDefinition", in));
    }
    APP_SEND(c, ecs("DeregisterTaskDefinition", {{"taskDefinition", "build:1"}}));
    APP_SEND(c, ecs("DeregisterTaskDefinition", {{"taskDefinition", "build:2"}}));
    APP_SEND(c, ecs("DeleteTaskDefinitions", {{"taskDefinitions", QJsonArray{"build:2"}}}));
    QJsonObject web = revision("web", "nginx:1.27");
    web.insert("requiresCompatibilities", QJsonArray{"FARGATE"});
    web.insert("cpu", "256");
    web.insert("memory", "512");
    web.insert("networkMode", "awsvpc");
    APP_SEND(c, ecs("RegisterTaskDefinition", web));
    APP_SEND(c, ecs("CreateService", {{"cluster", "ci"}, {"serviceName", "agent"}, {"taskDefinition", "build:4"},
                                      {"desiredCount", 2}, {"tags", tags({{"role", "agent"}})}}));
    APP_SEND(c, ecs("CreateService", {{"cluster", "tools"}, {"serviceName", "cache"}, {"taskDefinition", "build:3"}, {"desiredCount", 0}}));
}

void TestEcsAdapter::roundTrip()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 8); // 2 clusters, 2 services, 4 revisions
    const QJsonObject ci = a->resources.value(path("cluster", "ci")).document;
    QCOMPARE(ci.value("tags").toObject(), (QJsonObject{{"team", "platform"}}));
    QCOMPARE(ci.value("settings")[0]["value"].toString(), QStringLiteral("enabled"));
    QCOMPARE(ci.value("capacityProviders").toArray(), (QJsonArray{"FARGATE", "FARGATE_SPOT"}));
    QVERIFY(!ci.contains("clusterArn") && !ci.contains("status") && !ci.contains("runningTasksCount"));
    QVERIFY(a->resources.contains(path("task-definition", "build:1")) && !a->resources.contains(path("task-definition", "build:2")));
    const QJsonObject r1 = a->resources.value(path("task-definition", "build:1")).document;
    const QJsonObject r3 = a->resources.value(path("task-definition", "build:3")).document;
    const QJsonObject r4 = a->resources.value(path("task-definition", "build:4")).document;
    QVERIFY(r1.value("inactive").toBool());
    QVERIFY(!r4.contains("inactive"));
    QCOMPARE(r4.value("containerDefinitions")[0]["image"].toString(), QStringLiteral("ci/runner:4"));
    QCOMPARE(r3.value("tags").toObject(), (QJsonObject{{"rev", "3"}}));
    QVERIFY(!r4.contains("taskDefinitionArn") && !r4.contains("status") && !r4.contains("revision"));
    QCOMPARE(a->resources.value(path("task-definition", "web:1")).document.value("cpu").toString(), QStringLiteral("256"));
    const QJsonObject agent = a->resources.value(servicePath("ci", "agent")).document;
    QCOMPARE(agent.value("taskDefinition").toString(), QStringLiteral("build:4"));
    QCOMPARE(agent.value("desiredCount").toInt(), 2);
    QCOMPARE(agent.value("tags").toObject(), (QJsonObject{{"role", "agent"}}));
    QVERIFY(!agent.contains("deployments") && !agent.contains("runningCount") && !agent.contains("serviceArn"));
    // Revisions register in number order, services after them.
    const Resource agentResource = a->resources.value(servicePath("ci", "agent"));
    const Resource rev1 = a->resources.value(path("task-definition", "build:1")), rev4 = a->resources.value(path("task-definition", "build:4"));
    QVERIFY(m_adapter.restoreRank(rev1) < m_adapter.restoreRank(rev4));
    QVERIFY(m_adapter.restoreRank(rev4) < m_adapter.restoreRank(agentResource));

    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_adapter}, *a));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
    // Through the API: revision numbers kept, the deleted revision's stand-in gone again.
    const QString prefix = QStringLiteral("arn:aws:ecs:%1:%2:task-definition/").arg(Region, m_harness->account());
    QCOMPARE(listArns("ACTIVE"), (QStringList{prefix + "build:3", prefix + "build:4", prefix + "web:1"}));
    QCOMPARE(listArns("INACTIVE"), (QStringList{prefix + "build:1"}));
    Result<AwsResponse> svc = m_harness->client(Region).send(ecs("DescribeServices", {{"cluster", "ci"}, {"services", QJsonArray{"agent"}}}));
    QVERIFY(svc);
    QVERIFY(svc->json.value("services")[0]["taskDefinition"].toString().endsWith("build:4"));
}

void TestEcsAdapter::snapshotIsStable()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(a && b);
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
    SnapshotContext ctx(m_harness->client(Region), QStringLiteral("ecs"), m_harness->account(), Region, {});
    Result<bool> has = m_adapter.hasResources(ctx);
    QVERIFY(has && *has);
    SnapshotContext other(m_harness->client("us-east-2"), QStringLiteral("ecs"), m_harness->account(), "us-east-2", {});
    Result<bool> none = m_adapter.hasResources(other);
    QVERIFY(none && !*none);
}

void TestEcsAdapter::updateAndRemove()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY(a);
    ApplyContext ctx = applyContext(*m_harness, Region);

    // Cluster: settings, strategy and tags change in place.
    Resource ci = a->resources.value(path("cluster", "ci"));
    Resource ci2 = ci;
    ci2.document.insert("settings", QJsonArray{QJsonObject{{"name", "containerInsights"}, {"value", "disabled"}}});
    ci2.document.insert("capacityProviders", QJsonArray{"FARGATE"});
    ci2.document.insert("tags", QJsonObject{{"team", "ci"}, {"cost", "shared"}});
    APP_CHECK(m_adapter.update(ctx, ci, ci2));

    // Revisions: a new revision 5, revision 3 deregistered, revision 4 deleted.
    Resource r3 = a->resources.value(path("task-definition", "build:3"));
    Resource r3b = r3;
    r3b.document.insert("inactive", true);
    APP_CHECK(m_adapter.update(ctx, r3, r3b));
    Resource r4 = a->resources.value(path("task-definition", "build:4"));
    Resource r5{path("task-definition", "build:5"), a->resources.value(path("task-definition", "build:1")).document, {}};
    r5.document.remove("inactive");
    r5.document.insert("cpu", "512");
    APP_CHECK(m_adapter.create(ctx, r5));

    // Service: a new task definition and count in place.
    Resource agent = a->resources.value(servicePath("ci", "agent"));
    Resource agent2 = agent;
    agent2.document.insert("taskDefinition", "build:5");
    agent2.document.insert("desiredCount", 1);
    agent2.document.remove("tags");
    APP_CHECK(m_adapter.update(ctx, agent, agent2));

    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(b);
    for (const Resource &r : {ci2, r3b, r5, agent2})
        QVERIFY2(b->resources.value(r.path).document == r.document,
                 qPrintable(AdapterHarness::describeDifference(*a, *b)));

    // A revision cannot change once registered, nor be registered again below the family's newest.
    Resource r5b = r5;
    r5b.document.insert("cpu", "1024");
    QVERIFY(!m_adapter.update(ctx, r5, r5b).ok());
    QVERIFY(!m_adapter.create(ctx, r3).ok());

    APP_CHECK(m_adapter.remove(ctx, agent2));
    APP_CHECK(m_adapter.remove(ctx, r4));
    APP_CHECK(m_adapter.remove(ctx, r4)); // already gone: fine
    APP_CHECK(m_adapter.remove(ctx, r3b));
    Result<AdapterHarness::Snapshot> c = snapshot();
    QVERIFY(c);
    QCOMPARE(c->resources.keys(), (QStringList{path("cluster", "ci"), path("cluster", "tools"), servicePath("tools", "cache"),
                                               path("task-definition", "build:1"), path("task-definition", "build:5"),
                                               path("task-definition", "web:1")}));
    APP_CHECK(m_adapter.remove(ctx, c->resources.value(servicePath("tools", "cache"))));
    APP_CHECK(m_adapter.remove(ctx, c->resources.value(path("cluster", "tools"))));
    Result<AdapterHarness::Snapshot> d = snapshot();
    QVERIFY(d);
    QVERIFY(!d->resources.contains(path("cluster", "tools")));
}

// moto does not page ECS lists; a family with a long history still comes back in order with its gaps.
void TestEcsAdapter::familyWithManyRevisions()
{
    const AwsClient c = m_harness->client(Region);
    for (int i = 1; i <= 12; ++i)
        APP_SEND(c, ecs("RegisterTaskDefinition", revision("deploy", QStringLiteral("app:%1").arg(i))));
    APP_SEND(c, ecs("DeregisterTaskDefinition", {{"taskDefinition", "deploy:5"}}));
    APP_SEND(c, ecs("DeregisterTaskDefinition", {{"taskDefinition", "deploy:6"}}));
    APP_SEND(c, ecs("DeleteTaskDefinitions", {{"taskDefinitions", QJsonArray{"deploy:5", "deploy:6"}}}));
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 10);
    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_adapter}, *a));
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
    Result<AwsResponse> r = c.send(ecs("DescribeTaskDefinition", {{"taskDefinition", "deploy:12"}}));
    QVERIFY(r);
    QCOMPARE(r->json.value("taskDefinition")["containerDefinitions"][0]["image"].toString(), QStringLiteral("app:12"));
}

QTEST_GUILESS_MAIN(TestEcsAdapter)
#include "tst_ecsadapter.moc"
