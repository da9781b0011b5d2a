// Diff and three-way merge of two 100,000-resource states that differ in 1,000 resources: the Merkle
// walk (StateDiff, ThreeWayMerge) beside the naive way (flatten both states to path -> id maps and
// compare them, then write the merged map as a whole new tree). Prints the median of a few runs.
//
// Usage: diff_merge_bench [--resources N] [--changes N] [--runs N]
#include "merge/DocumentDiff.h"
#include "merge/StateDiff.h"
#include "merge/ThreeWayMerge.h"
#include "state/ResourcePath.h"
#include "store/ObjectStore.h"
#include "store/StateBuilder.h"
#include "store/StateTreeReader.h"
#include "store/StateTreeWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using namespace poddeck;

namespace {

using State = QMap<QString, QJsonObject>;
const QString Account = QStringLiteral("000000000000");

// About the shape of a busy emulator: buckets full of objects, tables full of items, queues, parameters.
State generate(int total)
{
    State s;
    const QStringList regions{QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")};
    const int perRegion = total / 2;
    for (const QString &region : regions) {
        const int containers = 50, children = qMax(1, perRegion * 4 / 10 / containers - 1);
        for (int b = 0; b < containers; ++b) {
            const QString bucket = ResourcePath::make("s3", Account, region, "bucket", QStringLiteral("bucket-%1").arg(b));
            s.insert(bucket, {{"Name", QStringLiteral("bucket-%1").arg(b)}, {"Versioning", "Disabled"}});
            for (int o = 0; o < children; ++o)
                s.insert(ResourcePath::child(bucket, "object", QStringLiteral("data/%1.json").arg(o)),
                         {{"Key", QStringLiteral("data/%1.json").arg(o)}, {"ContentType", "application/json"}, {"Size", o * 17}});
            const QString table = ResourcePath::make("dynamodb", Account, region, "table", QStringLiteral("table-%1").arg(b));
            s.insert(table, {{"TableName", QStringLiteral("table-%1").arg(b)}, {"BillingMode", "PAY_PER_REQUEST"}});
            for (int i = 0; i < children; ++i)
                s.insert(ResourcePath::child(table, "item", QStringLiteral("pk-%1").arg(i)),
                         {{"Item", QJsonObject{{"pk", QJsonObject{{"S", QStringLiteral("pk-%1").arg(i)}}},
                                               {"count", QJsonObject{{"N", QString::number(i)}}}}}});
        }
        int rest = perRegion - 2 * containers * (children + 1);
        for (int q = 0; rest > 0; ++q, --rest) {
            const bool queue = q % 2 == 0;
            s.insert(ResourcePath::make(queue ? "sqs" : "ssm", Account, region, queue ? "queue" : "parameter",
                                        QStringLiteral("name-%1").arg(q)),
                     queue ? QJsonObject{{"QueueName", QStringLiteral("name-%1").arg(q)},
                                         {"Attributes", QJsonObject{{"VisibilityTimeout", "30"}, {"DelaySeconds", "0"}}}}
                           : QJsonObject{{"Name", QStringLiteral("/app/name-%1").arg(q)}, {"Value", "v"}});
        }
    }
    return s;
}

// `count` changes among `pool` paths: 60% attribute edits, 20% removals, 20% additions next to them.
State change(const State &from, const QStringList &pool, int count, const QString &tag)
{
    State s = from;
    for (int i = 0; i < count && i < pool.size(); ++i) {
        const QString &p = pool[i];
        switch (i % 5) {
        case 0: s.remove(p); break;
        case 1: s.insert(p.section('/', 0, -2) + "/added-" + tag + QString::number(i), {{"Added", tag}}); break;
        default: {
            QJsonObject doc = s.value(p);
            doc.insert("Edited" + tag, i);
            s.insert(p, doc);
        }
        }
    }
    return s;
}

ObjectId build(ObjectStore &store, const State &state)
{
    StateBuilder builder(store);
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        Resource r;
        r.path = it.key();
        r.document = it.value();
        if (Status st = builder.add(r); !st)
            qFatal("%s", qPrintable(st.error().message));
    }
    return builder.finish(Version())->root;
}

Resource load(const ObjectStore &store, const ObjectId &id)
{
    Resource r;
    Resource::fromObjectBytes(*store.get(id), &r);
    return r;
}

// The naive diff: both whole states as maps, compared key by key.
int naiveDiff(const ObjectStore &store, const ObjectId &a, const ObjectId &b, bool details)
{
    const QMap<QString, ObjectId> fa = *flattenStateTree(store, a), fb = *flattenStateTree(store, b);
    int changes = 0;
    for (auto it = fa.cbegin(); it != fa.cend(); ++it) {
        const auto other = fb.constFind(it.key());
        if (other == fb.cend()) {
            ++changes;
        } else if (other.value() != it.value()) {
            ++changes;
            if (details)
                diffDocuments(load(store, it.value()).document, load(store, other.value()).document);
        }
    }
    for (auto it = fb.cbegin(); it != fb.cend(); ++it)
        changes += !fa.contains(it.key());
    return changes;
}

// The naive merge: three whole maps, resource by resource, then the merged map written as a new tree.
ObjectId naiveMerge(ObjectStore &store, const ObjectId &base, const ObjectId &ours, const ObjectId &theirs)
{
    const QMap<QString, ObjectId> b = *flattenStateTree(store, base), o = *flattenStateTree(store, ours),
                                  t = *flattenStateTree(store, theirs);
    QMap<QString, ObjectId> merged;
    QSet<QString> paths;
    for (const auto *m : {&b, &o, &t})
        for (auto it = m->cbegin(); it != m->cend(); ++it)
            paths.insert(it.key());
    for (const QString &p : std::as_const(paths)) {
        const ObjectId bb = b.value(p), oo = o.value(p), tt = t.value(p);
        const ObjectId pick = oo == tt ? oo : bb == oo ? tt : oo; // (both changed: not in this workload)
        if (!pick.isNull())
            merged.insert(p, pick);
    }
    return *writeStateTree(store, merged);
}

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int total = 100000, changes = 1000, runs = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == "--resources")
            total = args[i + 1].toInt();
        else if (args[i] == "--changes")
            changes = args[i + 1].toInt();
        else if (args[i] == "--runs")
            runs = args[i + 1].toInt();
    }
    QTextStream out(stdout);
    QTemporaryDir home;
    ObjectStore store(home.path());

    QElapsedTimer setup;
    setup.start();
    const State base = generate(total);
    QStringList paths = base.keys();
    std::shuffle(paths.begin(), paths.end(), std::mt19937(42));
    const QStringList poolOurs = paths.mid(0, changes), poolTheirs = paths.mid(changes, changes);
    // Clustered: every change inside a few tables' items (one team working on one service).
    QStringList clustered;
    for (const QString &p : base.keys())
        if (p.startsWith("dynamodb/" + Account + "/us-east-1/table/table-1") && p.contains("/item/"))
            clustered.append(p);
    const State ours = change(base, poolOurs, changes, "O"), theirs = change(base, poolTheirs, changes, "T"),
                local = change(base, clustered, changes, "C");
    const ObjectId baseRoot = build(store, base), oursRoot = build(store, ours), theirsRoot = build(store, theirs),
                   localRoot = build(store, local);
    out << QStringLiteral("states: %1 resources each, %2 changed per side (built in %3 s)\n")
               .arg(base.size())
               .arg(changes)
               .arg(setup.elapsed() / 1000.0, 0, 'f', 1);

    auto row = [&](const QString &what, double fast, double naive, const QString &note) {
        out << QStringLiteral("%1 %2 ms   naive %3 ms   %4x   %5\n")
                   .arg(what, -34)
                   .arg(fast, 8, 'f', 2)
                   .arg(naive, 8, 'f', 2)
                   .arg(naive / fast, 6, 'f', 1)
                   .arg(note);
        out.flush();
    };

    for (auto [name, to] : {std::pair{QStringLiteral("spread out"), oursRoot}, std::pair{QStringLiteral("in a few tables"), localRoot}}) {
        for (const bool details : {false, true}) {
            int found = 0, trees = 0, naiveFound = 0;
            const double fast = medianMs(runs, [&] {
                StateDiff diff(store, DiffOptions{details});
                found = int(diff.diff(baseRoot, to)->size());
                trees = diff.treesRead();
            });
            const double naive = medianMs(runs, [&] { naiveFound = naiveDiff(store, baseRoot, to, details); });
            if (found != naiveFound)
                qFatal("diff found %d changes, the naive way %d", found, naiveFound);
            row(QStringLiteral("diff %1 (%2)").arg(details ? "+attributes" : "paths only", name), fast, naive,
                QStringLiteral("%1 changes, %2 trees read").arg(found).arg(trees));
        }
    }

    ObjectId mergedRoot, naiveRoot;
    int trees = 0, rows = 0;
    const double fast = medianMs(runs, [&] {
        ThreeWayMerge merge(store);
        Result<MergeResult> m = merge.merge(baseRoot, oursRoot, theirsRoot);
        mergedRoot = *m->writeMerged(store);
        trees = merge.treesRead();
        rows = int(m->rows().size());
    });
    const double naive = medianMs(runs, [&] { naiveRoot = naiveMerge(store, baseRoot, oursRoot, theirsRoot); });
    if (mergedRoot != naiveRoot)
        qFatal("the merges disagree");
    row(QStringLiteral("merge + write (spread out)"), fast, naive, QStringLiteral("%1 rows, %2 trees read").arg(rows).arg(trees));
    return 0;
}
