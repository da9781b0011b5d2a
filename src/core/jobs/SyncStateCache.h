#pragma once

#include "jobs/RemoteAccess.h"
#include "store/Catalogue.h"
#include "util/Result.h"

#include <QHash>
#include <QMutex>

namespace poddeck {

class JobContext;

using SyncStatesByPod = QHash<QString, QList<SyncState>>; // pods with at least one remote ref

// Sync states of many pods, remembered per pod under a key made of what they depend on: the pod's newest
// version and version count, and the remote refs naming it. A refresh of a long pod list then reads the
// versions of the pods whose key changed, not every pod's whole history. Thread-safe: the GUI keeps one
// for the life of a home and hands it to each refresh job.
class SyncStateCache
{
public:
    // How many pods' versions the last syncStatesOfPods() call with this cache read.
    int podsReadLastTime() const;

private:
    friend Result<SyncStatesByPod> syncStatesOfPods(Catalogue &, const QList<PodInfo> &, SyncStateCache *, JobContext *);
    struct Entry
    {
        QString key;
        QList<SyncState> states;
    };
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    int m_podsRead = 0;
};

// The sync states of `pods` (from Catalogue::pods()), reading remote refs in one query. With a cache,
// pods whose key is unchanged are answered from it. Stops with Cancelled when `context` is cancelled.
Result<SyncStatesByPod> syncStatesOfPods(Catalogue &catalogue, const QList<PodInfo> &pods,
                                         SyncStateCache *cache = nullptr, JobContext *context = nullptr);

} // namespace poddeck
