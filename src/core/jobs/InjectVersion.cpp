#include "jobs/InjectVersion.h"

#include "emulator/AwsApiSnapshot.h"
#include "emulator/EmulatorProbe.h"
#include "emulator/InstanceReset.h"
#include "jobs/InstanceConfig.h"
#include "jobs/LiveMerge.h"
#include "jobs/LiveState.h"
#include "jobs/LocalStackInject.h"
#include "state/ResourcePath.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "store/StateTreeReader.h"

#include <QMutex>
#include <QSet>

namespace poddeck {

namespace {

// deep-merge: the live three-way merge, resolved by rule (sets, then --prefer) instead of the merge editor.
Result<InjectReport> injectDeepMerge(const InjectRequest &request, InjectReport report, JobContext &context)
{
    const LiveMergeRequest merge{request.home, request.ref, request.config, {}};
    Result<PreparedLiveMerge> prepared = prepareLiveMerge(merge, context);
    if (!prepared)
        return prepared.error();
    report.emulator = prepared->emulator;
    MergeResult &result = prepared->result;
    result.autoSolve();
    if (request.prefer != Prefer::None) // ours = the live instance, theirs = the version
        result.resolveAll(request.prefer == Prefer::Ours ? MergeSide::Ours : MergeSide::Theirs);
    report.plan.strategy = InjectStrategy::DeepMerge;
    report.plan.twoWay = prepared->twoWay;
    if (result.unresolvedCount() > 0) {
        report.plan.notes = prepared->warnings;
        report.plan.keptDeleted = prepared->keptDeleted;
        report.plan.conflicts = unresolvedLiveConflicts(result);
        return report;
    }
    Result<LiveMergeReport> applied = applyLiveMerge(merge, *prepared, {}, {}, request.dryRun, context);
    if (!applied)
        return applied.error();
    report.plan = applied->plan;
    report.plan.notes = prepared->warnings + report.plan.notes;
    report.apply = applied->apply;
    report.applied = applied->applied;
    if (applied->recorded)
        report.merge = applied->merged;
    return report;
}

} // namespace

Result<InjectReport> injectVersion(const InjectRequest &request, JobContext &context)
{
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(request.home);
    if (!catalogue)
        return catalogue.error();
    Catalogue &cat = **catalogue;
    Result<Version> version = cat.version(request.ref.pod, request.ref.number);
    if (!version)
        return version.error();
    InjectReport report;
    report.version = *version;
    ObjectStore store(request.home);
    Result<StateMap> target = flattenStateTree(store, version->root);
    if (!target)
        return target.error();
    const bool native = isLocalStackNative(*target);
    if (request.strategy == InjectStrategy::DeepMerge && !native)
        return injectDeepMerge(request, report, context);

    context.setStage(QStringLiteral("Contacting %1").arg(request.config.endpoint.toString()));
    Result<EmulatorInfo> info = probeEmulator(request.config);
    if (!info)
        return Error(info.error().code, QStringLiteral("%1; nothing was changed").arg(info.error().message));
    report.emulator = *info;
    const QString endpoint = instanceKey(request.config);

    if (native) {
        if (Status st = injectLocalStackNative(request, *info, store, report, context); !st)
            return st.error();
        if (request.dryRun || !report.apply.ok())
            return report;
    } else {
        const bool canReset = info->kind == EmulatorInfo::Kind::Moto || info->kind == EmulatorInfo::Kind::LocalStack;
        StateMap live;
        if (!(request.strategy == InjectStrategy::Overwrite && canReset)) {
            context.setStage(QStringLiteral("Reading the instance"));
            // The live state of the services and regions the plan can touch.
            const SnapshotFilter filter = liveFilterCovering({&*target}, request.config.region);
            if (!filter.services.isEmpty()) {
                Result<LiveState> l = readLiveState(request.config, info->account, filter, store, context);
                if (!l)
                    return Error(l.error().code, QStringLiteral("%1; nothing was changed").arg(l.error().message));
                live = l->resources;
            }
        }
        report.plan = planInject(request.strategy, live, *target, nullptr, request.prefer, canReset);
        if (request.dryRun)
            return report;
        if (report.plan.resetFirst) {
            context.setStage(QStringLiteral("Resetting the instance"));
            if (Status st = resetInstance(request.config, *info, {}, store, context.cancelFlag()); !st)
                return Error(st.error().code, QStringLiteral("reset before loading failed: %1; nothing was loaded").arg(st.error().message));
        }
        context.setStage(QStringLiteral("Applying %1 changes").arg(report.plan.steps.size()), report.plan.steps.size());
        report.apply = applyPlan(request.config, report.plan, store, context.cancelFlag(), [&context](qint64 done, qint64) {
            context.advance(done - context.progress().done);
        });
        report.applied = true;
        if (!report.apply.ok())
            return report;
    }
    if (Status st = cat.setInstanceHead(endpoint, version->pod, version->id, info->life); !st)
        return st.error();
    (void)cat.recordInstance(endpoint, info->kindName());
    return report;
}

} // namespace poddeck
