#pragma once

#include "aws/AwsConfig.h"
#include "emulator/EmulatorInfo.h"
#include "util/Result.h"

#include <atomic>
#include <functional>

namespace poddeck {

// Tells LocalStack (GET /_localstack/health) from moto (GET /moto-api/) from any other AWS endpoint
// (STS GetCallerIdentity answers), and reads the account. Blocking: worker threads and the CLI.
// Returns an error only when nothing answers, with a message that says how to start an emulator.
Result<EmulatorInfo> probeEmulator(const AwsConfig &config);

// probeEmulator() again every half second until something answers or `seconds` pass (a CI job whose
// emulator service container is still starting). `waiting` hears each retry with the seconds left; a set
// `cancel` stops it. On time-out, the last probe's error says how long it waited.
Result<EmulatorInfo> waitForEmulator(const AwsConfig &config, int seconds, const std::function<void(int secondsLeft)> &waiting = {},
                                     const std::atomic<bool> *cancel = nullptr);

} // namespace poddeck
