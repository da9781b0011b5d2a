#include "AppAdapterTest.h"

#include "emulator/EmulatorProbe.h"
#include "emulator/HttpCall.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/IamAdapter.h"
#include "emulator/awsapi/LambdaAdapter.h"
#include "emulator/awsapi/LambdaCode.h"
#include "state/ResourcePath.h"
#include "support/MotoServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

const QString Region = QStringLiteral("us-west-2");
const QString Trust = QStringLiteral(
    R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]})");

AwsRequest lambda(const QString &operation, const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    return AwsRequest::restJson(AwsService::lambda(), operation, method, path, body);
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toBase64());
}

} // namespace

class TestLambdaAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void snapshotIsStable();
    void updateAndRemove();
    void missingCodeCannotBeRestored();
    void entryPointServesCodeAndBootId();
    void codeFromEntryPointRoundTrips();
    void attachedCodeFillsMissingCode();
    void servedCodeMustMatchCodeSha256();
    void versionsAndAliasesRoundTrip();
    void layerVersionsRoundTrip();
    void layerVersionsOnAnInstanceThatHasSome();
    void legacyLayerShapeStillRestores();

private:
    void createQueue();
    void createState();
    // The first snapshot cannot read code back from moto; a version made by PodDeck would carry the zips.
    AdapterHarness::Snapshot withCode(AdapterHarness::Snapshot s);
    QString path(const QString &type, const QString &id) const
    {
        return ResourcePath::make(QStringLiteral("lambda"), m_harness->account(), Region, type, id);
    }
    QString layerVersion(const QString &layer, int number) const
    {
        return ResourcePath::child(path(QStringLiteral("layer"), layer), QStringLiteral("version"), QString::number(number));
    }
    // Publishes `zip` as the next version of `layer` and returns its number.
    int publishLayer(const QString &layer, const QByteArray &zip, const QString &description = {});
    QString layerArn(const QString &layer, int number) const
    {
        return QStringLiteral("arn:aws:lambda:%1:%2:layer:%3:%4").arg(Region, m_harness->account(), layer).arg(number);
    }
    void createFunction(const QString &name, const QStringList &layerArns);
    QString queueArn() const { return QStringLiteral("arn:aws:sqs:%1:%2:jobs").arg(Region, m_harness->account()); }
    Result<AdapterHarness::Snapshot> snapshot(const std::optional<AdapterHarness::Snapshot> &previous = std::nullopt)
    {
        return m_harness->snapshot({&m_iam, &m_lambda}, {Region}, previous);
    }

    MotoServer m_moto;
    std::unique_ptr<AdapterHarness> m_harness;
    IamAdapter m_iam;
    LambdaAdapter m_lambda;
    QByteArray m_functionZip, m_layerZip;
};

void TestLambdaAdapter::initTestCase()
{
    const QString error = m_moto.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_functionZip = makeZip(QStringLiteral("index.py"), "def handler(event, context):\n    return {'ok': True}\n");
    m_layerZip = makeZip(QStringLiteral("python/helpers.py"), "def helper():\n    return 42\n");
    QVERIFY(m_functionZip.startsWith("PK") && m_layerZip.startsWith("PK"));
}

void TestLambdaAdapter::init()
{
    QVERIFY(m_moto.reset());
    m_harness = std::make_unique<AdapterHarness>(m_moto.endpoint());
}

void TestLambdaAdapter::createQueue()
{
    // The event source; the SQS adapter is tested elsewhere, so the queue is made by hand.
    APP_SEND(m_harness->client(Region), AwsRequest::json(AwsService::sqs(), QStringLiteral("CreateQueue"), {{"QueueName", "jobs"}}));
}

void TestLambdaAdapter::createState()
{
    const AwsClient c = m_harness->client(Region);
    APP_SEND(m_harness->client(), AwsRequest::query(AwsService::iam(), QStringLiteral("CreateRole"),
                                                    {{QStringLiteral("RoleName"), QStringLiteral("lambda-exec")},
                                                     {QStringLiteral("AssumeRolePolicyDocument"), Trust}}));
    createQueue();
    const QJsonObject layer{{"Content", QJsonObject{{"ZipFile", QString::fromLatin1(m_layerZip.toBase64())}}},
                            {"CompatibleRuntimes", QJsonArray{"python3.12"}},
                            {"Description", "shared helpers"},
                            {"LicenseInfo", "MIT"}};
    APP_SEND(c, lambda(QStringLiteral("PublishLayerVersion"), "POST", QStringLiteral("/2018-10-31/layers/helpers/versions"), layer));
    APP_SEND(c, lambda(QStringLiteral("PublishLayerVersion"), "POST", QStringLiteral("/2018-10-31/layers/helpers/versions"), layer));
    const QString account = m_harness->account();
    APP_SEND(c, lambda(QStringLiteral("CreateFunction"), "POST", QStringLiteral("/2015-03-31/functions"),
                       {{"FunctionName", "worker"},
                        {"Runtime", "python3.12"},
                        {"Handler", "index.handler"},
                        {"Role", QStringLiteral("arn:aws:iam::%1:role/lambda-exec").arg(account)},
                        {"Code", QJsonObject{{"ZipFile", QString::fromLatin1(m_functionZip.toBase64())}}},
                        {"Description", "processes jobs"},
                        {"Timeout", 30},
                        {"MemorySize", 256},
                        {"Environment", QJsonObject{{"Variables", QJsonObject{{"STAGE", "dev"}, {"QUEUE", "jobs"}}}}},
                        {"Layers", QJsonArray{QStringLiteral("arn:aws:lambda:%1:%2:layer:helpers:2").arg(Region, account)}},
                        {"Tags", QJsonObject{{"team", "core"}}}}));
    // Who may call it: a resource policy statement and a function URL (LambdaAccess).
    APP_SEND(c, lambda(QStringLiteral("AddPermission"), "POST", QStringLiteral("/2015-03-31/functions/worker/policy"),
                       {{"StatementId", "s3-invoke"},
                        {"Action", "lambda:InvokeFunction"},
                        {"Principal", "s3.amazonaws.com"},
                        {"SourceArn", "arn:aws:s3:::uploads"},
                        {"SourceAccount", account}}));
    APP_SEND(c, lambda(QStringLiteral("CreateFunctionUrlConfig"), "POST", QStringLiteral("/2021-10-31/functions/worker/url"),
                       {{"AuthType", "NONE"}, {"Cors", QJsonObject{{"AllowOrigins", QJsonArray{"https://example.com"}}}}}));
    APP_SEND(c, lambda(QStringLiteral("CreateEventSourceMapping"), "POST", QStringLiteral("/2015-03-31/event-source-mappings"),
                       {{"FunctionName", "worker"},
                        {"EventSourceArn", queueArn()},
                        {"BatchSize", 5},
                        {"MaximumBatchingWindowInSeconds", 2},
                        {"FilterCriteria", QJsonObject{{"Filters", QJsonArray{QJsonObject{{"Pattern", R"({"body":{"kind":["job"]}})"}}}}}}}));
}

AdapterHarness::Snapshot TestLambdaAdapter::withCode(AdapterHarness::Snapshot s)
{
    for (const auto &[p, zip] : {std::pair{path(QStringLiteral("function"), QStringLiteral("worker")), m_functionZip},
                                 std::pair{layerVersion(QStringLiteral("helpers"), 1), m_layerZip},
                                 std::pair{layerVersion(QStringLiteral("helpers"), 2), m_layerZip}}) {
        Resource &r = s.resources[p];
        r.document.remove("CodeMissing");
        r.attachments.insert(QStringLiteral("code"), *m_harness->store().putBlob(zip));
    }
    return s;
}

void TestLambdaAdapter::roundTrip()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> first = snapshot();
    QVERIFY2(first, qPrintable(first.error().message));
    QVERIFY(first->resources.value(path("function", "worker")).document.value("CodeMissing").toBool());
    QCOMPARE(first->warnings.size(), 3); // the function and both layer versions

    Result<AdapterHarness::Snapshot> a = snapshot(withCode(*first));
    QVERIFY2(a, qPrintable(a.error().message));
    QVERIFY2(a->warnings.isEmpty(), qPrintable(a->warnings.join(u'\n')));
    QCOMPARE(a->resources.size(), 6); // role, layer and its two versions, function, mapping
    const Resource function = a->resources.value(path("function", "worker"));
    QVERIFY(function.attachments.contains("code"));
    QCOMPARE(function.document.value("CodeSha256").toString(), sha256(m_functionZip));
    QCOMPARE(function.document.value("Environment")["Variables"]["STAGE"].toString(), QStringLiteral("dev"));
    QCOMPARE(function.document.value("Timeout").toInt(), 30);
    QCOMPARE(function.document.value("Tags")["team"].toString(), QStringLiteral("core"));
    const QJsonArray permissions = function.document.value("Permissions").toArray();
    QCOMPARE(permissions.size(), 1);
    QCOMPARE(permissions[0].toObject(), (QJsonObject{{"StatementId", "s3-invoke"},
                                                     {"Action", "lambda:InvokeFunction"},
                                                     {"Principal", "s3.amazonaws.com"},
                                                     {"SourceArn", "arn:aws:s3:::uploads"},
                                                     {"SourceAccount", m_harness->account()}}));
    QCOMPARE(function.document.value("FunctionUrl")["AuthType"].toString(), QStringLiteral("NONE"));
    QCOMPARE(function.document.value("FunctionUrl")["Cors"]["AllowOrigins"].toArray(), QJsonArray{"https://example.com"});
    QVERIFY(!function.document.contains("CodeMissing") && !function.document.contains("LastModified")
            && !function.document.contains("RevisionId") && !function.document.contains("FunctionArn"));
    QCOMPARE(a->resources.value(path("layer", "helpers")).document, QJsonObject());
    const QJsonObject layer = a->resources.value(layerVersion("helpers", 2)).document;
    QVERIFY(!layer.contains("Version"));
    QCOMPARE(layer.value("CompatibleRuntimes").toArray(), QJsonArray{"python3.12"});
    QCOMPARE(layer.value("CodeSha256").toString(), sha256(m_layerZip));
    const QString mappingPath = path("event-source-mapping", QStringLiteral("worker|") + queueArn());
    QVERIFY2(a->resources.contains(mappingPath), qPrintable(a->resources.keys().join(u' ')));
    const QJsonObject mapping = a->resources.value(mappingPath).document;
    QCOMPARE(mapping.value("BatchSize").toInt(), 5);
    QCOMPARE(mapping.value("Enabled").toBool(), true);
    QVERIFY(!mapping.contains("UUID"));

    QVERIFY(m_moto.reset());
    createQueue();
    APP_CHECK(m_harness->restore({&m_iam, &m_lambda}, *a));
    Result<AdapterHarness::Snapshot> b = snapshot(*a);
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
}

void TestLambdaAdapter::snapshotIsStable()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    Result<AdapterHarness::Snapshot> b = snapshot();
    QVERIFY(a && b);
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
    SnapshotContext ctx(m_harness->client(Region), QStringLiteral("lambda"), m_harness->account(), Region, {});
    Result<bool> has = m_lambda.hasResources(ctx);
    QVERIFY(has && *has);
}

void TestLambdaAdapter::updateAndRemove()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> first = snapshot();
    QVERIFY(first);
    const AdapterHarness::Snapshot a = withCode(*first);
    const QString functionPath = path("function", "worker");
    const Resource before = a.resources.value(functionPath);
    Resource after = before;
    const QByteArray newZip = makeZip(QStringLiteral("index.py"), "def handler(event, context):\n    return {'ok': False}\n");
    after.attachments.insert("code", *m_harness->store().putBlob(newZip));
    after.document.insert("CodeSha256", sha256(newZip));
    after.document.insert("Timeout", 60);
    after.document.insert("Environment", QJsonObject{{"Variables", QJsonObject{{"STAGE", "prod"}}}});
    after.document.remove("Description");
    after.document.insert("Tags", QJsonObject{{"owner", "ops"}});
    after.document.remove("Permissions");
    QJsonObject url = after.document.value("FunctionUrl").toObject();
    url.insert("AuthType", "AWS_IAM");
    after.document.insert("FunctionUrl", url);
    ApplyContext ctx = applyContext(*m_harness, Region);
    APP_CHECK(m_lambda.update(ctx, before, after));

    const QString mappingPath = path("event-source-mapping", QStringLiteral("worker|") + queueArn());
    Resource mappingAfter = a.resources.value(mappingPath);
    mappingAfter.document.insert("BatchSize", 8);
    mappingAfter.document.insert("Enabled", false);
    mappingAfter.document.remove("FilterCriteria");
    APP_CHECK(m_lambda.update(ctx, a.resources.value(mappingPath), mappingAfter));

    AdapterHarness::Snapshot previous = a;
    previous.resources.insert(functionPath, after);
    Result<AdapterHarness::Snapshot> b = snapshot(previous);
    QVERIFY(b);
    QCOMPARE(b->resources.value(functionPath).document, after.document);
    QVERIFY(b->resources.value(functionPath).attachments == after.attachments);
    QCOMPARE(b->resources.value(mappingPath).document, mappingAfter.document);

    APP_CHECK(m_lambda.remove(ctx, mappingAfter));
    APP_CHECK(m_lambda.remove(ctx, after));
    APP_CHECK(m_lambda.remove(ctx, a.resources.value(path("layer", "helpers"))));
    APP_CHECK(m_lambda.remove(ctx, after)); // already gone: fine
    Result<AdapterHarness::Snapshot> c = snapshot();
    QVERIFY(c);
    QCOMPARE(c->resources.size(), 1); // only the IAM role
}

void TestLambdaAdapter::missingCodeCannotBeRestored()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    Result<AdapterHarness::Snapshot> a = snapshot();
    QVERIFY(a);
    const QString functionPath = path("function", "worker");
    QCOMPARE(a->resources.value(functionPath).document.value("CodeMissing").toBool(), true);
    QVERIFY(a->resources.value(functionPath).attachments.isEmpty());
    const QString warning = a->warnings.filter(QStringLiteral("function worker (")).value(0);
    QVERIFY2(warning.contains(QLatin1String("cannot give its code back")) && warning.contains(QLatin1String("--attach-code worker=FILE.zip")),
             qPrintable(a->warnings.join(u'\n')));
    QVERIFY2(!a->warnings.filter(QStringLiteral("--attach-code layer:helpers:2=FILE.zip")).isEmpty(), qPrintable(a->warnings.join(u'\n')));

    QVERIFY(m_moto.reset());
    ApplyContext ctx = applyContext(*m_harness, Region);
    const Status st = m_lambda.create(ctx, a->resources.value(functionPath));
    QVERIFY(!st);
    QVERIFY2(st.error().message.contains(QLatin1String("function worker has no code in this version")),
             qPrintable(st.error().message));
}

// The test fixture starts moto through PodDeck's entry point: the probe reads its boot id and features,
// and its read-only routes serve the exact zips moto holds.
void TestLambdaAdapter::entryPointServesCodeAndBootId()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    AwsConfig config;
    config.endpoint = QUrl(m_moto.endpoint());
    config.region = Region;
    Result<EmulatorInfo> info = probeEmulator(config);
    QVERIFY2(info, qPrintable(info.error().message));
    QCOMPARE(info->kind, EmulatorInfo::Kind::Moto);
    QVERIFY(info->hasFeature(QStringLiteral("lambda-code")));
    QVERIFY(info->hasFeature(QStringLiteral("sqs-peek")));
    QVERIFY(!QUuid::fromString(info->life).isNull());
    const QString base = m_moto.endpoint() + QStringLiteral("/_poddeck/lambda/") + m_harness->account() + u'/' + Region;
    Result<HttpReply> code = httpCall("GET", QUrl(base + QStringLiteral("/functions/worker/code")));
    QVERIFY(code && code->status == 200);
    QCOMPARE(code->body, m_functionZip);
    QCOMPARE(code->header("Content-Type"), QByteArray("application/zip"));
    Result<HttpReply> layer = httpCall("GET", QUrl(base + QStringLiteral("/layers/helpers/versions/2/content")));
    QVERIFY(layer && layer->status == 200);
    QCOMPARE(layer->body, m_layerZip);
    Result<HttpReply> unknown = httpCall("GET", QUrl(base + QStringLiteral("/functions/nosuch/code")));
    QVERIFY(unknown && unknown->status == 404);
    QVERIFY(QJsonDocument::fromJson(unknown->body).object().contains("message"));
    // The boot id names one life of the state: it stays while the state does, and a reset (which empties
    // moto like a restart) starts a new one, so a head recorded before it no longer applies.
    Result<EmulatorInfo> same = probeEmulator(config);
    QVERIFY(same);
    QCOMPARE(same->life, info->life);
    QVERIFY(m_moto.reset());
    Result<EmulatorInfo> again = probeEmulator(config);
    QVERIFY(again);
    QVERIFY(!QUuid::fromString(again->life).isNull());
    QVERIFY(again->life != info->life);
}

void TestLambdaAdapter::codeFromEntryPointRoundTrips()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    SnapshotOptions options;
    options.lambdaCodeEndpoint = QUrl(m_moto.endpoint());
    Result<AdapterHarness::Snapshot> a = m_harness->snapshot({&m_iam, &m_lambda}, {Region}, std::nullopt, options);
    QVERIFY2(a, qPrintable(a.error().message));
    QVERIFY2(a->warnings.isEmpty(), qPrintable(a->warnings.join(u'\n')));
    for (const auto &[p, zip] : {std::pair{path(QStringLiteral("function"), QStringLiteral("worker")), m_functionZip},
                                 std::pair{layerVersion(QStringLiteral("helpers"), 1), m_layerZip},
                                 std::pair{layerVersion(QStringLiteral("helpers"), 2), m_layerZip}}) {
        const Resource r = a->resources.value(p);
        QVERIFY2(!r.document.contains("CodeMissing"), qPrintable(p));
        QCOMPARE(*m_harness->store().getBlob(r.attachments.value("code")), zip);
        QCOMPARE(r.document.value("CodeSha256").toString(), sha256(zip));
    }

    QVERIFY(m_moto.reset());
    createQueue();
    APP_CHECK(m_harness->restore({&m_iam, &m_lambda}, *a));
    const Result<AwsResponse> f = m_harness->client(Region).send(lambda(QStringLiteral("GetFunction"), "GET", QStringLiteral("/2015-03-31/functions/worker")));
    QVERIFY2(f, qPrintable(f.error().message));
    QCOMPARE(f->json.value("Configuration")["CodeSha256"].toString(), sha256(m_functionZip));
    Result<AdapterHarness::Snapshot> b = m_harness->snapshot({&m_iam, &m_lambda}, {Region}, std::nullopt, options);
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
}

// Plain moto (no code route): the user's zips stand in for the code, by function name and layer:NAME:VERSION.
void TestLambdaAdapter::attachedCodeFillsMissingCode()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    SnapshotOptions options;
    options.attachedCode.insert(QStringLiteral("worker"), m_functionZip);
    options.attachedCode.insert(QStringLiteral("layer:helpers:1"), m_layerZip);
    options.attachedCode.insert(QStringLiteral("layer:helpers:2"), m_layerZip);
    Result<AdapterHarness::Snapshot> a = m_harness->snapshot({&m_iam, &m_lambda}, {Region}, std::nullopt, options);
    QVERIFY2(a, qPrintable(a.error().message));
    QVERIFY2(a->warnings.isEmpty(), qPrintable(a->warnings.join(u'\n')));
    const Resource function = a->resources.value(path("function", "worker"));
    QVERIFY(!function.document.contains("CodeMissing"));
    QCOMPARE(*m_harness->store().getBlob(function.attachments.value("code")), m_functionZip);
    QVERIFY(a->resources.value(layerVersion("helpers", 1)).attachments.contains("code"));
    QVERIFY(a->resources.value(layerVersion("helpers", 2)).attachments.contains("code"));

    // A zip other than the one the emulator runs is taken, with a warning, and the version says its hash.
    const QByteArray other = makeZip(QStringLiteral("index.py"), "def handler(event, context):\n    return 'other'\n");
    options.attachedCode.insert(QStringLiteral("worker"), other);
    Result<AdapterHarness::Snapshot> b = m_harness->snapshot({&m_iam, &m_lambda}, {Region}, std::nullopt, options);
    QVERIFY(b);
    QCOMPARE(b->resources.value(path("function", "worker")).document.value("CodeSha256").toString(), sha256(other));
    QVERIFY2(b->warnings.size() == 1 && b->warnings[0].contains(QLatin1String("not the code the emulator runs")),
             qPrintable(b->warnings.join(u'\n')));
}

// Code whose hash is not the function's CodeSha256 is never recorded: here the route of another moto,
// whose "worker" runs other code, stands in for a server that serves the wrong bytes.
void TestLambdaAdapter::servedCodeMustMatchCodeSha256()
{
    createState();
    if (QTest::currentTestFailed())
        return;
    MotoServer other;
    const QString why = other.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    AdapterHarness there(other.endpoint());
    APP_SEND(there.client(), AwsRequest::query(AwsService::iam(), QStringLiteral("CreateRole"),
                                               {{QStringLiteral("RoleName"), QStringLiteral("lambda-exec")},
                                                {QStringLiteral("AssumeRolePolicyDocument"), Trust}}));
    APP_SEND(there.client(Region),
             lambda(QStringLiteral("CreateFunction"), "POST", QStringLiteral("/2015-03-31/functions"),
                    {{"FunctionName", "worker"},
                     {"Runtime", "python3.12"},
                     {"Handler", "index.handler"},
                     {"Role", QStringLiteral("arn:aws:iam::%1:role/lambda-exec").arg(m_harness->account())},
                     {"Code", QJsonObject{{"ZipFile", QString::fromLatin1(makeZip("index.py", "x = 1\n").toBase64())}}}}));
    SnapshotOptions options;
    options.lambdaCodeEndpoint = QUrl(other.endpoint());
    Result<AdapterHarness::Snapshot> a = m_harness->snapshot({&m_lambda}, {Region}, std::nullopt, options);
    QVERIFY(!a);
    QCOMPARE(a.error().code, Error::Code::Corrupt);
    QVERIFY2(a.error().message.contains(QStringLiteral("function worker (")) && a.error().message.contains(QStringLiteral("does not match its CodeSha256")),
             qPrintable(a.error().message));
}

// Published versions (each from its own configuration) and an alias with a routing weight come back with
// their numbers, descriptions and settings; the function's $LATEST keeps its own.
void TestLambdaAdapter::versionsAndAliasesRoundTrip()
{
    const AwsClient c = m_harness->client(Region);
    APP_SEND(m_harness->client(), AwsRequest::query(AwsService::iam(), QStringLiteral("CreateRole"),
                                                    {{QStringLiteral("RoleName"), QStringLiteral("lambda-exec")},
                                                     {QStringLiteral("AssumeRolePolicyDocument"), Trust}}));
    const QString fn = QStringLiteral("/2015-03-31/functions/api");
    APP_SEND(c, lambda(QStringLiteral("CreateFunction"), "POST", QStringLiteral("/2015-03-31/functions"),
                       {{"FunctionName", "api"},
                        {"Runtime", "python3.12"},
                        {"Handler", "index.handler"},
                        {"Role", QStringLiteral("arn:aws:iam::%1:role/lambda-exec").arg(m_harness->account())},
                        {"Code", QJsonObject{{"ZipFile", QString::fromLatin1(m_functionZip.toBase64())}}},
                        {"Description", "the api"},
                        {"Timeout", 30}}));
    APP_SEND(c, lambda(QStringLiteral("PublishVersion"), "POST", fn + "/versions", {{"Description", "first release"}}));
    APP_SEND(c, lambda(QStringLiteral("UpdateFunctionConfiguration"), "PUT", fn + "/configuration", {{"Timeout", 60}}));
    APP_SEND(c, lambda(QStringLiteral("PublishVersion"), "POST", fn + "/versions", {{"Description", "longer timeout"}}));
    APP_SEND(c, lambda(QStringLiteral("CreateAlias"), "POST", fn + "/aliases",
                       {{"Name", "live"},
                        {"FunctionVersion", "1"},
                        {"Description", "production"},
                        {"RoutingConfig", QJsonObject{{"AdditionalVersionWeights", QJsonObject{{"2", 0.25}}}}}}));
    SnapshotOptions options;
    options.lambdaCodeEndpoint = QUrl(m_moto.endpoint());
    Result<AdapterHarness::Snapshot> a = m_harness->snapshot({&m_iam, &m_lambda}, {Region}, std::nullopt, options);
    QVERIFY2(a, qPrintable(a.error().message));
    const QString function = path(QStringLiteral("function"), QStringLiteral("api"));
    const Resource v1 = a->resources.value(ResourcePath::child(function, QStringLiteral("version"), QStringLiteral("1")));
    QCOMPARE(v1.document.value("Description").toString(), QStringLiteral("first release"));
    QCOMPARE(v1.document.value("CodeSha256").toString(), sha256(m_functionZip));
    QVERIFY(!v1.document.contains("RevisionId") && !v1.document.contains("LastModified") && !v1.document.contains("Version"));
    const Resource live = a->resources.value(ResourcePath::child(function, QStringLiteral("alias"), QStringLiteral("live")));
    QCOMPARE(live.document.value("FunctionVersion").toString(), QStringLiteral("1"));
    QVERIFY(!live.document.contains("RevisionId") && !live.document.contains("AliasArn"));
    QVERIFY(!a->resources.contains(ResourcePath::child(function, QStringLiteral("version"), QStringLiteral("$LATEST"))));

    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_iam, &m_lambda}, *a));
    Result<AdapterHarness::Snapshot> b = m_harness->snapshot({&m_iam, &m_lambda}, {Region}, std::nullopt, options);
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));

    // Through the API: the numbers, descriptions and the configuration each version was published from.
    const Result<AwsResponse> versions = c.send(lambda(QStringLiteral("ListVersionsByFunction"), "GET", fn + "/versions"));
    QVERIFY2(versions, qPrintable(versions.error().message));
    QMap<QString, QJsonObject> byNumber;
    for (const QJsonValue &v : versions->json.value("Versions").toArray())
        byNumber.insert(v["Version"].toString(), v.toObject());
    QCOMPARE(byNumber.keys(), (QList<QString>{"$LATEST", "1", "2"}));
    QCOMPARE(byNumber["1"].value("Description").toString(), QStringLiteral("first release"));
    QCOMPARE(byNumber["1"].value("Timeout").toInt(), 30);
    QCOMPARE(byNumber["2"].value("Description").toString(), QStringLiteral("longer timeout"));
    QCOMPARE(byNumber["2"].value("Timeout").toInt(), 60);
    QCOMPARE(byNumber["$LATEST"].value("Description").toString(), QStringLiteral("the api"));
    QCOMPARE(byNumber["$LATEST"].value("Timeout").toInt(), 60);
    const Result<AwsResponse> alias = c.send(lambda(QStringLiteral("GetAlias"), "GET", fn + "/aliases/live"));
    QVERIFY2(alias, qPrintable(alias.error().message));
    QCOMPARE(alias->json.value("FunctionVersion").toString(), QStringLiteral("1"));
    QCOMPARE(alias->json.value("Description").toString(), QStringLiteral("production"));
    QCOMPARE(alias->json.value("RoutingConfig")["AdditionalVersionWeights"]["2"].toDouble(), 0.25);

    // Deleting the alias and a version leaves the function and its other version.
    ApplyContext ctx(c, m_harness->account(), Region, [this](const AttachmentRef &ref) { return m_harness->store().getBlob(ref); });
    APP_CHECK(m_lambda.remove(ctx, live));
    APP_CHECK(m_lambda.remove(ctx, b->resources.value(ResourcePath::child(function, QStringLiteral("version"), QStringLiteral("2")))));
    const Result<AwsResponse> left = c.send(lambda(QStringLiteral("ListVersionsByFunction"), "GET", fn + "/versions"));
    QVERIFY2(left, qPrintable(left.error().message));
    QCOMPARE(left->json.value("Versions").toArray().size(), 2);
    const Result<AwsResponse> aliases = c.send(lambda(QStringLiteral("ListAliases"), "GET", fn + "/aliases"));
    QVERIFY2(aliases, qPrintable(aliases.error().message));
    QVERIFY(aliases->json.value("Aliases").toArray().isEmpty());
}

int TestLambdaAdapter::publishLayer(const QString &layer, const QByteArray &zip, const QString &description)
{
    QJsonObject in{{"Content", QJsonObject{{"ZipFile", QString::fromLatin1(zip.toBase64())}}}, {"CompatibleRuntimes", QJsonArray{"python3.12"}}};
    if (!description.isEmpty())
        in.insert("Description", description);
    const Result<AwsResponse> r = m_harness->client(Region).send(
        lambda(QStringLiteral("PublishLayerVersion"), "POST", QStringLiteral("/2018-10-31/layers/%1/versions").arg(layer), in));
    return r ? r->json.value("Version").toInt() : -1;
}

void TestLambdaAdapter::createFunction(const QString &name, const QStringList &layerArns)
{
    // The role may exist already (EntityAlreadyExists): only the function's creation is checked.
    (void)m_harness->client().send(AwsRequest::query(AwsService::iam(), QStringLiteral("CreateRole"),
                                                     {{QStringLiteral("RoleName"), QStringLiteral("lambda-exec")},
                                                      {QStringLiteral("AssumeRolePolicyDocument"), Trust}}));
    APP_SEND(m_harness->client(Region),
             lambda(QStringLiteral("CreateFunction"), "POST", QStringLiteral("/2015-03-31/functions"),
                    {{"FunctionName", name},
                     {"Runtime", "python3.12"},
                     {"Handler", "index.handler"},
                     {"Role", QStringLiteral("arn:aws:iam::%1:role/lambda-exec").arg(m_harness->account())},
                     {"Code", QJsonObject{{"ZipFile", QString::fromLatin1(m_functionZip.toBase64())}}},
                     {"Layers", QJsonArray::fromStringList(layerArns)}}));
}

namespace {

// The live layer's version numbers, ascending, or {-1} when they cannot be listed.
QList<int> liveLayerNumbers(const AwsClient &c, const QString &layer)
{
    const Result<AwsResponse> r = c.send(lambda(QStringLiteral("ListLayerVersions"), "GET", QStringLiteral("/2018-10-31/layers/%1/versions").arg(layer)));
    if (!r)
        return {-1};
    QList<int> numbers;
    for (const QJsonValue &v : r->json.value("LayerVersions").toArray())
        numbers << v["Version"].toInt();
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

QJsonObject liveLayerVersion(const AwsClient &c, const QString &layer, int number)
{
    const Result<AwsResponse> r = c.send(lambda(QStringLiteral("GetLayerVersion"), "GET",
                                                QStringLiteral("/2018-10-31/layers/%1/versions/%2").arg(layer).arg(number)));
    return r ? r->json : QJsonObject();
}

} // namespace

// A layer of three versions whose second was deleted, and a function pinned to each of the others: every
// version comes back under its own number with its own code and settings, the gap stays a gap, and the
// next version published gets the number it would have had.
void TestLambdaAdapter::layerVersionsRoundTrip()
{
    const AwsClient c = m_harness->client(Region);
    const QByteArray v1 = makeZip(QStringLiteral("python/libs.py"), "VERSION = 1\n");
    const QByteArray v2 = makeZip(QStringLiteral("python/libs.py"), "VERSION = 2\n");
    const QByteArray v3 = makeZip(QStringLiteral("python/libs.py"), "VERSION = 3\n");
    QCOMPARE(publishLayer("libs", v1, "first"), 1);
    QCOMPARE(publishLayer("libs", v2, "second"), 2);
    QCOMPARE(publishLayer("libs", v3, "third"), 3);
    APP_SEND(c, lambda(QStringLiteral("DeleteLayerVersion"), "DELETE", QStringLiteral("/2018-10-31/layers/libs/versions/2")));
    createFunction("old", {layerArn("libs", 1)});
    createFunction("new", {layerArn("libs", 3)});
    // Who may use a version (AddLayerVersionPermission): an account on 3, an organization on 1.
    const QJsonObject partner{{"StatementId", "partner"}, {"Action", "lambda:GetLayerVersion"}, {"Principal", "210987654321"}};
    const QJsonObject org{{"StatementId", "org"}, {"Action", "lambda:GetLayerVersion"}, {"Principal", "*"}, {"OrganizationId", "o-abc123"}};
    APP_SEND(c, lambda(QStringLiteral("AddLayerVersionPermission"), "POST", QStringLiteral("/2018-10-31/layers/libs/versions/3/policy"), partner));
    APP_SEND(c, lambda(QStringLiteral("AddLayerVersionPermission"), "POST", QStringLiteral("/2018-10-31/layers/libs/versions/1/policy"), org));
    if (QTest::currentTestFailed())
        return;

    SnapshotOptions options;
    options.lambdaCodeEndpoint = QUrl(m_moto.endpoint());
    Result<AdapterHarness::Snapshot> a = m_harness->snapshot({&m_iam, &m_lambda}, {Region}, std::nullopt, options);
    QVERIFY2(a, qPrintable(a.error().message));
    QVERIFY2(a->warnings.isEmpty(), qPrintable(a->warnings.join(u'\n')));
    QVERIFY(a->resources.contains(path("layer", "libs")));
    QVERIFY(!a->resources.contains(layerVersion("libs", 2)));
    for (const auto &[n, zip, description] : {std::tuple{1, v1, QStringLiteral("first")}, std::tuple{3, v3, QStringLiteral("third")}}) {
        const Resource r = a->resources.value(layerVersion("libs", n));
        QCOMPARE(r.document.value("CodeSha256").toString(), sha256(zip));
        QCOMPARE(r.document.value("Description").toString(), description);
        QCOMPARE(*m_harness->store().getBlob(r.attachments.value("code")), zip);
        QCOMPARE(LambdaCode::attachKey(r.path, r.document), QStringLiteral("layer:libs:%1").arg(n));
        QCOMPARE(r.document.value("Permissions").toArray(), QJsonArray{n == 1 ? org : partner});
    }

    QVERIFY(m_moto.reset());
    APP_CHECK(m_harness->restore({&m_iam, &m_lambda}, *a));
    QCOMPARE(liveLayerNumbers(c, "libs"), (QList<int>{1, 3}));
    QCOMPARE(liveLayerVersion(c, "libs", 1).value("Content")["CodeSha256"].toString(), sha256(v1));
    QCOMPARE(liveLayerVersion(c, "libs", 1).value("Description").toString(), QStringLiteral("first"));
    QCOMPARE(liveLayerVersion(c, "libs", 3).value("Content")["CodeSha256"].toString(), sha256(v3));
    QCOMPARE(liveLayerVersion(c, "libs", 3).value("Description").toString(), QStringLiteral("third"));
    const QString base = m_moto.endpoint() + QStringLiteral("/_poddeck/lambda/") + m_harness->account() + u'/' + Region;
    Result<HttpReply> content = httpCall("GET", QUrl(base + QStringLiteral("/layers/libs/versions/1/content")));
    QVERIFY(content && content->status == 200);
    QCOMPARE(content->body, v1);
    for (const auto &[function, n] : {std::pair{QStringLiteral("old"), 1}, std::pair{QStringLiteral("new"), 3}}) {
        const Result<AwsResponse> f = c.send(lambda(QStringLiteral("GetFunction"), "GET", QStringLiteral("/2015-03-31/functions/") + function));
        QVERIFY2(f, qPrintable(f.error().message));
        QCOMPARE(f->json.value("Configuration")["Layers"][0]["Arn"].toString(), layerArn("libs", n));
    }
    Result<AdapterHarness::Snapshot> b = m_harness->snapshot({&m_iam, &m_lambda}, {Region}, std::nullopt, options);
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY2(a->root == b->root, qPrintable(AdapterHarness::describeDifference(*a, *b)));
    const auto livePolicy = [&c](int n) {
        const Result<AwsResponse> r = c.send(lambda(QStringLiteral("GetLayerVersionPolicy"), "GET",
                                                    QStringLiteral("/2018-10-31/layers/libs/versions/%1/policy").arg(n)));
        return r ? r->json.value("Policy").toString() : QString();
    };
    QVERIFY2(livePolicy(3).contains("210987654321"), qPrintable(livePolicy(3)));
    QVERIFY2(livePolicy(1).contains("o-abc123"), qPrintable(livePolicy(1)));
    // A version's content cannot change, its permissions can: an update moves only them.
    Resource withoutPartner = b->resources.value(layerVersion("libs", 3));
    withoutPartner.document.insert("Permissions", QJsonArray{QJsonObject{{"StatementId", "all"}, {"Action", "lambda:GetLayerVersion"},
                                                                         {"Principal", "*"}}});
    ApplyContext ctx = applyContext(*m_harness, Region);
    APP_CHECK(m_lambda.update(ctx, b->resources.value(layerVersion("libs", 3)), withoutPartner));
    QVERIFY2(!livePolicy(3).contains("210987654321") && livePolicy(3).contains("\"all\""), qPrintable(livePolicy(3)));
    QCOMPARE(publishLayer("libs", v2), 4);
}

// Injecting into an instance that already holds versions of the layer: a version with the same content
// stays, the next ones are published after it (gaps kept), other content under a used number is refused
// (preflight and update), and a number the instance has used already is never published again.
void TestLambdaAdapter::layerVersionsOnAnInstanceThatHasSome()
{
    const AwsClient c = m_harness->client(Region);
    const QByteArray v1 = makeZip(QStringLiteral("python/libs.py"), "VERSION = 1\n");
    const QByteArray v3 = makeZip(QStringLiteral("python/libs.py"), "VERSION = 3\n");
    const QByteArray other = makeZip(QStringLiteral("python/libs.py"), "VERSION = 'other'\n");
    QCOMPARE(publishLayer("libs", v1, "first"), 1);
    QCOMPARE(publishLayer("libs", other), 2);
    QCOMPARE(publishLayer("libs", v3, "third"), 3);
    APP_SEND(c, lambda(QStringLiteral("DeleteLayerVersion"), "DELETE", QStringLiteral("/2018-10-31/layers/libs/versions/2")));
    SnapshotOptions options;
    options.lambdaCodeEndpoint = QUrl(m_moto.endpoint());
    Result<AdapterHarness::Snapshot> a = m_harness->snapshot({&m_lambda}, {Region}, std::nullopt, options);
    QVERIFY2(a, qPrintable(a.error().message));
    const Resource pod1 = a->resources.value(layerVersion("libs", 1)), pod3 = a->resources.value(layerVersion("libs", 3));
    ApplyContext ctx = applyContext(*m_harness, Region);

    // The instance holds version 1 with the same content (read without its code): kept; 3 comes after it.
    QVERIFY(m_moto.reset());
    QCOMPARE(publishLayer("libs", v1, "first"), 1);
    Result<AdapterHarness::Snapshot> live = m_harness->snapshot({&m_lambda}, {Region});
    QVERIFY(live);
    const Resource live1 = live->resources.value(layerVersion("libs", 1));
    QVERIFY(live1.document.value("CodeMissing").toBool());
    QCOMPARE(m_lambda.unrestorable(pod1, &live1), QString());
    APP_CHECK(m_lambda.update(ctx, live1, pod1));
    APP_CHECK(m_lambda.create(ctx, pod3));
    QCOMPARE(liveLayerNumbers(c, "libs"), (QList<int>{1, 3}));
    QCOMPARE(liveLayerVersion(c, "libs", 3).value("Content")["CodeSha256"].toString(), sha256(v3));

    // Other content under number 1: refused before anything is written, and update() will not change it.
    QVERIFY(m_moto.reset());
    QCOMPARE(publishLayer("libs", other), 1);
    live = m_harness->snapshot({&m_lambda}, {Region});
    QVERIFY(live);
    const Resource otherLive = live->resources.value(layerVersion("libs", 1));
    const QString why = m_lambda.unrestorable(pod1, &otherLive);
    QVERIFY2(why.contains(QLatin1String("version 1 of layer libs")) && why.contains(QLatin1String("CodeSha256"))
                 && why.contains(QLatin1String("cannot be changed")) && why.section(u'\n', 1).contains(QLatin1String("--strategy overwrite")),
             qPrintable(why));
    const Status changed = m_lambda.update(ctx, otherLive, pod1);
    QVERIFY(!changed);
    QCOMPARE(changed.error().code, Error::Code::Conflict);
    QCOMPARE(liveLayerVersion(c, "libs", 1).value("Content")["CodeSha256"].toString(), sha256(other));

    // The instance has numbered past 3 (it holds 1 and 5): 3 is refused and nothing is published.
    for (int n = 2; n <= 5; ++n)
        QCOMPARE(publishLayer("libs", other), n);
    for (int n = 2; n <= 4; ++n)
        APP_SEND(c, lambda(QStringLiteral("DeleteLayerVersion"), "DELETE", QStringLiteral("/2018-10-31/layers/libs/versions/%1").arg(n)));
    const Status past = m_lambda.createMany(ctx, {pod3});
    QVERIFY(!past);
    QVERIFY2(past.error().message.contains(QLatin1String("layer libs version 3 cannot be published again")), qPrintable(past.error().message));
    QCOMPARE(liveLayerNumbers(c, "libs"), (QList<int>{1, 5}));

    // Deleted versions above the newest are not listed, yet used: 3 would come back as 7, so it is deleted again.
    APP_SEND(c, lambda(QStringLiteral("DeleteLayerVersion"), "DELETE", QStringLiteral("/2018-10-31/layers/libs/versions/5")));
    QCOMPARE(publishLayer("libs", other), 6);
    APP_SEND(c, lambda(QStringLiteral("DeleteLayerVersion"), "DELETE", QStringLiteral("/2018-10-31/layers/libs/versions/6")));
    const Status renumbered = m_lambda.create(ctx, pod3);
    QVERIFY(!renumbered);
    QVERIFY2(renumbered.error().message.contains(QLatin1String("came back as version 7")), qPrintable(renumbered.error().message));
    QCOMPARE(liveLayerNumbers(c, "libs"), (QList<int>{1}));
}

// Pods committed before layer versions were children hold one "layer" resource with the newest version's
// number and code. Such a layer still restores as it did (every number up to it, with that code), so
// functions that name it can be created, and it reads back in the current shape.
void TestLambdaAdapter::legacyLayerShapeStillRestores()
{
    Resource legacy{path("layer", "helpers"),
                    {{"Version", 2}, {"CodeSha256", sha256(m_layerZip)}, {"CompatibleRuntimes", QJsonArray{"python3.12"}}, {"Description", "shared helpers"}},
                    {}};
    QVERIFY(!m_lambda.unrestorable(legacy, nullptr).isEmpty()); // no code yet
    legacy.attachments.insert(QStringLiteral("code"), *m_harness->store().putBlob(m_layerZip));
    QCOMPARE(m_lambda.unrestorable(legacy, nullptr), QString());
    QCOMPARE(LambdaCode::attachKey(legacy.path, legacy.document), QStringLiteral("layer:helpers:2"));
    AdapterHarness::Snapshot old;
    old.resources.insert(legacy.path, legacy);
    APP_CHECK(m_harness->restore({&m_lambda}, old));

    const AwsClient c = m_harness->client(Region);
    QCOMPARE(liveLayerNumbers(c, "helpers"), (QList<int>{1, 2}));
    QCOMPARE(liveLayerVersion(c, "helpers", 2).value("Content")["CodeSha256"].toString(), sha256(m_layerZip));
    QCOMPARE(liveLayerVersion(c, "helpers", 2).value("Description").toString(), QStringLiteral("shared helpers"));
    createFunction("worker", {layerArn("helpers", 2)});
    SnapshotOptions options;
    options.lambdaCodeEndpoint = QUrl(m_moto.endpoint());
    Result<AdapterHarness::Snapshot> b = m_harness->snapshot({&m_lambda}, {Region}, std::nullopt, options);
    QVERIFY2(b, qPrintable(b.error().message));
    QCOMPARE(b->resources.value(path("layer", "helpers")).document, QJsonObject());
    QCOMPARE(b->resources.value(layerVersion("helpers", 2)).document.value("CodeSha256").toString(), sha256(m_layerZip));
    QVERIFY(b->resources.contains(layerVersion("helpers", 1)));

    // Committed after that pod where code cannot be read back: the versions take the legacy layer's zip
    // when their CodeSha256 is its own (here both, since the restore published that code twice).
    Result<AdapterHarness::Snapshot> next = m_harness->snapshot({&m_lambda}, {Region}, old);
    QVERIFY2(next, qPrintable(next.error().message));
    for (int n : {1, 2}) {
        const Resource v = next->resources.value(layerVersion("helpers", n));
        QVERIFY2(!v.document.contains("CodeMissing"), qPrintable(v.path));
        QCOMPARE(*m_harness->store().getBlob(v.attachments.value("code")), m_layerZip);
    }
}

QTEST_GUILESS_MAIN(TestLambdaAdapter)
#include "tst_lambdaadapter.moc"
