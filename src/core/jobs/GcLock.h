#pragma once

#include "jobs/JobContext.h"
#include "util/Result.h"

#include <QString>

#include <memory>

namespace poddeck {

// The lock between gc and the writers of a home: `flock` on `<home>/gc.lock`.
//
// gc computes what is reachable, then deletes the rest; a writer stores objects (or finds them already
// stored and skips them), then publishes a version that reaches them. Without a lock a gc running in
// between deletes what the version is about to reach. So every writer that adds objects and publishes a
// version (commit, import, pull/clone, merge, attach-code) holds the lock shared from before its first
// object until its version is published, and gc holds it exclusive while it marks and deletes. Writers
// share it with each other. The kernel drops a flock when its process dies, so a crash never leaves the
// home locked. Whoever waits says so in the job's stage, and waits until it gets the lock or is cancelled.
class GcLock
{
public:
    enum class Mode { Shared, Exclusive };
    static constexpr const char *FileName = "gc.lock";

    // Creates the home and the lock file when missing.
    static Result<std::unique_ptr<GcLock>> acquire(const QString &home, Mode mode, JobContext &context);
    ~GcLock();
    GcLock(const GcLock &) = delete;
    GcLock &operator=(const GcLock &) = delete;

private:
    explicit GcLock(int fd) : m_fd(fd) {}
    int m_fd;
};

} // namespace poddeck
