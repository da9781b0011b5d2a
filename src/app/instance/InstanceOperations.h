#pragma once

#include "app/operations/Operations.h"
#include "jobs/InjectVersion.h"
#include "jobs/LiveMerge.h"
#include "jobs/VersionRef.h"
#include "state/Version.h"

#include <memory>

namespace poddeck {

class InstanceBar;

// What the window's actions do to the instance (the emulator at the instance bar's endpoint): commit it
// into a pod, inject a version into it (a deep merge through the merge editor when sides conflict), and
// reset it. What they do to versions and pods alone is VersionOperations.
class InstanceOperations : public Operations
{
    Q_OBJECT

public:
    InstanceOperations(JobRunner *jobs, const QString &home, InstanceBar *instance, QWidget *window);

    void commit(const QStringList &pods, const QString &currentPod);
    void inject(const VersionRef &ref);
    void resetInstance();
    // The reviewed deep-merge inject: reads the instance in a job (prepareLiveMerge) and opens the merge
    // editor when anything conflicts; without conflicts it applies and records the merge directly.
    void deepMerge(const VersionRef &ref);

Q_SIGNALS:
    void instanceChanged();

private:
    // Runs the inject job; a refusal opens a dialog offering "Inject the Rest", a failure part-way a
    // dialog with what was and was not applied.
    void runInject(const InjectRequest &request, const QString &endpoint);
    // Applies a prepared deep merge that has no conflicts (the same dialogs as runInject).
    void applyDeepMerge(const LiveMergeRequest &request, std::shared_ptr<PreparedLiveMerge> prepared, const QString &endpoint);
    void showMissingCode(const Version &version, const QStringList &what);

    InstanceBar *m_instance;
};

} // namespace poddeck
