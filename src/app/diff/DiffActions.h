#pragma once

#include "jobs/VersionRef.h"
#include "state/Version.h"

#include <QObject>

#include <optional>
#include <utility>

class QAction;
class QWidget;

namespace poddeck {

class DiffWindow;
class HistoryWidget;
class InstanceBar;
class JobRunner;

// The ways into a comparison, from the history view: "Compare with Instance" (the selected version
// against the live instance the instance bar names, with its settings, as inject and commit use them)
// and "Compare Versions" (two rows selected with Ctrl-click, older → newer; else the selected version
// against its first parent). Each opens a DiffWindow.
class DiffActions : public QObject
{
    Q_OBJECT

public:
    DiffActions(JobRunner *jobs, const QString &home, InstanceBar *instance, HistoryWidget *history, QWidget *window);

    QAction *compareLiveAction() const { return m_compareLive; }
    QAction *compareVersionsAction() const { return m_compareVersions; }

    DiffWindow *compareWithInstance(const VersionRef &version);
    DiffWindow *compareVersions(const VersionRef &from, const VersionRef &to);
    // What "Compare Versions" would compare now, if anything.
    std::optional<std::pair<VersionRef, VersionRef>> versionsToCompare() const;

private:
    void updateActions();
    DiffWindow *openWindow();

    JobRunner *m_jobs;
    QString m_home;
    InstanceBar *m_instance;
    HistoryWidget *m_history;
    QWidget *m_window;
    QAction *m_compareLive;
    QAction *m_compareVersions;
};

} // namespace poddeck
