#pragma once

#include "aws/AwsConfig.h"
#include "emulator/EmulatorInfo.h"
#include "jobs/JobContext.h"
#include "store/Catalogue.h"
#include "util/Result.h"

#include <QMap>
#include <optional>

namespace poddeck {

struct InstanceStatus
{
    EmulatorInfo emulator;
    QMap<QString, int> resourceCounts; // service -> resources (when counted)
    QStringList regions;
    std::optional<InstanceHead> head;
    // Whether the head still describes the instance (HeadValidity.h); "applies" when there is no head.
    bool headApplies = true;
    QString headNote; // "head shop:3 no longer applies: ..." or why it could not be checked
};

// What runs at the endpoint, its head version and (with countResources) how many resources each service
// holds, read through the AWS API adapters.
Result<InstanceStatus> instanceStatus(const QString &home, const AwsConfig &config, bool countResources, JobContext &context);

// Empties the instance or some of its services (Emulator::reset); the instance head is cleared when
// the whole instance is reset.
Status resetInstanceJob(const QString &home, const AwsConfig &config, const QStringList &services, JobContext &context);

} // namespace poddeck
