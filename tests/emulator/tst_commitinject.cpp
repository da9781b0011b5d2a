// The emulator stories of DESIGN.md against a real moto_server, through the jobs layer that the CLI and
// the GUI call: commit -> reset -> inject -> commit gives the same root; merges keep both sides.
#include "InstanceFixture.h"
#include "jobs/VersionCommit.h"
#include "state/ResourcePath.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "store/StateBuilder.h"
#include "store/StateTreeReader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace poddeck;
using namespace poddeck::test;

class TestCommitInject : public QObject
{
    Q_OBJECT

    MotoServer m_moto;
    std::unique_ptr<TestHome> m_home;
    InstanceFixture m_fx;

    AwsResponse send(const AwsRequest &r, const QString &region = QStringLiteral("us-east-1"))
    {
        Result<AwsResponse> res = m_fx.client(region).send(r);
        [&] { QVERIFY2(res.ok(), res ? "" : qPrintable(res.error().message)); }();
        return res ? *res : AwsResponse();
    }
    void makeBucket(const QString &bucket) { send(AwsRequest::s3("CreateBucket", "PUT", bucket)); }
    void putObject(const QString &bucket, const QString &key, const QByteArray &body)
    {
        send(AwsRequest::s3("PutObject", "PUT", bucket, key, {}, body));
    }
    QByteArray getObject(const QString &bucket, const QString &key)
    {
        AwsRequest r = AwsRequest::s3("GetObject", "GET", bucket, key);
        r.rawResponse = true;
        return send(r).body;
    }
    QStringList objectKeys(const QString &bucket)
    {
        QStringList keys;
        const AwsResponse r = send(AwsRequest::s3("ListObjectsV2", "GET", bucket, {}, {{"list-type", "2"}}));
        for (const XmlNode &c : r.xml.childrenNamed(u"Contents"))
            keys << c.child(u"Key").text();
        return keys;
    }
    QStringList bucketNames()
    {
        QStringList names;
        const AwsResponse r = send(AwsRequest::s3("ListBuckets", "GET", {}));
        for (const XmlNode &b : r.xml.child(u"Buckets").childrenNamed(u"Bucket"))
            names << b.child(u"Name").text();
        return names;
    }
    QStringList queueNames(const QString &region = QStringLiteral("us-east-1"))
    {
        QStringList names;
        const AwsResponse r = send(AwsRequest::json(AwsService::sqs(), "ListQueues"), region);
        for (const QJsonValue &u : r.json.value("QueueUrls").toArray())
            names << u.toString().section('/', -1);
        return names;
    }
    void makeQueue(const QString &name, const QString &region = QStringLiteral("us-east-1"))
    {
        send(AwsRequest::json(AwsService::sqs(), "CreateQueue", {{"QueueName", name}}), region);
    }
    Version commit(const QString &pod, const QStringList &services = {})
    {
        Result<CommitInstanceReport> r = m_fx.commit(pod, services);
        [&] { QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message)); }();
        return r ? r->version : Version();
    }
    InjectReport inject(const QString &ref, InjectStrategy s, Prefer p = Prefer::None)
    {
        Result<InjectReport> r = m_fx.inject(ref, s, p);
        [&] {
            QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
            QVERIFY2(r->apply.ok(), qPrintable(r->apply.error.message));
        }();
        return r ? *r : InjectReport();
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

    void bucketAndQueueSurviveResetAndInject()
    {
        makeBucket("story-bucket");
        putObject("story-bucket", "dir/hello.txt", "hello");
        makeQueue("story-queue");
        const Version v1 = commit("story");
        QVERIFY(v1.services.contains("s3"));
        QVERIFY(v1.services.contains("sqs"));
        QVERIFY(m_fx.reset().ok());
        QVERIFY(bucketNames().isEmpty());
        QVERIFY(queueNames().isEmpty());
        inject("story", InjectStrategy::AccountRegionMerge);
        QCOMPARE(bucketNames(), QStringList{"story-bucket"});
        QCOMPARE(objectKeys("story-bucket"), QStringList{"dir/hello.txt"});
        QCOMPARE(getObject("story-bucket", "dir/hello.txt"), QByteArray("hello"));
        QCOMPARE(queueNames(), QStringList{"story-queue"});
        const Version v2 = commit("story");
        QCOMPARE(v2.root, v1.root);
        QCOMPARE(v2.parents, QList<ObjectId>{v1.id}); // the head after inject is v1
    }

    void everyServiceRoundTrips()
    {
        makeBucket("all-bucket");
        putObject("all-bucket", "k", QByteArray(50000, 'k'));
        makeQueue("all-queue");
        send(AwsRequest::json(AwsService::dynamodb(), "CreateTable",
                              {{"TableName", "all-table"},
                               {"AttributeDefinitions", QJsonArray{QJsonObject{{"AttributeName", "pk"}, {"AttributeType", "S"}}}},
                               {"KeySchema", QJsonArray{QJsonObject{{"AttributeName", "pk"}, {"KeyType", "HASH"}}}},
                               {"BillingMode", "PAY_PER_REQUEST"}}));
        for (int i = 0; i < 5; ++i)
            send(AwsRequest::json(AwsService::dynamodb(), "PutItem",
                                  {{"TableName", "all-table"},
                                   {"Item", QJsonObject{{"pk", QJsonObject{{"S", QStringLiteral("item%1").arg(i)}}},
                                                        {"n", QJsonObject{{"N", QString::number(i)}}}}}}));
        send(AwsRequest::query(AwsService::sns(), "CreateTopic", {{"Name", "all-topic"}}));
        send(AwsRequest::json(AwsService::secretsManager(), "CreateSecret", {{"Name", "all-secret"}, {"SecretString", "s3cr3t"}}));
        send(AwsRequest::json(AwsService::ssm(), "PutParameter", {{"Name", "/all/param"}, {"Value", "v"}, {"Type", "String"}}));
        send(AwsRequest::query(AwsService::iam(), "CreateRole",
                               {{"RoleName", "all-role"},
                                {"AssumeRolePolicyDocument", R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]})"}}));
        const Version v1 = commit("all");
        for (const char *s : {"s3", "sqs", "dynamodb", "sns", "secretsmanager", "ssm", "iam"})
            QVERIFY2(v1.services.contains(s), s);
        QVERIFY(m_fx.reset().ok());
        inject("all", InjectStrategy::Overwrite);
        const Version v2 = commit("all");
        QCOMPARE(v2.root, v1.root);
        QCOMPARE(v2.resourceCount, v1.resourceCount);
    }

    void queueTriggersLambdaReadingSecretInUsWest2()
    {
        const QString region = "us-west-2";
        send(AwsRequest::query(AwsService::iam(), "CreateRole",
                               {{"RoleName", "fn-role"},
                                {"AssumeRolePolicyDocument", R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]})"}}));
        send(AwsRequest::json(AwsService::secretsManager(), "CreateSecret", {{"Name", "db-password"}, {"SecretString", "hunter2"}}), region);
        makeQueue("jobs", region);
        QProcess py;
        py.start("python3", {"-c", "import io,zipfile,sys,base64\nb=io.BytesIO()\nz=zipfile.ZipFile(b,'w')\n"
                                   "z.writestr('handler.py','def handler(e,c):\\n    return 1\\n')\nz.close()\n"
                                   "sys.stdout.write(base64.b64encode(b.getvalue()).decode())"});
        QVERIFY(py.waitForFinished());
        const QString zip = QString::fromLatin1(py.readAllStandardOutput());
        const QByteArray zipBytes = QByteArray::fromBase64(zip.toLatin1());
        QVERIFY(!zip.isEmpty());
        const QString roleArn = QStringLiteral("arn:aws:iam::123456789012:role/fn-role");
        send(AwsRequest::restJson(AwsService::lambda(), "CreateFunction", "POST", "/2015-03-31/functions",
                                  {{"FunctionName", "worker"},
                                   {"Runtime", "python3.12"},
                                   {"Handler", "handler.handler"},
                                   {"Role", roleArn},
                                   {"Code", QJsonObject{{"ZipFile", zip}}},
                                   {"Environment", QJsonObject{{"Variables", QJsonObject{{"SECRET_ID", "db-password"}}}}}}),
             region);
        send(AwsRequest::restJson(AwsService::lambda(), "CreateEventSourceMapping", "POST", "/2015-03-31/event-source-mappings/",
                                  {{"FunctionName", "worker"},
                                   {"EventSourceArn", "arn:aws:sqs:us-west-2:123456789012:jobs"},
                                   {"BatchSize", 5}}),
             region);
        // moto runs through PodDeck's entry point, so the commit reads the code itself.
        const Version v1 = commit("pipeline");
        for (const char *s : {"iam", "lambda", "sqs", "secretsmanager"})
            QVERIFY2(v1.services.contains(s), s);
        QVERIFY(m_fx.reset().ok());
        inject("pipeline", InjectStrategy::Overwrite);
        const AwsResponse esm = send(AwsRequest::restJson(AwsService::lambda(), "ListEventSourceMappings", "GET",
                                                          "/2015-03-31/event-source-mappings/", {}, {{"FunctionName", "worker"}}),
                                     region);
        const QJsonArray mappings = esm.json.value("EventSourceMappings").toArray();
        QCOMPARE(mappings.size(), 1);
        QCOMPARE(mappings[0].toObject().value("EventSourceArn").toString(), QStringLiteral("arn:aws:sqs:us-west-2:123456789012:jobs"));
        QCOMPARE(mappings[0].toObject().value("BatchSize").toInt(), 5);
        const AwsResponse fn = send(AwsRequest::restJson(AwsService::lambda(), "GetFunction", "GET", "/2015-03-31/functions/worker"), region);
        QCOMPARE(fn.json.value("Configuration")["CodeSha256"].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(zipBytes, QCryptographicHash::Sha256).toBase64()));
        const Version v2 = commit("pipeline");
        QCOMPARE(v2.root, v1.root);
    }

    void accountRegionMergeKeepsOtherServices()
    {
        makeBucket("b1-bucket");
        const Version v = commit("only-bucket");
        QVERIFY(m_fx.reset().ok());
        makeQueue("q1");
        inject("only-bucket", InjectStrategy::AccountRegionMerge);
        QCOMPARE(bucketNames(), QStringList{"b1-bucket"});
        QCOMPARE(queueNames(), QStringList{"q1"});
        Q_UNUSED(v);
    }

    void deepMergeKeepsObjectsFromBothSides()
    {
        makeBucket("merge-bucket");
        commit("deep");                          // deep:1, the bucket empty
        putObject("merge-bucket", "o2", "theirs");
        commit("deep");                          // deep:2 holds o2
        inject("deep:1", InjectStrategy::Overwrite); // instance = deep:1, head = deep:1
        putObject("merge-bucket", "o1", "ours");
        const InjectReport r = inject("deep:2", InjectStrategy::DeepMerge);
        QVERIFY(r.plan.conflicts.isEmpty());
        QCOMPARE(r.plan.count(PlanStep::Action::Create), 1);
        QStringList keys = objectKeys("merge-bucket");
        keys.sort();
        QCOMPARE(keys, (QStringList{"o1", "o2"}));
    }

    void deepMergeKeepsItemsFromBothSides()
    {
        auto putItem = [&](const QString &pk) {
            send(AwsRequest::json(AwsService::dynamodb(), "PutItem",
                                  {{"TableName", "items"}, {"Item", QJsonObject{{"pk", QJsonObject{{"S", pk}}}}}}));
        };
        send(AwsRequest::json(AwsService::dynamodb(), "CreateTable",
                              {{"TableName", "items"},
                               {"AttributeDefinitions", QJsonArray{QJsonObject{{"AttributeName", "pk"}, {"AttributeType", "S"}}}},
                               {"KeySchema", QJsonArray{QJsonObject{{"AttributeName", "pk"}, {"KeyType", "HASH"}}}},
                               {"BillingMode", "PAY_PER_REQUEST"}}));
        commit("ddb");
        putItem("theirs");
        commit("ddb");
        inject("ddb:1", InjectStrategy::Overwrite);
        putItem("ours");
        inject("ddb:2", InjectStrategy::DeepMerge);
        const AwsResponse scan = send(AwsRequest::json(AwsService::dynamodb(), "Scan", {{"TableName", "items"}}));
        QStringList pks;
        for (const QJsonValue &item : scan.json.value("Items").toArray())
            pks << item.toObject().value("pk").toObject().value("S").toString();
        pks.sort();
        QCOMPARE(pks, (QStringList{"ours", "theirs"}));
    }

    void deepMergeConflictChangesNothingWithoutPrefer()
    {
        makeBucket("c-bucket");
        putObject("c-bucket", "same", "base");
        commit("conf");                                    // conf:1
        putObject("c-bucket", "same", "theirs");
        commit("conf");                                    // conf:2
        inject("conf:1", InjectStrategy::Overwrite);
        putObject("c-bucket", "same", "ours");
        Result<InjectReport> r = m_fx.inject("conf:2", InjectStrategy::DeepMerge);
        QVERIFY(r.ok());
        QCOMPARE(r->plan.conflicts.size(), 1);
        QVERIFY(!r->applied);
        QCOMPARE(getObject("c-bucket", "same"), QByteArray("ours"));
        inject("conf:2", InjectStrategy::DeepMerge, Prefer::Theirs);
        QCOMPARE(getObject("c-bucket", "same"), QByteArray("theirs"));
    }

    void dryRunChangesNothing()
    {
        makeBucket("dry-bucket");
        commit("dry");
        QVERIFY(m_fx.reset().ok());
        Result<InjectReport> r = m_fx.inject("dry", InjectStrategy::ServiceMerge, Prefer::None, true);
        QVERIFY(r.ok());
        QCOMPARE(r->plan.count(PlanStep::Action::Create), 1);
        QVERIFY(!r->applied);
        QVERIFY(bucketNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommitInject)
#include "tst_commitinject.moc"
