#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace poddeck {

class HistoryWidget;
class InstanceBar;
class InstanceOperations;
class PodListWidget;
class VersionOperations;

// The main window's own actions (like RemoteOperations for remotes): each made with its objectName,
// shortcut and accessible name, put in the File, Instance, Version and View menus, the tool bar and the
// context menus of the history and the pod list, wired to the instance and version operations, and
// enabled by what is selected. The window connects the few that act on the window itself (import, quit,
// refresh, filter, search, settings).
class MainWindowActions : public QObject
{
    Q_OBJECT

public:
    struct Views
    {
        InstanceBar *instance;
        PodListWidget *podList;
        HistoryWidget *history;
    };

    MainWindowActions(QMainWindow *window, const Views &views, InstanceOperations *instanceOperations,
                      VersionOperations *versionOperations);

    QAction *importAction() const { return m_importAction; }
    QAction *quitAction() const { return m_quitAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *filterAction() const { return m_filterAction; }
    QAction *searchAction() const { return m_searchAction; }
    QAction *commitAction() const { return m_commitAction; }
    QAction *settingsAction() const { return m_settingsAction; }

    // Enables what needs a selected version, or a current pod.
    void update();

private:
    QAction *makeAction(const QString &name, const QString &text, const QKeySequence &shortcut,
                        const QString &accessible, int icon);
    void createActions();
    void connectOperations();
    void createMenus();
    void createToolBar();

    QMainWindow *m_window;
    Views m_views;
    InstanceOperations *m_instanceOperations;
    VersionOperations *m_versionOperations;

    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_commitAction = nullptr;
    QAction *m_injectAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_refreshInstanceAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_deleteVersionAction = nullptr;
    QAction *m_deletePodAction = nullptr;
    QAction *m_propertiesAction = nullptr;
    QAction *m_settingsAction = nullptr;
};

} // namespace poddeck
