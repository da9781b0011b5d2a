// planInject on small hand-made states: which resources each strategy creates, updates and deletes.
#include "merge/InjectPlan.h"

#include <QtTest>

using namespace poddeck;

class TestInjectPlan : public QObject
{
    Q_OBJECT

    static ObjectId id(const char *s) { return ObjectId::hash(QByteArray(s)); }
    static QStringList describe(const InjectPlan &p)
    {
        QStringList out;
        for (const PlanStep &s : p.steps)
            out << PlanStep::actionName(s.action) + ' ' + s.path;
        out.sort();
        return out;
    }
    const QString bucket = "s3/1/us-east-1/bucket/b", object1 = "s3/1/us-east-1/bucket/b/object/o1",
                  object2 = "s3/1/us-east-1/bucket/b/object/o2", queue = "sqs/1/us-east-1/queue/q",
                  queueWest = "sqs/1/us-west-2/queue/w";

private Q_SLOTS:
    void overwriteResetsAndLoads()
    {
        const StateMap live{{queue, id("q")}}, version{{bucket, id("b")}};
        InjectPlan p = planInject(InjectStrategy::Overwrite, live, version, nullptr, Prefer::None, true);
        QVERIFY(p.resetFirst);
        QCOMPARE(describe(p), QStringList{"create " + bucket});
        p = planInject(InjectStrategy::Overwrite, live, version, nullptr, Prefer::None, false);
        QVERIFY(!p.resetFirst);
        QCOMPARE(describe(p), (QStringList{"create " + bucket, "delete " + queue}));
    }

    void accountRegionMergeReplacesOnlyTheVersionsScopes()
    {
        const StateMap live{{queue, id("q")}, {queueWest, id("w")}, {bucket, id("b-live")}, {object1, id("o1")}};
        const StateMap version{{bucket, id("b")}, {object2, id("o2")}, {"sqs/1/us-east-1/queue/other", id("x")}};
        const InjectPlan p = planInject(InjectStrategy::AccountRegionMerge, live, version, nullptr, Prefer::None, true);
        QCOMPARE(describe(p), (QStringList{"create s3/1/us-east-1/bucket/b/object/o2", "create sqs/1/us-east-1/queue/other",
                                           "delete " + object1, "delete " + queue, "update " + bucket}));
    }

    void serviceMergeNeverDeletes()
    {
        const StateMap live{{queue, id("q")}, {bucket, id("b-live")}};
        const StateMap version{{bucket, id("b")}, {object2, id("o2")}};
        const InjectPlan p = planInject(InjectStrategy::ServiceMerge, live, version, nullptr, Prefer::None, true);
        QCOMPARE(describe(p), (QStringList{"create " + object2, "update " + bucket}));
    }

    void deepMergeTakesEachSidesChanges()
    {
        const StateMap base{{bucket, id("b")}, {object1, id("o1")}, {queue, id("q")}};
        const StateMap ours{{bucket, id("b")}, {object1, id("o1-ours")}}; // changed o1, deleted q
        const StateMap theirs{{bucket, id("b")}, {object1, id("o1")}, {object2, id("o2")}, {queue, id("q")}};
        const InjectPlan p = planInject(InjectStrategy::DeepMerge, ours, theirs, &base, Prefer::None, true);
        QVERIFY(p.conflicts.isEmpty());
        QCOMPARE(describe(p), QStringList{"create " + object2}); // o1 and the deleted queue stay as ours has them
    }

    void deepMergeConflictsAndPreferences()
    {
        const StateMap base{{object1, id("o1")}, {queue, id("q")}};
        const StateMap ours{{object1, id("o1-ours")}};                                 // q deleted here
        const StateMap theirs{{object1, id("o1-theirs")}, {queue, id("q-theirs")}};  // q changed there
        InjectPlan p = planInject(InjectStrategy::DeepMerge, ours, theirs, &base, Prefer::None, true);
        QCOMPARE(p.conflicts.size(), 2);
        QVERIFY(p.steps.isEmpty());
        QCOMPARE(p.conflicts[1].describe(), QStringLiteral("deleted in the instance, changed in the version"));
        p = planInject(InjectStrategy::DeepMerge, ours, theirs, &base, Prefer::Theirs, true);
        QVERIFY(p.conflicts.isEmpty());
        QCOMPARE(describe(p), (QStringList{"create " + queue, "update " + object1}));
        p = planInject(InjectStrategy::DeepMerge, ours, theirs, &base, Prefer::Ours, true);
        QVERIFY(p.conflicts.isEmpty());
        QVERIFY(p.steps.isEmpty());
    }

    void deepMergeWithoutHeadIsTwoWay()
    {
        const StateMap ours{{queue, id("q")}, {object1, id("o1")}};
        const StateMap theirs{{object1, id("o1-theirs")}, {object2, id("o2")}};
        const InjectPlan p = planInject(InjectStrategy::DeepMerge, ours, theirs, nullptr, Prefer::None, true);
        QVERIFY(p.twoWay);
        QVERIFY(!p.notes.isEmpty());
        QCOMPARE(describe(p), (QStringList{"create " + object2, "update " + object1}));
    }

    void strategyNamesRoundTrip()
    {
        for (const char *n : {"overwrite", "account-region-merge", "service-merge", "deep-merge"})
            QCOMPARE(strategyName(*parseStrategy(n)), QString(n));
        QVERIFY(!parseStrategy("merge-please").ok());
    }
};

QTEST_GUILESS_MAIN(TestInjectPlan)
#include "tst_injectplan.moc"
