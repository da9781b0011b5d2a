#include "jobs/LiveMerge.h"

#include "emulator/Emulator.h"
#include "emulator/EmulatorProbe.h"
#include "jobs/CommitDirectory.h"
#include "jobs/DiffMerge.h"
#include "jobs/GcLock.h"
#include "jobs/HeadValidity.h"
#include "jobs/InstanceConfig.h"
#include "jobs/LiveState.h"
#include "jobs/LocalStackInject.h"
#include "jobs/SecretMarks.h"
#include "jobs/VersionCommit.h"
#include "merge/StateDiff.h"
#include "merge/ThreeWayMerge.h"
#include "state/ResourcePath.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "store/StateTreeReader.h"
#include "util/ErrorText.h"

#include <QCoreApplication>

namespace poddeck {

namespace {

bool isEmpty(const SnapshotFilter &filter)
{
    return filter.services.isEmpty() && filter.regions.isEmpty();
}

// Whether the filter reads `path`. Global resources belong to every region the filter names.
bool covers(const SnapshotFilter &filter, const QString &path)
{
    const QStringList seg = ResourcePath::segments(path);
    if (!filter.services.isEmpty() && !filter.services.contains(seg.value(0)))
        return false;
    const QString region = seg.value(2);
    return filter.regions.isEmpty() || region == QLatin1String("global") || filter.regions.contains(region);
}

// The root of `state` narrowed to what the filter reads: `root` itself when nothing falls outside.
Result<ObjectId> narrowed(ObjectStore &store, const ObjectId &root, const StateMap &state, const SnapshotFilter &filter)
{
    StateMap inside;
    for (auto it = state.cbegin(); it != state.cend(); ++it)
        if (covers(filter, it.key()))
            inside.insert(it.key(), it.value());
    if (inside.size() == state.size())
        return root;
    return StateDiff::temporaryTree(store, inside);
}

QString describeForInstance(const MergeResult &result, int conflict)
{
    const MergeRow &row = result.rows().at(result.conflicts().at(conflict).row);
    switch (result.conflictKind(conflict)) {
    case MergeResult::ConflictKind::ChangedBoth: return ErrorText::tr("changed differently in the instance and the version");
    case MergeResult::ConflictKind::AddedBoth: return ErrorText::tr("added differently in the instance and the version");
    case MergeResult::ConflictKind::ChangedDeleted:
        if (row.containerConflict)
            return row.theirs.isNull() && !row.base.isNull()
                       ? ErrorText::tr("the version deleted it, while the instance changed what it holds")
                       : ErrorText::tr("changed in the instance, but the version deleted what holds it");
        return ErrorText::tr("changed in the instance, deleted in the version");
    case MergeResult::ConflictKind::DeletedChanged:
        if (row.containerConflict)
            return row.ours.isNull() && !row.base.isNull()
                       ? ErrorText::tr("the instance deleted it, while the version changed what it holds")
                       : ErrorText::tr("changed in the version, but the instance deleted what holds it");
        return ErrorText::tr("deleted in the instance, changed in the version");
    }
    return {};
}

} // namespace

QList<MergeConflict> unresolvedLiveConflicts(const MergeResult &result)
{
    QList<MergeConflict> out;
    for (int i = 0; i < result.conflictCount(); ++i) {
        if (result.isResolved(i))
            continue;
        const MergeRow &row = result.rows().at(result.conflicts().at(i).row);
        MergeConflict c{row.path, row.base, row.ours, row.theirs, result.conflictKey(i), describeForInstance(result, i)};
        out.append(c);
    }
    return out;
}

Result<PreparedLiveMerge> prepareLiveMerge(const LiveMergeRequest &request, JobContext &context)
{
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(request.home);
    if (!catalogue)
        return catalogue.error();
    Catalogue &cat = **catalogue;
    PreparedLiveMerge prepared;
    Result<SecretMask> mask = SecretMarks::mask(cat);
    if (!mask)
        return mask.error();
    prepared.mask = *mask;
    Result<Version> version = cat.version(request.ref.pod, request.ref.number);
    if (!version)
        return version.error();
    prepared.version = *version;
    // The live state read now is recorded by applyLiveMerge: gc must wait until then (GcLock.h).
    Result<std::unique_ptr<GcLock>> gcLock = GcLock::acquire(request.home, GcLock::Mode::Shared, context);
    if (!gcLock)
        return gcLock.error();
    prepared.gcLock = std::move(*gcLock);
    prepared.store = std::make_shared<ObjectStore>(request.home);
    ObjectStore &store = *prepared.store;

    Result<StateMap> theirs = flattenStateTree(store, version->root);
    if (!theirs)
        return theirs.error();
    if (isLocalStackNative(*theirs))
        return Error(Error::Code::Unsupported,
                     ErrorText::tr("%1 holds LocalStack's own state, which only LocalStack can load: inject it with "
                                    "another strategy")
                         .arg(request.ref.toString()));

    context.setStage(QCoreApplication::translate("poddeck::Stage", "Contacting %1").arg(request.config.endpoint.toString()));
    Result<EmulatorInfo> info = probeEmulator(request.config);
    if (!info)
        return Error(info.error().code, ErrorText::tr("%1; nothing was changed").arg(info.error().message));
    prepared.emulator = *info;
    if (!info->notice.isEmpty())
        prepared.warnings.append(info->notice);

    // The base: the instance head, when this catalogue knows its version and it still describes the
    // instance. After a restart it does not: what it held is gone, not "deleted on the instance".
    StateMap base;
    if (Result<InstanceHead> head = cat.instanceHead(instanceKey(request.config))) {
        if (Result<Version> hv = cat.versionById(head->pod, head->version)) {
            Result<StateMap> b = flattenStateTree(store, hv->root);
            if (!b)
                return b.error();
            context.setStage(QCoreApplication::translate("poddeck::Stage", "Checking the instance head"));
            const HeadValidity validity = checkHeadValidity(request.config, *info, *head, *b, context.cancelFlag());
            if (!validity.warning.isEmpty())
                prepared.warnings.append(validity.warning);
            if (validity.applies) {
                base = *b;
                prepared.head = *hv;
            } else {
                prepared.twoWayReason = validity.describe(*head);
            }
        }
    }
    prepared.twoWay = !prepared.head;
    if (prepared.twoWay && prepared.twoWayReason.isEmpty())
        prepared.twoWayReason = ErrorText::tr("the instance has no head version in this catalogue");
    if (prepared.twoWay)
        prepared.warnings.append(ErrorText::tr("%1. The merge runs two-way, against the empty state: nothing the "
                                                "version holds is read as deleted on the instance, and whatever the "
                                                "instance and the version hold differently is a conflict")
                                     .arg(prepared.twoWayReason));

    const bool narrow = !isEmpty(request.filter);
    const SnapshotFilter filter = narrow ? request.filter : liveFilterCovering({&*theirs, &base}, request.config.region);
    StateMap live;
    if (!filter.services.isEmpty()) { // both states empty: nothing of the instance takes part
        context.setStage(QCoreApplication::translate("poddeck::Stage", "Reading the instance"));
        Result<LiveState> l = readLiveState(request.config, *info, filter, store, context, &base);
        if (!l)
            return Error(l.error().code, ErrorText::tr("%1; nothing was changed").arg(l.error().message));
        live = l->resources;
        prepared.warnings += l->warnings;
    }
    Result<ObjectId> liveRoot = StateDiff::temporaryTree(store, live);
    if (!liveRoot)
        return liveRoot.error();
    prepared.liveRoot = *liveRoot;

    ObjectId baseRoot = prepared.head ? prepared.head->root : ObjectId(), theirsRoot = version->root;
    if (narrow) {
        Result<ObjectId> b = prepared.head ? narrowed(store, baseRoot, base, filter) : Result<ObjectId>(ObjectId());
        if (!b)
            return b.error();
        Result<ObjectId> t = narrowed(store, theirsRoot, *theirs, filter);
        if (!t)
            return t.error();
        baseRoot = *b;
        theirsRoot = *t;
    }

    // What the merge keeps deleted on the head's word: the head and the version hold it alike, the
    // instance does not. Listed in every preview, so a wrong head never drops things silently.
    for (auto it = base.cbegin(); it != base.cend(); ++it)
        if (!live.contains(it.key()) && theirs->value(it.key()) == it.value() && (!narrow || covers(filter, it.key())))
            prepared.keptDeleted.append(it.key());
    if (!prepared.keptDeleted.isEmpty())
        prepared.warnings.append(
            ErrorText::tr("%n resource(s) will stay deleted: the instance head %1:%2 holds them, the instance does not "
                      "(the head says they were deleted on the instance since), and the version did not change them",
                      nullptr, int(prepared.keptDeleted.size()))
                .arg(prepared.head->pod)
                .arg(prepared.head->number));

    context.setStage(QCoreApplication::translate("poddeck::Stage", "Merging"));
    Result<MergeResult> result = ThreeWayMerge(store).merge(baseRoot, prepared.liveRoot, theirsRoot);
    if (!result)
        return result.error();
    prepared.result = *result;
    return prepared;
}

Result<LiveMergeReport> applyLiveMerge(const LiveMergeRequest &request, const PreparedLiveMerge &prepared,
                                       const QString &message, const QString &author, bool dryRun,
                                       JobContext &context)
{
    if (const int n = prepared.result.unresolvedCount(); n > 0)
        return Error(Error::Code::Conflict,
                     ErrorText::tr("%n unresolved conflict(s); nothing was changed. Resolve them first", nullptr, n));
    if (!prepared.store)
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("the merge was not prepared (no live state): run prepareLiveMerge() first"));
    ObjectStore &store = *prepared.store;
    LiveMergeReport report;

    context.setStage(QCoreApplication::translate("poddeck::Stage", "Writing the merged state"));
    Result<ObjectId> mergedRoot = prepared.result.writeMerged(store);
    if (!mergedRoot)
        return mergedRoot.error();
    Result<StateMap> live = flattenStateTree(store, prepared.liveRoot);
    if (!live)
        return live.error();
    Result<StateMap> merged = flattenStateTree(store, *mergedRoot);
    if (!merged)
        return merged.error();
    report.plan = planChanges(InjectStrategy::DeepMerge, *live, *merged);
    report.plan.twoWay = prepared.twoWay; // prepared.warnings already says what that means
    report.plan.keptDeleted = prepared.keptDeleted;
    // Inject preflight (jobs/InjectPreflight.h): refuse, or skip with consent, what cannot be restored.
    Result<PreflightReport> preflight = preflightInstance(report.plan, request.config, prepared.emulator, store, *live,
                                                          liveFilterCovering({&*live, &*merged}, request.config.region), context);
    if (!preflight)
        return preflight.error();
    report.preflight = *preflight;
    if (!report.preflight.ok()) {
        report.refused = !request.skipUnrestorable && !dryRun;
        if (report.refused)
            return report;
        skipUnrestorable(report.plan, report.preflight);
    }
    if (dryRun)
        return report;
    // Injecting the instance head's own version merges nothing: the instance keeps what it holds and its head.
    const bool upToDate = prepared.head && prepared.head->id == prepared.version.id;

    context.setStage(QCoreApplication::translate("poddeck::Stage", "Applying the changes"), report.plan.steps.size());
    report.apply = Emulator::forInfo(request.config, prepared.emulator)
                       ->apply(report.plan, store, context.cancelFlag(), [&context](qint64 done, qint64) {
        context.advance(done - context.progress().done);
    });
    report.applied = true;
    if (!report.apply.ok() || upToDate) // half applied: the head stays, nothing is recorded; the report says what changed
        return report;

    const Version &theirs = prepared.version;
    Version meta;
    meta.parents = prepared.head ? QList<ObjectId>{prepared.head->id, theirs.id} : QList<ObjectId>{theirs.id};
    meta.message = message.isEmpty()
                       ? QStringLiteral("Merge %1:%2 into %3").arg(theirs.pod).arg(theirs.number).arg(request.config.endpoint.toString())
                       : message;
    meta.author = author.isEmpty() ? defaultAuthor() : author;
    meta.emulatorKind = prepared.emulator.kindName();
    meta.emulatorVersion = prepared.emulator.version;
    const QString endpoint = instanceKey(request.config);
    // commitVersion() picks the parent a commit has; a merge names both of its own.
    Result<Version> recorded = commitVersion(request.home, theirs.pod, endpoint, meta, store, context,
                                             [&](const Version &m) {
                                                 Version withParents = m;
                                                 withParents.parents = meta.parents;
                                                 return writeMergeVersion(store, theirs, *mergedRoot, withParents);
                                             },
                                             prepared.emulator.life);
    if (!recorded)
        return Error(recorded.error().code,
                     ErrorText::tr("the merge was applied to the instance, but recording it failed: %1").arg(recorded.error().message));
    if (Result<std::unique_ptr<Catalogue>> cat = Catalogue::open(request.home))
        (void)(*cat)->recordInstance(endpoint, prepared.emulator.kindName());
    report.recorded = true;
    report.merged = *recorded;
    return report;
}

} // namespace poddeck
