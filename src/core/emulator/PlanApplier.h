#pragma once

#include "aws/AwsConfig.h"
#include "merge/InjectPlan.h"
#include "util/Result.h"

#include <atomic>
#include <functional>

namespace poddeck {

class ObjectStore;

struct ApplyReport
{
    struct Item
    {
        PlanStep::Action action;
        QString path;
    };
    QList<Item> applied; // in the order they finished
    QString failedPath;  // empty when everything was applied
    Error error;
    QStringList warnings; // what the adapters could not restore as it was (ApplyContext::warn)
    bool ok() const { return !error; }
};

// Applies the steps through the AWS API adapters in dependency order: deletes first, highest restore
// rank first (objects before their bucket), then creates and updates, lowest rank first (roles before
// functions, queues before event source mappings). Steps of one rank run in parallel. The first failure
// stops the run; the report says what was applied before it and which resource failed.
ApplyReport applyPlan(const AwsConfig &config, const InjectPlan &plan, const ObjectStore &store,
                      const std::atomic<bool> *cancel,
                      const std::function<void(qint64 done, qint64 total)> &progress = {});

} // namespace poddeck
