#pragma once

#include "jobs/JobContext.h"
#include "jobs/VersionRef.h"
#include "state/Version.h"
#include "util/Result.h"

#include <QStringList>

namespace poddeck {

struct AttachCodeRequest
{
    QString home;
    VersionRef ref;   // the version that holds the function or layer without code
    QString path;     // its resource path (lambda/<account>/<region>/function|layer/<name>)
    QString zipFile;
    QString author;   // empty: defaultAuthor()
};

struct AttachCodeReport
{
    Version version; // the new version
    QStringList warnings;
};

// Records a new version of the pod whose tree differs from `ref` only in that resource: the zip as its
// code, CodeSha256 the zip's, CodeMissing gone. Its parent is `ref`. For emulators that cannot give Lambda
// code back (GUI: Attach Code… on a function or layer marked as without code).
Result<AttachCodeReport> attachCode(const AttachCodeRequest &request, JobContext &context);

} // namespace poddeck
