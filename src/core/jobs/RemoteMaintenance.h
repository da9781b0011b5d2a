#pragma once

#include "jobs/JobContext.h"
#include "jobs/Share.h"
#include "util/Result.h"

#include <QStringList>

namespace poddeck {

struct RemoteFsckReport
{
    int pods = 0;
    int packsChecked = 0;
    int objectsChecked = 0;   // pack entries checked
    qint64 bytesChecked = 0;
    QStringList problems;     // one line each, naming the file on the remote
    QStringList notes;        // harmless leftovers (a pack an interrupted push left without its index)
    bool ok() const { return problems.isEmpty(); }
};

// `remote fsck`: reads every pack and index on the remote. A pack must hash to its id (its name) and be as
// long as its index says, with entries inside it; on an unencrypted remote every entry must also decompress
// to bytes that hash to the id its index gives. Every pack a pod file names must be there with its index.
Result<RemoteFsckReport> checkRemote(const QString &home, const QString &remote, JobContext &context);

struct RemoteGcReport
{
    int packs = 0;             // complete packs on the remote (with an index)
    int packsInUse = 0;        // named by some pod file
    QStringList unusedPacks;   // complete packs no pod file names (left by an interrupted push), still there
    qint64 unusedBytes = 0;
    QStringList partialPacks;  // packs without an index (a push killed while uploading it), still there
    QStringList retiredPacks;  // unused packs whose index this run removed: the pack goes a grace period later
    QStringList removedPacks;  // packs this run removed (retired ones after the grace, old partial ones)
    qint64 removedBytes = 0;
    ShareGcReport shares;      // shared bundles: the expired ones are removed
};

// `gc --remote`: deletes the shared bundles whose links expired, and the packs no pod file names, in two
// steps a grace period apart so that no push in progress loses a pack it is about to name:
//   1. a complete pack no pod names, older than the grace period, is retired: gc writes "<id>.gone" beside
//      it, reads the pod files again and, if none names it yet, removes its index. From then on no push
//      reuses its objects (pushes only read indexes); a push that had read the index before and names the
//      pack anyway puts the index back and removes the mark (it holds the index), see pushPod.
//   2. a retired pack whose mark is older than the grace period and that no pod names is removed, and so is
//      a pack without an index or mark (a push killed while uploading it) older than the grace period.
// A pack a pod file names is never removed. Nor does it need repacking: pod files only grow and no command
// removes a pod from a remote, so what a pod names stays reachable, and a push names a pack no pod names
// (a leftover of a push that was killed or lost a race) only when it needs at least three quarters of it,
// else it sends those objects again (pushPod). So no named pack is more than a quarter unreachable (the
// share at which local gc rewrites a pack) and the leftover goes whole, here.
// `graceSeconds` 0 (`--prune-now`) does both steps at once; only safe when no push to this remote runs.
constexpr qint64 RemoteGcGraceSeconds = 24 * 3600;
Result<RemoteGcReport> collectRemoteGarbage(const QString &home, const QString &remote, JobContext &context,
                                            qint64 graceSeconds = RemoteGcGraceSeconds);

} // namespace poddeck
