#pragma once

#include "aws/AwsConfig.h"
#include "emulator/AwsApiSnapshot.h"
#include "emulator/EmulatorInfo.h"
#include "jobs/JobContext.h"
#include "jobs/VersionRef.h"
#include "merge/InjectPlan.h"
#include "merge/MergeResult.h"
#include "merge/StateDiff.h"
#include "state/SecretMask.h"
#include "state/Version.h"
#include "util/Result.h"

#include <memory>
#include <optional>

namespace poddeck {

class ObjectStore;

// One side of a diff: a version (`pod`, `pod:N`) or the running instance (`live`).
struct StateRef
{
    bool live = false;
    VersionRef version;

    static Result<StateRef> parse(const QString &text);
    QString toString() const;
};

struct DiffRequest
{
    QString home;
    StateRef from, to;
    AwsConfig config;     // for `live`
    SnapshotFilter filter; // for `live`: empty = every service, every region holding resources
    bool details = true;  // attribute and attachment changes of modified resources
};

struct DiffReport
{
    struct Side
    {
        StateRef ref;
        Version version; // empty for live
        ObjectId root;
    };
    Side from, to;
    EmulatorInfo emulator; // when a side is live
    QStringList warnings;
    QList<ResourceChange> changes;
    int treesRead = 0;
    int resourcesRead = 0;
    SecretMask mask; // the home's; AttributeChange::secret says which changed values it masks
    int count(ResourceChange::Kind kind) const;
    // A value of an attribute change (before or after) as it may be shown: the secret value as the mask,
    // secrets inside other values masked.
    QJsonValue shown(const ResourceChange &change, const AttributeChange &attribute, const QJsonValue &value) const;
};

// Flags which attribute changes hold secrets under `mask` (AttributeChange::secret). Names and marks need
// the key only; a "Value" needs its documents (read from `store`), and is masked when they cannot be read.
void flagSecrets(const ObjectStore &store, const SecretMask &mask, QList<ResourceChange> &changes);
// A value of an attribute change as it may be shown: the whole value masked when it is secret, secrets
// inside other values masked.
QJsonValue shownValue(const SecretMask &mask, const ResourceChange &change, const AttributeChange &attribute,
                      const QJsonValue &value);

// Diffs two versions, or a version and the running instance (read into a temporary tree that is never
// flushed), by walking their trees together (StateDiff). Flags the secret attribute changes with the
// home's SecretMask (reading the documents where the rule needs them: an SSM SecureString "Value").
Result<DiffReport> diffVersions(const DiffRequest &request, JobContext &context);

// The nearest common ancestor of two versions in a version graph (versions with their parents): among
// the common ancestors that are no ancestor of another, the one closest to both. nullopt when none.
std::optional<Version> mergeBase(const QList<Version> &graph, const ObjectId &a, const ObjectId &b);

struct MergeRequest
{
    QString home;
    VersionRef ours, theirs;
    Prefer prefer = Prefer::None; // resolve what is left by taking one side
    bool autoSolve = false;       // also MergeResult::autoSolve() (lists as sets)
    QString message;              // empty: "Merge <theirs> into <ours>"
    QString author;               // empty: defaultAuthor()
};

// A merge computed but not recorded: what a merge editor shows and resolves before recordMerge().
struct PreparedMerge
{
    Version ours, theirs;
    std::optional<Version> base; // nullopt: no common ancestor, merged against the empty state
    bool upToDate = false;       // theirs is ours or an ancestor of it: nothing to merge
    MergeResult result;
    int treesRead = 0;
    SecretMask mask; // the home's: what views of this merge mask
    // The store the merge read: where a view of it reads the rows' resources (readMergeSides) and
    // composes results, without opening the home itself.
    std::shared_ptr<const ObjectStore> store;
};

// The three sides of one merge row as resources (nullopt: absent on that side, or unreadable: `error`
// then says why, for the first side that failed). A job: it reads the store.
struct MergeSides
{
    std::optional<Resource> base, ours, theirs;
    QString error;
};
MergeSides readMergeSides(const ObjectStore &store, const ObjectId &base, const ObjectId &ours, const ObjectId &theirs);

struct MergeReport
{
    PreparedMerge merge;
    bool recorded = false;
    Version version; // the merge version, when recorded
};

// Loads both versions (ours decides the pod the merge goes into), finds their merge base in the graph of
// both pods and runs the three-way merge.
Result<PreparedMerge> prepareMerge(const QString &home, const VersionRef &ours, const VersionRef &theirs, JobContext &context);
// Writes the resolved merge and records it in ours' pod as a version with parents [ours, theirs].
// Conflict while conflicts remain; nothing is recorded then.
Result<Version> recordMerge(const QString &home, const PreparedMerge &merge, const QString &message,
                            const QString &author, JobContext &context);
// The version object of a merge whose state is `root`, written into `store` (not flushed): `meta` gives
// parents, message, author and emulator; counts, bytes and services follow from `reference` (a version
// the merged state started from) and what the merge changed in it, so the work follows the changes.
Result<Version> writeMergeVersion(ObjectStore &store, const Version &reference, const ObjectId &root, Version meta);
// prepareMerge(), the request's automatic resolutions, then recordMerge() when no conflict remains.
// Remaining conflicts are no error: the report says recorded = false and lists them.
Result<MergeReport> mergeVersions(const MergeRequest &request, JobContext &context);

} // namespace poddeck
