#pragma once

#include "aws/AwsConfig.h"
#include "emulator/EmulatorInfo.h"
#include "emulator/PlanApplier.h"
#include "jobs/JobContext.h"
#include "jobs/VersionRef.h"
#include "merge/InjectPlan.h"
#include "state/Version.h"
#include "util/Result.h"

namespace poddeck {

struct InjectRequest
{
    QString home;
    VersionRef ref;
    InjectStrategy strategy = InjectStrategy::AccountRegionMerge;
    Prefer prefer = Prefer::None;
    bool dryRun = false;
    AwsConfig config;
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
};

// Computes the plan that brings the version into the instance under the strategy and applies it in
// dependency order; the instance head becomes the version. deep-merge is the live three-way merge
// (LiveMerge.h) resolved by autoSolve() and --prefer: conflicts left without --prefer stop before
// anything changes (plan.conflicts lists them); the merge is recorded and becomes the head (report.merge).
// Errors before applying are returned as errors; a failure while applying comes back in report.apply
// with what had been applied.
Result<InjectReport> injectVersion(const InjectRequest &request, JobContext &context);

} // namespace poddeck
