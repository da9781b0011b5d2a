#pragma once

#include "aws/AwsConfig.h"
#include "emulator/AwsApiSnapshot.h"
#include "emulator/EmulatorInfo.h"
#include "jobs/JobContext.h"
#include "merge/InjectPlan.h"
#include "util/Result.h"

#include <QList>

namespace poddeck {

class ObjectStore;

// A running instance read into the object store: path -> resource id, as a version's StateMap.
struct LiveState
{
    StateMap resources;
    QStringList warnings;
};

// The filter that covers what `states` hold: their services, and their regions (the config's region when
// they hold only global ones). Its services are empty when the states are: check before snapshotting,
// since an empty service list means every service to snapshotAwsApi().
SnapshotFilter liveFilterCovering(const QList<const StateMap *> &states, const QString &defaultRegion);

// Reads the instance through the AWS API adapters. Resource objects go into `store` without a flush, so
// they vanish with the store unless the caller flushes it; diffing and planning need nothing more.
// `previous` (the instance head's state, in `store`) supplies what the emulator cannot give back, such
// as Lambda code on moto, as a commit does; without it such resources read as missing that data.
// `emulator` (the probe's answer) names the account and the entry-point routes to read through (SQS
// messages are peeked where it can, so reading never counts as a receive).
Result<LiveState> readLiveState(const AwsConfig &config, const EmulatorInfo &emulator, const SnapshotFilter &filter,
                                ObjectStore &store, JobContext &context, const StateMap *previous = nullptr);

// probeEmulator() and then readLiveState(); `info` receives what answers at the endpoint.
Result<LiveState> snapshotLive(const AwsConfig &config, const SnapshotFilter &filter, ObjectStore &store,
                               JobContext &context, EmulatorInfo *info = nullptr);

} // namespace poddeck
