#include "StateFixture.h"
#include "merge/ThreeWayMerge.h"
#include "state/ResourcePath.h"
#include "store/StateTreeReader.h"
#include "support/TestHome.h"

#include <QJsonArray>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

// The resolution API a merge editor drives: rows, conflicts, next/previous, take a side, edit, auto-solve.
class TestMergeResult : public QObject
{
    Q_OBJECT

    static QJsonObject parse(const char *json) { return QJsonDocument::fromJson(json).object(); }
    static constexpr const char *Queue = "sqs/000000000000/us-east-1/queue/orders";
    static constexpr const char *Gone = "sqs/000000000000/us-east-1/queue/gone";
    static constexpr const char *Topic = "sns/000000000000/us-east-1/topic/alerts";

    struct Fixture
    {
        TestHome home;
        std::unique_ptr<ObjectStore> store;
        ObjectId base, ours, theirs;
    };

    static void makeFixture(Fixture &f)
    {
        f.store = std::make_unique<ObjectStore>(f.home.path());
        f.base = buildState(*f.store, parse(R"({
            "sqs/000000000000/us-east-1/queue/orders": {"Attributes":{"VisibilityTimeout":"30","DelaySeconds":"0"},"Tags":["a","b"]},
            "sqs/000000000000/us-east-1/queue/gone": {"QueueName":"gone"},
            "sns/000000000000/us-east-1/topic/alerts": {"Name":"alerts"}
        })"));
        f.ours = buildState(*f.store, parse(R"({
            "sqs/000000000000/us-east-1/queue/orders": {"Attributes":{"VisibilityTimeout":"60","DelaySeconds":"0"},"Tags":["a","b","c"]},
            "sqs/000000000000/us-east-1/queue/gone": {"QueueName":"gone","Attributes":{"DelaySeconds":"4"}},
            "sns/000000000000/us-east-1/topic/alerts": {"Name":"alerts","DisplayName":"Alerts"}
        })"));
        f.theirs = buildState(*f.store, parse(R"({
            "sqs/000000000000/us-east-1/queue/orders": {"Attributes":{"VisibilityTimeout":"90","DelaySeconds":"5"},"Tags":["b","d"]},
            "sns/000000000000/us-east-1/topic/alerts": {"Name":"alerts"}
        })"));
    }

private Q_SLOTS:
    void rowsSayWhatEachSideHolds()
    {
        Fixture f;
        makeFixture(f);
        Result<MergeResult> m = ThreeWayMerge(*f.store).merge(f.base, f.ours, f.theirs);
        QVERIFY(m);
        QCOMPARE(m->rows().size(), 3);
        const MergeRow &topic = m->rows().at(m->rowIndex(Topic));
        QCOMPARE(topic.change, MergeChange::OursOnly);
        QCOMPARE(topic.choice, MergeChoice::Ours);
        QVERIFY(topic.baseEqualsTheirs() && !topic.baseEqualsOurs());
        const MergeRow &gone = m->rows().at(m->rowIndex(Gone));
        QCOMPARE(gone.conflict, MergeRow::Conflict::ChangedDeleted);
        QVERIFY(gone.theirs.isNull());
        QCOMPARE(gone.oursResource.document.value("QueueName").toString(), QStringLiteral("gone"));
        const MergeRow &queue = m->rows().at(m->rowIndex(Queue));
        QCOMPARE(queue.change, MergeChange::BothDifferent);
        QCOMPARE(queue.choice, MergeChoice::Merged);
        QStringList attrs;
        for (const MergeAttribute &a : queue.attributes)
            attrs.append(QStringLiteral("%1 %2").arg(a.keyText(), a.conflict ? "conflict" : mergeChoiceName(a.choice)));
        QCOMPARE(attrs, (QStringList{"Attributes.DelaySeconds theirs", "Attributes.VisibilityTimeout conflict", "Tags conflict"}));
    }

    void conflictsAreWalkedAndResolved()
    {
        Fixture f;
        makeFixture(f);
        Result<MergeResult> r = ThreeWayMerge(*f.store).merge(f.base, f.ours, f.theirs);
        QVERIFY(r);
        MergeResult &m = *r;
        QCOMPARE(m.conflictCount(), 3);
        QCOMPARE(m.unresolvedCount(), 3);
        QCOMPARE(m.conflictPath(0), QString::fromLatin1(Gone));
        QCOMPARE(m.conflictKey(0), QString());
        QCOMPARE(m.describe(0), QStringLiteral("changed in ours, deleted in theirs"));
        QCOMPARE(m.conflictKey(1), QStringLiteral("Attributes.VisibilityTimeout"));
        QCOMPARE(m.describe(1), QStringLiteral("changed differently on both sides"));
        QCOMPARE(m.nextUnresolved(), 0);
        QCOMPARE(m.previousUnresolved(0), 2);

        QVERIFY(!m.resolveWithValue(0, QJsonValue(1))); // a whole-resource conflict takes a resource
        QVERIFY(m.resolveWithValue(1, QStringLiteral("45")));
        QVERIFY(m.isResolved(1));
        QCOMPARE(m.nextUnresolved(0), 2);
        QCOMPARE(m.nextUnresolved(2), 0); // wraps around
        QCOMPARE(m.autoSolve(), 1);       // Tags merge as sets
        QCOMPARE(m.unresolvedCount(), 1);
        QVERIFY(!m.writeMerged(*f.store));

        Resource edited;
        edited.document = parse(R"({"QueueName":"gone","Attributes":{"DelaySeconds":"7"}})");
        QVERIFY(m.resolveWithResource(0, edited));
        QCOMPARE(m.unresolvedCount(), 0);
        QCOMPARE(m.nextUnresolved(), -1);
        Result<ObjectId> root = m.writeMerged(*f.store);
        QVERIFY2(root, qPrintable(root.error().message));

        Result<QMap<QString, ObjectId>> flat = flattenStateTree(*f.store, *root);
        QVERIFY(flat);
        QCOMPARE(flat->size(), 3);
        Result<std::optional<Resource>> queue = m.resultResource(*f.store, m.rowIndex(Queue));
        QVERIFY(queue && queue->has_value());
        QCOMPARE((*queue)->document, parse(R"({"Attributes":{"VisibilityTimeout":"45","DelaySeconds":"5"},"Tags":["b","c","d"]})"));
        QCOMPARE(flat->value(Queue), ObjectId::hash((*queue)->toObjectBytes()));
        Result<std::optional<Resource>> gone = m.resultResource(*f.store, m.rowIndex(Gone));
        QCOMPARE((*gone)->document.value("Attributes").toObject().value("DelaySeconds").toString(), QStringLiteral("7"));

        // Overriding a whole row: theirs for the queue, and deleting the gone queue by taking theirs.
        QVERIFY(m.chooseRow(m.rowIndex(Queue), MergeChoice::Theirs));
        QVERIFY(m.resolve(0, MergeSide::Theirs));
        QVERIFY(!m.chooseRow(m.rowIndex(Topic), MergeChoice::Merged)); // one-sided rows have nothing to merge
        Result<ObjectId> again = m.writeMerged(*f.store);
        QVERIFY(again);
        flat = flattenStateTree(*f.store, *again);
        QCOMPARE(flat->size(), 2);
        QVERIFY(!flat->contains(Gone));
        Result<QMap<QString, ObjectId>> theirs = flattenStateTree(*f.store, f.theirs);
        QCOMPARE(flat->value(Queue), theirs->value(Queue));
        QVERIFY(m.chooseRow(m.rowIndex(Queue), MergeChoice::Merged)); // back to the attribute merge
        QCOMPARE(m.unresolvedCount(), 0);
    }

    void editedRowDeletesWithNullopt()
    {
        Fixture f;
        makeFixture(f);
        Result<MergeResult> m = ThreeWayMerge(*f.store).merge(f.base, f.ours, f.theirs);
        QVERIFY(m);
        QVERIFY(m->editRow(m->rowIndex(Topic), std::nullopt));
        Resource wrong;
        wrong.path = QStringLiteral("sqs/000000000000/us-east-1/queue/elsewhere");
        QVERIFY(!m->editRow(m->rowIndex(Topic), wrong));
        m->resolveAll(MergeSide::Ours);
        Result<ObjectId> root = m->writeMerged(*f.store);
        QVERIFY(root);
        QVERIFY(!flattenStateTree(*f.store, *root)->contains(Topic));
    }

    void oneChangeInABigStateReadsItsPathOnly()
    {
        TestHome home;
        ObjectStore store(home.path());
        QJsonObject state;
        for (int s = 0; s < 4; ++s)
            for (int t = 0; t < 5; ++t)
                for (int i = 0; i < 150; ++i)
                    state.insert(ResourcePath::make(QStringLiteral("svc%1").arg(s), "000000000000", "us-east-1",
                                                    QStringLiteral("type%1").arg(t), QStringLiteral("r%1").arg(i)),
                                 QJsonObject{{"N", i}, {"A", 1}, {"B", 1}});
        const ObjectId base = buildState(store, state);
        QJsonObject ours = state, theirs = state;
        const QString path = ResourcePath::make("svc2", "000000000000", "us-east-1", "type3", "r7");
        ours.insert(path, QJsonObject{{"N", 7}, {"A", 2}, {"B", 1}});
        theirs.insert(path, QJsonObject{{"N", 7}, {"A", 1}, {"B", 2}});
        ThreeWayMerge merge(store);
        Result<MergeResult> m = merge.merge(base, buildState(store, ours), buildState(store, theirs));
        QVERIFY(m);
        QCOMPARE(m->rows().size(), 1);
        QCOMPARE(m->conflictCount(), 0);
        QCOMPARE(merge.treesRead(), 15); // root, service, account, region, type: three sides
        QCOMPARE(merge.resourcesRead(), 3);
        Result<std::optional<Resource>> merged = m->resultResource(store, 0);
        QCOMPARE((*merged)->document, (QJsonObject{{"N", 7}, {"A", 2}, {"B", 2}}));
    }
};

QTEST_GUILESS_MAIN(TestMergeResult)
#include "tst_mergeresult.moc"
