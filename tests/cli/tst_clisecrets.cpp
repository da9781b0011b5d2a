// Secrets in CLI output (issue 11, item 1): `inspect`, `diff` and `merge` mask by default, in text and
// JSON, and show values only with --reveal-secrets; `secret-marks` masks more. State is made in a real
// moto with raw API calls (a Lambda environment password, an SSM SecureString with history, a Secrets
// Manager secret with a previous version), committed by poddeck-cli.
#include "CliRunner.h"
#include "aws/AwsClient.h"
#include "emulator/AppAdapterTest.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

AwsRequest lambda(const QString &operation, const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    return AwsRequest::restJson(AwsService::lambda(), operation, method, path, body);
}

AwsRequest ssm(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::ssm(), operation, input);
}

AwsRequest sm(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::secretsManager(), operation, input);
}

QJsonObject environment(const QString &password)
{
    return {{"Variables", QJsonObject{{"DB_PASSWORD", password}, {"DB_HOST", "db.local"}}}};
}

} // namespace

class TestCliSecrets : public QObject
{
    Q_OBJECT

    MotoServer m_moto;
    TestHome m_home;

    CliResult cli(const QStringList &args) { return runCli(m_home.path(), args); }
    QStringList scope() const
    {
        return {"--endpoint", m_moto.endpoint(), "--services", "lambda,ssm,secretsmanager", "--regions", "us-east-1"};
    }
    AwsClient client() const { return AwsClient(AwsConfig::forEndpoint(QUrl(m_moto.endpoint()), QStringLiteral("us-east-1"))); }

    // Each secret value of these tests holds "hunter": none may show unless revealed.
    static void verifyMasked(const CliResult &r)
    {
        QVERIFY2(!r.out.contains("hunter") && !r.err.contains("hunter"), r.out.constData());
        QVERIFY2(r.out.contains("********"), r.out.constData());
    }

    void commit(const QString &pod, const QString &message)
    {
        const CliResult r = cli(QStringList{"commit", pod, "-m", message} + scope());
        QVERIFY2(r.exitCode == 0, r.err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A missing moto fails: these tests must run.
        if (const QString why = m_moto.start(); !why.isEmpty())
            QFAIL(qPrintable("moto_server is not available: " + why));
        AwsClient c = client();
        APP_SEND(c, AwsRequest::query(AwsService::iam(), QStringLiteral("CreateRole"),
                                      {{QStringLiteral("RoleName"), QStringLiteral("exec")},
                                       {QStringLiteral("AssumeRolePolicyDocument"), QStringLiteral("{}")}}));
        const QByteArray zip = makeZip(QStringLiteral("index.py"), "def handler(event, context):\n    return 1\n");
        APP_SEND(c, lambda("CreateFunction", "POST", "/2015-03-31/functions",
                           {{"FunctionName", "api"},
                            {"Runtime", "python3.12"},
                            {"Handler", "index.handler"},
                            {"Role", "arn:aws:iam::123456789012:role/exec"},
                            {"Code", QJsonObject{{"ZipFile", QString::fromLatin1(zip.toBase64())}}},
                            {"Environment", environment("lambda-hunter1")}}));
        APP_SEND(c, ssm("PutParameter", {{"Name", "/db/pw"}, {"Type", "SecureString"}, {"Value", "ssm-hunter1"}}));
        APP_SEND(c, ssm("PutParameter", {{"Name", "/db/host"}, {"Type", "String"}, {"Value", "host.local"}}));
        APP_SEND(c, sm("CreateSecret", {{"Name", "db"}, {"SecretString", "sm-hunter1"}}));
        commit("app", "one"); // app:1

        APP_SEND(c, lambda("UpdateFunctionConfiguration", "PUT", "/2015-03-31/functions/api/configuration",
                           {{"Environment", environment("lambda-hunter2")}}));
        APP_SEND(c, ssm("PutParameter", {{"Name", "/db/pw"}, {"Type", "SecureString"}, {"Value", "ssm-hunter2"}, {"Overwrite", true}}));
        APP_SEND(c, sm("PutSecretValue", {{"SecretId", "db"}, {"SecretString", "sm-hunter2"}}));
        commit("app", "two"); // app:2: the first values are history now (SSM version 1, AWSPREVIOUS)

        APP_SEND(c, lambda("UpdateFunctionConfiguration", "PUT", "/2015-03-31/functions/api/configuration",
                           {{"Environment", environment("lambda-hunter3")}}));
        commit("other", "unrelated"); // other:1: no common ancestor with app, so a merge conflicts
    }

    void inspectMasksNestedSecretsAndHistory()
    {
        CliResult r = cli({"inspect", "app:2"});
        QVERIFY2(r.exitCode == 0, r.err);
        verifyMasked(r);
        QVERIFY(r.out.contains("db.local"));   // a look-alike beside the password stays
        QVERIFY(r.out.contains("host.local")); // a String parameter stays
        r = cli({"inspect", "app:2", "--json"});
        QCOMPARE(r.exitCode, 0);
        verifyMasked(r);

        r = cli({"inspect", "app:2", "--reveal-secrets"});
        QCOMPARE(r.exitCode, 0);
        for (const char *value : {"lambda-hunter2", "ssm-hunter2", "ssm-hunter1", "sm-hunter2", "sm-hunter1"})
            QVERIFY2(r.out.contains(value), value);
        r = cli({"inspect", "app:2", "--json", "--reveal-secrets"});
        QVERIFY(r.out.contains("lambda-hunter2"));
    }

    void diffMasksUnlessRevealed()
    {
        CliResult r = cli({"diff", "app:1", "app:2"});
        QVERIFY2(r.exitCode == 0, r.err);
        verifyMasked(r);
        QVERIFY2(r.out.contains("Environment.Variables.DB_PASSWORD"), r.out.constData());
        r = cli({"diff", "app:1", "app:2", "--json"});
        QCOMPARE(r.exitCode, 0);
        verifyMasked(r);
        QStringList secretKeys; // JSON says which values are masked secrets
        for (const QJsonValue &c : r.json().object().value("changes").toArray())
            for (const QJsonValue &a : c["attributes"].toArray())
                if (a["secret"].toBool())
                    secretKeys.append(a["path"].toString());
        secretKeys.sort();
        QCOMPARE(secretKeys, (QStringList{"Environment.Variables.DB_PASSWORD", "SecretString", "Value"}));

        r = cli({"diff", "app:1", "app:2", "--reveal-secrets"});
        QCOMPARE(r.exitCode, 0);
        for (const char *value : {"lambda-hunter1", "lambda-hunter2", "ssm-hunter1", "ssm-hunter2", "sm-hunter1", "sm-hunter2"})
            QVERIFY2(r.out.contains(value), value);
        r = cli({"diff", "app:1", "app:2", "--json", "--reveal-secrets"});
        QVERIFY(r.out.contains("lambda-hunter2"));

        // Against the live instance too (its documents are read while the diff runs).
        r = cli(QStringList{"diff", "app:2", "live"} + scope());
        QVERIFY2(r.exitCode == 0, r.err);
        verifyMasked(r);
    }

    void mergeMasksConflictsButRecordsRealValues()
    {
        CliResult r = cli({"merge", "app:2", "other:1"});
        QCOMPARE(r.exitCode, 3);
        verifyMasked(r);
        QVERIFY2(r.out.contains("Environment.Variables.DB_PASSWORD"), r.out.constData());
        r = cli({"merge", "app:2", "other:1", "--json"});
        QCOMPARE(r.exitCode, 3);
        verifyMasked(r);
        r = cli({"merge", "app:2", "other:1", "--reveal-secrets"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.contains("lambda-hunter2") && r.out.contains("lambda-hunter3"));

        // Masking is display-only: the recorded merge holds the real value taken.
        r = cli({"merge", "app:2", "other:1", "--prefer", "theirs", "--json"});
        QVERIFY2(r.exitCode == 0, r.err);
        verifyMasked(r);
        const QString merged = QStringLiteral("app:%1").arg(r.json().object().value("version").toObject().value("number").toInt());
        r = cli({"inspect", merged, "--reveal-secrets"});
        QVERIFY2(r.out.contains("lambda-hunter3"), r.out.constData());
        QVERIFY(!r.out.contains("********"));
    }

    void userMarksMaskMore()
    {
        QVERIFY(cli({"inspect", "app:2"}).out.contains("db.local"));
        CliResult r = cli({"secret-marks", "--add", "lambda/function:Environment.Variables.DB_HOST"});
        QVERIFY2(r.exitCode == 0, r.err);
        QVERIFY(r.out.contains("lambda/function:Environment.Variables.DB_HOST"));
        QVERIFY(!cli({"inspect", "app:2"}).out.contains("db.local"));
        QVERIFY(cli({"inspect", "app:2"}).out.contains("host.local")); // other types: unmarked
        QVERIFY(cli({"inspect", "app:2", "--reveal-secrets"}).out.contains("db.local"));
        r = cli({"secret-marks", "--add", "lambda:"}); // malformed: says what a mark looks like
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("SERVICE/TYPE"), r.err.constData());
        QVERIFY2(cli({"secret-marks", "--remove", "lambda/function:Environment.Variables.DB_HOST"}).exitCode == 0, "remove");
        QVERIFY(cli({"inspect", "app:2"}).out.contains("db.local"));
        QCOMPARE(cli({"secret-marks", "--json"}).json().object().value("marks").toArray().size(), 0);
    }

    void helpNamesTheFlag()
    {
        for (const char *command : {"inspect", "diff", "merge"}) {
            const CliResult r = cli({command, "--help"});
            QVERIFY2((r.out + r.err).contains("--reveal-secrets"), command);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_clisecrets.moc"
