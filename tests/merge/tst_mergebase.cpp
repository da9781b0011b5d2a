#include "jobs/DiffMerge.h"

#include <QtTest>

using namespace poddeck;

class TestMergeBase : public QObject
{
    Q_OBJECT

    static ObjectId id(int n) { return ObjectId::hash(QByteArray::number(n)); }

    static Version v(int n, QList<int> parents)
    {
        Version out;
        out.id = id(n);
        out.number = n;
        out.created = QDateTime::fromSecsSinceEpoch(1700000000 + n, Qt::UTC);
        for (int p : parents)
            out.parents.append(id(p));
        return out;
    }

    static int base(const QList<Version> &graph, int a, int b)
    {
        const std::optional<Version> found = mergeBase(graph, id(a), id(b));
        return found ? found->number : 0;
    }

private Q_SLOTS:
    void nearestCommonAncestor()
    {
        //   1 - 2 - 4 (merge of 2 and 3) - 6
        //    \- 3 -/- 5
        const QList<Version> graph{v(1, {}), v(2, {1}), v(3, {1}), v(4, {2, 3}), v(5, {3}), v(6, {4})};
        QCOMPARE(base(graph, 2, 3), 1);
        QCOMPARE(base(graph, 3, 2), 1);
        QCOMPARE(base(graph, 4, 5), 3);  // 1 is an ancestor of 3: never the best
        QCOMPARE(base(graph, 6, 5), 3);
        QCOMPARE(base(graph, 6, 2), 2);  // an ancestor is its own merge base
        QCOMPARE(base(graph, 4, 4), 4);
    }

    void unrelatedHistoriesHaveNone()
    {
        const QList<Version> graph{v(1, {}), v(2, {1}), v(3, {}), v(4, {3})};
        QCOMPARE(base(graph, 2, 4), 0);
        // A parent the graph does not hold (a deleted version) is passed through, never chosen.
        const QList<Version> gap{v(2, {1}), v(3, {1})};
        QCOMPARE(base(gap, 2, 3), 0);
    }

    void crissCrossPicksOneBest()
    {
        //   1 - 2 - 4 (2+3)
        //    \- 3 - 5 (3+2)
        const QList<Version> graph{v(1, {}), v(2, {1}), v(3, {1}), v(4, {2, 3}), v(5, {3, 2})};
        const int b = base(graph, 4, 5);
        QVERIFY2(b == 2 || b == 3, qPrintable(QString::number(b)));
    }

    void stateRefs()
    {
        QVERIFY(StateRef::parse("live")->live);
        const Result<StateRef> r = StateRef::parse("demo:3");
        QVERIFY(r && !r->live);
        QCOMPARE(r->version.number, 3);
        QCOMPARE(r->toString(), QStringLiteral("demo:3"));
        QVERIFY(!StateRef::parse("demo:x"));
    }
};

QTEST_GUILESS_MAIN(TestMergeBase)
#include "tst_mergebase.moc"
