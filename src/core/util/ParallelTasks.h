#pragma once

#include "util/Result.h"

#include <atomic>
#include <functional>

namespace poddeck {

// Bounded fan-out for work that waits on a server: emulators and remotes answer one request slowly but
// several at once well. task(0) .. task(count - 1) run on a dedicated pool's threads (blocking
// AwsClient::send() is allowed there), at most `inFlight` (1..32) at once; the caller blocks until all are
// done and must not itself be a task of the same call. Stops handing out work after the first failure or
// when `cancel` is set, and returns the first failure.
class ParallelTasks
{
public:
    static constexpr int EmulatorInFlight = 8; // adapters: S3 objects, DynamoDB segments and batches
    static constexpr int RemoteInFlight = 16;  // object transfers to and from remotes

    static Status forEach(qsizetype count, const std::function<Status(qsizetype index)> &task,
                          int inFlight = EmulatorInFlight, const std::atomic<bool> *cancel = nullptr);
};

} // namespace poddeck
