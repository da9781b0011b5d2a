#include "app/MainWindowActions.h"

#include "app/Actions.h"
#include "app/history/HistoryWidget.h"
#include "app/history/VersionListModel.h"
#include "app/instance/InstanceBar.h"
#include "app/instance/InstanceOperations.h"
#include "app/operations/VersionOperations.h"
#include "app/podlist/PodListModel.h"
#include "app/podlist/PodListWidget.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>

namespace poddeck {

MainWindowActions::MainWindowActions(QMainWindow *window, const Views &views, InstanceOperations *instanceOperations,
                                     VersionOperations *versionOperations)
    : QObject(window), m_window(window), m_views(views), m_instanceOperations(instanceOperations),
      m_versionOperations(versionOperations)
{
    createActions();
    connectOperations();
    createMenus();
    createToolBar();
    update();
}

QAction *MainWindowActions::makeAction(const QString &name, const QString &text, const QKeySequence &shortcut,
                                       const QString &accessible, int icon)
{
    QAction *action = addWindowAction(m_window, name, text, shortcut, accessible);
    if (icon != int(QStyle::SP_CustomBase))
        action->setIcon(m_window->style()->standardIcon(QStyle::StandardPixmap(icon)));
    return action;
}

void MainWindowActions::createActions()
{
    m_importAction = makeAction(QStringLiteral("importAction"), tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                                tr("Import a pod bundle or LocalStack state zip"), QStyle::SP_DialogOpenButton);
    m_quitAction = makeAction(QStringLiteral("quitAction"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                              tr("Quit PodDeck"), QStyle::SP_CustomBase);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_refreshAction = makeAction(QStringLiteral("refreshAction"), tr("&Refresh"), QKeySequence(Qt::Key_F5),
                                 tr("Reload pods and versions from the catalogue"), QStyle::SP_BrowserReload);
    m_filterAction = makeAction(QStringLiteral("filterAction"), tr("&Filter Pods"), QKeySequence(Qt::CTRL | Qt::Key_F),
                                tr("Filter pods by name"), QStyle::SP_CustomBase);
    m_searchAction = makeAction(QStringLiteral("searchContentsAction"), tr("&Search Contents"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                                tr("Search the contents of the selected version"), QStyle::SP_CustomBase);
    m_commitAction = makeAction(QStringLiteral("commitAction"), tr("&Commit…"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                tr("Commit the instance into a pod"), QStyle::SP_DialogSaveButton);
    m_injectAction = makeAction(QStringLiteral("injectAction"), tr("&Inject…"), QKeySequence(Qt::CTRL | Qt::Key_J),
                                tr("Inject the selected version into the instance"), QStyle::SP_ArrowUp);
    m_mergeAction = makeAction(QStringLiteral("mergeAction"), tr("&Merge Into…"), QKeySequence(Qt::CTRL | Qt::Key_M),
                               tr("Merge the selected version into another version of its pod"), QStyle::SP_CustomBase);
    m_resetAction = makeAction(QStringLiteral("resetAction"), tr("&Reset Instance…"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace),
                               tr("Delete the resources of all or some services in the instance"),
                               QStyle::SP_DialogResetButton);
    m_refreshInstanceAction = makeAction(QStringLiteral("refreshInstanceAction"), tr("Chec&k Instance"),
                                         QKeySequence(Qt::SHIFT | Qt::Key_F5), tr("Check the instance again"),
                                         QStyle::SP_CustomBase);
    m_exportAction = makeAction(QStringLiteral("exportAction"), tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                tr("Export the selected version as a .pod bundle or LocalStack state zip"),
                                QStyle::SP_DriveFDIcon);
    m_deleteVersionAction = makeAction(QStringLiteral("deleteVersionAction"), tr("&Delete Version…"),
                                       QKeySequence(Qt::Key_Delete), tr("Delete the selected version"),
                                       QStyle::SP_TrashIcon);
    m_deletePodAction = makeAction(QStringLiteral("deletePodAction"), tr("Delete &Pod…"),
                                   QKeySequence(Qt::SHIFT | Qt::Key_Delete), tr("Delete the current pod and its versions"),
                                   QStyle::SP_CustomBase);
    m_propertiesAction = makeAction(QStringLiteral("propertiesAction"), tr("P&roperties"),
                                    QKeySequence(Qt::ALT | Qt::Key_Return), tr("Show the details of the selected version"),
                                    QStyle::SP_FileDialogInfoView);
    m_settingsAction = makeAction(QStringLiteral("settingsAction"), tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                                  tr("Endpoints, regions, credentials and appearance"), QStyle::SP_CustomBase);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
}

void MainWindowActions::connectOperations()
{
    connect(m_commitAction, &QAction::triggered, this, [this] {
        QStringList pods;
        for (const PodInfo &pod : m_views.podList->model()->pods())
            pods.append(pod.name);
        m_instanceOperations->commit(pods, m_views.podList->currentPod());
    });
    connect(m_injectAction, &QAction::triggered, this, [this] {
        if (const std::optional<Version> v = m_views.history->currentVersion())
            m_instanceOperations->inject(VersionRef{v->pod, v->number});
    });
    connect(m_mergeAction, &QAction::triggered, this, [this] {
        if (const std::optional<Version> v = m_views.history->currentVersion())
            m_versionOperations->mergeInto(*v, m_views.history->model()->versions());
    });
    connect(m_resetAction, &QAction::triggered, m_instanceOperations, &InstanceOperations::resetInstance);
    connect(m_refreshInstanceAction, &QAction::triggered, m_views.instance, &InstanceBar::refresh);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (const std::optional<Version> v = m_views.history->currentVersion())
            m_versionOperations->exportVersion(*v);
    });
    connect(m_deleteVersionAction, &QAction::triggered, this, [this] {
        if (const std::optional<Version> v = m_views.history->currentVersion())
            m_versionOperations->deleteVersion(*v);
    });
    connect(m_deletePodAction, &QAction::triggered, this, [this] {
        if (!m_views.podList->currentPod().isEmpty())
            m_versionOperations->deletePod(m_views.podList->currentPod());
    });
    connect(m_propertiesAction, &QAction::triggered, this, [this] {
        if (const std::optional<Version> v = m_views.history->currentVersion())
            m_versionOperations->showProperties(*v);
    });
    connect(m_views.history->view(), &QTreeView::doubleClicked, m_propertiesAction, &QAction::trigger);
}

void MainWindowActions::createMenus()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *instance = m_window->menuBar()->addMenu(tr("I&nstance"));
    instance->setObjectName(QStringLiteral("instanceMenu"));
    instance->addAction(m_commitAction);
    instance->addAction(m_injectAction);
    instance->addSeparator();
    instance->addAction(m_refreshInstanceAction);
    instance->addAction(m_resetAction);

    QMenu *version = m_window->menuBar()->addMenu(tr("&Version"));
    version->setObjectName(QStringLiteral("versionMenu"));
    version->addAction(m_injectAction);
    version->addAction(m_mergeAction);
    version->addAction(m_exportAction);
    version->addAction(m_propertiesAction);
    version->addSeparator();
    version->addAction(m_deleteVersionAction);
    version->addAction(m_deletePodAction);

    QMenu *view = m_window->menuBar()->addMenu(tr("Vie&w"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_refreshAction);
    view->addAction(m_filterAction);
    view->addAction(m_searchAction);

    // Context menus: the version under the mouse, and the pod.
    auto *separator = new QAction(m_window);
    separator->setSeparator(true);
    m_views.history->setContextActions({m_injectAction, m_mergeAction, m_exportAction, m_propertiesAction, separator, m_deleteVersionAction});
    m_views.podList->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_views.podList->view()->addActions({m_commitAction, m_propertiesAction, m_deletePodAction}); // Properties: describe the pod
}

void MainWindowActions::createToolBar()
{
    QToolBar *bar = m_window->addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : {m_commitAction, m_injectAction, m_exportAction, m_importAction, m_refreshAction}) {
        bar->addAction(action);
        if (QWidget *button = bar->widgetForAction(action))
            button->setAccessibleName(action->property("accessibleName").toString());
    }
}

void MainWindowActions::update()
{
    const bool version = m_views.history->currentVersion().has_value();
    for (QAction *a : {m_injectAction, m_mergeAction, m_exportAction, m_deleteVersionAction, m_propertiesAction})
        a->setEnabled(version);
    m_deletePodAction->setEnabled(!m_views.podList->currentPod().isEmpty());
}

} // namespace poddeck
