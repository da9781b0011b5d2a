#pragma once

#include "app/jobs/LatestRequest.h"
#include "app/history/VersionMimeData.h"
#include "state/Version.h"
#include "store/PodInfo.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QSplitter;
class QStackedWidget;

namespace poddeck {

class ContentsWidget;
class DiffActions;
class DragExportCache;
class EmptyStateWidget;
class HistoryWidget;
class InstanceBar;
class JobRunner;
class JobsPanel;
class JobStatusWidget;
class InstanceOperations;
class MainWindowActions;
class PodListWidget;
class RemoteOperations;
class VersionOperations;
struct FileImport;

// The PodDeck window for one home: the instance bar on top; pods, the current pod's history graph and
// the selected version's contents side by side; jobs in the status bar. Every read and write of the
// home or the instance runs as a job; this class arranges the views and turns job results into what
// the views show. Its actions are MainWindowActions; what they do, InstanceOperations and VersionOperations.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &home, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString home() const { return m_home; }
    JobRunner *jobRunner() const { return m_jobs; }
    InstanceBar *instanceBar() const { return m_instance; }
    RemoteOperations *remoteOperations() const { return m_remotes; }
    std::optional<Version> currentVersion() const;

public Q_SLOTS:
    // Reloads the pod list (keeping the current pod) and the current pod's versions.
    void refresh();
    // What a drop of files does: imports each in a job, then refreshes and makes the imported pod current.
    void importFiles(const QStringList &files);
    void showImportDialog();
    void showSettingsDialog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The actions that act on the window itself (MainWindowActions makes them and wires the rest).
    void connectActions();
    // The welcome page of a home without pods: its first step follows whether the instance answers.
    void updateWelcome();
    void connectViews();
    void readSettings();
    void writeSettings() const;

    void loadPods(const QString &select);
    void onPodsLoaded(const QList<PodInfo> &pods, const QString &select);
    void onPodsFailed(const Error &error);
    void loadVersions(const QString &pod);
    void onImportsFinished(const QList<FileImport> &imports);
    void onInstanceStatus();
    void reportError(const QString &summary, const QString &details);
    void showMessage(const QString &text);

    QString m_home;
    JobRunner *m_jobs;
    LatestRequest m_podsLatest;     // results of older requests are dropped: the newest one wins
    LatestRequest m_versionsLatest;

    InstanceBar *m_instance;
    QStackedWidget *m_pages;
    EmptyStateWidget *m_emptyState;
    bool m_welcome = false; // the empty state shows the welcome of a home without pods
    QSplitter *m_splitter;
    PodListWidget *m_podList;
    HistoryWidget *m_history;
    ContentsWidget *m_contents;
    JobStatusWidget *m_jobStatus;
    InstanceOperations *m_instanceOperations;
    VersionOperations *m_versionOperations;
    MainWindowActions *m_actions = nullptr;
    DragExportCache *m_dragExports;
    JobsPanel *m_jobsPanel = nullptr;
    DiffActions *m_diffActions = nullptr;
    RemoteOperations *m_remotes = nullptr;
};

} // namespace poddeck
