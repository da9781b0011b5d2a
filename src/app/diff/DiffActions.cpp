#include "app/diff/DiffActions.h"

#include "app/Actions.h"
#include "app/diff/DiffWindow.h"
#include "app/history/HistoryWidget.h"
#include "app/history/VersionListModel.h"
#include "app/instance/InstanceBar.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTreeView>

namespace poddeck {

DiffActions::DiffActions(JobRunner *jobs, const QString &home, InstanceBar *instance, HistoryWidget *history,
                         QWidget *window)
    : QObject(window), m_jobs(jobs), m_home(home), m_instance(instance), m_history(history), m_window(window)
{
    m_compareLive = addWindowAction(window, QStringLiteral("compareLiveAction"), tr("Compare with Ins&tance"),
                                    QKeySequence(Qt::CTRL | Qt::Key_D),
                                    tr("Compare the selected version with the running instance"));
    m_compareVersions =
        addWindowAction(window, QStringLiteral("compareVersionsAction"), tr("Compare &Versions"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                        tr("Compare the two selected versions, or the selected version with its parent"));
    connect(m_compareLive, &QAction::triggered, this, [this] {
        if (const std::optional<Version> v = m_history->currentVersion())
            compareWithInstance(VersionRef{v->pod, v->number});
    });
    connect(m_compareVersions, &QAction::triggered, this, [this] {
        if (const auto pair = versionsToCompare())
            compareVersions(pair->first, pair->second);
    });

    // Ctrl-click picks a second version to compare with; the current row stays what the rest of the
    // window follows.
    QTreeView *view = m_history->view();
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_history->setContextActions({separator, m_compareVersions, m_compareLive});
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DiffActions::updateActions);
    connect(m_history, &HistoryWidget::currentVersionChanged, this, &DiffActions::updateActions);
    updateActions();
}

std::optional<std::pair<VersionRef, VersionRef>> DiffActions::versionsToCompare() const
{
    const VersionListModel *model = m_history->model();
    const QModelIndexList rows = m_history->view()->selectionModel()->selectedRows();
    if (rows.size() == 2) {
        Version a = model->version(rows[0].row()), b = model->version(rows[1].row());
        if (a.number > b.number)
            std::swap(a, b);
        return std::make_pair(VersionRef{a.pod, a.number}, VersionRef{b.pod, b.number});
    }
    const std::optional<Version> current = m_history->currentVersion();
    if (!current || current->parents.isEmpty())
        return std::nullopt;
    const ObjectId parent = current->parents.first();
    for (const Version &v : model->versions())
        if (v.id == parent)
            return std::make_pair(VersionRef{v.pod, v.number}, VersionRef{current->pod, current->number});
    return std::nullopt;
}

void DiffActions::updateActions()
{
    m_compareLive->setEnabled(m_history->currentVersion().has_value());
    m_compareVersions->setEnabled(versionsToCompare().has_value());
}

DiffWindow *DiffActions::openWindow()
{
    auto *window = new DiffWindow(m_jobs, m_window);
    window->show();
    return window;
}

DiffWindow *DiffActions::compareWithInstance(const VersionRef &version)
{
    DiffRequest request;
    request.home = m_home;
    request.from.version = version;
    request.to.live = true;
    DiffWindow *window = openWindow();
    window->compare(request, m_instance->settings(), m_instance->endpoint());
    return window;
}

DiffWindow *DiffActions::compareVersions(const VersionRef &from, const VersionRef &to)
{
    DiffRequest request;
    request.home = m_home;
    request.from.version = from;
    request.to.version = to;
    DiffWindow *window = openWindow();
    window->compare(request);
    return window;
}

} // namespace poddeck
