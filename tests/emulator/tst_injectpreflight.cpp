// The inject preflight on plans built by hand (no emulator): each kind of problem, dependents skipped
// with what they need, and what counts as present (the version, the instance as read, or a lookup).
#include "jobs/InjectPreflight.h"
#include "state/ResourcePath.h"
#include "store/ObjectStore.h"
#include "support/TestHome.h"

#include <QJsonArray>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {
const QString Account = QStringLiteral("123456789012");
QString path(const QString &service, const QString &type, const QString &id, const QString &region = QStringLiteral("us-east-1"))
{
    return ResourcePath::make(service, Account, service == QLatin1String("iam") ? QStringLiteral("global") : region, type, id);
}
} // namespace

class TestInjectPreflight : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<ObjectStore> m_store;
    InjectPlan m_plan;
    EmulatorInfo m_emulator;

    void create(const QString &p, const QJsonObject &doc, bool withCode = false)
    {
        Resource r{p, doc, {}};
        if (withCode)
            r.attachments.insert("code", *m_store->putBlob("zip"));
        m_plan.steps.append(PlanStep{PlanStep::Action::Create, p, {}, *m_store->put(r.toObjectBytes())});
    }
    PreflightReport run(const StateMap &live = {}, const SnapshotFilter &covered = {},
                        std::function<Result<bool>(const QString &)> lookup = {})
    {
        PreflightInput in{&m_emulator, m_store.get(), live, covered, std::move(lookup)};
        Result<PreflightReport> r = preflightPlan(m_plan, in);
        [&] { QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message)); }();
        return r ? *r : PreflightReport();
    }
    QJsonObject function(const QString &role) const
    {
        return {{"Role", QStringLiteral("arn:aws:iam::%1:role/%2").arg(Account, role)}, {"Runtime", "python3.12"}, {"CodeSha256", "abc"}};
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<TestHome>();
        m_store = std::make_unique<ObjectStore>(m_home->path());
        m_plan = InjectPlan();
        m_emulator = EmulatorInfo();
        m_emulator.endpoint = "http://localhost:4566";
    }

    void roleInNeitherSide()
    {
        m_plan.resetFirst = true;
        create(path("lambda", "function", "fn"), function("missing-role"), true);
        PreflightReport r = run();
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].kind, PreflightItem::Kind::MissingDependency);
        QCOMPARE(r.problems[0].dependency, path("iam", "role", "missing-role"));
        QVERIFY2(r.problems[0].reason.contains("(after its reset)"), qPrintable(r.problems[0].reason));
        // In the version: fine.
        create(path("iam", "role", "missing-role"), {});
        QVERIFY(run().ok());
    }

    void roleOnTheInstance()
    {
        create(path("lambda", "function", "fn"), function("r"), true);
        // Outside what was read: looked up on the instance.
        QStringList asked;
        auto lookup = [&](const QString &p) -> Result<bool> {
            asked << p;
            return p == path("iam", "role", "r");
        };
        QVERIFY(run({}, {}, lookup).ok());
        QCOMPARE(asked, QStringList{path("iam", "role", "r")});
        // Inside what was read, the live state decides without a lookup.
        SnapshotFilter covered;
        covered.services = {"iam", "lambda"};
        asked.clear();
        QVERIFY(!run({}, covered, lookup).ok());
        QVERIFY(asked.isEmpty());
        QVERIFY(run({{path("iam", "role", "r"), ObjectId::hash("x")}}, covered, lookup).ok());
    }

    void childWithoutItsParent()
    {
        m_plan.resetFirst = true;
        const QString bucket = path("s3", "bucket", "gone");
        create(ResourcePath::child(bucket, "object", "a.txt"), {});
        PreflightReport r = run();
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].dependency, bucket);
    }

    void unservedServices()
    {
        create(path("nosuchservice", "thing", "x"), {});
        create(path("sqs", "queue", "q"), {});
        m_emulator.services = {"s3"}; // the emulator says it runs only S3
        PreflightReport r = run();
        QCOMPARE(r.problems.size(), 2);
        for (const PreflightItem &i : r.problems)
            QCOMPARE(i.kind, PreflightItem::Kind::Unserved);
        QVERIFY(r.problems[0].reason.contains("cannot write nosuchservice"));
        QVERIFY(r.problems[1].reason.contains("does not run sqs"));
    }

    void dependentsGoWithWhatTheyNeed()
    {
        m_plan.resetFirst = true;
        create(path("iam", "role", "r"), {});
        create(path("sqs", "queue", "q"), {});
        create(path("lambda", "function", "fn"), function("r"), false); // no code
        create(path("lambda", "event-source-mapping", "fn|q"),
               {{"FunctionName", "fn"}, {"EventSourceArn", QStringLiteral("arn:aws:sqs:us-east-1:%1:q").arg(Account)}});
        PreflightReport r = run();
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].kind, PreflightItem::Kind::Unrestorable);
        QCOMPARE(r.dependents.size(), 1);
        QCOMPARE(r.dependents[0].dependency, path("lambda", "function", "fn"));
        skipUnrestorable(m_plan, r);
        QStringList left;
        for (const PlanStep &s : m_plan.steps)
            left << s.path;
        QCOMPARE(left, QStringList({path("iam", "role", "r"), path("sqs", "queue", "q")}));
    }

    void updateKeepingTheCodeNeedsNoZip()
    {
        const QString fn = path("lambda", "function", "fn");
        QJsonObject before = function("r"), after = function("r");
        after.insert("Timeout", 30);
        const ObjectId b = *m_store->put(Resource{fn, before, {}}.toObjectBytes());
        const ObjectId a = *m_store->put(Resource{fn, after, {}}.toObjectBytes());
        m_plan.steps.append(PlanStep{PlanStep::Action::Update, fn, b, a});
        const StateMap live{{fn, b}, {path("iam", "role", "r"), ObjectId::hash("r")}};
        SnapshotFilter covered;
        covered.services = {"iam", "lambda"};
        QVERIFY(run(live, covered).ok());
        after.insert("CodeSha256", "changed");
        m_plan.steps[0].after = *m_store->put(Resource{fn, after, {}}.toObjectBytes());
        QCOMPARE(run(live, covered).problems.size(), 1);
    }

    // A layer's own resource needs no code (its versions hold it); a version already on the instance
    // needs none when its content is the same, and other content under its number cannot be written:
    // the adapter's own fix is shown, not the advice about code.
    void layerVersionsAreImmutable()
    {
        const QString layer = path("lambda", "layer", "libs");
        const QString v1 = ResourcePath::child(layer, "version", "1");
        const QJsonObject doc{{"CodeSha256", "abc"}, {"Description", "first"}};
        const ObjectId live = *m_store->put(Resource{v1, QJsonObject{{"CodeSha256", "abc"}, {"Description", "first"}, {"CodeMissing", true}}, {}}.toObjectBytes());
        create(layer, {});
        Resource same{v1, doc, {}};
        same.attachments.insert("code", *m_store->putBlob("zip"));
        m_plan.steps.append(PlanStep{PlanStep::Action::Update, v1, live, *m_store->put(same.toObjectBytes())});
        const StateMap instance{{layer, ObjectId::hash("layer")}, {v1, live}};
        SnapshotFilter covered;
        covered.services = {"lambda"};
        QVERIFY(run(instance, covered).ok());

        QJsonObject changed = doc;
        changed.insert("CodeSha256", "def");
        m_plan.steps[1].after = *m_store->put(Resource{v1, changed, {}}.toObjectBytes());
        const PreflightReport r = run(instance, covered);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].kind, PreflightItem::Kind::Unrestorable);
        QVERIFY2(r.problems[0].reason.contains("cannot be changed") && !r.problems[0].reason.contains('\n'), qPrintable(r.problems[0].reason));
        QVERIFY2(r.problems[0].fix.contains("--strategy overwrite") && !r.problems[0].fix.contains("attach"), qPrintable(r.problems[0].fix));

        // A version the instance lacks needs its code.
        m_plan = InjectPlan();
        create(layer, {});
        create(ResourcePath::child(layer, "version", "2"), doc, false);
        QCOMPARE(run().problems.size(), 1);
        QCOMPARE(run().problems[0].path, ResourcePath::child(layer, "version", "2"));
    }

    // A function needs the exact layer version it pins: a version without code takes the function with
    // it, a version neither side holds is named, and a pod from before layer versions were resources (the
    // layer alone, legacy shape) restores the version itself.
    void functionNeedsTheLayerVersionItPins()
    {
        m_plan.resetFirst = true;
        const QString layer = path("lambda", "layer", "libs");
        const QString fn = path("lambda", "function", "fn");
        QJsonObject pinned = function("r");
        pinned.insert("Layers", QJsonArray{QStringLiteral("arn:aws:lambda:us-east-1:%1:layer:libs:2").arg(Account)});
        create(path("iam", "role", "r"), {});
        create(layer, {});
        create(ResourcePath::child(layer, "version", "1"), {{"CodeSha256", "a"}}, true);
        create(ResourcePath::child(layer, "version", "2"), {{"CodeSha256", "b"}}, false); // no code
        create(fn, pinned, true);
        PreflightReport r = run();
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].path, ResourcePath::child(layer, "version", "2"));
        QCOMPARE(r.dependents.size(), 1);
        QCOMPARE(r.dependents[0].path, fn);
        QCOMPARE(r.dependents[0].dependency, ResourcePath::child(layer, "version", "2"));

        pinned.insert("Layers", QJsonArray{QStringLiteral("arn:aws:lambda:us-east-1:%1:layer:libs:3").arg(Account)});
        m_plan.steps.last().after = *m_store->put(Resource{fn, pinned, {{"code", *m_store->putBlob("zip")}}}.toObjectBytes());
        r = run();
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.problems[1].kind, PreflightItem::Kind::MissingDependency);
        QCOMPARE(r.problems[1].dependency, ResourcePath::child(layer, "version", "3"));

        m_plan = InjectPlan();
        m_plan.resetFirst = true;
        create(path("iam", "role", "r"), {});
        create(layer, {{"Version", 3}, {"CodeSha256", "c"}}, true); // the legacy shape: the newest version inside
        create(fn, pinned, true);
        QVERIFY(run().ok());
    }
};

QTEST_GUILESS_MAIN(TestInjectPreflight)
#include "tst_injectpreflight.moc"
