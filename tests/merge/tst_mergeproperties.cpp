#include "StateFixture.h"
#include "merge/StateDiff.h"
#include "merge/ThreeWayMerge.h"
#include "state/ResourcePath.h"
#include "store/StateTreeReader.h"
#include "support/TestHome.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

// Properties over random small states: merging with an unchanged side gives the other side, merging two
// equal sides gives that side, and swapping ours and theirs gives the same conflicts. The diff agrees
// with the naive flatten-and-compare.
class TestMergeProperties : public QObject
{
    Q_OBJECT

    static constexpr int Rounds = 80;

    static QStringList universe()
    {
        QStringList paths;
        for (const char *svc : {"sqs", "s3"})
            for (const char *type : {"queue", "bucket"})
                for (int i = 0; i < 4; ++i) {
                    const QString parent = ResourcePath::make(svc, "000000000000", "us-east-1", type, QStringLiteral("r%1").arg(i));
                    paths.append(parent);
                    if (i < 2)
                        for (int c = 0; c < 3; ++c)
                            paths.append(ResourcePath::child(parent, "object", QStringLiteral("k%1").arg(c)));
                }
        return paths;
    }

    static QJsonObject randomDocument(QRandomGenerator &rng)
    {
        QJsonObject doc;
        for (const char *key : {"A", "B", "C"})
            if (rng.bounded(3) != 0)
                doc.insert(key, rng.bounded(3));
        if (rng.bounded(2)) {
            QJsonObject nested;
            for (const char *key : {"X", "Y"})
                if (rng.bounded(2))
                    nested.insert(key, QStringLiteral("v%1").arg(rng.bounded(3)));
            doc.insert("Nested", nested);
        }
        if (rng.bounded(3) == 0)
            doc.insert("@attachments", QJsonObject{{"body", QStringLiteral("body %1").arg(rng.bounded(3))}});
        return doc;
    }

    static QJsonObject randomState(QRandomGenerator &rng)
    {
        QJsonObject state;
        for (const QString &p : universe())
            if (rng.bounded(2))
                state.insert(p, randomDocument(rng));
        return state;
    }

    // A few changes: deletions, additions and edits of single attributes.
    static QJsonObject mutate(const QJsonObject &state, QRandomGenerator &rng)
    {
        QJsonObject out = state;
        const QStringList paths = universe();
        const int changes = 2 + rng.bounded(5);
        for (int i = 0; i < changes; ++i) {
            const QString p = paths[rng.bounded(int(paths.size()))];
            if (!out.contains(p)) {
                out.insert(p, randomDocument(rng));
            } else if (rng.bounded(4) == 0) {
                out.remove(p);
            } else {
                QJsonObject doc = out.value(p).toObject();
                const char *keys[] = {"A", "B", "C"};
                const char *key = keys[rng.bounded(3)];
                if (rng.bounded(3) == 0)
                    doc.remove(key);
                else
                    doc.insert(key, 10 + rng.bounded(3));
                if (rng.bounded(4) == 0)
                    doc.insert("Nested", QJsonObject{{"X", QStringLiteral("n%1").arg(rng.bounded(3))}});
                out.insert(p, doc);
            }
        }
        return out;
    }

    static QStringList conflicts(const MergeResult &m, bool swapSides)
    {
        QStringList out;
        for (int i = 0; i < m.conflictCount(); ++i) {
            MergeResult::ConflictKind k = m.conflictKind(i);
            if (swapSides && k == MergeResult::ConflictKind::ChangedDeleted)
                k = MergeResult::ConflictKind::DeletedChanged;
            else if (swapSides && k == MergeResult::ConflictKind::DeletedChanged)
                k = MergeResult::ConflictKind::ChangedDeleted;
            out.append(m.conflictPath(i) + QLatin1Char(' ') + m.conflictKey(i) + QLatin1Char(' ') + MergeResult::conflictKindName(k));
        }
        out.sort();
        return out;
    }

    static ObjectId merged(ObjectStore &store, const ObjectId &b, const ObjectId &o, const ObjectId &t)
    {
        Result<MergeResult> m = ThreeWayMerge(store).merge(b, o, t);
        if (!m || m->conflictCount() != 0)
            return {};
        Result<ObjectId> root = m->writeMerged(store);
        return root ? *root : ObjectId();
    }

private Q_SLOTS:
    void mergeWithAnUnchangedOrEqualSide()
    {
        TestHome home;
        ObjectStore store(home.path());
        QRandomGenerator rng(20240501);
        for (int round = 0; round < Rounds; ++round) {
            const QJsonObject bs = randomState(rng);
            const ObjectId b = buildState(store, bs), x = buildState(store, mutate(bs, rng)), y = buildState(store, mutate(bs, rng));
            QCOMPARE(merged(store, b, x, b), x);
            QCOMPARE(merged(store, b, b, y), y);
            QCOMPARE(merged(store, b, x, x), x);
            // The same holds against an unrelated base.
            const ObjectId other = buildState(store, randomState(rng));
            QCOMPARE(merged(store, other, x, x), x);
        }
    }

    void conflictsAreSymmetric()
    {
        TestHome home;
        ObjectStore store(home.path());
        QRandomGenerator rng(777);
        int withConflicts = 0, clean = 0;
        for (int round = 0; round < Rounds; ++round) {
            const QJsonObject bs = randomState(rng);
            const ObjectId b = buildState(store, bs), x = buildState(store, mutate(bs, rng)), y = buildState(store, mutate(bs, rng));
            Result<MergeResult> xy = ThreeWayMerge(store).merge(b, x, y);
            Result<MergeResult> yx = ThreeWayMerge(store).merge(b, y, x);
            QVERIFY(xy && yx);
            QCOMPARE(conflicts(*xy, false), conflicts(*yx, true));
            // Taking ours on one side is taking theirs on the other: the same state either way.
            (xy->conflictCount() ? withConflicts : clean)++;
            xy->resolveAll(MergeSide::Ours);
            yx->resolveAll(MergeSide::Theirs);
            Result<ObjectId> a = xy->writeMerged(store), c = yx->writeMerged(store);
            QVERIFY(a && c);
            QCOMPARE(*a, *c);
        }
        QVERIFY2(withConflicts > 5 && clean > 5, qPrintable(QStringLiteral("%1 with conflicts, %2 clean").arg(withConflicts).arg(clean)));
    }

    // One side deletes a container (a bucket) with everything under it while the other side adds or
    // changes what it holds: whichever side the conflicts take, a result without the container holds
    // nothing under it.
    void deletedContainersKeepNothingBelow()
    {
        TestHome home;
        ObjectStore store(home.path());
        QRandomGenerator rng(4242);
        int conflicted = 0;
        for (int round = 0; round < Rounds; ++round) {
            const QJsonObject bs = randomState(rng);
            QStringList containers;
            for (const QString &p : universe())
                if (bs.contains(p) && universe().contains(ResourcePath::child(p, "object", "k0")))
                    containers.append(p);
            if (containers.isEmpty())
                continue;
            const QString container = containers[rng.bounded(int(containers.size()))];
            QJsonObject xs = mutate(bs, rng), ys = mutate(bs, rng);
            if (!ys.contains(container))
                continue;
            for (const QString &p : xs.keys())
                if (p == container || p.startsWith(container + QLatin1Char('/')))
                    xs.remove(p);
            ys.insert(ResourcePath::child(container, "object", "k1"), QJsonObject{{"A", QStringLiteral("new %1").arg(round)}});
            const ObjectId b = buildState(store, bs), x = buildState(store, xs), y = buildState(store, ys);
            for (MergeSide side : {MergeSide::Ours, MergeSide::Theirs}) {
                Result<MergeResult> m = ThreeWayMerge(store).merge(b, x, y);
                QVERIFY(m);
                QVERIFY(m->rowIndex(container) >= 0);
                QVERIFY2(m->conflictCount() > 0, qPrintable(container));
                conflicted += side == MergeSide::Ours;
                m->resolveAll(side);
                Result<ObjectId> root = m->writeMerged(store);
                QVERIFY(root);
                const QMap<QString, ObjectId> merged = *flattenStateTree(store, *root);
                if (merged.contains(container))
                    continue;
                for (auto it = merged.cbegin(); it != merged.cend(); ++it)
                    QVERIFY2(!it.key().startsWith(container + QLatin1Char('/')), qPrintable(it.key()));
            }
        }
        QVERIFY(conflicted > 10);
    }

    void diffAgreesWithFlattenAndCompare()
    {
        TestHome home;
        ObjectStore store(home.path());
        QRandomGenerator rng(99);
        for (int round = 0; round < Rounds; ++round) {
            const QJsonObject bs = randomState(rng);
            const ObjectId a = buildState(store, bs), b = buildState(store, rng.bounded(5) ? mutate(bs, rng) : randomState(rng));
            Result<QList<ResourceChange>> changes = StateDiff(store).diff(a, b);
            QVERIFY(changes);
            QStringList got, want;
            for (const ResourceChange &c : std::as_const(*changes))
                got.append(ResourceChange::kindName(c.kind) + QLatin1Char(' ') + c.path);
            const QMap<QString, ObjectId> fa = *flattenStateTree(store, a), fb = *flattenStateTree(store, b);
            for (auto it = fa.cbegin(); it != fa.cend(); ++it)
                if (!fb.contains(it.key()))
                    want.append("removed " + it.key());
                else if (fb.value(it.key()) != it.value())
                    want.append("modified " + it.key());
            for (auto it = fb.cbegin(); it != fb.cend(); ++it)
                if (!fa.contains(it.key()))
                    want.append("added " + it.key());
            got.sort();
            want.sort();
            QCOMPARE(got, want);
        }
    }
};

QTEST_GUILESS_MAIN(TestMergeProperties)
#include "tst_mergeproperties.moc"
