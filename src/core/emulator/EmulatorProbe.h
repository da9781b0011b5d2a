#pragma once

#include "aws/AwsConfig.h"
#include "emulator/EmulatorInfo.h"
#include "util/Result.h"

namespace poddeck {

// Tells LocalStack (GET /_localstack/health) from moto (GET /moto-api/) from any other AWS endpoint
// (STS GetCallerIdentity answers), and reads the account. Blocking: worker threads and the CLI.
// Returns an error only when nothing answers, with a message that says how to start an emulator.
Result<EmulatorInfo> probeEmulator(const AwsConfig &config);

} // namespace poddeck
