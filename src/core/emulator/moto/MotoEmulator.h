#pragma once

#include "emulator/aws/AwsApiEmulator.h"

namespace poddeck {

// moto: the AWS API backend plus moto's own routes — POST /moto-api/reset (the whole instance at once) and
// its model listing (what it holds, deleted objects too, until a reset). Started through PodDeck's entry
// point (MotoEntryPoint) it also names a boot id and serves Lambda code zips and SQS peeking (probe
// features "lambda-code", "sqs-peek"); a bare moto_server gives neither back.
class MotoEmulator : public AwsApiEmulator
{
public:
    using AwsApiEmulator::AwsApiEmulator;

    EmulatorCapabilities capabilities() const override;
    Status reset(const QStringList &services, ObjectStore &scratch, const std::atomic<bool> *cancel) const override;
    Result<QMap<QString, int>> resourceCounts(const std::atomic<bool> *cancel = nullptr) const override;
};

} // namespace poddeck
