#pragma once

#include "app/jobs/LatestRequest.h"
#include "app/history/VersionMimeData.h"
#include "jobs/SyncStateCache.h"
#include "jobs/VersionRef.h"
#include "state/Version.h"
#include "store/RemoteInfo.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMainWindow;
class QMenu;

namespace poddeck {

class HistoryWidget;
class JobRunner;
class PodListWidget;
class RemoteBrowserDialog;
class RemotePanel;
class RemotesDialog;

// Everything remotes add to the window: the Remote menu (push, pull, clone, browse, share link, remotes dialog),
// the remotes panel under the pod list (drop a version on a remote to push it), the sync badges of the
// pod list, and paste of share links. Each operation runs as one job; MainWindow only forwards the
// signals below to its views.
class RemoteOperations : public QObject
{
    Q_OBJECT

public:
    RemoteOperations(JobRunner *jobs, const QString &home, PodListWidget *pods, HistoryWidget *history,
                     QMainWindow *window);

    const QList<RemoteInfo> &remotes() const { return m_remotes; }
    bool remotesLoaded() const { return m_remotesLoaded; }
    RemotePanel *panel() const { return m_panel; }
    QMenu *menu() const { return m_menu; }

public Q_SLOTS:
    // Opens (or raises) the remotes dialog, window-modal to `parent` (default: the main window).
    void showRemotesDialog(QWidget *parent = nullptr);
    void reloadRemotes();
    void reloadSyncStates();
    // `remote` empty: the only remote, or ask which.
    void push(const poddeck::VersionRef &ref, const QString &remote = QString());
    void pull(const QString &pod, const QString &remote = QString());
    void cloneFromRemote();
    // Opens (or raises) Remote > Browse Remote… on `remote` (empty: the first one).
    void browseRemote(const QString &remote = QString());
    // Copies a pod from a remote here: a clone, or a pull when this home has the pod (`local`). With
    // `inject`, then asks (injectRequested) to inject the remote's newest version.
    void fetchPod(const QString &remote, const QString &pod, bool local, bool inject = false);
    void copyShareLink(const poddeck::Version &version);
    // Imports what the clipboard holds when it is a share link (http, https, file) or a .pod path.
    void pasteFromClipboard();

Q_SIGNALS:
    void catalogueChanged(const QString &selectPod);
    void message(const QString &text);
    void failed(const QString &summary, const QString &details);
    void importRequested(const QStringList &files);
    // A fetched pod's newest version, to inject through the window's usual inject path.
    void injectRequested(const poddeck::VersionRef &ref);

private:
    void createActions();
    void updateActions();
    // Calls `then` with the remote to use: the only one, or the one the user picks.
    void withRemote(const QString &title, const QString &label, std::function<void(const QString &)> then);
    void showPushConflict(const QString &pod, const QString &remote, const QString &detail);
    void report(const QString &what, const Error &error);

    JobRunner *m_jobs;
    QString m_home;
    PodListWidget *m_pods;
    HistoryWidget *m_history;
    QMainWindow *m_window;
    RemotePanel *m_panel;
    QMenu *m_menu = nullptr;
    QPointer<RemotesDialog> m_dialog;
    QPointer<RemoteBrowserDialog> m_browser;
    QList<RemoteInfo> m_remotes;
    bool m_remotesLoaded = false;
    LatestRequest m_remotesLatest;
    LatestRequest m_syncLatest;
    // Shared with the refresh jobs: a refresh reads only the pods that changed since the last one.
    std::shared_ptr<SyncStateCache> m_syncCache = std::make_shared<SyncStateCache>();

    QAction *m_pushAction = nullptr;
    QAction *m_pullAction = nullptr;
    QAction *m_cloneAction = nullptr;
    QAction *m_browseAction = nullptr;
    QAction *m_shareAction = nullptr;
    QAction *m_remotesAction = nullptr;
    QAction *m_pasteAction = nullptr;
};

} // namespace poddeck
