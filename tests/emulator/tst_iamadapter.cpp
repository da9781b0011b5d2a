#include "AppAdapterTest.h"

#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/IamAdapter.h"
#include "state/ResourcePath.h"
#include "support/MotoServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

AwsRequest iam(const QString &operation, const QueryItems &params)
{
    return AwsRequest::query(AwsService::iam(), operation, params);
}

// Keys out of order and spaces: the snapshot stores it parsed, so it comes back canonical.
const QString Trust = QStringLiteral(
    R"({ "Statement": [ { "Action": "sts:AssumeRole", "Principal": {"Service": "lambda.amazonaws.com"}, "Effect": "Allow" } ], "Version": "2012-10-17" })");
const QString S3Read = QStringLiteral(
    R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]})");
const QString SqsAll = QStringLiteral(
    R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"*"}]})");

} // namespace

class TestIamAdapter : public QObject
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
    QString path(const QString &type, const QString &id) const
    {
        return ResourcePath::make(QStringLiteral("iam"), m_harness->account(), QStringLiteral("global"), type, id);
    }

    MotoServer m_moto;
    std::unique_ptr<AdapterHarness> m_harness;
    IamAdapter m_adapter;
};

void TestIamAdapter::initTestCase()
{
    const QString error = m_moto.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestIamAdapter::init()
{
    QVERIFY(m_moto.reset());
    m_harness = std::make_unique<AdapterHarness>(m_moto.endpoint());
}

void TestIamAdapter::createState()
{
    const AwsClient c = m_harness->client();
    const QString policyArn = QStringLiteral("arn:aws:iam::%1:policy/team/s3-read").arg(m_harness->account());
    APP_SEND(c, iam(QStringLiteral("CreatePolicy"), {{QStringLiteral("PolicyName"), QStringLiteral("s3-read")},
                                                     {QStringLiteral("Path"), QStringLiteral("/team/")},
                                                     {QStringLiteral("PolicyDocument"), S3Read},
                                                     {QStringLiteral("Description"), QStringLiteral("read objects")},
                                                     {QStringLiteral("Tags.member.1.Key"), QStringLiteral("owner")},
                                                     {QStringLiteral("Tags.member.1.Value"), QStringLiteral("data")}}));
    APP_SEND(c, iam(QStringLiteral("CreateRole"), {{QStringLiteral("RoleName"), QStringLiteral("worker")},
                                                   {QStringLiteral("Path"), QStringLiteral("/svc/")},
                                                   {QStringLiteral("AssumeRolePolicyDocument"), Trust},
                                                   {QStringLiteral("Description"), QStringLiteral("runs jobs")},
                                                   {QStringLiteral("MaxSessionDuration"), QStringLiteral("7200")},
                                                   {QStringLiteral("PermissionsBoundary"), policyArn},
                                                   {QStringLiteral("Tags.member.1.Key"), QStringLiteral("team")},
                                                   {QStringLiteral("Tags.member.1.Value"), QStringLiteral("core")}}));
    APP_SEND(c, iam(QStringLiteral("PutRolePolicy"), {{QStringLiteral("RoleName"), QStringLiteral("worker")},
                                                      {QStringLiteral("PolicyName"), QStringLiteral("queues")},
                                                      {QStringLiteral("PolicyDocument"), SqsAll}}));
    APP_SEND(c, iam(QStringLiteral("AttachRolePolicy"), {{QStringLiteral("RoleName"), QStringLiteral("worker")},
                                                         {QStringLiteral("PolicyArn"), policyArn}}));
    APP_SEND(c, iam(QStringLiteral("CreateGroup"), {{QStringLiteral("GroupName"), QStringLiteral("devs")}}));
    APP_SEND(c, iam(QStringLiteral("PutGroupPolicy"), {{QStringLiteral("GroupName"), QStringLiteral("devs")},
                                                       {QStringLiteral("PolicyName"), QStringLiteral("queues")},
                                                       {QStringLiteral("PolicyDocument"), SqsAll}}));
    APP_SEND(c, iam(QStringLiteral("AttachGroupPolicy"), {{QStringLiteral("GroupName"), QStringLiteral("devs")},
                                                          {QStringLiteral("PolicyArn"), policyArn}}));
    APP_SEND(c, iam(QStringLiteral("CreateUser"), {{QStringLiteral("UserName"), QStringLiteral("alice")},
                                                   {QStringLiteral("Path"), QStringLiteral("/people/")},
                                                   {QStringLiteral("Tags.member.1.Key"), QStringLiteral("email")},
                                                   {QStringLiteral("Tags.member.1.Value"), QStringLiteral("alice@example.com")}}));
    APP_SEND(c, iam(QStringLiteral("AddUserToGroup"), {{QStringLiteral("UserName"), QStringLiteral("alice")},
                                                       {QStringLiteral("GroupName"), QStringLiteral("devs")}}));
    APP_SEND(c, iam(QStringLiteral("AttachUserPolicy"), {{QStringLiteral("UserName"), QStringLiteral("alice")},
                                                         {QStringLiteral("PolicyArn"), policyArn}}));
    APP_SEND(c, iam(QStringLiteral("CreateInstanceProfile"), {{QStringLiteral("InstanceProfileName"), QStringLiteral("worker-profile")},
                                                              {QStringLiteral("Tags.member.1.Key"), QStringLiteral("team")},
                                                              {QStringLiteral("Tags.member.1.Value"), QStringLiteral("core")}}));
    APP_SEND(c, iam(QStringLiteral("AddRoleToInstanceProfile"), {{QStringLiteral("InstanceProfileName"), QStringLiteral("worker-profile")},
                                                                 {QStringLiteral("RoleName"), QStringLiteral("worker")}}));
}

void TestIamAdapter::roundTrip()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = m_harness->snapshot({&m_adapter}, {QStringLiteral("us-west-2")});
    QVERIFY2(a, qPrintable(a.error().message));
    QCOMPARE(a->resources.size(), 5);

    const QJsonObject role = a->resources.value(path(QStringLiteral("role"), QStringLiteral("worker"))).document;
    QCOMPARE(role.value("Path").toString(), QStringLiteral("/svc/"));
    QCOMPARE(role.value("AssumeRolePolicyDocument")["Statement"][0]["Principal"]["Service"].toString(),
             QStringLiteral("lambda.amazonaws.com"));
    QCOMPARE(role.value("MaxSessionDuration").toInt(), 7200);
    QCOMPARE(role.value("Tags")["team"].toString(), QStringLiteral("core"));
    QCOMPARE(role.value("InlinePolicies")["queues"]["Statement"][0]["Action"].toString(), QStringLiteral("sqs:*"));
    QCOMPARE(role.value("AttachedPolicies").toArray().size(), 1);
    QVERIFY(role.value("PermissionsBoundary").toString().endsWith(QLatin1String(":policy/team/s3-read")));
    QVERIFY(!role.contains("RoleId") && !role.contains("Arn") && !role.contains("CreateDate"));
    const QJsonObject policy = a->resources.value(path(QStringLiteral("policy"), QStringLiteral("s3-read"))).document;
    QCOMPARE(policy.value("Description").toString(), QStringLiteral("read objects"));
    QCOMPARE(policy.value("Document")["Statement"][0]["Action"].toString(), QStringLiteral("s3:GetObject"));
    QCOMPARE(policy.value("Tags")["owner"].toString(), QStringLiteral("data"));
    const QJsonObject user = a->resources.value(path(QStringLiteral("user"), QStringLiteral("alice"))).document;
    QCOMPARE(user.value("Groups").toArray(), QJsonArray{QStringLiteral("devs")});
    const QJsonObject profile = a->resources.value(path(QStringLiteral("instance-profile"), QStringLiteral("worker-profile"))).document;
    QCOMPARE(profile.value("Roles").toArray(), QJsonArray{QStringLiteral("worker")});

    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_adapter}, *a));
    Result<AdapterHarness::Snapshot> b = m_harness->snapshot({&m_adapter}, {QStringLiteral("us-west-2")});
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
}

void TestIamAdapter::snapshotIsStable()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = m_harness->snapshot({&m_adapter}, {QStringLiteral("us-west-2")});
    Result<AdapterHarness::Snapshot> b = m_harness->snapshot({&m_adapter}, {QStringLiteral("us-west-2")});
    QVERIFY(a && b);
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
    SnapshotContext ctx(m_harness->client(), QStringLiteral("iam"), m_harness->account(), QStringLiteral("global"), {});
    Result<bool> has = m_adapter.hasResources(ctx);
    QVERIFY(has && *has);
}

void TestIamAdapter::updateAndRemove()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = m_harness->snapshot({&m_adapter}, {QStringLiteral("us-west-2")});
    QVERIFY(a);
    const QString rolePath = path(QStringLiteral("role"), QStringLiteral("worker"));
    Resource before = a->resources.value(rolePath);
    Resource after = before;
    after.document.insert("Description", QStringLiteral("runs more jobs"));
    after.document.insert("Tags", QJsonObject{{"team", "platform"}, {"cost", "42"}});
    after.document.insert("InlinePolicies", QJsonObject{{"objects", QJsonDocument::fromJson(S3Read.toUtf8()).object()}});
    after.document.remove("AttachedPolicies");
    after.document.remove("PermissionsBoundary");
    ApplyContext ctx = applyContext(*m_harness, QStringLiteral("global"));
    APP_CHECK(m_adapter.update(ctx, before, after));

    Result<AdapterHarness::Snapshot> b = m_harness->snapshot({&m_adapter}, {QStringLiteral("us-west-2")});
    QVERIFY(b);
    QCOMPARE(b->resources.value(rolePath).document, after.document);

    const QString policyPath = path(QStringLiteral("policy"), QStringLiteral("s3-read"));
    Resource policyAfter = a->resources.value(policyPath);
    policyAfter.document.insert("Document", QJsonDocument::fromJson(SqsAll.toUtf8()).object());
    APP_CHECK(m_adapter.update(ctx, a->resources.value(policyPath), policyAfter));
    b = m_harness->snapshot({&m_adapter}, {QStringLiteral("us-west-2")});
    QVERIFY(b);
    QCOMPARE(b->resources.value(policyPath).document, policyAfter.document);

    // Removing detaches and unlinks what the API requires first.
    APP_CHECK(m_adapter.remove(ctx, b->resources.value(rolePath)));
    APP_CHECK(m_adapter.remove(ctx, b->resources.value(policyPath)));
    APP_CHECK(m_adapter.remove(ctx, b->resources.value(path(QStringLiteral("user"), QStringLiteral("alice")))));
    APP_CHECK(m_adapter.remove(ctx, b->resources.value(policyPath))); // already gone: fine
    Result<AdapterHarness::Snapshot> c = m_harness->snapshot({&m_adapter}, {QStringLiteral("us-west-2")});
    QVERIFY(c);
    QCOMPARE(c->resources.keys(), QStringList({path(QStringLiteral("group"), QStringLiteral("devs")),
                                               path(QStringLiteral("instance-profile"), QStringLiteral("worker-profile"))}));
    QVERIFY(!c->resources.first().document.contains("AttachedPolicies"));
}

QTEST_GUILESS_MAIN(TestIamAdapter)
#include "tst_iamadapter.moc"
