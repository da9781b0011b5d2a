#pragma once

#include "app/operations/Operations.h"
#include "jobs/ImportExport.h"
#include "jobs/VersionRef.h"
#include "state/Version.h"

#include <functional>

namespace poddeck {

// What the window's actions do to versions and pods in the home: export, delete, merge two versions,
// properties, attach code. What they do to the instance is InstanceOperations.
class VersionOperations : public Operations
{
    Q_OBJECT

public:
    VersionOperations(JobRunner *jobs, const QString &home, QWidget *window);

    void exportVersion(const Version &version);
    void exportTo(const Version &version, const QString &file, ExportFormat format, bool wholePod = false);
    void deleteVersion(const Version &version);
    void deletePod(const QString &pod);
    void showProperties(const Version &version);
    // Merges `theirs` into another version of its pod (`podVersions`), asked for in a small dialog: the
    // merge editor opens when something conflicts, else the merge is recorded right away.
    void mergeInto(const Version &theirs, const QList<Version> &podVersions);
    void mergeVersions(const VersionRef &ours, const VersionRef &theirs);
    // Attach Code…: asks for a zip and records a new version of `version`'s pod in which the function or
    // layer at `path` has it (attachCode job).
    void attachCode(const Version &version, const QString &path);

Q_SIGNALS:
    void exported(const QString &file);

private:
    void confirm(const QString &objectName, const QString &title, const QString &text, const QString &button,
                 std::function<void()> onYes);
};

} // namespace poddeck
