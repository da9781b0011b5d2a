#pragma once

#include "jobs/ImportExport.h"
#include "jobs/JobContext.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace poddeck {

// How importing one of several files went.
struct FileImport
{
    QString file;
    std::optional<ImportReport> report; // set on success
    Error error;                        // set on failure
};

// Imports each file in turn (a .pod bundle or a LocalStack state zip; the core tells them apart by
// content). One file failing does not stop the others; cancelling does.
Result<QList<FileImport>> importFiles(const QString &home, const QStringList &files, JobContext &context);

// A file's name, or a share link's file name without its query (the signature of a presigned URL).
QString importDisplayName(const QString &fileOrUrl);

// What to tell the user: a line for the status bar about what was imported (empty when nothing was),
// and one about what failed with the core's messages as details (empty when nothing failed).
QString describeImported(const QList<FileImport> &imports);
QString describeFailed(const QList<FileImport> &imports, QString *details);

} // namespace poddeck
