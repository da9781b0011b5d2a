#include "app/history/Lanes.h"

#include <QtTest>

using namespace poddeck;

namespace {

ObjectId id(const char *name)
{
    return ObjectId::hash(QByteArray(name));
}

// Rows newest first: each row is "name:parent1,parent2".
struct Graph
{
    QList<ObjectId> ids;
    QList<QList<ObjectId>> parents;

    Graph(std::initializer_list<std::pair<const char *, std::vector<const char *>>> rows)
    {
        for (const auto &[name, ps] : rows) {
            ids.append(id(name));
            QList<ObjectId> list;
            for (const char *p : ps)
                list.append(id(p));
            parents.append(list);
        }
    }
};

// One character per lane, for readable expectations.
QString render(const Lanes &lanes, int row)
{
    static const char symbols[] = {' ', '|', '+', '-', '*', 'T', 'I', 'o', 'M', 'm', 'F', 'G', 'J'};
    QString s;
    for (char g : lanes.row(row))
        s.append(QLatin1Char(symbols[int(g)]));
    return s;
}

} // namespace

class TestLanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void empty()
    {
        Lanes lanes;
        lanes.compute(QList<ObjectId>{}, {});
        QCOMPARE(lanes.rowCount(), 0);
        QCOMPARE(lanes.maxLanes(), 0);
    }

    void linear()
    {
        // 3 -> 2 -> 1
        const Graph g{{"3", {"2"}}, {"2", {"1"}}, {"1", {}}};
        Lanes lanes;
        lanes.compute(g.ids, g.parents);
        QCOMPARE(lanes.rowCount(), 3);
        QCOMPARE(lanes.glyph(0, 0), Lanes::Tip);
        QCOMPARE(lanes.glyph(1, 0), Lanes::Node);
        QCOMPARE(lanes.glyph(2, 0), Lanes::Initial);
        QCOMPARE(lanes.maxLanes(), 1);
        for (int r = 0; r < 3; ++r)
            QCOMPARE(lanes.nodeLane(r), 0);
    }

    void singleVersion()
    {
        const Graph g{{"1", {}}};
        Lanes lanes;
        lanes.compute(g.ids, g.parents);
        QCOMPARE(lanes.glyph(0, 0), Lanes::Single);
    }

    void branch()
    {
        // 1 <- 2 <- 4 (main), and 3 was committed on 1 after injecting it: a branch.
        // Newest first: 4 (parent 2), 3 (parent 1), 2 (parent 1), 1.
        const Graph g{{"4", {"2"}}, {"3", {"1"}}, {"2", {"1"}}, {"1", {}}};
        Lanes lanes;
        lanes.compute(g.ids, g.parents);
        QCOMPARE(render(lanes, 0), QStringLiteral("T"));   // 4: tip of lane 0
        QCOMPARE(render(lanes, 1), QStringLiteral("|T"));  // 3: a second tip beside it
        QCOMPARE(render(lanes, 2), QStringLiteral("*|"));  // 2 in lane 0, lane 1 passes
        QCOMPARE(render(lanes, 3), QStringLiteral("IF"));  // 1: lane 1 forked from it
        QCOMPARE(lanes.maxLanes(), 2);
        QCOMPARE(lanes.nodeLane(1), 1);
    }

    void merge()
    {
        // 1 <- 2 <- 4 and 1 <- 3; 5 merges 4 and 3.
        const Graph g{{"5", {"4", "3"}}, {"4", {"2"}}, {"3", {"1"}}, {"2", {"1"}}, {"1", {}}};
        Lanes lanes;
        lanes.compute(g.ids, g.parents);
        QCOMPARE(render(lanes, 0), QStringLiteral("mG")); // merge tip, opening lane 1 for 3
        QCOMPARE(render(lanes, 1), QStringLiteral("*|"));
        QCOMPARE(render(lanes, 2), QStringLiteral("|*"));
        QCOMPARE(render(lanes, 3), QStringLiteral("*|"));
        QCOMPARE(render(lanes, 4), QStringLiteral("IF"));
        QCOMPARE(lanes.glyph(0, 0), Lanes::MergeTip);
        QCOMPARE(lanes.glyph(0, 1), Lanes::Merge);
    }

    void mergeJoinsALaneThatWaitsForTheParent()
    {
        // 6 (tip on 3) sits above the merge 5 of 4 and 3: lane 0 already waits for 3 when 5 comes.
        const Graph g{{"6", {"3"}}, {"5", {"4", "3"}}, {"4", {"3"}}, {"3", {}}};
        Lanes lanes;
        lanes.compute(g.ids, g.parents);
        QCOMPARE(render(lanes, 0), QStringLiteral("T"));
        QCOMPARE(render(lanes, 1), QStringLiteral("Jm")); // 5 reaches lane 0, which goes on to 3
        QCOMPARE(render(lanes, 2), QStringLiteral("|*"));
        QCOMPARE(render(lanes, 3), QStringLiteral("IF"));
    }

    void crossingLanes()
    {
        // 1 has three children: 4, 3, 2 (three branches from one version).
        const Graph g{{"4", {"1"}}, {"3", {"1"}}, {"2", {"1"}}, {"1", {}}};
        Lanes lanes;
        lanes.compute(g.ids, g.parents);
        QCOMPARE(render(lanes, 2), QStringLiteral("||T"));
        QCOMPARE(render(lanes, 3), QStringLiteral("IFF"));
        QCOMPARE(lanes.maxLanes(), 3);
    }

    void mergeAcrossAPassingLane()
    {
        // 3 merges 2b while lane 1 (tip 4 -> 2) passes between them: the connection crosses it.
        const Graph g{{"5", {"3"}}, {"4", {"2"}}, {"3", {"1", "2b"}}, {"2", {"1"}}, {"2b", {"1"}}, {"1", {}}};
        Lanes lanes;
        lanes.compute(g.ids, g.parents);
        QCOMPARE(render(lanes, 0), QStringLiteral("T"));
        QCOMPARE(render(lanes, 1), QStringLiteral("|T"));
        QCOMPARE(render(lanes, 2), QStringLiteral("M+G"));
        QCOMPARE(render(lanes, 3), QStringLiteral("|*|"));
        QCOMPARE(render(lanes, 4), QStringLiteral("||*"));
        QCOMPARE(render(lanes, 5), QStringLiteral("IFF"));
        QCOMPARE(lanes.glyph(2, 1), Lanes::Cross);
    }

    void parentsOutsideThePodAreIgnored()
    {
        // 2's parent is not in the list (another pod, or deleted): 2 draws as a first version.
        const Graph g{{"2", {"elsewhere"}}, {"1", {}}};
        Lanes lanes;
        lanes.compute(g.ids, g.parents);
        QCOMPARE(lanes.glyph(0, 0), Lanes::Single);
        QCOMPARE(lanes.glyph(1, 0), Lanes::Single);
    }

    void largeHistoryIsFast()
    {
        // 100,000 versions with a branch every 50 and a merge every 100.
        QList<ObjectId> ids;
        QList<QList<ObjectId>> parents;
        const int n = 100000;
        for (int i = n; i >= 1; --i) {
            ids.append(ObjectId::hash(QByteArray::number(i)));
            QList<ObjectId> ps;
            if (i > 1)
                ps.append(ObjectId::hash(QByteArray::number(i - 1)));
            if (i % 100 == 0 && i > 50)
                ps.append(ObjectId::hash(QByteArray::number(i - 50)));
            parents.append(ps);
        }
        QElapsedTimer timer;
        timer.start();
        Lanes lanes;
        lanes.compute(ids, parents);
        qInfo("lanes for %d versions: %lld ms, %d lanes", n, timer.elapsed(), lanes.maxLanes());
        QCOMPARE(lanes.rowCount(), n);
        QVERIFY(lanes.maxLanes() <= 3);
    }
};

QTEST_MAIN(TestLanes)
#include "tst_lanes.moc"
