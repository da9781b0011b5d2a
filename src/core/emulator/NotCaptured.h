#pragma once

#include "aws/AwsConfig.h"
#include "emulator/EmulatorInfo.h"
#include "util/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <atomic>

namespace poddeck {

// A service that holds resources PodDeck's adapters do not read, so a commit leaves them out.
struct NotCapturedService
{
    QString service; // AWS service name as the adapters spell it ("ec2", "kinesis")
    int count = 0;   // resources the emulator says it holds
};

// Asks the emulator what it holds, where it can tell: moto's model listing (GET /moto-api/data.json) or
// LocalStack's resource listing (GET /_localstack/resources, NDJSON). Services with an adapter
// (AdapterRegistry) are left out, so the list shrinks as adapters are added; so are the objects an
// emulator creates by itself (moto's default VPC and AMIs, default event bus ...). Empty when the
// emulator cannot tell. moto counts every object it made since its last reset, deleted ones too.
Result<QList<NotCapturedService>> findNotCaptured(const AwsConfig &config, const EmulatorInfo &info,
                                                  const std::atomic<bool> *cancel = nullptr);

// Resources per service as the emulator counts them, every service (those with adapters too), objects
// the emulator made by itself left out. moto: every object made since its last reset or start, deleted
// ones too (its model listing keeps them), so an empty count means nothing was made since; LocalStack:
// what it holds now. An empty map when the emulator cannot tell.
Result<QMap<QString, int>> emulatorResourceCounts(const AwsConfig &config, const EmulatorInfo &info,
                                                  const std::atomic<bool> *cancel = nullptr);

// "ec2 (2 resources), kinesis (1)"
QString describeNotCaptured(const QList<NotCapturedService> &services);

} // namespace poddeck
