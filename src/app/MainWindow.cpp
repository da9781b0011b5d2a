#include "app/MainWindow.h"

#include "app/EmptyStateWidget.h"
#include "app/history/HistoryWidget.h"
#include "app/jobs/CatalogueReads.h"
#include "app/jobs/ImportFiles.h"
#include "app/jobs/JobRunner.h"
#include "app/jobs/JobStatusWidget.h"
#include "app/podlist/PodListWidget.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace poddeck {

namespace {

constexpr int StatusMessageMs = 15000;

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    return files;
}

} // namespace

MainWindow::MainWindow(const QString &home, QWidget *parent)
    : QMainWindow(parent), m_home(home), m_jobs(new JobRunner(this)), m_pages(new QStackedWidget(this)),
      m_emptyState(new EmptyStateWidget(m_pages)), m_splitter(new QSplitter(Qt::Horizontal, m_pages)),
      m_podList(new PodListWidget(m_splitter)), m_history(new HistoryWidget(m_splitter)),
      m_jobStatus(new JobStatusWidget(m_jobs, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PodDeck — %1").arg(QDir::toNativeSeparators(home)));
    setAcceptDrops(true);

    m_pages->setObjectName(QStringLiteral("pages"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_podList);
    m_splitter->addWidget(m_history);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_emptyState);
    setCentralWidget(m_pages);
    m_pages->setContentsMargins(6, 6, 6, 0);

    statusBar()->addPermanentWidget(m_jobStatus);

    createActions();
    createMenus();
    createToolBar();

    connect(m_emptyState, &EmptyStateWidget::importRequested, m_importAction, &QAction::trigger);
    connect(m_podList, &PodListWidget::currentPodChanged, this, &MainWindow::loadVersions);

    readSettings();
    loadPods(QString());
}

MainWindow::~MainWindow()
{
    // Stop the workers before the views they report to go away (their results would be dropped anyway).
    delete m_jobs;
    m_jobs = nullptr;
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut,
                       const QString &accessible, QStyle::StandardPixmap icon) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(accessible, shortcut.toString(QKeySequence::NativeText)));
        action->setStatusTip(accessible);
        // QAction has no accessible name of its own: menus read its text, and the tool bar button made
        // for it gets this (see createToolBar()).
        action->setProperty("accessibleName", accessible);
        if (icon != QStyle::SP_CustomBase)
            action->setIcon(style()->standardIcon(icon));
        addAction(action); // shortcuts work even where no menu or tool bar shows the action
        return action;
    };
    m_importAction = make(QStringLiteral("importAction"), tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                          tr("Import a pod bundle or LocalStack state zip"), QStyle::SP_DialogOpenButton);
    m_quitAction = make(QStringLiteral("quitAction"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                        tr("Quit PodDeck"), QStyle::SP_CustomBase);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_refreshAction = make(QStringLiteral("refreshAction"), tr("&Refresh"), QKeySequence(Qt::Key_F5),
                           tr("Reload pods and versions from the catalogue"), QStyle::SP_BrowserReload);
    m_filterAction = make(QStringLiteral("filterAction"), tr("&Filter Pods"), QKeySequence(Qt::CTRL | Qt::Key_F),
                          tr("Filter pods by name"), QStyle::SP_CustomBase);
    addAction(m_jobStatus->cancelAction());

    connect(m_importAction, &QAction::triggered, this, &MainWindow::showImportDialog);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_splitter);
        m_podList->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_podList->filterEdit()->selectAll();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_refreshAction);
    view->addAction(m_filterAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : {m_importAction, m_refreshAction}) {
        bar->addAction(action);
        if (QWidget *button = bar->widgetForAction(action))
            button->setAccessibleName(action->property("accessibleName").toString());
    }
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1180, 720);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray()))
        m_splitter->setSizes({470, 710});
    m_podList->restoreHeaderState(settings.value(QStringLiteral("podList/header")).toByteArray());
    m_history->restoreHeaderState(settings.value(QStringLiteral("history/header")).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("podList/header"), m_podList->saveHeaderState());
    settings.setValue(QStringLiteral("history/header"), m_history->saveHeaderState());
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
    const int request = ++m_podsRequest;
    m_jobs->run(
        tr("Loading pods"), [home = m_home](JobContext &context) { return poddeck::loadPods(home, context); },
        this, [this, request, select](Result<QList<PodInfo>> pods) {
            if (request != m_podsRequest)
                return;
            if (pods)
                onPodsLoaded(*pods, select);
            else
                onPodsFailed(pods.error());
        });
}

void MainWindow::onPodsLoaded(const QList<PodInfo> &pods, const QString &select)
{
    m_podList->setPods(pods, select);
    if (pods.isEmpty()) {
        m_emptyState->setMessage(tr("Welcome to PodDeck"),
                                 tr("No pods yet. Drop a .pod file or LocalStack state zip here, or run "
                                    "`poddeck-cli commit POD --from-dir DIR`."),
                                 true);
        m_pages->setCurrentWidget(m_emptyState);
    } else {
        m_pages->setCurrentWidget(m_splitter);
    }
    loadVersions(m_podList->currentPod());
}

void MainWindow::onPodsFailed(const Error &error)
{
    m_podList->setPods({});
    m_history->showPod(QString());
    m_emptyState->setMessage(tr("Could not open the catalogue"),
                             tr("%1\n\nHome: %2").arg(error.message, QDir::toNativeSeparators(m_home)), false);
    m_pages->setCurrentWidget(m_emptyState);
    reportError(tr("Could not open the catalogue: %1").arg(error.message), error.message);
}

void MainWindow::loadVersions(const QString &pod)
{
    const int request = ++m_versionsRequest;
    m_history->showPod(pod);
    if (pod.isEmpty())
        return;
    m_jobs->run(
        tr("Loading versions of %1").arg(pod),
        [home = m_home, pod](JobContext &context) { return poddeck::loadVersions(home, pod, context); }, this,
        [this, request, pod](Result<QList<Version>> versions) {
            if (request != m_versionsRequest)
                return;
            if (versions)
                m_history->setVersions(pod, *versions);
            else
                m_history->showError(pod, versions.error().message);
        });
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
    const QString title = files.size() == 1 ? tr("Importing %1").arg(QFileInfo(files.first()).fileName())
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
