#pragma once

#include "aws/AwsConfig.h"
#include "emulator/SnapshotContext.h"
#include "util/Result.h"

#include <QStringList>
#include <atomic>
#include <functional>

namespace poddeck {

struct SnapshotFilter
{
    QStringList services; // empty: every service PodDeck knows
    QStringList regions;  // empty: every region that holds resources (found with one list call per service)
    SnapshotOptions options;
};

struct SnapshotSummary
{
    QStringList services;
    QStringList regions;
    QStringList warnings;
};

// Regions probed when the user names none. Cheap: one small list call per regional service and region.
QStringList candidateRegions(const QString &configured);

// Reads the instance through the AWS API adapters into `sink`: every (service, region) pair in parallel.
// The first failure cancels the rest and is returned with the service and region it happened in.
// `progress` is called from the worker threads, but never by two at once.
Result<SnapshotSummary> snapshotAwsApi(const AwsConfig &config, const QString &account, const SnapshotFilter &filter,
                                       const SnapshotContext::Sink &sink, const std::atomic<bool> *cancel,
                                       const std::function<void(const QString &stage)> &progress = {});

} // namespace poddeck
