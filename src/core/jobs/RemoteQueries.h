#pragma once

#include "jobs/JobContext.h"
#include "jobs/RemoteAccess.h"
#include "jobs/SyncStateCache.h"
#include "store/Catalogue.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace poddeck {

// The remotes view's catalogue and network reads as job functions (they moved here from src/app, which opens
// no catalogue itself): each opens its own Catalogue on the worker thread and returns plain values the GUI
// thread keeps. Their progress text keeps the translation context poddeck::RemoteJobs.

Result<QList<RemoteInfo>> loadRemotes(const QString &home, JobContext &context);

// Opens the remote `name` (its keychain entry or the AWS environment for S3) and lists its pods, without
// recording anything: what "Test connection" reports. Returns the number of pods.
Result<int> testRemoteConnection(const QString &home, const QString &name, JobContext &context);

// Where every local pod stands against each remote, from the remote refs the catalogue holds (no network).
// `cache` keeps what did not change since the last call (only pods with a new version or ref are read).
Result<SyncStatesByPod> loadSyncStates(const QString &home, SyncStateCache &cache, JobContext &context);

} // namespace poddeck
