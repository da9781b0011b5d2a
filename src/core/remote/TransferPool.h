#pragma once

#include "util/Result.h"

#include <atomic>
#include <functional>

namespace poddeck {

// Parallel transfers to and from a remote: task(0) .. task(count - 1) on a dedicated pool's threads, at
// most `inFlight` at once (remotes answer one request slowly but many at once well). Tasks may block on
// network I/O (AwsClient::send() is allowed there: each pool thread has its own network manager). The caller
// blocks until all are done and must not itself be a task of this pool. Stops handing out work after the
// first failure or when `cancel` is set, and returns the first failure.
class TransferPool
{
public:
    static constexpr int DefaultInFlight = 16;

    static Status forEach(qsizetype count, const std::function<Status(qsizetype index)> &task,
                          int inFlight = DefaultInFlight, const std::atomic<bool> *cancel = nullptr);
};

} // namespace poddeck
