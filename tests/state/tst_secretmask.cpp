#include "state/ResourcePath.h"
#include "state/SecretMask.h"

#include <QJsonArray>
#include <QtTest>

using namespace poddeck;

// The one masking rule: which names, documents and marks are secret, and which look-alikes stay visible.
class TestSecretMask : public QObject
{
    Q_OBJECT

    const QString Mask = QString::fromLatin1(SecretMask::Mask);
    const QString function = ResourcePath::make("lambda", "000000000000", "us-east-1", "function", "api");
    const QString parameter = ResourcePath::make("ssm", "000000000000", "us-east-1", "parameter", "/db/pw");
    const QString secret = ResourcePath::make("secretsmanager", "000000000000", "us-east-1", "secret", "db");

private Q_SLOTS:
    void secretNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        for (const char *n : {"DB_PASSWORD", "password", "apiKey", "API_KEY", "apikey", "AUTH_TOKEN", "client_secret",
                              "SecretString", "SecretBinary", "SecretAccessKey", "AWS_SECRET_ACCESS_KEY", "PrivateKey",
                              "STRIPE_KEY", "signingKey", "DBPassword", "github-token", "Credentials"})
            QTest::newRow(n) << QString::fromLatin1(n) << true;
        for (const char *n : {"Key", "Value", "KeyId", "KmsKeyId", "KeyName", "KeySchema", "KeyType", "KeyUsage",
                              "PartitionKey", "SortKey", "HashKey", "RangeKey", "ObjectKey", "S3Key", "PublicKey",
                              "SSEKMSKeyId", "AWS_ACCESS_KEY_ID", "SecretId", "DB_SECRET_ARN", "apiKeySource",
                              "apiKeyRequired", "VersionStages", "Description", "Name", "Monkey", "Keyboard"})
            QTest::newRow(n) << QString::fromLatin1(n) << false;
    }
    void secretNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(SecretMask::isSecretName(name), secret);
    }

    void nestedLambdaEnvironmentIsMasked()
    {
        const QJsonObject doc{{"FunctionName", "api"},
                              {"Environment", QJsonObject{{"Variables", QJsonObject{{"DB_PASSWORD", "hunter2"},
                                                                                     {"DB_HOST", "db.local"},
                                                                                     {"KeyName", "main"}}}}}};
        const QJsonObject m = SecretMask().masked(function, doc);
        const QJsonObject vars = m["Environment"]["Variables"].toObject();
        QCOMPARE(vars["DB_PASSWORD"].toString(), Mask);
        QCOMPARE(vars["DB_HOST"].toString(), QStringLiteral("db.local"));
        QCOMPARE(vars["KeyName"].toString(), QStringLiteral("main"));
        QCOMPARE(m["FunctionName"].toString(), QStringLiteral("api"));
        QVERIFY(SecretMask().isSecret(function, doc, {"Environment", "Variables", "DB_PASSWORD"}));
        QVERIFY(!SecretMask().isSecret(function, doc, {"Environment", "Variables"}));
        // The same value reached from a parent key: its secret parts are masked.
        const QJsonValue env = SecretMask().masked(function, doc, {"Environment"}, doc["Environment"]);
        QCOMPARE(env["Variables"]["DB_PASSWORD"].toString(), Mask);
        QVERIFY(SecretMask().holdsSecret(function, doc, {"Environment"}, doc["Environment"]));
        // Revealing one key shows that key only.
        const QJsonObject shown = SecretMask().masked(function, doc, {{"Environment", "Variables", "DB_PASSWORD"}});
        QCOMPARE(shown["Environment"]["Variables"]["DB_PASSWORD"].toString(), QStringLiteral("hunter2"));
    }

    void arraysAreMaskedInside()
    {
        const QJsonObject doc{{"ContainerDefinitions",
                               QJsonArray{QJsonObject{{"Name", "web"},
                                                      {"Environment", QJsonArray{QJsonObject{{"name", "apiKey"}, {"value", "x"}},
                                                                                 QJsonObject{{"name", "MODE"}, {"value", "prod"}}}},
                                                      {"RepositoryCredentials", QJsonObject{{"CredentialsParameter", "arn"}}},
                                                      {"Config", QJsonObject{{"client_secret", "s3cr3t"}}}}}},
                              {"Tags", QJsonArray{QJsonObject{{"Key", "owner"}, {"Value", "me"}}}}};
        const QJsonObject m = SecretMask().masked(function, doc);
        const QJsonObject c = m["ContainerDefinitions"][0].toObject();
        QCOMPARE(c["Config"]["client_secret"].toString(), Mask);
        QCOMPARE(c["RepositoryCredentials"].toString(), Mask); // the whole value under a secret name
        QCOMPARE(c["Name"].toString(), QStringLiteral("web"));
        QCOMPARE(c["Environment"][1]["value"].toString(), QStringLiteral("prod"));
        QCOMPARE(m["Tags"][0]["Key"].toString(), QStringLiteral("owner"));
        QCOMPARE(m["Tags"][0]["Value"].toString(), QStringLiteral("me"));
    }

    void secureStringValuesAndHistory()
    {
        const QJsonObject secure{{"Type", "SecureString"}, {"Value", "pw"}, {"KeyId", "alias/aws/ssm"}};
        const QJsonObject plain{{"Type", "String"}, {"Value", "visible"}};
        QCOMPARE(SecretMask().masked(parameter, secure)["Value"].toString(), Mask);
        QCOMPARE(SecretMask().masked(parameter, secure)["KeyId"].toString(), QStringLiteral("alias/aws/ssm"));
        QCOMPARE(SecretMask().masked(parameter, plain)["Value"].toString(), QStringLiteral("visible"));
        const QString version = ResourcePath::child(parameter, "version", "1");
        QVERIFY(SecretMask().isSecret(version, secure, {"Value"}));
        QVERIFY(!SecretMask().isSecret(version, plain, {"Value"}));
        // Without the document the Type is unknown: the caller must judge with one (the diff does).
        QVERIFY(!SecretMask().isSecret(version, QJsonObject(), {"Value"}));
    }

    void secretsManagerValuesAndVersions()
    {
        const QJsonObject current{{"Name", "db"}, {"SecretString", "{\"password\":\"p\"}"}, {"KmsKeyId", "k"}};
        const QJsonObject version{{"SecretBinary", "AAEC"}, {"VersionStages", QJsonArray{"AWSPREVIOUS"}}};
        const QJsonObject m = SecretMask().masked(secret, current);
        QCOMPARE(m["SecretString"].toString(), Mask);
        QCOMPARE(m["KmsKeyId"].toString(), QStringLiteral("k"));
        const QJsonObject v = SecretMask().masked(ResourcePath::child(secret, "version", "1"), version);
        QCOMPARE(v["SecretBinary"].toString(), Mask);
        QCOMPARE(v["VersionStages"], QJsonValue(QJsonArray{"AWSPREVIOUS"}));
    }

    void numbersAndFlagsStayVisible()
    {
        const QJsonObject policy{{"MinimumPasswordLength", 14}, {"RequireSymbols", true},
                                 {"PasswordReusePrevention", 5}, {"Password", QJsonValue::Null}};
        QCOMPARE(SecretMask().masked(function, policy), policy);
    }

    void userMarks()
    {
        const QJsonObject doc{{"Environment", QJsonObject{{"Variables", QJsonObject{{"STRIPE_URL", "https://k@x"},
                                                                                     {"MODE", "prod"}}}}}};
        const SecretMask every(QStringList{"environment.variables.stripe_url"});
        const QJsonObject e = every.masked(function, doc);
        QCOMPARE(e["Environment"]["Variables"]["STRIPE_URL"].toString(), Mask);
        QCOMPARE(e["Environment"]["Variables"]["MODE"].toString(), QStringLiteral("prod"));
        QVERIFY(every.isSecret(function, doc, {"Environment", "Variables", "STRIPE_URL"}));
        const SecretMask typed(QStringList{"lambda/function:Environment.Variables"});
        const QJsonObject t = typed.masked(function, doc);
        QCOMPARE(t["Environment"]["Variables"].toString(), Mask);
        QVERIFY(typed.isSecret(function, doc, {"Environment", "Variables", "MODE"})); // below a mark
        const QJsonObject other = typed.masked(parameter, doc);
        QCOMPARE(other["Environment"]["Variables"]["MODE"].toString(), QStringLiteral("prod"));
        QVERIFY(SecretMask::checkMark("Environment.Variables.X").isEmpty());
        QVERIFY(!SecretMask::checkMark("lambda:Environment").isEmpty());
        QVERIFY(!SecretMask::checkMark("a..b").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretMask)
#include "tst_secretmask.moc"
