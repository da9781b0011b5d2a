#include "jobs/InjectVersion.h"

#include "jobs/SecretMarks.h"

#include "emulator/AdapterRegistry.h"
#include "emulator/AwsApiSnapshot.h"
#include "emulator/Emulator.h"
#include "emulator/EmulatorProbe.h"
#include "jobs/Autosave.h"
#include "jobs/InstanceConfig.h"
#include "jobs/LiveMerge.h"
#include "jobs/LiveState.h"
#include "jobs/LocalStackInject.h"
#include "state/ResourcePath.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "store/StateTreeReader.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>

namespace poddeck {

namespace {

// After a failure part-way the head no longer describes the instance: keep it (the base of later
// merges) but mark the instance modified. Without a head, the version being injected becomes one, marked.
void markModified(Catalogue &cat, const QString &endpoint, const Version &version, const QString &note,
                  const QString &life)
{
    if (!cat.instanceHead(endpoint))
        (void)cat.setInstanceHead(endpoint, version.pod, version.id, life);
    (void)cat.markInstanceModified(endpoint, note);
}

// deep-merge: the live three-way merge, resolved by rule (sets, then --prefer) instead of the merge editor.
Result<InjectReport> injectDeepMerge(const InjectRequest &request, InjectReport report, JobContext &context)
{
    LiveMergeRequest merge{request.home, request.ref, request.config, {}};
    merge.skipUnrestorable = request.skipUnrestorable;
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
    report.preflight = applied->preflight;
    report.refused = applied->refused;
    if (applied->recorded)
        report.merge = applied->merged;
    // applyLiveMerge recorded the merge as the head; what is left is the modified mark.
    if (report.applied)
        if (Status st = recordInjectOutcome(request.home, request.config, report.version, report.apply, report.preflight,
                                            Version(), prepared->emulator.life); !st)
            return st.error();
    return report;
}

} // namespace

Status recordInjectOutcome(const QString &home, const AwsConfig &config, const Version &version, const ApplyReport &apply,
                           const PreflightReport &preflight, const Version &newHead, const QString &life)
{
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    Catalogue &cat = **catalogue;
    const QString endpoint = instanceKey(config);
    const QString name = QStringLiteral("%1:%2").arg(version.pod).arg(version.number);
    if (!apply.ok()) {
        markModified(cat, endpoint, version, QStringLiteral("inject of %1 failed").arg(name), life);
        return {};
    }
    if (!newHead.id.isNull())
        if (Status st = cat.setInstanceHead(endpoint, newHead.pod, newHead.id, life); !st)
            return st;
    if (!preflight.ok())
        markModified(cat, endpoint, version, QStringLiteral("inject of %1 skipped %2 resources").arg(name).arg(preflight.all().size()),
                     life);
    return {};
}

Result<InjectReport> injectVersion(const InjectRequest &request, JobContext &context)
{
    if (Status st = waitForEndpoint(request.config, request.waitForEndpointSeconds, context); !st)
        return Error(st.error().code, ErrorText::tr("%1; nothing was changed").arg(st.error().message));
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

    context.setStage(QCoreApplication::translate("poddeck::Stage", "Contacting %1").arg(request.config.endpoint.toString()));
    Result<std::unique_ptr<Emulator>> opened = Emulator::open(request.config);
    if (!opened)
        return Error(opened.error().code, ErrorText::tr("%1; nothing was changed").arg(opened.error().message));
    const Emulator &emulator = **opened;
    const EmulatorCapabilities can = emulator.capabilities();
    EmulatorInfo info = emulator.info(); // its life changes with a reset below
    report.emulator = info;
    const QString endpoint = instanceKey(request.config);

    auto autosave = [&]() -> Status {
        if (request.strategy != InjectStrategy::Overwrite || !request.autosave || request.dryRun)
            return {};
        context.setStage(QCoreApplication::translate("poddeck::Stage", "Saving the instance to pod %1").arg(Autosave::Pod));
        Result<std::optional<Version>> saved = Autosave::save(request.home, request.config,
                                                              QStringLiteral("overwrite with %1").arg(report.name()), {}, context);
        if (!saved)
            return Error(saved.error().code, ErrorText::tr("%1; nothing was changed (--no-autosave overwrites without one)")
                                                 .arg(saved.error().message));
        report.autosave = *saved;
        return {};
    };

    // LocalStack's own state goes through its state API where that answers; elsewhere the preflight
    // below refuses it (or skips it with consent) like anything else that cannot be restored.
    if (native && can.nativeState) {
        if (Status st = autosave(); !st)
            return st.error();
        if (Status st = injectLocalStackNative(request, emulator, store, report, context); !st)
            return st.error();
        if (request.dryRun)
            return report;
        if (Status st = recordInjectOutcome(request.home, request.config, *version, report.apply, report.preflight, *version, info.life); !st)
            return st.error();
        (void)cat.recordInstance(endpoint, info.kindName());
        return report;
    }
    StateMap live;
    SnapshotFilter covered;
    if (!(request.strategy == InjectStrategy::Overwrite && can.reset)) {
        context.setStage(QCoreApplication::translate("poddeck::Stage", "Reading the instance"));
        // The live state of the services and regions the plan can touch (those PodDeck can read).
        covered = liveFilterCovering({&*target}, request.config.region);
        covered.services.removeIf([](const QString &s) { return !adapterFor(s); });
        if (!covered.services.isEmpty()) {
            Result<LiveState> l = readLiveState(request.config, info, covered, store, context);
            if (!l)
                return Error(l.error().code, ErrorText::tr("%1; nothing was changed").arg(l.error().message));
            live = l->resources;
        }
    }
    report.plan = planInject(request.strategy, live, *target, nullptr, request.prefer, can.reset);
    if (request.dryRun && request.details) {
        Result<SecretMask> mask = SecretMarks::mask(cat); // the catalogue this inject already holds open
        if (!mask)
            return mask.error();
        Result<PlanDetails> details = describePlan(report.plan, store, *mask, InjectRequest::MaxDetailedSteps);
        if (!details)
            return details.error();
        report.details = std::move(details).value();
    }

    Result<PreflightReport> preflight = preflightInstance(report.plan, request.config, info, store, live, covered, context);
    if (!preflight)
        return preflight.error();
    report.preflight = *preflight;
    if (!report.preflight.ok()) {
        if (!request.skipUnrestorable) {
            report.refused = !request.dryRun;
            return report;
        }
        skipUnrestorable(report.plan, report.preflight);
    }
    if (request.dryRun)
        return report;

    if (Status st = autosave(); !st)
        return st.error();
    if (report.plan.resetFirst) {
        context.setStage(QCoreApplication::translate("poddeck::Stage", "Resetting the instance"));
        if (Status st = emulator.reset({}, store, context.cancelFlag()); !st)
            return Error(st.error().code, ErrorText::tr("reset before loading failed: %1; nothing was loaded").arg(st.error().message));
        // A reset starts a new life of the state (PodDeck's moto entry point picks a new boot id): the head
        // recorded below belongs to the new one.
        if (Result<EmulatorInfo> after = probeEmulator(request.config))
            info.life = after->life;
    }
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Applying the changes"), report.plan.steps.size());
    report.apply = emulator.apply(report.plan, store, context.cancelFlag(), [&context](qint64 done, qint64) {
        context.advance(done - context.progress().done);
    });
    report.applied = true;
    if (Status st = recordInjectOutcome(request.home, request.config, *version, report.apply, report.preflight, *version, info.life); !st)
        return st.error();
    (void)cat.recordInstance(endpoint, info.kindName());
    return report;
}

QList<PlanStep> InjectReport::notApplied() const
{
    QSet<QString> done;
    for (const ApplyReport::Item &i : apply.applied)
        done.insert(i.path);
    QList<PlanStep> out;
    for (const PlanStep &s : plan.steps)
        if (!done.contains(s.path))
            out.append(s);
    return out;
}

} // namespace poddeck
