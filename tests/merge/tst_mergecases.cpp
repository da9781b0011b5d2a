#include "StateFixture.h"
#include "merge/StateDiff.h"
#include "merge/ThreeWayMerge.h"
#include "support/TestHome.h"

#include <QDir>
#include <QJsonArray>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

// Every case under tests/data/merge: build base, ours and theirs with StateBuilder, merge, check the
// conflicts, resolve them as the case says and compare with the expected state.
class TestMergeCases : public QObject
{
    Q_OBJECT

    static QStringList conflictList(const MergeResult &m)
    {
        QStringList out;
        for (int i = 0; i < m.conflictCount(); ++i)
            out.append(QStringLiteral("%1 %2 %3").arg(m.conflictPath(i), m.conflictKey(i),
                                                      MergeResult::conflictKindName(m.conflictKind(i))));
        out.sort();
        return out;
    }

    static QStringList swapKinds(QStringList list)
    {
        for (QString &s : list) {
            if (s.endsWith(QLatin1String("changed-deleted")))
                s.replace(QLatin1String("changed-deleted"), QLatin1String("deleted-changed"));
            else if (s.endsWith(QLatin1String("deleted-changed")))
                s.replace(QLatin1String("deleted-changed"), QLatin1String("changed-deleted"));
        }
        list.sort();
        return list;
    }

    static QString describeDifference(const ObjectStore &store, const ObjectId &got, const ObjectId &want)
    {
        StateDiff diff(store);
        Result<QList<ResourceChange>> changes = diff.diff(want, got);
        if (!changes)
            return changes.error().message;
        QStringList lines;
        for (const ResourceChange &c : std::as_const(*changes)) {
            lines.append(QStringLiteral("%1 %2").arg(ResourceChange::kindName(c.kind), c.path));
            for (const AttributeChange &a : c.attributes)
                lines.append(QStringLiteral("    %1: %2 -> %3").arg(a.keyText(), jsonValueText(a.before), jsonValueText(a.after)));
            for (const AttachmentChange &a : c.attachments)
                lines.append(QStringLiteral("    attachment %1 changed").arg(a.name));
        }
        return QStringLiteral("merged state differs from expected (as a diff expected -> merged):\n") + lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(testData(QStringLiteral("merge")));
        const QStringList dirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(dirs.size() >= 8, "tests/data/merge should hold at least 8 cases");
        for (const QString &d : dirs)
            QTest::newRow(qPrintable(d)) << root.filePath(d);
    }

    void cases()
    {
        QFETCH(QString, dir);
        TestHome home;
        ObjectStore store(home.path());
        ObjectId roots[4];
        const char *names[4] = {"base", "ours", "theirs", "expected"};
        for (int i = 0; i < 4; ++i) {
            bool ok = false;
            const QJsonDocument doc = readJsonFile(dir + QLatin1Char('/') + QLatin1String(names[i]) + QLatin1String(".json"), &ok);
            QVERIFY2(ok && doc.isObject(), names[i]);
            roots[i] = buildState(store, doc.object());
            QVERIFY(!roots[i].isNull());
        }
        QStringList wantConflicts;
        QString resolveWith;
        if (QFile::exists(dir + QLatin1String("/conflicts.json"))) {
            bool ok = false;
            const QJsonObject spec = readJsonFile(dir + QLatin1String("/conflicts.json"), &ok).object();
            QVERIFY(ok);
            for (const QJsonValue &c : spec.value(QLatin1String("conflicts")).toArray()) {
                const QJsonObject o = c.toObject();
                wantConflicts.append(QStringLiteral("%1 %2 %3").arg(o.value("path").toString(), o.value("key").toString(),
                                                                    o.value("kind").toString()));
            }
            wantConflicts.sort();
            resolveWith = spec.value(QLatin1String("resolveWith")).toString();
        }

        ThreeWayMerge merge(store);
        Result<MergeResult> result = merge.merge(roots[0], roots[1], roots[2]);
        QVERIFY2(result, qPrintable(result.error().message));
        QCOMPARE(conflictList(*result), wantConflicts);
        QCOMPARE(result->unresolvedCount(), int(wantConflicts.size()));

        // The same merge seen from the other side has the same conflicts (sides of a deletion swap).
        Result<MergeResult> swapped = ThreeWayMerge(store).merge(roots[0], roots[2], roots[1]);
        QVERIFY(swapped);
        QCOMPARE(swapKinds(conflictList(*swapped)), wantConflicts);

        if (!wantConflicts.isEmpty()) {
            QVERIFY(!result->writeMerged(store)); // refuses while conflicts remain
            const MergeSide side = resolveWith == QLatin1String("theirs") ? MergeSide::Theirs
                                   : resolveWith == QLatin1String("base") ? MergeSide::Base
                                                                          : MergeSide::Ours;
            QCOMPARE(result->resolveAll(side), int(wantConflicts.size()));
            QCOMPARE(result->unresolvedCount(), 0);
            QCOMPARE(result->nextUnresolved(), -1);
            // Resolving the swapped merge with the opposite side gives the same state.
            const MergeSide opposite = side == MergeSide::Ours ? MergeSide::Theirs : side == MergeSide::Theirs ? MergeSide::Ours : side;
            swapped->resolveAll(opposite);
        }
        Result<ObjectId> merged = result->writeMerged(store);
        QVERIFY2(merged, qPrintable(merged.error().message));
        QVERIFY2(*merged == roots[3], qPrintable(describeDifference(store, *merged, roots[3])));
        Result<ObjectId> mergedSwapped = swapped->writeMerged(store);
        QVERIFY(mergedSwapped);
        QVERIFY2(*mergedSwapped == roots[3], qPrintable(describeDifference(store, *mergedSwapped, roots[3])));
    }
};

QTEST_GUILESS_MAIN(TestMergeCases)
#include "tst_mergecases.moc"
