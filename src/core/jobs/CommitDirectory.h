#pragma once

#include "jobs/JobContext.h"
#include "state/Version.h"
#include "util/Result.h"

namespace poddeck {

// Snapshots a directory tree of files as opaque resources (service "files") and records it as a new
// version of `pod`: a scripting and test path that needs no emulator. The directory acts as an instance
// (endpoint file://<dir>), so its head decides the parent like an emulator's would.
struct CommitDirectoryRequest
{
    QString home;
    QString pod;
    QString directory;
    QString message;
    QString author; // empty: $PODDECK_AUTHOR, else user@host
};

Result<Version> commitDirectory(const CommitDirectoryRequest &request, JobContext &context);

// The author recorded when none is given.
QString defaultAuthor();

} // namespace poddeck
