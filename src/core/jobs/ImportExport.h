#pragma once

#include "jobs/JobContext.h"
#include "jobs/VersionRef.h"
#include "state/Version.h"
#include "util/Result.h"

namespace poddeck {

struct ImportRequest
{
    QString home;
    QString file;   // a .pod bundle or a LocalStack state zip (told apart by content, not name), or an
                    // http(s):// or file:// URL of one (a share link), downloaded first within a size cap
    QString pod;    // import under this pod name; empty: the bundle's pod, or the zip's base name
};

struct ImportReport
{
    QString pod;
    QString format;           // "pod" or "localstack-zip"
    QList<Version> versions;  // as the catalogue holds them now
    int added = 0;            // versions that were new to the catalogue
};

// Verifies every object of the file before anything becomes visible, then adds its versions in one
// transaction. Idempotent: importing the same file twice adds nothing the second time.
Result<ImportReport> importFile(const ImportRequest &request, JobContext &context);

enum class ExportFormat { Pod, LocalStackZip };

struct ExportRequest
{
    QString home;
    VersionRef ref;
    bool wholePod = false; // every version of the pod, with its history (bundles only)
    QString file;
    ExportFormat format = ExportFormat::Pod;
};

// Writes to a temp file beside `file` and renames it into place, so a failed export leaves nothing.
Result<QList<Version>> exportVersion(const ExportRequest &request, JobContext &context);

} // namespace poddeck
