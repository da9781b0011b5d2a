// The reviewed deep-merge inject (issue 5) against a real moto_server: base = the instance head, ours = the
// live instance, theirs = the version; attribute-level merge, conflicts that change nothing, resolutions,
// and the merge recorded as a version with two parents that becomes the instance head.
#include "InstanceFixture.h"
#include "jobs/LiveMerge.h"
#include "store/Catalogue.h"

#include <QJsonArray>

using namespace poddeck;
using namespace poddeck::test;

class TestLiveMerge : public QObject
{
    Q_OBJECT

    MotoServer m_moto;
    std::unique_ptr<TestHome> m_home;
    InstanceFixture m_fx;

    AwsResponse send(const AwsRequest &r)
    {
        Result<AwsResponse> res = m_fx.client().send(r);
        [&] { QVERIFY2(res.ok(), res ? "" : qPrintable(res.error().message)); }();
        return res ? *res : AwsResponse();
    }
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
    QString makeQueue(const QString &name, const QJsonObject &attributes)
    {
        return send(AwsRequest::json(AwsService::sqs(), "CreateQueue",
                                     {{"QueueName", name}, {"Attributes", attributes}}))
            .json.value("QueueUrl")
            .toString();
    }
    void setQueueAttributes(const QString &url, const QJsonObject &attributes)
    {
        send(AwsRequest::json(AwsService::sqs(), "SetQueueAttributes",
                              {{"QueueUrl", url}, {"Attributes", attributes}}));
    }
    QJsonObject queueAttributes(const QString &url)
    {
        return send(AwsRequest::json(AwsService::sqs(), "GetQueueAttributes",
                                     {{"QueueUrl", url}, {"AttributeNames", QJsonArray{"All"}}}))
            .json.value("Attributes")
            .toObject();
    }
    Version commit(const QString &pod)
    {
        Result<CommitInstanceReport> r = m_fx.commit(pod);
        [&] { QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message)); }();
        return r ? r->version : Version();
    }
    void overwrite(const QString &ref)
    {
        Result<InjectReport> r = m_fx.inject(ref, InjectStrategy::Overwrite);
        QVERIFY2(r.ok() && r->apply.ok(),
                 r ? qPrintable(r->apply.error.message) : qPrintable(r.error().message));
    }
    ObjectId head()
    {
        Result<InstanceHead> h = (*Catalogue::open(m_fx.home))->instanceHead(instanceKey(m_fx.config()));
        return h ? h->version : ObjectId();
    }
    int versionCount(const QString &pod)
    {
        Result<QList<Version>> v = (*Catalogue::open(m_fx.home))->versions(pod);
        return v ? int(v->size()) : -1;
    }
    LiveMergeRequest request(const QString &ref) const
    {
        return LiveMergeRequest{m_fx.home, *VersionRef::parse(ref), m_fx.config(), {}};
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

    // v1 injected; the instance changes object A and attribute X, v2 changes object B and attribute Y:
    // the merge holds both sides' changes, without a conflict.
    void mergesChangesOfBothSidesAttributeByAttribute()
    {
        send(AwsRequest::s3("CreateBucket", "PUT", "lm-bucket"));
        putObject("lm-bucket", "a.txt", "a1");
        putObject("lm-bucket", "b.txt", "b1");
        const QString queue = makeQueue("lm-queue", {{"VisibilityTimeout", "30"}, {"DelaySeconds", "0"}});
        const Version v1 = commit("lm");
        putObject("lm-bucket", "b.txt", "b2");
        setQueueAttributes(queue, {{"DelaySeconds", "7"}});
        const Version v2 = commit("lm");
        overwrite("lm:1"); // instance = v1, head = v1
        QCOMPARE(head(), v1.id);
        putObject("lm-bucket", "a.txt", "a-live");
        setQueueAttributes(queue, {{"VisibilityTimeout", "45"}});

        // A dry run plans and changes nothing.
        Result<InjectReport> dry = m_fx.inject("lm:2", InjectStrategy::DeepMerge, Prefer::None, true);
        QVERIFY2(dry, dry ? "" : qPrintable(dry.error().message));
        QVERIFY(dry->plan.conflicts.isEmpty());
        QCOMPARE(dry->plan.count(PlanStep::Action::Update), 2); // b.txt and the queue
        QVERIFY(!dry->applied);
        QCOMPARE(getObject("lm-bucket", "b.txt"), QByteArray("b1"));
        QCOMPARE(head(), v1.id);

        Result<InjectReport> r = m_fx.inject("lm:2", InjectStrategy::DeepMerge);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY2(r->apply.ok(), qPrintable(r->apply.error.message));
        QVERIFY(r->plan.conflicts.isEmpty());
        QVERIFY(r->applied);
        QVERIFY(!r->plan.twoWay);
        QCOMPARE(getObject("lm-bucket", "a.txt"), QByteArray("a-live"));
        QCOMPARE(getObject("lm-bucket", "b.txt"), QByteArray("b2"));
        const QJsonObject attrs = queueAttributes(queue);
        QCOMPARE(attrs.value("VisibilityTimeout").toString(), QStringLiteral("45"));
        QCOMPARE(attrs.value("DelaySeconds").toString(), QStringLiteral("7"));

        // Recorded in the version's pod with both parents, and the instance head now.
        QVERIFY(!r->merge.id.isNull());
        QCOMPARE(r->merge.pod, QStringLiteral("lm"));
        QCOMPARE(r->merge.number, 3);
        QCOMPARE(r->merge.parents, (QList<ObjectId>{v1.id, v2.id}));
        QVERIFY(r->merge.message.startsWith(QStringLiteral("Merge lm:2 into ")));
        QCOMPARE(head(), r->merge.id);
        // The recorded state is what the instance holds: a commit now changes nothing.
        const Version after = commit("lm");
        QCOMPARE(after.root, r->merge.root);
    }

    // The same object changed on both sides: the conflict is reported and nothing changes; resolved with
    // theirs (the version) in the review, the merge applies and records.
    void conflictChangesNothingUntilResolved()
    {
        send(AwsRequest::s3("CreateBucket", "PUT", "c-bucket"));
        putObject("c-bucket", "same", "base");
        putObject("c-bucket", "other", "base");
        const Version v1 = commit("conf");
        putObject("c-bucket", "same", "theirs");
        const Version v2 = commit("conf");
        overwrite("conf:1");
        putObject("c-bucket", "same", "ours");

        Result<InjectReport> r = m_fx.inject("conf:2", InjectStrategy::DeepMerge);
        QVERIFY(r);
        QCOMPARE(r->plan.conflicts.size(), 1);
        QVERIFY(r->plan.conflicts[0].path.endsWith(QStringLiteral("/object/same")));
        QCOMPARE(r->plan.conflicts[0].key, QStringLiteral("attachment:body"));
        QCOMPARE(r->plan.conflicts[0].describe(),
                 QStringLiteral("changed differently in the instance and the version"));
        QVERIFY(!r->applied);
        QVERIFY(r->merge.id.isNull());
        QCOMPARE(getObject("c-bucket", "same"), QByteArray("ours"));
        QCOMPARE(head(), v1.id);
        QCOMPARE(versionCount("conf"), 2);

        JobContext ctx;
        Result<PreparedLiveMerge> prepared = prepareLiveMerge(request("conf:2"), ctx);
        QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message));
        QVERIFY(!prepared->twoWay);
        QVERIFY(prepared->head && prepared->head->id == v1.id);
        QCOMPARE(prepared->result.unresolvedCount(), 1);
        Result<LiveMergeReport> refused = applyLiveMerge(request("conf:2"), *prepared, {}, {}, false, ctx);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QCOMPARE(getObject("c-bucket", "same"), QByteArray("ours"));
        QCOMPARE(versionCount("conf"), 2);

        QVERIFY(prepared->result.resolve(prepared->result.nextUnresolved(), MergeSide::Theirs).ok());
        Result<LiveMergeReport> done =
            applyLiveMerge(request("conf:2"), *prepared, "resolved in review", "tester", false, ctx);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QVERIFY2(done->apply.ok(), qPrintable(done->apply.error.message));
        QVERIFY(done->applied && done->recorded);
        QCOMPARE(done->plan.count(PlanStep::Action::Update), 1);
        QCOMPARE(getObject("c-bucket", "same"), QByteArray("theirs"));
        QCOMPARE(getObject("c-bucket", "other"), QByteArray("base"));
        QCOMPARE(done->merged.parents, (QList<ObjectId>{v1.id, v2.id}));
        QCOMPARE(done->merged.message, QStringLiteral("resolved in review"));
        QCOMPARE(done->merged.author, QStringLiteral("tester"));
        QCOMPARE(head(), done->merged.id);
    }

    // --prefer resolves by side: ours keeps the instance's object.
    void preferOursKeepsTheInstance()
    {
        send(AwsRequest::s3("CreateBucket", "PUT", "p-bucket"));
        putObject("p-bucket", "same", "base");
        commit("pref");
        putObject("p-bucket", "same", "theirs");
        commit("pref");
        overwrite("pref:1");
        putObject("p-bucket", "same", "ours");
        Result<InjectReport> r = m_fx.inject("pref:2", InjectStrategy::DeepMerge, Prefer::Ours);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY(r->plan.conflicts.isEmpty());
        QVERIFY(r->apply.ok());
        QCOMPARE(getObject("p-bucket", "same"), QByteArray("ours"));
        QVERIFY(!r->merge.id.isNull());
        QCOMPARE(head(), r->merge.id);
    }

    // The instance deleted a bucket that the version puts an object into: a conflict, not an object
    // without its bucket.
    void deletedBucketAgainstAddedObjectConflicts()
    {
        send(AwsRequest::s3("CreateBucket", "PUT", "gone-bucket"));
        commit("gone");
        putObject("gone-bucket", "new.txt", "theirs");
        commit("gone");
        overwrite("gone:1");
        send(AwsRequest::s3("DeleteBucket", "DELETE", "gone-bucket"));
        Result<InjectReport> r = m_fx.inject("gone:2", InjectStrategy::DeepMerge);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->plan.conflicts.size(), 2); // the bucket and the object
        QVERIFY(!r->applied);
        r = m_fx.inject("gone:2", InjectStrategy::DeepMerge, Prefer::Theirs);
        QVERIFY2(r && r->apply.ok(), r ? qPrintable(r->apply.error.message) : qPrintable(r.error().message));
        QCOMPARE(getObject("gone-bucket", "new.txt"), QByteArray("theirs"));
    }

    // Without an instance head the merge runs against the empty state: what both sides hold differently
    // conflicts, and the merge records one parent.
    void noHeadIsTwoWay()
    {
        send(AwsRequest::s3("CreateBucket", "PUT", "nh-bucket"));
        putObject("nh-bucket", "x", "version");
        putObject("nh-bucket", "y", "same");
        const Version v = commit("nh");
        QVERIFY((*Catalogue::open(m_fx.home))->clearInstanceHead(instanceKey(m_fx.config())).ok());
        putObject("nh-bucket", "x", "live");

        JobContext ctx;
        Result<PreparedLiveMerge> prepared = prepareLiveMerge(request("nh"), ctx);
        QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message));
        QVERIFY(prepared->twoWay);
        QVERIFY(!prepared->head);
        QCOMPARE(prepared->result.conflictCount(), 1);
        QCOMPARE(prepared->result.conflictKind(0), MergeResult::ConflictKind::AddedBoth);
        QVERIFY(prepared->result.conflictPath(0).endsWith(QStringLiteral("/object/x")));
        prepared->result.resolveAll(MergeSide::Ours);
        Result<LiveMergeReport> done = applyLiveMerge(request("nh"), *prepared, {}, {}, false, ctx);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QVERIFY(done->recorded);
        QVERIFY(done->plan.steps.isEmpty()); // the instance already holds the result
        QCOMPARE(done->merged.parents, QList<ObjectId>{v.id});
        QCOMPARE(getObject("nh-bucket", "x"), QByteArray("live"));
        QCOMPARE(head(), done->merged.id);
    }
};

QTEST_GUILESS_MAIN(TestLiveMerge)
#include "tst_livemerge.moc"
