// Lambda code through the real poddeck-cli: `poddeck-cli moto` serves code that commit reads (verified by
// CodeSha256), and on a plain moto_server the commit says which functions have no code and
// `commit --attach-code` fills it in. State is made with raw Lambda API calls, as a user's tools would.
#include "CliRunner.h"
#include "aws/AwsClient.h"
#include "emulator/AppAdapterTest.h"
#include "emulator/HttpCall.h"
#include "jobs/AttachCode.h"
#include "jobs/Inspect.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toBase64());
}

AwsRequest lambda(const QString &operation, const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    return AwsRequest::restJson(AwsService::lambda(), operation, method, path, body);
}

} // namespace

class TestCliLambdaCode : public QObject
{
    Q_OBJECT

    QByteArray m_functionZip, m_layerZip;

    // A layer "libs" (version 1) and a function "handler" that uses it, in us-east-1.
    void createState(const QString &endpoint)
    {
        AwsClient c(AwsConfig::forEndpoint(QUrl(endpoint), QStringLiteral("us-east-1")));
        APP_SEND(c, AwsRequest::query(AwsService::iam(), QStringLiteral("CreateRole"),
                                      {{QStringLiteral("RoleName"), QStringLiteral("exec")},
                                       {QStringLiteral("AssumeRolePolicyDocument"), QStringLiteral("{}")}}));
        APP_SEND(c, lambda("PublishLayerVersion", "POST", "/2018-10-31/layers/libs/versions",
                           {{"Content", QJsonObject{{"ZipFile", QString::fromLatin1(m_layerZip.toBase64())}}}}));
        APP_SEND(c, lambda("CreateFunction", "POST", "/2015-03-31/functions",
                           {{"FunctionName", "handler"},
                            {"Runtime", "python3.12"},
                            {"Handler", "index.handler"},
                            {"Role", "arn:aws:iam::123456789012:role/exec"},
                            {"Code", QJsonObject{{"ZipFile", QString::fromLatin1(m_functionZip.toBase64())}}},
                            {"Layers", QJsonArray{"arn:aws:lambda:us-east-1:123456789012:layer:libs:1"}}}));
    }

    // CodeSha256 of the function and of layer version 1, as the emulator reports them.
    static QStringList liveHashes(const QString &endpoint)
    {
        AwsClient c(AwsConfig::forEndpoint(QUrl(endpoint), QStringLiteral("us-east-1")));
        Result<AwsResponse> f = c.send(lambda("GetFunction", "GET", "/2015-03-31/functions/handler"));
        Result<AwsResponse> l = c.send(lambda("GetLayerVersion", "GET", "/2018-10-31/layers/libs/versions/1"));
        return {f ? f->json.value("Configuration")["CodeSha256"].toString() : QStringLiteral("no function"),
                l ? l->json.value("Content")["CodeSha256"].toString() : QStringLiteral("no layer")};
    }

    static bool resetMoto(const QString &endpoint)
    {
        Result<HttpReply> r = httpCall("POST", QUrl(endpoint + QStringLiteral("/moto-api/reset")));
        return r && r->status == 200;
    }

    // Reset, inject the pod with overwrite, and check both zips came back byte for byte (by hash).
    void injectIntoResetMoto(const QString &home, const QString &endpoint)
    {
        QVERIFY(resetMoto(endpoint));
        QCOMPARE(liveHashes(endpoint), (QStringList{"no function", "no layer"}));
        const CliResult r = runCli(home, {"inject", "app", "--strategy", "overwrite", "--endpoint", endpoint, "--quiet"});
        QVERIFY2(r.exitCode == 0, r.err + r.out);
        QCOMPARE(liveHashes(endpoint), (QStringList{sha256(m_functionZip), sha256(m_layerZip)}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_functionZip = makeZip(QStringLiteral("index.py"), "def handler(event, context):\n    return 'hi'\n");
        m_layerZip = makeZip(QStringLiteral("python/libs.py"), "VALUE = 7\n");
        QVERIFY(m_functionZip.startsWith("PK") && m_layerZip.startsWith("PK"));
    }

    // `poddeck-cli moto` in the foreground: it says where it listens, the commit reads the code through
    // it, and SIGTERM stops it and its moto.
    void motoCommandServesCode()
    {
        QProcess moto;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("AWS_SECRET_ACCESS_KEY", "do-not-pass");
        env.insert("PODDECK_REMOTE_PASSPHRASE", "do-not-pass");
        moto.setProcessEnvironment(env);
        moto.start(QStringLiteral(PODDECK_CLI_PATH), {"moto", "--port", "0"});
        QVERIFY(moto.waitForStarted());
        QVERIFY(moto.waitForReadyRead(30000));
        const QString line = QString::fromUtf8(moto.readLine()).trimmed();
        QVERIFY2(line.startsWith("moto listening on http://127.0.0.1:"), qPrintable(line));
        const QString endpoint = line.section(u' ', 3, 3);

        // moto (the CLI's only child) gets a minimal environment: no AWS secrets, no remote passphrase.
        QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(moto.processId()));
        QVERIFY(children.open(QIODevice::ReadOnly));
        const QByteArray child = children.readAll().trimmed();
        QVERIFY2(!child.isEmpty() && !child.contains(' '), child);
        QFile environ(QStringLiteral("/proc/%1/environ").arg(QString::fromLatin1(child)));
        QVERIFY(environ.open(QIODevice::ReadOnly));
        const QByteArray childEnv = environ.readAll();
        QVERIFY(childEnv.contains("PATH="));
        QVERIFY(!childEnv.contains("do-not-pass"));
        createState(endpoint);
        if (QTest::currentTestFailed())
            return;

        TestHome home;
        const CliResult status = runCli(home.path(), {"status", "--endpoint", endpoint, "--no-count", "--json"});
        QVERIFY2(status.exitCode == 0, status.err);
        const CliResult r = runCli(home.path(), {"commit", "app", "--endpoint", endpoint, "--json", "--quiet"});
        QVERIFY2(r.exitCode == 0, r.err);
        QCOMPARE(r.json().object().value("missingCode").toArray().size(), 0);
        QCOMPARE(r.json().object().value("warnings").toArray().size(), 0);
        injectIntoResetMoto(home.path(), endpoint);

        moto.terminate();
        QVERIFY(moto.waitForFinished(10000));
        QCOMPARE(moto.exitCode(), 0);
        Result<HttpReply> gone = httpCall("GET", QUrl(endpoint + QStringLiteral("/moto-api/")), {}, {}, 2000);
        QVERIFY(!gone);
    }

    // A plain moto_server cannot give code back: the commit lists what is missing and how to fix it, and
    // --attach-code puts the user's zips in place.
    void plainMotoNeedsAttachedCode()
    {
        MotoServer plain(MotoServer::Kind::Plain);
        const QString why = plain.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        createState(plain.endpoint());
        if (QTest::currentTestFailed())
            return;
        TestHome home;
        CliResult r = runCli(home.path(), {"commit", "app", "--endpoint", plain.endpoint(), "--json", "--quiet"});
        QVERIFY2(r.exitCode == 0, r.err);
        QStringList names;
        for (const QJsonValue &m : r.json().object().value("missingCode").toArray())
            names << m["name"].toString();
        QCOMPARE(names, (QStringList{"handler", "layer:libs:1"}));

        r = runCli(home.path(), {"commit", "app", "--endpoint", plain.endpoint(), "--quiet"});
        QVERIFY2(r.exitCode == 0, r.err);
        QVERIFY2(r.out.contains("function handler (123456789012/us-east-1)")
                     && r.out.contains("--attach-code handler=FILE.zip --attach-code layer:libs:1=FILE.zip"),
                 r.out);

        const QString fn = home.file("fn.zip"), layer = home.file("layer.zip");
        for (const auto &[file, data] : {std::pair{fn, m_functionZip}, std::pair{layer, m_layerZip}}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        }

        // The GUI's Attach Code…: a new version per zip, differing from its parent only in that resource.
        const QString prefix = QStringLiteral("lambda/123456789012/us-east-1/");
        JobContext job;
        Result<Version> missing = resolveVersion(home.path(), {"app", 0});
        QVERIFY(missing);
        Result<AttachCodeReport> one = attachCode({home.path(), {"app", 0}, prefix + "function/handler", fn, {}}, job);
        QVERIFY2(one, qPrintable(one.error().message));
        QCOMPARE(one->version.parents, QList<ObjectId>{missing->id});
        QCOMPARE(one->version.resourceCount, missing->resourceCount);
        QVERIFY(one->warnings.isEmpty());
        // A layer's code belongs to each of its versions, not to the layer.
        QVERIFY(!attachCode({home.path(), {"app", 0}, prefix + "layer/libs", layer, {}}, job));
        Result<AttachCodeReport> two = attachCode({home.path(), {"app", 0}, prefix + "layer/libs/version/1", layer, {}}, job);
        QVERIFY2(two, qPrintable(two.error().message));
        QCOMPARE(two->version.bytes, missing->bytes + m_functionZip.size() + m_layerZip.size() - 2 * QByteArray("\"CodeMissing\":true,").size());
        QVERIFY(!attachCode({home.path(), {"app", 0}, prefix + "layer/libs/version/1", home.file("nosuch.zip"), {}}, job));
        QVERIFY(!attachCode({home.path(), {"app", 0}, "iam/123456789012/global/role/exec", fn, {}}, job));
        r = runCli(home.path(), {"inspect", "app", "--json"});
        QVERIFY2(!r.out.contains("CodeMissing"), r.out);
        injectIntoResetMoto(home.path(), plain.endpoint());
        if (QTest::currentTestFailed())
            return;

        r = runCli(home.path(), {"commit", "app", "--endpoint", plain.endpoint(), "--json", "--quiet", "--attach-code", "nosuch=" + fn});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nosuch") && r.err.contains("nothing was recorded"), r.err);
        r = runCli(home.path(), {"commit", "app", "--endpoint", plain.endpoint(), "--json", "--quiet",
                                 "--attach-code", "handler=" + fn, "--attach-code", "layer:libs:1=" + layer});
        QVERIFY2(r.exitCode == 0, r.err);
        QCOMPARE(r.json().object().value("missingCode").toArray().size(), 0);
        injectIntoResetMoto(home.path(), plain.endpoint());
    }
};

QTEST_GUILESS_MAIN(TestCliLambdaCode)
#include "tst_clilambdacode.moc"
