#include "app/remotes/RemoteOperations.h"

#include "app/Actions.h"
#include "app/ItemFormat.h"
#include "app/history/HistoryWidget.h"
#include "app/jobs/JobRunner.h"
#include "app/podlist/PodListModel.h"
#include "app/podlist/PodListWidget.h"
#include "app/remotes/CloneDialog.h"
#include "app/remotes/RemoteBrowserDialog.h"
#include "app/remotes/RemotePanel.h"
#include "app/remotes/RemotesDialog.h"
#include "jobs/RemoteQueries.h"
#include "jobs/Share.h"
#include "jobs/Sync.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QLocale>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QUrl>

namespace poddeck {

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

bool isImportablePath(const QString &path)
{
    return path.endsWith(QLatin1String(".pod"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

// What an import of the clipboard would read: share links (http, https, file URLs) and .pod paths.
QStringList importableFrom(const QMimeData *mime)
{
    QStringList out;
    if (!mime || VersionMimeData::decode(mime))
        return out;
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (isWebUrl(url))
                out.append(url.toString(QUrl::FullyEncoded));
            else if (url.isLocalFile() && url.hasFragment()) // an encrypted share's #key=...
                out.append(url.toString(QUrl::FullyEncoded));
            else if (url.isLocalFile() && isImportablePath(url.toLocalFile()))
                out.append(url.toLocalFile());
        }
        if (!out.isEmpty())
            return out;
    }
    const QStringList lines = mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString line : lines) {
        line = line.trimmed();
        const QUrl url(line, QUrl::StrictMode);
        if (isWebUrl(url))
            out.append(line); // as given: a presigned URL's signature must stay byte for byte
        else if (url.isLocalFile())
            out.append(url.hasFragment() ? line : url.toLocalFile()); // keep an encrypted share's #key=...
        else if (isImportablePath(line))
            out.append(line);
    }
    return out;
}

} // namespace

RemoteOperations::RemoteOperations(JobRunner *jobs, const QString &home, PodListWidget *pods, HistoryWidget *history,
                                   QMainWindow *window)
    : QObject(window), m_jobs(jobs), m_home(home), m_pods(pods), m_history(history), m_window(window),
      m_panel(new RemotePanel(pods))
{
    setObjectName(QStringLiteral("remoteOperations"));
    createActions();
    m_pods->addPanel(m_panel);
    connect(m_panel, &RemotePanel::versionDropped, this, [this](const VersionMimeData::Ref &v, const QString &remote) {
        push(VersionRef{v.pod, v.number}, remote);
    });
    connect(m_panel, &RemotePanel::manageRequested, this, [this] { showRemotesDialog(); });
    // The badges follow every reload of the pod list (after commits, imports, pushes and pulls alike).
    connect(m_pods->model(), &QAbstractItemModel::modelReset, this, &RemoteOperations::reloadSyncStates);
    connect(m_pods, &PodListWidget::currentPodChanged, this, &RemoteOperations::updateActions);
    connect(m_history, &HistoryWidget::currentVersionChanged, this, &RemoteOperations::updateActions);
    updateActions();
    reloadRemotes();
}

void RemoteOperations::createActions()
{
    m_pushAction = addWindowAction(m_window, QStringLiteral("pushAction"), tr("&Push"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                   tr("Push the current pod to a remote"));
    m_pushAction->setIcon(m_window->style()->standardIcon(QStyle::SP_ArrowUp));
    m_pullAction = addWindowAction(m_window, QStringLiteral("pullAction"), tr("P&ull"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                   tr("Pull the current pod's new versions from a remote"));
    m_pullAction->setIcon(m_window->style()->standardIcon(QStyle::SP_ArrowDown));
    m_cloneAction = addWindowAction(m_window, QStringLiteral("cloneAction"), tr("&Clone from Remote…"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                    tr("Copy a pod from a remote to this home"));
    m_browseAction = addWindowAction(m_window, QStringLiteral("browseRemoteAction"), tr("&Browse Remote…"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                                     tr("List every pod on a remote with its description and labels"));
    m_shareAction = addWindowAction(m_window, QStringLiteral("copyShareLinkAction"), tr("Copy &Share Link"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                                    tr("Upload the selected version and copy a link to it"));
    m_remotesAction = addWindowAction(m_window, QStringLiteral("remotesAction"), tr("&Remotes…"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma),
                                      tr("Add, remove and test remotes"));
    m_pasteAction = addWindowAction(m_window, QStringLiteral("pasteImportAction"), tr("Paste &Link"),
                                    QKeySequence(QKeySequence::Paste),
                                    tr("Import the share link or .pod file on the clipboard"));

    connect(m_pushAction, &QAction::triggered, this, [this] {
        if (!m_pods->currentPod().isEmpty())
            push(VersionRef{m_pods->currentPod(), 0});
    });
    connect(m_pullAction, &QAction::triggered, this, [this] {
        if (!m_pods->currentPod().isEmpty())
            pull(m_pods->currentPod());
    });
    connect(m_cloneAction, &QAction::triggered, this, &RemoteOperations::cloneFromRemote);
    connect(m_browseAction, &QAction::triggered, this, [this] { browseRemote(); });
    connect(m_shareAction, &QAction::triggered, this, [this] {
        if (const std::optional<Version> v = m_history->currentVersion())
            copyShareLink(*v);
    });
    connect(m_remotesAction, &QAction::triggered, this, [this] { showRemotesDialog(); });
    connect(m_pasteAction, &QAction::triggered, this, &RemoteOperations::pasteFromClipboard);

    m_menu = m_window->menuBar()->addMenu(tr("&Remote"));
    m_menu->setObjectName(QStringLiteral("remoteMenu"));
    m_menu->addActions({m_pushAction, m_pullAction, m_cloneAction, m_browseAction});
    m_menu->addSeparator();
    m_menu->addActions({m_shareAction, m_pasteAction});
    m_menu->addSeparator();
    m_menu->addAction(m_remotesAction);

    m_pods->view()->addActions({m_pushAction, m_pullAction});
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_history->view()->addActions({separator, m_shareAction});
}

void RemoteOperations::updateActions()
{
    const bool pod = !m_pods->currentPod().isEmpty();
    m_pushAction->setEnabled(pod);
    m_pullAction->setEnabled(pod);
    m_shareAction->setEnabled(m_history->currentVersion().has_value());
}

void RemoteOperations::report(const QString &what, const Error &error)
{
    if (error.code == Error::Code::Cancelled)
        Q_EMIT message(tr("%1: cancelled").arg(what));
    else
        Q_EMIT failed(tr("%1 failed: %2").arg(what, error.message), error.message);
}

void RemoteOperations::showRemotesDialog(QWidget *parent)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new RemotesDialog(m_jobs, m_home, parent ? parent : m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &RemotesDialog::remotesChanged, this, [this] {
        reloadRemotes();
        reloadSyncStates();
    });
    m_dialog->open();
}

void RemoteOperations::reloadRemotes()
{
    m_jobs->run(
        tr("Reading remotes"), [home = m_home](JobContext &c) { return loadRemotes(home, c); }, this,
        m_remotesLatest.wrap([this](Result<QList<RemoteInfo>> remotes) {
            // A home whose catalogue cannot be read says so in the pod list already.
            m_remotes = remotes ? *remotes : QList<RemoteInfo>();
            m_remotesLoaded = true;
            m_panel->setRemotes(m_remotes);
        }));
}

void RemoteOperations::reloadSyncStates()
{
    m_jobs->run(
        tr("Reading sync states"), [home = m_home, cache = m_syncCache](JobContext &c) { return loadSyncStates(home, *cache, c); }, this,
        m_syncLatest.wrap([this](Result<SyncStatesByPod> states) {
            if (!states)
                return; // badges are a hint: a failed read leaves the last ones
            m_pods->model()->setSyncStates(*states);
        }));
}

void RemoteOperations::withRemote(const QString &title, const QString &label, std::function<void(const QString &)> then)
{
    if (m_remotes.isEmpty()) {
        Q_EMIT message(tr("No remote yet: add an S3 bucket or a shared folder first"));
        showRemotesDialog();
        return;
    }
    if (m_remotes.size() == 1) {
        then(m_remotes.first().name);
        return;
    }
    QStringList names;
    for (const RemoteInfo &r : std::as_const(m_remotes))
        names.append(r.name);
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("chooseRemoteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(false);
    connect(dialog, &QInputDialog::textValueSelected, this, [then = std::move(then)](const QString &name) { then(name); });
    dialog->open();
}

void RemoteOperations::push(const VersionRef &ref, const QString &remote)
{
    if (remote.isEmpty()) {
        withRemote(tr("Push %1").arg(ref.toString()), tr("Push %1 to:").arg(ref.toString()),
                   [this, ref](const QString &name) { push(ref, name); });
        return;
    }
    const QString what = tr("Push of %1 to %2").arg(ref.toString(), remote);
    m_jobs->run(
        tr("Pushing %1 to %2").arg(ref.toString(), remote),
        [request = PushRequest{m_home, ref, remote}](JobContext &c) { return pushPod(request, c); }, this,
        [this, what, ref, remote](Result<PushReport> done) {
            if (!done) {
                if (done.error().code == Error::Code::Conflict)
                    showPushConflict(ref.pod, remote, done.error().message);
                else
                    report(what, done.error());
                Q_EMIT catalogueChanged(QString()); // the remote ref may have moved: refresh the badges
                return;
            }
            if (done->upToDate && done->descriptionPushed)
                Q_EMIT message(tr("Remote '%1' already has %2:%3; sent the pod's new description").arg(done->remote, done->pod).arg(done->head.number));
            else if (done->upToDate)
                Q_EMIT message(tr("Remote '%1' already has %2:%3; nothing to push").arg(done->remote, done->pod).arg(done->head.number));
            else
                Q_EMIT message(tr("Pushed %1:%2 to '%3': %n new version(s), ", nullptr, done->versionsPushed)
                                   .arg(done->pod)
                                   .arg(done->head.number)
                                   .arg(done->remote) +
                               tr("%n object(s) uploaded (%1)", nullptr, done->objectsUploaded).arg(ItemFormat::bytes(done->bytesUploaded)));
            Q_EMIT catalogueChanged(QString());
        });
}

void RemoteOperations::showPushConflict(const QString &pod, const QString &remote, const QString &detail)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Pull and Merge First"),
                                tr("Someone pushed new versions of '%1' to '%2' since you last pulled, so your push "
                                   "would lose them. Nothing was changed on the remote.")
                                    .arg(pod, remote),
                                QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("pushConflictMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Pull to get their versions (Remote > Pull), inject theirs into your instance with "
                               "the deep-merge strategy and resolve any conflicts, commit the result, then push "
                               "again."));
    box->setDetailedText(detail);
    QPushButton *pullNow = box->addButton(tr("&Pull Now"), QMessageBox::AcceptRole);
    pullNow->setObjectName(QStringLiteral("pullNowButton"));
    connect(box, &QMessageBox::buttonClicked, this, [this, pullNow, pod, remote](QAbstractButton *clicked) {
        if (clicked == pullNow)
            pull(pod, remote);
    });
    box->open();
}

void RemoteOperations::pull(const QString &pod, const QString &remote)
{
    if (remote.isEmpty()) {
        withRemote(tr("Pull %1").arg(pod), tr("Pull %1 from:").arg(pod),
                   [this, pod](const QString &name) { pull(pod, name); });
        return;
    }
    fetchPod(remote, pod, true);
}

void RemoteOperations::cloneFromRemote()
{
    withRemote(tr("Clone from Remote"), tr("Clone a pod from:"), [this](const QString &remote) {
        m_jobs->run(
            tr("Listing pods on %1").arg(remote),
            [home = m_home, remote](JobContext &c) { return listRemotePods(home, remote, c); }, this,
            [this, remote](Result<QList<RemotePodInfo>> pods) {
                if (!pods) {
                    report(tr("Listing the pods on %1").arg(remote), pods.error());
                    return;
                }
                auto *dialog = new CloneDialog(remote, *pods, m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, this, [this, dialog, remote] { fetchPod(remote, dialog->pod(), false); });
                dialog->open();
            });
    });
}

void RemoteOperations::fetchPod(const QString &remote, const QString &pod, bool local, bool inject)
{
    const QString what = local ? tr("Pull of %1 from %2").arg(pod, remote) : tr("Clone of %1 from %2").arg(pod, remote);
    m_jobs->run(
        local ? tr("Pulling %1 from %2").arg(pod, remote) : tr("Cloning %1 from %2").arg(pod, remote),
        [request = PullRequest{m_home, pod, 0, remote, !local}](JobContext &c) { return pullPod(request, c); }, this,
        [this, what, local, inject](Result<PullReport> done) {
            if (!done) {
                report(what, done.error());
                return;
            }
            if (!local)
                Q_EMIT message(tr("Cloned '%1' from '%2': %n version(s)", nullptr, int(done->versions.size()))
                                   .arg(done->pod, done->remote));
            else if (done->versionsAdded == 0 && done->descriptionUpdated)
                Q_EMIT message(tr("Pod '%1' is up to date with '%2'; its description changed there and was taken").arg(done->pod, done->remote));
            else if (done->versionsAdded == 0)
                Q_EMIT message(tr("Pod '%1' is up to date with '%2'").arg(done->pod, done->remote));
            else
                Q_EMIT message(tr("Pulled %n new version(s) of '%1' from '%2'", nullptr, done->versionsAdded)
                                   .arg(done->pod, done->remote));
            Q_EMIT catalogueChanged(done->pod);
            if (m_browser)
                m_browser->reload(); // the pod is here now
            if (!inject)
                return;
            for (const Version &v : std::as_const(done->versions))
                if (v.id == done->remoteHead)
                    Q_EMIT injectRequested(VersionRef{done->pod, v.number});
        });
}

void RemoteOperations::browseRemote(const QString &remote)
{
    if (m_browser) {
        m_browser->raise();
        m_browser->activateWindow();
        return;
    }
    if (m_remotes.isEmpty()) {
        Q_EMIT message(tr("No remote yet: add an S3 bucket or a shared folder first"));
        showRemotesDialog();
        return;
    }
    m_browser = new RemoteBrowserDialog(m_jobs, m_home, m_remotes, remote.isEmpty() ? m_remotes.first().name : remote, m_window);
    m_browser->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_browser, &RemoteBrowserDialog::cloneRequested, this,
            [this](const QString &from, const QString &pod, bool local) { fetchPod(from, pod, local); });
    // Not modal: rows drag onto the instance bar of the window behind it.
    m_browser->show();
}

void RemoteOperations::copyShareLink(const Version &version)
{
    const VersionRef ref{version.pod, version.number};
    withRemote(tr("Copy Share Link"), tr("Upload %1 to:").arg(ref.toString()), [this, ref](const QString &remote) {
        const QString what = tr("Share link for %1").arg(ref.toString());
        ShareRequest request;
        request.home = m_home;
        request.ref = ref;
        request.remote = remote; // expiry: the request's default, 24 hours
        m_jobs->run(
            tr("Sharing %1 on %2").arg(ref.toString(), remote),
            [request](JobContext &c) { return shareVersion(request, c); }, this,
            [this, what](Result<ShareReport> done) {
                if (!done) {
                    report(what, done.error());
                    return;
                }
                QGuiApplication::clipboard()->setText(done->url);
                const QString version = QStringLiteral("%1:%2").arg(done->version.pod).arg(done->version.number);
                const QString until = QLocale().toString(done->expires.toLocalTime(), QLocale::ShortFormat);
                Q_EMIT message(done->encrypted
                                   ? tr("Encrypted share link for %1 copied to the clipboard (the key is in the link); it works until %2")
                                         .arg(version, until)
                                   : tr("Share link for %1 copied to the clipboard; it works until %2").arg(version, until));
            });
    });
}

void RemoteOperations::pasteFromClipboard()
{
    const QStringList files = importableFrom(QGuiApplication::clipboard()->mimeData());
    if (files.isEmpty()) {
        Q_EMIT message(tr("Nothing to import on the clipboard: copy a share link (https://…) or a .pod file"));
        return;
    }
    Q_EMIT importRequested(files);
}

} // namespace poddeck
