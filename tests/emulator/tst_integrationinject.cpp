// EventBridge, KMS, Step Functions and API Gateway through the jobs layer the CLI and GUI call, against a
// real moto_server: commit -> inject --strategy overwrite -> commit. moto gives a restored KMS key a new id:
// the inject report says so, and a secret that names the key by ARN is pointed at the new key.
#include "AppAdapterTest.h"
#include "InstanceFixture.h"

#include <QJsonArray>

using namespace poddeck;
using namespace poddeck::test;

namespace {

const QString Region = QStringLiteral("us-east-1");
const QStringList Services{"kms", "secretsmanager", "events", "stepfunctions", "apigateway"};

AwsRequest kms(const QString &op, const QJsonObject &in) { return AwsRequest::json(AwsService::kms(), op, in); }

} // namespace

class TestIntegrationInject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_moto.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_home = std::make_unique<TestHome>();
        m_fx = {m_moto.endpoint(), m_home->path()};
    }

    void overwriteMapsTheKeyAndRewritesReferences()
    {
        const AwsClient c = m_fx.client(Region);
        Result<AwsResponse> key = c.send(kms("CreateKey", {{"Description", "app key"}}));
        QVERIFY2(key, qPrintable(key.error().message));
        const QString oldId = key->value("KeyMetadata.KeyId"), oldArn = key->value("KeyMetadata.Arn");
        APP_SEND(c, kms("CreateAlias", {{"AliasName", "alias/app"}, {"TargetKeyId", oldId}}));
        APP_SEND(c, AwsRequest::json(AwsService::secretsManager(), "CreateSecret",
                                     {{"Name", "db"}, {"SecretString", "pw"}, {"KmsKeyId", oldArn}, {"ClientRequestToken", "00000000-0000-0000-0000-000000000001"}}));
        APP_SEND(c, AwsRequest::json(AwsService::stepFunctions(), "CreateStateMachine",
                                     {{"name", "flow"}, {"roleArn", "arn:aws:iam::123456789012:role/r"},
                                      {"definition", R"({"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}})"}}));
        APP_SEND(c, AwsRequest::json(AwsService::events(), "PutRule", {{"Name", "tick"}, {"ScheduleExpression", "rate(1 hour)"}}));
        APP_SEND(c, AwsRequest::json(AwsService::events(), "PutTargets",
                                     {{"Rule", "tick"}, {"Targets", QJsonArray{QJsonObject{{"Id", "flow"}, {"Arn", "arn:aws:states:us-east-1:123456789012:stateMachine:flow"}}}}}));
        Result<AwsResponse> api = c.send(AwsRequest::restJson(AwsService::apiGateway(), "CreateRestApi", "POST", "/restapis", {{"name", "shop"}}));
        QVERIFY2(api, qPrintable(api.error().message));
        const QString apiId = api->json.value("id").toString();

        Result<CommitInstanceReport> first = m_fx.commit("integration", Services);
        QVERIFY2(first, qPrintable(first.error().message));
        QVERIFY2(first->warnings.join('\n').contains("will not decrypt"), qPrintable(first->warnings.join('\n')));

        Result<InjectReport> injected = m_fx.inject("integration", InjectStrategy::Overwrite);
        QVERIFY2(injected, qPrintable(injected.error().message));
        QVERIFY2(injected->apply.ok(), qPrintable(injected->apply.error.message));
        Result<AwsResponse> live = c.send(kms("DescribeKey", {{"KeyId", "alias/app"}}));
        QVERIFY2(live, qPrintable(live.error().message));
        const QString newId = live->value("KeyMetadata.KeyId"), newArn = live->value("KeyMetadata.Arn");
        const QString warnings = injected->apply.warnings.join('\n');
        QVERIFY2(warnings.contains(oldId) && warnings.contains("will not decrypt"), qPrintable(warnings));
        // moto 5.2 ignores _custom_id_ on CreateKey: the key gets a new id, reported and rewritten. (An
        // emulator that keeps the id, as LocalStack does, needs neither.)
        QVERIFY(newId != oldId);
        QVERIFY2(warnings.contains(newId) && warnings.contains("secret/db"), qPrintable(warnings));
        Result<AwsResponse> secret = c.send(AwsRequest::json(AwsService::secretsManager(), "DescribeSecret", {{"SecretId", "db"}}));
        QVERIFY(secret);
        QCOMPARE(secret->json.value("KmsKeyId").toString(), newArn);
        // The REST API keeps its id, so URLs built from it stay valid.
        QVERIFY(c.send(AwsRequest::restJson(AwsService::apiGateway(), "GetRestApi", "GET", "/restapis/" + apiId)).ok());

        Result<CommitInstanceReport> second = m_fx.commit("integration", Services);
        QVERIFY2(second, qPrintable(second.error().message));
        QCOMPARE(second->version.resourceCount, first->version.resourceCount);
    }

private:
    MotoServer m_moto;
    std::unique_ptr<TestHome> m_home;
    InstanceFixture m_fx;
};

QTEST_GUILESS_MAIN(TestIntegrationInject)
#include "tst_integrationinject.moc"
