#include "jobs/DiffMerge.h"

#include "jobs/CommitDirectory.h"
#include "jobs/GcLock.h"
#include "jobs/LiveState.h"
#include "jobs/SecretMarks.h"
#include "jobs/VersionCommit.h"
#include "merge/ThreeWayMerge.h"
#include "state/ResourcePath.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"
#include "store/StateTreeReader.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QHash>
#include <QQueue>
#include <QSet>

namespace poddeck {

namespace {

// Shortest distance from `start` to each of its ancestors (itself at 0).
QHash<ObjectId, int> ancestors(const QHash<ObjectId, Version> &graph, const ObjectId &start)
{
    QHash<ObjectId, int> dist{{start, 0}};
    QQueue<ObjectId> queue;
    queue.enqueue(start);
    while (!queue.isEmpty()) {
        const ObjectId id = queue.dequeue();
        const auto it = graph.constFind(id);
        if (it == graph.cend())
            continue;
        for (const ObjectId &p : it->parents)
            if (!dist.contains(p)) {
                dist.insert(p, dist.value(id) + 1);
                queue.enqueue(p);
            }
    }
    return dist;
}

Result<qint64> byteSize(const ObjectStore &store, const ObjectId &id)
{
    if (id.isNull())
        return qint64(0);
    Result<Resource> r = loadResource(store, id);
    if (!r)
        return r.error();
    return r->byteSize();
}

// Counts, bytes and services of the merged state, from ours' and what the merge changed in it: the work
// follows the changes, not the size of the state.
Status describeMerged(const ObjectStore &store, const Version &ours, const ObjectId &root, Version &out)
{
    StateDiff diff(store, DiffOptions{false});
    Result<QList<ResourceChange>> changes = diff.diff(ours.root, root);
    if (!changes)
        return changes.error();
    out.resourceCount = ours.resourceCount;
    out.bytes = ours.bytes;
    for (const ResourceChange &c : std::as_const(*changes)) {
        out.resourceCount += c.kind == ResourceChange::Kind::Added ? 1 : c.kind == ResourceChange::Kind::Removed ? -1 : 0;
        Result<qint64> before = byteSize(store, c.before), after = byteSize(store, c.after);
        if (!before)
            return before.error();
        if (!after)
            return after.error();
        out.bytes += *after - *before;
    }
    Result<TreeObject> top = readTree(store, root);
    if (!top)
        return top.error();
    out.services.clear();
    for (const TreeObject::Entry &e : top->entries)
        if (e.kind == TreeObject::Kind::Tree)
            out.services.append(ResourcePath::decodeSegment(e.name));
    std::sort(out.services.begin(), out.services.end());
    return {};
}

} // namespace

// A "Value" is secret when a SecureString says so beside it; better hidden by mistake than shown.
void flagSecrets(const ObjectStore &store, const SecretMask &mask, QList<ResourceChange> &changes)
{
    for (ResourceChange &c : changes) {
        std::optional<QList<QJsonObject>> documents;
        for (AttributeChange &a : c.attributes) {
            a.secret = mask.isSecret(c.path, QJsonObject(), a.key);
            if (a.secret || a.key.isEmpty() || a.key.last() != QLatin1String("Value"))
                continue;
            if (!documents) {
                documents.emplace();
                for (const ObjectId &id : {c.before, c.after})
                    if (!id.isNull())
                        if (Result<Resource> r = loadResource(store, id))
                            documents->append(r->document);
            }
            a.secret = documents->isEmpty() || std::any_of(documents->cbegin(), documents->cend(), [&](const QJsonObject &d) {
                           return mask.isSecret(c.path, d, a.key);
                       });
        }
    }
}

QJsonValue shownValue(const SecretMask &mask, const ResourceChange &change, const AttributeChange &attribute,
                      const QJsonValue &value)
{
    return attribute.secret ? SecretMask::maskWhole(value) : mask.masked(change.path, QJsonObject(), attribute.key, value);
}

QJsonValue DiffReport::shown(const ResourceChange &change, const AttributeChange &attribute, const QJsonValue &value) const
{
    return shownValue(mask, change, attribute, value);
}

Result<StateRef> StateRef::parse(const QString &text)
{
    StateRef ref;
    if (text == QLatin1String("live")) {
        ref.live = true;
        return ref;
    }
    Result<VersionRef> v = VersionRef::parse(text);
    if (!v)
        return Error(v.error().code, ErrorText::tr("%1, or live for the running instance").arg(v.error().message));
    ref.version = *v;
    return ref;
}

QString StateRef::toString() const
{
    return live ? QStringLiteral("live") : version.toString();
}

int DiffReport::count(ResourceChange::Kind kind) const
{
    int n = 0;
    for (const ResourceChange &c : changes)
        n += c.kind == kind;
    return n;
}

Result<DiffReport> diffVersions(const DiffRequest &request, JobContext &context)
{
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(request.home);
    if (!catalogue)
        return catalogue.error();
    ObjectStore store(request.home); // the live tree and resources stay unflushed: gone with the store
    DiffReport report;
    report.from.ref = request.from;
    report.to.ref = request.to;
    std::optional<ObjectId> liveRoot;
    for (DiffReport::Side *side : {&report.from, &report.to}) {
        if (!side->ref.live) {
            Result<Version> v = (*catalogue)->version(side->ref.version.pod, side->ref.version.number);
            if (!v)
                return v.error();
            side->version = *v;
            side->root = v->root;
            continue;
        }
        if (!liveRoot) {
            Result<LiveState> live = snapshotLive(request.config, request.filter, store, context, &report.emulator);
            if (!live)
                return live.error();
            report.warnings += live->warnings;
            Result<ObjectId> root = StateDiff::temporaryTree(store, live->resources);
            if (!root)
                return root.error();
            liveRoot = *root;
        }
        side->root = *liveRoot;
    }
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Comparing"));
    StateDiff diff(store, DiffOptions{request.details});
    Result<QList<ResourceChange>> changes = diff.diff(report.from.root, report.to.root);
    if (!changes)
        return changes.error();
    report.changes = *changes;
    Result<SecretMask> mask = SecretMarks::mask(**catalogue);
    if (!mask)
        return mask.error();
    report.mask = *mask;
    flagSecrets(store, report.mask, report.changes);
    report.treesRead = diff.treesRead();
    report.resourcesRead = diff.resourcesRead();
    return report;
}

std::optional<Version> mergeBase(const QList<Version> &graph, const ObjectId &a, const ObjectId &b)
{
    QHash<ObjectId, Version> byId;
    for (const Version &v : graph)
        byId.insert(v.id, v);
    const QHash<ObjectId, int> fromA = ancestors(byId, a), fromB = ancestors(byId, b);
    QList<ObjectId> common;
    for (auto it = fromA.cbegin(); it != fromA.cend(); ++it)
        if (fromB.contains(it.key()) && byId.contains(it.key()))
            common.append(it.key());
    // A common ancestor of another common ancestor is never the best base.
    QSet<ObjectId> dominated;
    for (const ObjectId &c : std::as_const(common)) {
        const QHash<ObjectId, int> up = ancestors(byId, c);
        for (auto it = up.cbegin(); it != up.cend(); ++it)
            if (it.key() != c)
                dominated.insert(it.key());
    }
    std::optional<Version> best;
    int bestDistance = 0;
    for (const ObjectId &c : std::as_const(common)) {
        if (dominated.contains(c))
            continue;
        const Version &v = byId[c];
        const int d = fromA.value(c) + fromB.value(c);
        if (!best || d < bestDistance || (d == bestDistance && v.created > best->created)
            || (d == bestDistance && v.created == best->created && v.id < best->id)) {
            best = v;
            bestDistance = d;
        }
    }
    return best;
}

Result<PreparedMerge> prepareMerge(const QString &home, const VersionRef &ours, const VersionRef &theirs, JobContext &context)
{
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    Catalogue &cat = **catalogue;
    PreparedMerge prepared;
    Result<SecretMask> mask = SecretMarks::mask(cat);
    if (!mask)
        return mask.error();
    prepared.mask = *mask;
    Result<Version> o = cat.version(ours.pod, ours.number);
    if (!o)
        return o.error();
    Result<Version> t = cat.version(theirs.pod, theirs.number);
    if (!t)
        return t.error();
    prepared.ours = *o;
    prepared.theirs = *t;
    Result<QList<Version>> graph = cat.versions(ours.pod);
    if (!graph)
        return graph.error();
    if (theirs.pod.compare(ours.pod, Qt::CaseInsensitive) != 0) {
        Result<QList<Version>> other = cat.versions(theirs.pod);
        if (!other)
            return other.error();
        *graph += *other;
    }
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Finding the merge base"));
    prepared.base = mergeBase(*graph, o->id, t->id);
    prepared.upToDate = o->id == t->id || (prepared.base && prepared.base->id == t->id);
    auto store = std::make_shared<ObjectStore>(home);
    prepared.store = store;
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Merging"));
    ThreeWayMerge merge(*store);
    Result<MergeResult> result = merge.merge(prepared.base ? prepared.base->root : ObjectId(), o->root, t->root);
    if (!result)
        return result.error();
    prepared.result = *result;
    prepared.treesRead = merge.treesRead();
    return prepared;
}

MergeSides readMergeSides(const ObjectStore &store, const ObjectId &base, const ObjectId &ours, const ObjectId &theirs)
{
    MergeSides sides;
    for (auto [id, out] : {std::pair{base, &sides.base}, std::pair{ours, &sides.ours}, std::pair{theirs, &sides.theirs}}) {
        if (id.isNull())
            continue;
        Result<Resource> r = loadResource(store, id);
        if (r)
            *out = *r;
        else if (sides.error.isEmpty())
            sides.error = r.error().message;
    }
    return sides;
}

Result<Version> recordMerge(const QString &home, const PreparedMerge &merge, const QString &message,
                            const QString &author, JobContext &context)
{
    if (const int n = merge.result.unresolvedCount(); n > 0)
        return Error(Error::Code::Conflict, ErrorText::tr("%n unresolved conflict(s); nothing was recorded", nullptr, n));
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    // Until the merge is published: gc must not remove what it stores or finds already stored.
    Result<std::unique_ptr<GcLock>> gcLock = GcLock::acquire(home, GcLock::Mode::Shared, context);
    if (!gcLock)
        return gcLock.error();
    ObjectStore store(home);
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Writing the merged state"));
    Result<ObjectId> root = merge.result.writeMerged(store);
    if (!root)
        return root.error();
    Version meta;
    meta.parents = {merge.ours.id, merge.theirs.id};
    meta.message = message.isEmpty() ? QStringLiteral("Merge %1:%2 into %3:%4")
                                           .arg(merge.theirs.pod)
                                           .arg(merge.theirs.number)
                                           .arg(merge.ours.pod)
                                           .arg(merge.ours.number)
                                     : message;
    meta.author = author.isEmpty() ? defaultAuthor() : author;
    meta.emulatorKind = merge.ours.emulatorKind;
    meta.emulatorVersion = merge.ours.emulatorVersion;
    Result<Version> v = writeMergeVersion(store, merge.ours, *root, meta);
    if (!v)
        return v;
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Recording the merge"));
    Result<QList<Version>> published = publishVersions(**catalogue, merge.ours.pod, {*v}, store);
    if (!published)
        return published.error();
    return published->first();
}

Result<Version> writeMergeVersion(ObjectStore &store, const Version &reference, const ObjectId &root, Version meta)
{
    meta.root = root;
    meta.created = QDateTime::currentDateTimeUtc();
    meta.created.setTime(QTime::fromMSecsSinceStartOfDay(meta.created.time().msecsSinceStartOfDay()));
    if (Status st = describeMerged(store, reference, root, meta); !st)
        return st.error();
    Result<ObjectId> id = store.put(meta.toObjectBytes());
    if (!id)
        return id.error();
    meta.id = *id;
    return meta;
}

Result<MergeReport> mergeVersions(const MergeRequest &request, JobContext &context)
{
    Result<PreparedMerge> prepared = prepareMerge(request.home, request.ours, request.theirs, context);
    if (!prepared)
        return prepared.error();
    MergeReport report;
    report.merge = *prepared;
    if (report.merge.upToDate)
        return report;
    MergeResult &result = report.merge.result;
    if (request.autoSolve)
        result.autoSolve();
    if (request.prefer != Prefer::None)
        result.resolveAll(request.prefer == Prefer::Ours ? MergeSide::Ours : MergeSide::Theirs);
    if (result.unresolvedCount() > 0)
        return report;
    Result<Version> v = recordMerge(request.home, report.merge, request.message, request.author, context);
    if (!v)
        return v.error();
    report.recorded = true;
    report.version = *v;
    return report;
}

} // namespace poddeck
