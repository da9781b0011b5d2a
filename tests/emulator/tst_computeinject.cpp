// The platform team's CI pod (ECS cluster, task definition history, ECR repository, Kinesis stream,
// CloudWatch Logs) through the jobs layer that the CLI and the GUI call, against a real moto_server:
// the applier's parallel, rank-ordered apply, the registry and partial resets, beyond what the
// per-adapter tests drive.
#include "InstanceFixture.h"

#include <QDateTime>
#include <QJsonArray>

using namespace poddeck;
using namespace poddeck::test;

namespace {

const QString Region = QStringLiteral("us-east-1"); // the fixture's region
const QStringList Services{QStringLiteral("ecs"), QStringLiteral("ecr"), QStringLiteral("kinesis"), QStringLiteral("logs")};

AwsRequest ecs(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::ecs(), operation, input);
}

AwsRequest logs(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::logs(), operation, input);
}

QJsonObject revision(const QString &family, const QString &image)
{
    return {{"family", family}, {"containerDefinitions", QJsonArray{QJsonObject{{"name", "main"}, {"image", image}, {"memory", 256}}}}};
}

} // namespace

class TestComputeInject : public QObject
{
    Q_OBJECT

    MotoServer m_moto;
    std::unique_ptr<TestHome> m_home;
    InstanceFixture m_fx;

    AwsResponse send(const AwsRequest &r)
    {
        Result<AwsResponse> res = m_fx.client(Region).send(r);
        [&] { QVERIFY2(res.ok(), res ? "" : qPrintable(res.error().message)); }();
        return res ? *res : AwsResponse();
    }
    Version commit(const QString &pod)
    {
        Result<CommitInstanceReport> r = m_fx.commit(pod, Services);
        [&] { QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message)); }();
        return r ? r->version : Version();
    }
    void inject(const QString &ref, InjectStrategy s)
    {
        Result<InjectReport> r = m_fx.inject(ref, s);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QVERIFY2(r->apply.ok(), qPrintable(r->apply.error.message));
    }
    QStringList taskDefinitions(const QString &status)
    {
        QStringList refs;
        for (const QJsonValue &arn : send(ecs("ListTaskDefinitions", {{"status", status}})).json.value("taskDefinitionArns").toArray())
            refs << arn.toString().section('/', -1);
        refs.sort();
        return refs;
    }

    // Two families whose histories interleave, with deleted and deregistered revisions, a service on
    // each family's newest, and the rest of the CI pod.
    void createCiPod()
    {
        send(ecs("CreateCluster", {{"clusterName", "ci"}, {"settings", QJsonArray{QJsonObject{{"name", "containerInsights"}, {"value", "enabled"}}}}}));
        for (int i = 1; i <= 6; ++i) {
            send(ecs("RegisterTaskDefinition", revision("build", QStringLiteral("runner:%1").arg(i))));
            if (i <= 3)
                send(ecs("RegisterTaskDefinition", revision("deploy", QStringLiteral("deployer:%1").arg(i))));
        }
        send(ecs("DeregisterTaskDefinition", {{"taskDefinition", "build:2"}}));
        send(ecs("DeregisterTaskDefinition", {{"taskDefinition", "build:3"}}));
        send(ecs("DeleteTaskDefinitions", {{"taskDefinitions", QJsonArray{"build:2"}}}));
        send(ecs("DeregisterTaskDefinition", {{"taskDefinition", "deploy:1"}}));
        send(ecs("CreateService", {{"cluster", "ci"}, {"serviceName", "agent"}, {"taskDefinition", "build:6"}, {"desiredCount", 2}}));
        send(ecs("CreateService", {{"cluster", "ci"}, {"serviceName", "deployer"}, {"taskDefinition", "deploy:3"}, {"desiredCount", 1}}));
        send(AwsRequest::json(AwsService::ecr(), "CreateRepository", {{"repositoryName", "ci/runner"}}));
        send(AwsRequest::json(AwsService::kinesis(), "CreateStream", {{"StreamName", "build-events"}, {"ShardCount", 2}}));
        send(logs("CreateLogGroup", {{"logGroupName", "/ecs/ci"}}));
        send(logs("CreateLogStream", {{"logGroupName", "/ecs/ci"}, {"logStreamName", "agent/1"}}));
        const double now = double(QDateTime::currentMSecsSinceEpoch());
        send(logs("PutLogEvents", {{"logGroupName", "/ecs/ci"}, {"logStreamName", "agent/1"},
                                   {"logEvents", QJsonArray{QJsonObject{{"timestamp", now - 2}, {"message", "checkout"}},
                                                            QJsonObject{{"timestamp", now - 1}, {"message", "build ok"}}}}}));
        send(logs("PutSubscriptionFilter", {{"logGroupName", "/ecs/ci"}, {"filterName", "events"}, {"filterPattern", "build"},
                                            {"destinationArn", "arn:aws:kinesis:us-east-1:123456789012:stream/build-events"},
                                            {"roleArn", "arn:aws:iam::123456789012:role/cwl"}}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = m_moto.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_fx.endpoint = m_moto.endpoint();
    }
    void init()
    {
        QVERIFY(m_moto.reset());
        m_home = std::make_unique<TestHome>();
        m_fx.home = m_home->path();
    }

    void ciPodSurvivesResetAndInject()
    {
        createCiPod();
        if (QTest::currentTestFailed())
            return;
        const Version v1 = commit("ci");
        QVERIFY(!v1.id.isNull());
        QCOMPARE(v1.services, (QStringList{"ecr", "ecs", "kinesis", "logs"}));
        const QStringList active = taskDefinitions("ACTIVE"), inactive = taskDefinitions("INACTIVE");

        QVERIFY(m_moto.reset());
        inject("ci", InjectStrategy::Overwrite);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(taskDefinitions("ACTIVE"), active);
        QCOMPARE(taskDefinitions("INACTIVE"), inactive);
        QCOMPARE(send(ecs("DescribeServices", {{"cluster", "ci"}, {"services", QJsonArray{"agent"}}})).json.value("services")[0]["taskDefinition"].toString().section('/', -1),
                 QStringLiteral("build:6"));
        const Version v2 = commit("ci");
        QCOMPARE(v2.root, v1.root);
    }

    void teammateChangesDeepMerge()
    {
        createCiPod();
        if (QTest::currentTestFailed())
            return;
        const Version v1 = commit("ci");
        // The teammate registers build:7, moves the agent onto it and scales it.
        send(ecs("RegisterTaskDefinition", revision("build", "runner:7")));
        send(ecs("UpdateService", {{"cluster", "ci"}, {"service", "agent"}, {"taskDefinition", "build:7"}, {"desiredCount", 4}}));
        const Version v2 = commit("ci");
        QVERIFY(v2.root != v1.root);

        inject("ci:1", InjectStrategy::Overwrite);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(commit("ci").root, v1.root);
        inject("ci:2", InjectStrategy::DeepMerge);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(commit("ci").root, v2.root);
    }

    void partialResetEmptiesServices()
    {
        createCiPod();
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(m_fx.reset({"ecs", "logs"}).ok(), "reset of ecs and logs failed");
        // Deleted clusters stay listed as INACTIVE for a while (moto keeps them, as AWS does).
        QCOMPARE(send(ecs("DescribeClusters", {{"clusters", QJsonArray{"ci"}}})).json.value("clusters")[0]["status"].toString(), QStringLiteral("INACTIVE"));
        QVERIFY(taskDefinitions("ACTIVE").isEmpty() && taskDefinitions("INACTIVE").isEmpty());
        QVERIFY(send(logs("DescribeLogGroups", {})).json.value("logGroups").toArray().isEmpty());
        // The other services stay.
        QCOMPARE(send(AwsRequest::json(AwsService::kinesis(), "ListStreams", {})).json.value("StreamNames").toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestComputeInject)
#include "tst_computeinject.moc"
