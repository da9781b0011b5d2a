#pragma once

#include "jobs/JobContext.h"
#include "jobs/VersionRef.h"
#include "util/Result.h"

#include <QStringList>

namespace poddeck {

struct GcReport
{
    int reachable = 0;
    int removed = 0;
    qint64 bytesFreed = 0;
    int tempFilesRemoved = 0;
    int packsWritten = 0; // new packs holding what the rewritten ones kept
    int packsRemoved = 0; // packs rewritten or dropped
    int looseMoved = 0;   // objects of the layout before packs moved into a pack
};

struct FsckReport
{
    int versionsChecked = 0;
    int objectsChecked = 0;
    QStringList problems; // one line each, naming the pod, version and object
    bool ok() const { return problems.isEmpty(); }
};

// Drops objects no version reaches, holding the home's GcLock exclusive (it waits for writers in progress,
// and they wait for it). Objects younger than `graceSeconds` are kept as well, for writers of older
// PodDeck versions that do not take the lock.
Result<GcReport> collectGarbage(const QString &home, qint64 graceSeconds, JobContext &context);

// Verifies every version of every pod: its object hashes to its id and matches the catalogue row, and
// every tree, resource and chunk it reaches is present and hashes to its name.
Result<FsckReport> checkHome(const QString &home, JobContext &context);

// `pod:N` deletes that version; `pod` deletes the pod with all its versions. Objects stay until gc.
Status deleteVersionOrPod(const QString &home, const QString &refText);

} // namespace poddeck
