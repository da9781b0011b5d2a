#pragma once

#include "state/Version.h"
#include "store/Catalogue.h"

#include <QMainWindow>

class QAction;
class QSplitter;
class QStackedWidget;

namespace poddeck {

class EmptyStateWidget;
class HistoryWidget;
class JobRunner;
class JobStatusWidget;
class PodListWidget;
struct FileImport;

// The PodDeck window for one home: pods on the left, the current pod's history in the centre, jobs in
// the status bar. Every read and write of the home runs as a job; this class only arranges the views
// and turns job results into what they show.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &home, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString home() const { return m_home; }
    JobRunner *jobRunner() const { return m_jobs; }

public Q_SLOTS:
    // Reloads the pod list (keeping the current pod) and the current pod's versions.
    void refresh();
    // What a drop of files does: imports each in a job, then refreshes and makes the imported pod current.
    void importFiles(const QStringList &files);
    void showImportDialog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void readSettings();
    void writeSettings() const;

    void loadPods(const QString &select);
    void onPodsLoaded(const QList<PodInfo> &pods, const QString &select);
    void onPodsFailed(const Error &error);
    void loadVersions(const QString &pod);
    void onImportsFinished(const QList<FileImport> &imports);
    void reportError(const QString &summary, const QString &details);

    QString m_home;
    JobRunner *m_jobs;
    int m_podsRequest = 0;     // results of older requests are dropped: the newest one wins
    int m_versionsRequest = 0;

    QStackedWidget *m_pages;
    EmptyStateWidget *m_emptyState;
    QSplitter *m_splitter;
    PodListWidget *m_podList;
    HistoryWidget *m_history;
    JobStatusWidget *m_jobStatus;

    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_filterAction = nullptr;
};

} // namespace poddeck
