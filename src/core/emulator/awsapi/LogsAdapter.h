#pragma once

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// CloudWatch Logs: log groups (type "log-group", id = name) with three kinds of children: metric filters
// ("metric-filter"), subscription filters ("subscription-filter") and log streams ("log-stream"), each
// id = its name.
//
// A group's document holds retentionInDays, kmsKeyId, logGroupClass, deletion protection and tags; a
// filter's what Put*Filter takes; a stream's its events {"events": [{timestamp, message}, ...]} in order,
// the newest MaxEvents (and at most MaxEventBytes of messages) per stream: a snapshot warns when it
// leaves older events out. Not ARNs, creation or ingestion times, stored bytes or sequence tokens.
// CloudWatch Logs refuses events older than 14 days (moto too), so a stream restored from an old
// version holds only its recent events. Subscription filters rank above Lambda functions (30), the
// destination they usually name.
class LogsAdapter : public ServiceAdapter
{
public:
    static constexpr int MaxEvents = 10000;
    static constexpr qint64 MaxEventBytes = 4 * 1024 * 1024;

    QString service() const override { return QStringLiteral("logs"); }
    // 10 groups, 20 metric filters and streams, 35 subscription filters.
    int restoreRank(const Resource &resource) const override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;
};

} // namespace poddeck
