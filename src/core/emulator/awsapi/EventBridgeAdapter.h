#pragma once

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// EventBridge: custom event buses (type "bus", id = name; the default bus always exists and is not
// recorded), rules (type "rule", id = "<bus>/<rule>": rule names repeat across buses), their targets as
// children (child type "target", id = the target's Id) and archives (type "archive", id = name). Patterns
// and policies are parsed JSON; rules managed by AWS services (an archive's own rule) are left out, as
// the service re-creates them. Targets restore after Lambda and Step Functions, which they call.
class EventBridgeAdapter : public ServiceAdapter
{
public:
    QString service() const override { return QStringLiteral("events"); }
    int restoreRank(const Resource &resource) const override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;
};

} // namespace poddeck
