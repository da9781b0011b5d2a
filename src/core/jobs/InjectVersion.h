#pragma once

#include "aws/AwsConfig.h"
#include "emulator/EmulatorInfo.h"
#include "emulator/PlanApplier.h"
#include "jobs/InjectPreflight.h"
#include "jobs/JobContext.h"
#include "jobs/PlanDetails.h"
#include "jobs/VersionRef.h"
#include "merge/InjectPlan.h"
#include "state/Version.h"
#include "util/Result.h"

#include <optional>

namespace poddeck {

struct InjectRequest
{
    QString home;
    VersionRef ref;
    InjectStrategy strategy = InjectStrategy::AccountRegionMerge;
    Prefer prefer = Prefer::None;
    bool dryRun = false;
    AwsConfig config;
    int waitForEndpointSeconds = 0; // > 0: wait up to this long for the emulator to answer first
    // Apply what can be restored and skip what cannot (and what depends on it); else such items refuse
    // the whole inject before anything changes (report.refused).
    bool skipUnrestorable = false;
    // overwrite: commit the instance to pod "autosave" first (Autosave.h) when it holds anything.
    bool autosave = true;
    // dryRun: also describe each step attribute by attribute (report.details; not for deep-merge, whose
    // review is the merge editor). Up to MaxDetailedSteps steps.
    bool details = false;
    static constexpr int MaxDetailedSteps = 2000;
};

struct InjectReport
{
    Version version;
    EmulatorInfo emulator;
    InjectPlan plan;
    ApplyReport apply;   // what was applied; apply.error says what failed
    bool applied = false; // false for --dry-run and when conflicts stopped it
    bool native = false;  // LocalStack's state API loaded the version
    QStringList nativeMessages;
    // deep-merge: the merge version recorded in the version's pod (parents: the old head and the version),
    // now the instance head. Null id when nothing was recorded.
    Version merge;
    // Preflight (InjectPreflight.h): what cannot be restored. refused: nothing changed because of it;
    // else, with skipUnrestorable, these items were skipped.
    PreflightReport preflight;
    bool refused = false;
    std::optional<Version> autosave; // the safety version taken before an overwrite
    std::optional<PlanDetails> details; // request.details
    // Steps of the plan that were not applied (after a failure part-way), in plan order.
    QList<PlanStep> notApplied() const;
    QString name() const { return QStringLiteral("%1:%2").arg(version.pod).arg(version.number); }
};

// Computes the plan that brings the version into the instance under the strategy and applies it in
// dependency order; the instance head becomes the version. deep-merge is the live three-way merge
// (LiveMerge.h) resolved by autoSolve() and --prefer: conflicts left without --prefer stop before
// anything changes (plan.conflicts lists them); the merge is recorded and becomes the head (report.merge).
// Every strategy is checked first (preflight): what cannot be restored refuses the inject before anything
// changes (report.refused, report.preflight lists why), unless request.skipUnrestorable skips it.
// overwrite autosaves a non-empty instance first (report.autosave). Errors before applying are returned
// as errors; a failure while applying comes back in report.apply with what had been applied, and the
// instance is marked modified in the catalogue (its head no longer describes it).
Result<InjectReport> injectVersion(const InjectRequest &request, JobContext &context);

// What an applied inject leaves in the catalogue (injectVersion and the GUI's reviewed deep-merge call
// it): `newHead` (null id: unchanged) becomes the instance head on success; a failure part-way marks the
// instance modified ("inject of shop:3 failed") and so do skipped items.
Status recordInjectOutcome(const QString &home, const AwsConfig &config, const Version &version, const ApplyReport &apply,
                           const PreflightReport &preflight, const Version &newHead = Version(),
                           const QString &life = QString());

} // namespace poddeck
