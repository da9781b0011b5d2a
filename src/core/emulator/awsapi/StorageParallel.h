#pragma once

#include "util/Result.h"

#include <atomic>
#include <functional>

namespace poddeck {

// Bounded fan-out for adapters that read or write many small things (S3 objects, DynamoDB scan segments
// and batches): emulators answer one request slowly but several at once well. Each task runs on a
// dedicated pool's worker thread, where blocking AwsClient::send() is allowed; the caller blocks until all
// are done (it does not run tasks itself, so it may be any non-GUI thread).
class StorageParallel
{
public:
    static constexpr int DefaultInFlight = 8;

    // Runs task(0) .. task(count - 1) with at most `inFlight` running at once. Stops handing out new indices
    // after the first failure or when `cancel` is set; returns the first failure.
    static Status forEach(qsizetype count, const std::function<Status(qsizetype index)> &task,
                          int inFlight = DefaultInFlight, const std::atomic<bool> *cancel = nullptr);
};

} // namespace poddeck
