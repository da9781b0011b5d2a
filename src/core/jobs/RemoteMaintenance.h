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
    QStringList unusedPacks;   // complete packs no pod file names (left by an interrupted push, or by a removed pod)
    qint64 unusedBytes = 0;
    QStringList partialPacks;  // packs without an index (a push killed while uploading it)
    ShareGcReport shares;      // shared bundles: the expired ones are removed
};

// `gc --remote`: deletes the shared bundles whose links expired, and reports what else the remote could
// give back. It never deletes a pack a pod file names; packs named by none could belong to a push still in
// progress, so it lists them with their size and leaves them (a push that resumes reuses them). Repacking
// packs that hold unreachable objects is not done yet.
Result<RemoteGcReport> collectRemoteGarbage(const QString &home, const QString &remote, JobContext &context);

} // namespace poddeck
