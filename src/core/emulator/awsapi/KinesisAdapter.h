#pragma once

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// Kinesis Data Streams: streams (type "stream", id = name). Documents hold StreamMode, ShardCount (the
// open shards of a PROVISIONED stream; on-demand streams size themselves), RetentionPeriodHours,
// Encryption ({EncryptionType: KMS, KeyId}), enhanced monitoring's ShardLevelMetrics, Tags and the resource
// policy (parsed); not ARNs, shard ids,
// hash key ranges or dates. Records are not recorded: they expire with the retention period anyway.
class KinesisAdapter : public ServiceAdapter
{
public:
    QString service() const override { return QStringLiteral("kinesis"); }
    int restoreRank(const Resource &) const override { return 10; }

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;
};

} // namespace poddeck
