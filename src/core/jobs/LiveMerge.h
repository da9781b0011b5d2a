#pragma once

#include "aws/AwsConfig.h"
#include "emulator/AwsApiSnapshot.h"
#include "emulator/EmulatorInfo.h"
#include "emulator/PlanApplier.h"
#include "jobs/InjectPreflight.h"
#include "jobs/JobContext.h"
#include "jobs/VersionRef.h"
#include "merge/InjectPlan.h"
#include "merge/MergeResult.h"
#include "state/SecretMask.h"
#include "state/Version.h"
#include "util/Result.h"

#include <memory>
#include <optional>

namespace poddeck {

class GcLock;
class ObjectStore;

// The reviewed deep-merge inject (DESIGN.md "Inject strategies", issue 5): a three-way merge whose
// base is the instance head's state, ours the live instance and theirs the version being injected,
// resolved attribute by attribute (ThreeWayMerge), then applied as the changes that turn the live
// state into the merged one, and recorded as a version with two parents.
//
// The GUI runs prepareLiveMerge() in a job, lets the user resolve result.conflicts() in the merge
// editor, then runs applyLiveMerge() in another job. The CLI resolves with --prefer instead.
struct LiveMergeRequest
{
    QString home;
    VersionRef ref;        // the version to inject (theirs)
    AwsConfig config;
    // What of the instance is read and merged. Empty: the services and regions the head and the version
    // hold. A filter that names services or regions narrows the whole merge (base and version too), and
    // the recorded merge version then holds what the filter covers.
    SnapshotFilter filter;
    bool skipUnrestorable = false; // inject preflight: skip what cannot be restored instead of refusing
};

struct PreparedLiveMerge
{
    Version version;             // theirs: the version being injected
    std::optional<Version> head; // the instance head (the base); nullopt: no head
    // No usable head (none recorded, not in this catalogue, or no longer applying: the emulator restarted
    // since, see HeadValidity.h): the merge runs against the empty state, so anything both sides hold
    // differently is a conflict. The GUI says so, with twoWayReason.
    bool twoWay = false;
    QString twoWayReason; // "head shop:3 no longer applies: the emulator restarted since (boot id changed)"
    // Paths the head and the version hold alike and the instance does not: the merge keeps them deleted
    // because the head says they were deleted on the instance. Every preview lists them.
    QStringList keptDeleted;
    EmulatorInfo emulator;
    ObjectId liveRoot; // ours: the live instance read into the store (pending, flushed by applyLiveMerge)
    // The store holding the live state until applyLiveMerge flushes it: unflushed objects vanish with
    // it. Read rows' resources through it (MergeResult::resultResource); thread-safe.
    std::shared_ptr<ObjectStore> store;
    // Held shared from prepare until the merge is recorded (or dropped): objects the live state found
    // already stored are not counted by the catalogue yet, and gc must not remove them meanwhile.
    std::shared_ptr<GcLock> gcLock;
    MergeResult result;
    QStringList warnings;
    SecretMask mask; // the home's: what views of this merge mask
};

struct LiveMergeReport
{
    InjectPlan plan;     // live -> merged
    ApplyReport apply;   // what was applied; apply.error says what failed
    bool applied = false;
    bool recorded = false; // false too when the version is the instance head already: nothing to merge
    Version merged;      // the recorded merge version (parents: [head, version], or [version] without a head)
    PreflightReport preflight; // inject preflight; refused: nothing changed because of it
    bool refused = false;
};

// Reads the version, the instance head and the live instance and merges them. Nothing changes.
Result<PreparedLiveMerge> prepareLiveMerge(const LiveMergeRequest &request, JobContext &context);

// Writes the merged state, applies live -> merged to the instance, records the merge version in the
// version's pod and makes it the instance head. Conflict (and nothing changes) while conflicts remain.
// `dryRun`: computes report.plan only. A prepared merge describes the instance as it was read: after a
// failed apply (or a long review while others change the instance), prepare it again.
Result<LiveMergeReport> applyLiveMerge(const LiveMergeRequest &request, const PreparedLiveMerge &prepared,
                                       const QString &message, const QString &author, bool dryRun,
                                       JobContext &context);

// The unresolved conflicts of a live merge as an inject plan lists them: path, attribute key, and what
// happened in words of the instance (ours) and the version (theirs).
QList<MergeConflict> unresolvedLiveConflicts(const MergeResult &result);

} // namespace poddeck
