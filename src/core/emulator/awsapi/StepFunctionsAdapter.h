#pragma once

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// Step Functions: state machines (type "statemachine", id = name) and activities (type "activity", id =
// name). A state machine's document holds its definition (parsed, so whitespace never changes a hash),
// roleArn, type, a logging configuration other than OFF, tracing when enabled, a customer-managed
// encryption configuration and tags; not the ARN (it is built from the name), dates, status or versions.
// State machines restore after Lambda (their tasks call functions); activities early.
class StepFunctionsAdapter : public ServiceAdapter
{
public:
    QString service() const override { return QStringLiteral("stepfunctions"); }
    int restoreRank(const Resource &resource) const override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;
};

} // namespace poddeck
