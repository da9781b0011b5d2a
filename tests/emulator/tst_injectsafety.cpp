// Inject never leaves a half-restored instance (issue 10, item 3), against a real moto_server with state
// made by raw AWS API calls: the preflight refuses before anything changes (or skips with consent),
// overwrite autosaves what it replaces, and a failure part-way marks the instance modified.
#include "InstanceFixture.h"
#include "jobs/Autosave.h"
#include "state/ResourcePath.h"
#include "store/Catalogue.h"

#include <QProcess>

using namespace poddeck;
using namespace poddeck::test;

class TestInjectSafety : public QObject
{
    Q_OBJECT

    // Plain moto: a function created with raw API calls cannot give its code back there, the unrestorable
    // case these tests need (PodDeck's entry point would serve it).
    MotoServer m_moto{MotoServer::Kind::Plain};
    std::unique_ptr<TestHome> m_home;
    InstanceFixture m_fx;

    AwsResponse send(const AwsRequest &r, const QString &region = QStringLiteral("us-east-1"))
    {
        Result<AwsResponse> res = m_fx.client(region).send(r);
        [&] { QVERIFY2(res.ok(), res ? "" : qPrintable(res.error().message)); }();
        return res ? *res : AwsResponse();
    }
    QStringList bucketNames()
    {
        QStringList names;
        for (const XmlNode &b : send(AwsRequest::s3("ListBuckets", "GET", {})).xml.child(u"Buckets").childrenNamed(u"Bucket"))
            names << b.child(u"Name").text();
        names.sort();
        return names;
    }
    QStringList queueUrls()
    {
        QStringList urls;
        for (const QJsonValue &u : send(AwsRequest::json(AwsService::sqs(), "ListQueues")).json.value("QueueUrls").toArray())
            urls << u.toString().section('/', -1);
        urls.sort();
        return urls;
    }
    bool functionExists(const QString &name)
    {
        return m_fx.client().send(AwsRequest::restJson(AwsService::lambda(), "GetFunction", "GET", "/2015-03-31/functions/" + name)).ok();
    }
    static QString zipBase64()
    {
        QProcess py;
        py.start("python3", {"-c", "import io,zipfile,sys,base64\nb=io.BytesIO()\nz=zipfile.ZipFile(b,'w')\n"
                                   "z.writestr('h.py','def h(e,c): pass\\n')\nz.close()\nsys.stdout.write(base64.b64encode(b.getvalue()).decode())"});
        py.waitForFinished();
        return QString::fromLatin1(py.readAllStandardOutput());
    }
    void makeRole(const QString &name)
    {
        send(AwsRequest::query(AwsService::iam(), "CreateRole",
                               {{"RoleName", name}, {"AssumeRolePolicyDocument", R"({"Version":"2012-10-17","Statement":[]})"}}));
    }
    void makeQueue(const QString &name) { send(AwsRequest::json(AwsService::sqs(), "CreateQueue", {{"QueueName", name}})); }
    // A function deployed straight into moto: its code cannot be read back, so it commits CodeMissing.
    // With its SQS queue as event source (the mapping depends on it).
    void makeFunction(const QString &name, const QString &role, const QString &queue)
    {
        send(AwsRequest::restJson(AwsService::lambda(), "CreateFunction", "POST", "/2015-03-31/functions",
                                  {{"FunctionName", name}, {"Runtime", "python3.12"}, {"Handler", "h.h"},
                                   {"Role", "arn:aws:iam::123456789012:role/" + role},
                                   {"Code", QJsonObject{{"ZipFile", zipBase64()}}}}));
        send(AwsRequest::restJson(AwsService::lambda(), "CreateEventSourceMapping", "POST", "/2015-03-31/event-source-mappings/",
                                  {{"FunctionName", name}, {"EventSourceArn", "arn:aws:sqs:us-east-1:123456789012:" + queue}}));
    }
    // The shop: a bucket with an object, a queue, a role and a function whose code moto cannot return.
    void commitShop()
    {
        send(AwsRequest::s3("CreateBucket", "PUT", "shop-assets"));
        send(AwsRequest::s3("PutObject", "PUT", "shop-assets", "logo.txt", {}, "logo"));
        makeQueue("orders");
        makeRole("fn-role");
        makeFunction("no-code", "fn-role", "orders");
        Result<CommitInstanceReport> c = m_fx.commit("shop", {"iam", "lambda", "s3", "sqs"});
        QVERIFY2(c.ok(), c ? "" : qPrintable(c.error().message));
        QVERIFY2(c->warnings.join(' ').contains("no-code"), qPrintable(c->warnings.join('\n')));
    }
    std::optional<InstanceHead> head()
    {
        auto cat = Catalogue::open(m_fx.home);
        Result<InstanceHead> h = (*cat)->instanceHead(instanceKey(m_fx.config()));
        return h ? std::optional<InstanceHead>(*h) : std::nullopt;
    }
    QList<Version> versions(const QString &pod)
    {
        auto cat = Catalogue::open(m_fx.home);
        Result<QList<Version>> v = (*cat)->versions(pod);
        return v ? *v : QList<Version>();
    }
    Result<InjectReport> inject(const QString &ref, InjectStrategy s, bool skip = false, bool dryRun = false)
    {
        InjectRequest r;
        r.home = m_fx.home;
        r.ref = *VersionRef::parse(ref);
        r.strategy = s;
        r.dryRun = dryRun;
        r.skipUnrestorable = skip;
        r.config = m_fx.config();
        JobContext ctx;
        return injectVersion(r, ctx);
    }
    static QStringList paths(const QList<PreflightItem> &items)
    {
        QStringList out;
        for (const PreflightItem &i : items)
            out << ResourcePath::display(i.path);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QCOMPARE(m_moto.start(), QString()); }
    void init()
    {
        QVERIFY(m_moto.reset());
        m_home = std::make_unique<TestHome>();
        m_fx = InstanceFixture{m_moto.endpoint(), m_home->path()};
    }

    void missingCodeIsRefusedBeforeAnythingChanges()
    {
        commitShop();
        QVERIFY(m_fx.reset().ok());
        send(AwsRequest::s3("CreateBucket", "PUT", "teammate-bucket"));
        for (InjectStrategy s : {InjectStrategy::Overwrite, InjectStrategy::ServiceMerge, InjectStrategy::DeepMerge}) {
            Result<InjectReport> r = inject("shop", s);
            QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
            QVERIFY2(r->refused, qPrintable(strategyName(s)));
            QVERIFY(!r->applied);
            QCOMPARE(r->preflight.problems.size(), 1);
            QCOMPARE(r->preflight.problems[0].kind, PreflightItem::Kind::Unrestorable);
            QVERIFY2(r->preflight.problems[0].path.endsWith("/function/no-code"), qPrintable(r->preflight.problems[0].path));
            QVERIFY(r->preflight.problems[0].reason.contains("no code"));
            // The event source mapping needs the function: it goes (or stays) with it.
            QCOMPARE(r->preflight.dependents.size(), 1);
            QVERIFY(r->preflight.dependents[0].path.contains("event-source-mapping"));
            QVERIFY(!r->autosave);
        }
        // Nothing changed: no reset, nothing created, no autosave, no head.
        QCOMPARE(bucketNames(), QStringList{"teammate-bucket"});
        QCOMPARE(queueUrls(), QStringList());
        QVERIFY(!functionExists("no-code"));
        QVERIFY(versions(Autosave::Pod).isEmpty());
        QVERIFY(!head());
    }

    void skipUnrestorableAppliesTheRest()
    {
        commitShop();
        QVERIFY(m_fx.reset().ok());
        send(AwsRequest::s3("CreateBucket", "PUT", "teammate-bucket"));
        Result<InjectReport> r = inject("shop", InjectStrategy::Overwrite, true);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QVERIFY(!r->refused);
        QVERIFY2(r->apply.ok(), qPrintable(r->apply.error.message));
        const QStringList skipped = paths(r->preflight.all());
        QCOMPARE(skipped.size(), 2);
        QVERIFY(skipped[0].endsWith("/function/no-code"));
        QCOMPARE(bucketNames(), QStringList{"shop-assets"});
        QCOMPARE(queueUrls(), QStringList{"orders"});
        QVERIFY(!functionExists("no-code"));
        // The head is the version, marked: the instance lacks what was skipped.
        const std::optional<InstanceHead> h = head();
        QVERIFY(h);
        QCOMPARE(h->pod, QStringLiteral("shop"));
        QVERIFY(h->modified);
        QVERIFY2(h->note.contains("skipped 2"), qPrintable(h->note));
        QVERIFY(r->autosave); // teammate-bucket was there before
    }

    void missingDependencyIsFoundInNeitherSide()
    {
        makeQueue("orders");
        makeRole("fn-role");
        makeFunction("no-code", "fn-role", "orders");
        QVERIFY(m_fx.commit("fns", {"lambda"}).ok()); // the version holds neither the queue nor the role
        QVERIFY(m_fx.reset().ok());
        Result<InjectReport> r = inject("fns", InjectStrategy::ServiceMerge, false, true);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->preflight.problems.size(), 2);
        const PreflightItem &mapping = r->preflight.problems[0].path.contains("event-source-mapping") ? r->preflight.problems[0]
                                                                                                      : r->preflight.problems[1];
        QCOMPARE(mapping.kind, PreflightItem::Kind::MissingDependency);
        QVERIFY(mapping.dependency.endsWith("/queue/orders"));
        QVERIFY2(mapping.reason.contains("neither the version nor the instance"), qPrintable(mapping.reason));
        // On the instance, the queue counts: the mapping then only goes with its function.
        makeQueue("orders");
        r = inject("fns", InjectStrategy::ServiceMerge, false, true);
        QVERIFY(r.ok());
        QCOMPARE(r->preflight.problems.size(), 1);
        QCOMPARE(r->preflight.dependents.size(), 1);
    }

    void overwriteAutosaveBringsTheOldStateBack()
    {
        send(AwsRequest::s3("CreateBucket", "PUT", "pod-bucket"));
        QVERIFY(m_fx.commit("shop").ok());
        QVERIFY(m_fx.reset().ok());
        // The teammate's own work, never committed.
        send(AwsRequest::s3("CreateBucket", "PUT", "mine"));
        send(AwsRequest::s3("PutObject", "PUT", "mine", "notes.txt", {}, "precious"));
        makeQueue("my-queue");
        Result<InjectReport> r = inject("shop", InjectStrategy::Overwrite);
        QVERIFY2(r.ok() && r->apply.ok(), r ? qPrintable(r->apply.error.message) : qPrintable(r.error().message));
        QVERIFY(r->autosave);
        QCOMPARE(r->autosave->pod, Autosave::Pod);
        QVERIFY2(r->autosave->message.contains("overwrite with shop:1") && r->autosave->message.contains(m_fx.endpoint),
                 qPrintable(r->autosave->message));
        QCOMPARE(bucketNames(), QStringList{"pod-bucket"});
        QCOMPARE(head()->pod, QStringLiteral("shop")); // the autosave never becomes the head
        QVERIFY(!head()->modified);

        Result<InjectReport> back = inject(QStringLiteral("autosave:%1").arg(r->autosave->number), InjectStrategy::Overwrite);
        QVERIFY2(back.ok() && back->apply.ok(), back ? qPrintable(back->apply.error.message) : qPrintable(back.error().message));
        QCOMPARE(bucketNames(), QStringList{"mine"});
        QCOMPARE(queueUrls(), QStringList{"my-queue"});
        AwsRequest get = AwsRequest::s3("GetObject", "GET", "mine", "notes.txt");
        get.rawResponse = true;
        QCOMPARE(send(get).body, QByteArray("precious"));
        // Field by field: a commit of the restored instance holds the same state as the autosave.
        Result<CommitInstanceReport> again = m_fx.commit("check");
        QVERIFY(again.ok());
        QCOMPARE(again->version.root, r->autosave->root);
        QCOMPARE(versions(Autosave::Pod).size(), 2); // going back autosaved the pod's state in turn
    }

    void autosaveKeepsTheLastTen()
    {
        JobContext ctx;
        Result<std::optional<Version>> empty = Autosave::save(m_fx.home, m_fx.config(), "test", {}, ctx);
        QVERIFY(empty.ok());
        QVERIFY(!*empty); // nothing to lose, nothing recorded
        QVERIFY(!Catalogue::open(m_fx.home).value()->hasPod(Autosave::Pod));
        for (int i = 1; i <= Autosave::Keep + 2; ++i) {
            makeQueue(QStringLiteral("q%1").arg(i));
            Result<std::optional<Version>> saved = Autosave::save(m_fx.home, m_fx.config(), "test", {}, ctx);
            QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().message));
            QVERIFY(*saved);
        }
        const QList<Version> kept = versions(Autosave::Pod);
        QCOMPARE(kept.size(), Autosave::Keep);
        QCOMPARE(kept.first().number, 3);
        QCOMPARE(kept.last().number, Autosave::Keep + 2);
        QVERIFY(!head()); // never the head
    }

    void failurePartWayMarksTheInstanceModified()
    {
        makeRole("app-role");
        send(AwsRequest::s3("CreateBucket", "PUT", "clash"));
        QVERIFY(m_fx.commit("app", {"iam", "s3"}).ok());
        QVERIFY(m_fx.reset().ok());
        // Bucket names are global: another account took "clash" meanwhile, so creating it fails
        // (BucketAlreadyExists) after the role went in. Nothing in this account shows it beforehand.
        AwsRequest other = AwsRequest::s3("CreateBucket", "PUT", "clash");
        other.setHeader("x-moto-account-id", "111111111111");
        send(other);
        Result<InjectReport> r = inject("app", InjectStrategy::ServiceMerge);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QVERIFY(r->preflight.ok());
        QVERIFY(r->applied);
        QVERIFY(!r->apply.ok());
        QCOMPARE(r->apply.applied.size(), 1);
        QVERIFY(r->apply.applied[0].path.contains("app-role"));
        QCOMPARE(r->notApplied().size(), 1);
        QVERIFY(r->notApplied()[0].path.endsWith("/bucket/clash"));
        const std::optional<InstanceHead> h = head();
        QVERIFY(h);
        QVERIFY(h->modified);
        QCOMPARE(h->note, QStringLiteral("inject of app:1 failed"));
    }
};

QTEST_GUILESS_MAIN(TestInjectSafety)
#include "tst_injectsafety.moc"
