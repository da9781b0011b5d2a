#pragma once

#include "aws/AwsConfig.h"
#include "emulator/EmulatorInfo.h"
#include "util/Result.h"

#include <QStringList>
#include <atomic>

namespace poddeck {

class ObjectStore;

// Empties an emulator, or only some of its services: moto's POST /moto-api/reset (whole instance),
// LocalStack's POST /_localstack/state[/<service>]/reset, else deleting every resource the adapters find.
// Refuses endpoints that are not emulators: resetting real AWS would destroy an account.
Status resetInstance(const AwsConfig &config, const EmulatorInfo &info, const QStringList &services, ObjectStore &scratch,
                     const std::atomic<bool> *cancel);

} // namespace poddeck
