#include "app/MainWindow.h"

#include "app/MainWindowActions.h"
#include "app/EmptyStateWidget.h"
#include "app/contents/ContentsWidget.h"
#include "app/diff/DiffActions.h"
#include "app/instance/DriftButton.h"
#include "app/dialogs/SettingsDialog.h"
#include "app/history/DragExportCache.h"
#include "app/history/HistoryWidget.h"
#include "app/history/VersionListModel.h"
#include "app/instance/InstanceBar.h"
#include "app/instance/InstanceOperations.h"
#include "app/jobs/ImportFiles.h"
#include "app/jobs/JobRunner.h"
#include "app/jobs/JobStatusWidget.h"
#include "app/jobspanel/JobsPanel.h"
#include "app/operations/VersionOperations.h"
#include "app/podlist/PodListModel.h"
#include "app/podlist/PodListWidget.h"
#include "app/remotes/RemoteOperations.h"
#include "jobs/PodQueries.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace poddeck {

namespace {

constexpr int StatusMessageMs = 15000;

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls() || VersionMimeData::decode(mime))
        return files; // our own version drags are not imports
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            files.append(url.toLocalFile());
        else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            files.append(url.toString(QUrl::FullyEncoded)); // a share link: the import downloads it
    return files;
}

void applyTheme(bool followDesktop)
{
    // Fusion is the same everywhere; the desktop's style is what the platform picked at start.
    static const QString desktopStyle = QApplication::style()->name();
    const QString wanted = followDesktop ? desktopStyle : QStringLiteral("fusion");
    if (QApplication::style()->name().compare(wanted, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(wanted));
}

} // namespace

MainWindow::MainWindow(const QString &home, QWidget *parent)
    : QMainWindow(parent), m_home(home), m_jobs(new JobRunner(this)), m_instance(new InstanceBar(m_jobs, home, this)),
      m_pages(new QStackedWidget(this)), m_emptyState(new EmptyStateWidget(m_pages)),
      m_splitter(new QSplitter(Qt::Horizontal, m_pages)), m_podList(new PodListWidget(m_splitter)),
      m_history(new HistoryWidget(m_splitter)), m_contents(new ContentsWidget(m_jobs, m_splitter)),
      m_jobStatus(new JobStatusWidget(m_jobs, this)),
      m_instanceOperations(new InstanceOperations(m_jobs, home, m_instance, this)),
      m_versionOperations(new VersionOperations(m_jobs, home, this)),
      m_dragExports(new DragExportCache(m_jobs, home, this))
{
    m_history->model()->setDragExport([this](const Version &v) { return m_dragExports->begin(v); });
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PodDeck — %1").arg(QDir::toNativeSeparators(home)));
    setAcceptDrops(true);

    m_pages->setObjectName(QStringLiteral("pages"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_podList);
    m_splitter->addWidget(m_history);
    m_splitter->addWidget(m_contents);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_emptyState);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_instance);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_jobStatus);

    m_actions = new MainWindowActions(this, {m_instance, m_podList, m_history}, m_instanceOperations,
                                      m_versionOperations);
    connectActions();
    connectViews();
    // Remotes bring their own menu, panel, badges and paste (src/app/remotes/); the window only refreshes.
    m_remotes = new RemoteOperations(m_jobs, home, m_podList, m_history, this);
    connect(m_remotes, &RemoteOperations::catalogueChanged, this,
            [this](const QString &pod) { loadPods(pod.isEmpty() ? m_podList->currentPod() : pod); });
    connect(m_remotes, &RemoteOperations::message, this, &MainWindow::showMessage);
    connect(m_remotes, &RemoteOperations::failed, this, &MainWindow::reportError);
    connect(m_remotes, &RemoteOperations::importRequested, this, &MainWindow::importFiles);
    connect(m_remotes, &RemoteOperations::injectRequested, m_instanceOperations,
            [this](const VersionRef &ref) { m_instanceOperations->inject(ref); });
    connect(m_instance, &InstanceBar::remotePodDropped, m_remotes, [this](const QString &remote, const QString &pod) {
        m_remotes->fetchPod(remote, pod, m_podList->model()->rowOf(pod) >= 0, true);
    });

    // The jobs of this session in a dock (hidden until asked for), and the ways into a comparison.
    m_jobsPanel = new JobsPanel(m_jobs, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsPanel);
    m_jobsPanel->hide();
    addAction(m_jobsPanel->toggleAction());
    connect(m_jobStatus, &JobStatusWidget::clicked, m_jobsPanel, &JobsPanel::toggle);
    m_diffActions = new DiffActions(m_jobs, home, m_instance, m_history, this);
    connect(m_instance->driftButton(), &DriftButton::compareRequested, m_diffActions, &DiffActions::compareWithInstance);
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        view->addAction(m_jobsPanel->toggleAction());
    }
    if (auto *version = menuBar()->findChild<QMenu *>(QStringLiteral("versionMenu"))) {
        version->addSeparator();
        version->addActions({m_diffActions->compareVersionsAction(), m_diffActions->compareLiveAction()});
    }

    readSettings();
    applyTheme(m_instance->settings().followDesktopTheme);
    loadPods(QString());
    m_instance->refresh();
}

MainWindow::~MainWindow()
{
    // Stop the workers before the views they report to go away (their results would be dropped anyway).
    m_instance->shutdown();
    delete m_jobs;
    m_jobs = nullptr;
}

std::optional<Version> MainWindow::currentVersion() const
{
    return m_history->currentVersion();
}

void MainWindow::connectActions()
{
    addAction(m_jobStatus->cancelAction());
    connect(m_actions->importAction(), &QAction::triggered, this, &MainWindow::showImportDialog);
    connect(m_actions->quitAction(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->refreshAction(), &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions->filterAction(), &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_splitter);
        m_podList->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_podList->filterEdit()->selectAll();
    });
    connect(m_actions->searchAction(), &QAction::triggered, this, [this] {
        m_contents->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_contents->searchEdit()->selectAll();
    });
    connect(m_actions->settingsAction(), &QAction::triggered, this, &MainWindow::showSettingsDialog);
}

void MainWindow::connectViews()
{
    connect(m_emptyState, &EmptyStateWidget::importRequested, m_actions->importAction(), &QAction::trigger);
    connect(m_emptyState, &EmptyStateWidget::commitRequested, m_actions->commitAction(), &QAction::trigger);
    connect(m_emptyState, &EmptyStateWidget::startMotoRequested, m_instance, &InstanceBar::startLocalMoto);
    connect(m_instance, &InstanceBar::statusChanged, this, &MainWindow::updateWelcome);
    connect(m_podList, &PodListWidget::currentPodChanged, this, &MainWindow::loadVersions);
    connect(m_history, &HistoryWidget::currentVersionChanged, this, [this](const std::optional<Version> &v) {
        m_contents->showVersion(m_home, v);
        m_actions->update();
    });
    connect(m_instance, &InstanceBar::statusChanged, this, &MainWindow::onInstanceStatus);
    connect(m_instance, &InstanceBar::injectRequested, this, [this](const VersionMimeData::Ref &ref) {
        m_instanceOperations->inject(VersionRef{ref.pod, ref.number});
    });
    for (Operations *operations : std::initializer_list<Operations *>{m_instanceOperations, m_versionOperations}) {
        connect(operations, &Operations::catalogueChanged, this,
                [this](const QString &pod) { loadPods(pod.isEmpty() ? m_podList->currentPod() : pod); });
        connect(operations, &Operations::message, this, &MainWindow::showMessage);
        connect(operations, &Operations::failed, this, &MainWindow::reportError);
    }
    connect(m_instanceOperations, &InstanceOperations::instanceChanged, m_instance, &InstanceBar::refresh);
    connect(m_contents, &ContentsWidget::attachCodeRequested, m_versionOperations, &VersionOperations::attachCode);
}

void MainWindow::onInstanceStatus()
{
    const auto &status = m_instance->status();
    m_history->setHead(status && status->head && status->head->pod == m_history->pod() ? status->head->version
                                                                                        : ObjectId());
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, StatusMessageMs);
}

void MainWindow::showSettingsDialog()
{
    AppSettings current = m_instance->settings();
    auto *dialog = new SettingsDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::remotesRequested, this, [this, dialog] { m_remotes->showRemotesDialog(dialog); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppSettings settings = dialog->settings();
        settings.save();
        m_instance->setSettings(settings);
        applyTheme(settings.followDesktopTheme);
    });
    dialog->open();
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(QSize(1360, 780).boundedTo(screen()->availableGeometry().size() * 0.9)); // never past a small screen
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    // Three panes since the contents view came: older two-pane states are not restored.
    if (!m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/panes")).toByteArray()) ||
        m_splitter->sizes().size() != 3)
        m_splitter->setSizes({320, 640, 420}); // the pod list shows name, versions and last change unclipped
    m_podList->restoreHeaderState(settings.value(QStringLiteral("podList/header")).toByteArray());
    m_history->restoreHeaderState(settings.value(QStringLiteral("history/header2")).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/panes"), m_splitter->saveState());
    settings.setValue(QStringLiteral("podList/header"), m_podList->saveHeaderState());
    settings.setValue(QStringLiteral("history/header2"), m_history->saveHeaderState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    // An import cut short leaves the catalogue as it was (the core adds versions in one transaction).
    m_jobs->cancelAll();
    event->accept();
}

void MainWindow::refresh()
{
    loadPods(m_podList->currentPod());
}

void MainWindow::loadPods(const QString &select)
{
    m_jobs->run(
        tr("Loading pods"), [home = m_home](JobContext &context) { return poddeck::loadPods(home, context); },
        this, m_podsLatest.wrap([this, select](Result<QList<PodInfo>> pods) {
            if (pods)
                onPodsLoaded(*pods, select);
            else
                onPodsFailed(pods.error());
        }));
}

void MainWindow::onPodsLoaded(const QList<PodInfo> &pods, const QString &select)
{
    m_podList->setPods(pods, select);
    if (pods.isEmpty()) {
        m_welcome = true;
        updateWelcome();
        m_pages->setCurrentWidget(m_emptyState);
    } else {
        m_welcome = false;
        m_pages->setCurrentWidget(m_splitter);
    }
    loadVersions(m_podList->currentPod());
    m_actions->update();
}

void MainWindow::updateWelcome()
{
    if (!m_welcome)
        return;
    const bool answers = m_instance->isReachable();
    const QString text =
        answers ? tr("No pods yet. The instance at %1 answers: commit its state as your first pod, drop a "
                     ".pod file or LocalStack state zip here, or run `poddeck-cli commit POD --from-dir DIR`.")
                : tr("No pods yet, and nothing answers at %1. Start a local moto_server to build state in, "
                     "drop a .pod file or LocalStack state zip here, or run `poddeck-cli commit POD --from-dir DIR`.");
    m_emptyState->setMessage(tr("Welcome to PodDeck"), text.arg(m_instance->endpoint()), true);
    m_emptyState->setPrimary(answers ? EmptyStateWidget::Primary::CommitInstance : EmptyStateWidget::Primary::StartMoto);
}

void MainWindow::onPodsFailed(const Error &error)
{
    m_welcome = false;
    m_emptyState->setPrimary(EmptyStateWidget::Primary::None);
    m_podList->setPods({});
    m_history->showPod(QString());
    m_emptyState->setMessage(tr("Could not open the catalogue"),
                             tr("%1\n\nHome: %2").arg(error.message, QDir::toNativeSeparators(m_home)), false);
    m_pages->setCurrentWidget(m_emptyState);
    reportError(tr("Could not open the catalogue: %1").arg(error.message), error.message);
}

void MainWindow::loadVersions(const QString &pod)
{
    m_history->showPod(pod);
    if (pod.isEmpty()) {
        m_versionsLatest.invalidate(); // the versions of a pod shown before are of no use now
        return;
    }
    struct Loaded
    {
        QList<Version> versions; // newest first
        Lanes lanes;
    };
    m_jobs->run(
        tr("Loading versions of %1").arg(pod),
        [home = m_home, pod](JobContext &context) -> Result<Loaded> {
            Result<QList<Version>> versions = poddeck::loadVersions(home, pod, context);
            if (!versions)
                return versions.error();
            // Sorting and the graph's lanes, here rather than on the GUI thread.
            Loaded loaded{std::move(*versions), Lanes()};
            VersionListModel::sortNewestFirst(loaded.versions);
            loaded.lanes.compute(loaded.versions);
            return loaded;
        },
        this, m_versionsLatest.wrap([this, pod](Result<Loaded> loaded) {
            if (loaded) {
                m_history->setSortedVersions(pod, std::move(loaded->versions), std::move(loaded->lanes));
                onInstanceStatus();
            } else {
                m_history->showError(pod, loaded.error().message);
            }
        }));
}

void MainWindow::showImportDialog()
{
    QSettings settings;
    auto *dialog = new QFileDialog(this, tr("Import Pods"),
                                   settings.value(QStringLiteral("import/directory"), QDir::homePath()).toString());
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilters({tr("PodDeck bundles (*.pod)"), tr("LocalStack state (*.zip)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, [this, dialog](const QStringList &files) {
        QSettings().setValue(QStringLiteral("import/directory"), dialog->directory().absolutePath());
        importFiles(files);
    });
    dialog->open(); // window-modal, no nested event loop
}

void MainWindow::importFiles(const QStringList &files)
{
    if (files.isEmpty())
        return;
    const QString title = files.size() == 1 ? tr("Importing %1").arg(importDisplayName(files.first()))
                                            : tr("Importing %n file(s)", nullptr, int(files.size()));
    statusBar()->showMessage(title + QStringLiteral("…"));
    m_jobs->run(
        title, [home = m_home, files](JobContext &context) { return poddeck::importFiles(home, files, context); },
        this, [this](Result<QList<FileImport>> imports) {
            statusBar()->clearMessage();
            if (!imports) {
                if (imports.error().code == Error::Code::Cancelled)
                    statusBar()->showMessage(tr("Import cancelled"), StatusMessageMs);
                else
                    reportError(tr("Could not import: %1").arg(imports.error().message), imports.error().message);
                refresh(); // files before a cancelled one may have gone in
                return;
            }
            onImportsFinished(*imports);
        });
}

void MainWindow::onImportsFinished(const QList<FileImport> &imports)
{
    const QString imported = describeImported(imports);
    QString details;
    const QString failed = describeFailed(imports, &details);
    if (!imported.isEmpty())
        statusBar()->showMessage(imported, StatusMessageMs);
    if (!failed.isEmpty())
        reportError(failed, details);
    else
        m_jobStatus->clearError();

    QString select;
    for (auto it = imports.crbegin(); it != imports.crend() && select.isEmpty(); ++it)
        if (it->report)
            select = it->report->pod;
    loadPods(select.isEmpty() ? m_podList->currentPod() : select);
}

void MainWindow::reportError(const QString &summary, const QString &details)
{
    m_jobStatus->showError(summary, details);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(files);
}

} // namespace poddeck
