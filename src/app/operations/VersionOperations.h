#pragma once

#include "jobs/ImportExport.h"
#include "jobs/InjectVersion.h"
#include "jobs/LiveMerge.h"
#include "jobs/VersionRef.h"
#include "state/Version.h"

#include <QObject>

class QWidget;

namespace poddeck {

class InstanceBar;
class JobRunner;

// What the window's actions do to the home and the instance: each asks what it needs in a window-modal
// dialog (opened with open(), never exec()), runs one job, and reports through signals. MainWindow only
// wires actions to these and refreshes the views.
class VersionOperations : public QObject
{
    Q_OBJECT

public:
    VersionOperations(JobRunner *jobs, const QString &home, InstanceBar *instance, QWidget *window);

    void commit(const QStringList &pods, const QString &currentPod);
    void inject(const VersionRef &ref);
    void resetInstance();
    void exportVersion(const Version &version);
    void exportTo(const Version &version, const QString &file, ExportFormat format, bool wholePod = false);
    void deleteVersion(const Version &version);
    void deletePod(const QString &pod);
    void showProperties(const Version &version);
    // Merges `theirs` into another version of its pod (`podVersions`), asked for in a small dialog: the
    // merge editor opens when something conflicts, else the merge is recorded right away.
    void mergeInto(const Version &theirs, const QList<Version> &podVersions);
    void mergeVersions(const VersionRef &ours, const VersionRef &theirs);
    // The reviewed deep-merge inject: reads the instance in a job (prepareLiveMerge) and opens the merge
    // editor when anything conflicts; without conflicts it applies and records the merge directly.
    void deepMerge(const VersionRef &ref);
    // Attach Code…: asks for a zip and records a new version of `version`'s pod in which the function or
    // layer at `path` has it (attachCode job).
    void attachCode(const Version &version, const QString &path);

Q_SIGNALS:
    void catalogueChanged(const QString &selectPod);
    void instanceChanged();
    void message(const QString &text);
    void failed(const QString &summary, const QString &details);
    void exported(const QString &file);

private:
    void confirm(const QString &objectName, const QString &title, const QString &text, const QString &button,
                 std::function<void()> onYes);
    void report(const QString &what, const Error &error);
    // Runs the inject job; a refusal opens a dialog offering "Inject the Rest", a failure part-way a
    // dialog with what was and was not applied.
    void runInject(const InjectRequest &request, const QString &endpoint);
    // Applies a prepared deep merge that has no conflicts (the same dialogs as runInject).
    void applyDeepMerge(const LiveMergeRequest &request, std::shared_ptr<PreparedLiveMerge> prepared, const QString &endpoint);
    void showMissingCode(const Version &version, const QStringList &what);

    JobRunner *m_jobs;
    QString m_home;
    InstanceBar *m_instance;
    QWidget *m_window;
};

} // namespace poddeck
