#include "app/podlist/PodListWidget.h"

#include "app/podlist/PodListModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace poddeck {

PodListWidget::PodListWidget(QWidget *parent)
    : QWidget(parent), m_model(new PodListModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTreeView(this))
{
    m_proxy->setObjectName(QStringLiteral("podProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PodListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(PodListModel::PodNameRole);
    m_proxy->setFilterKeyColumn(PodListModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("podFilter"));
    m_filter->setPlaceholderText(tr("Filter pods by name"));
    m_filter->setAccessibleName(tr("Filter pods"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("podList"));
    m_view->setAccessibleName(tr("Pods"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PodListModel::NameColumn, Qt::AscendingOrder);
    // Every column fits its contents, the name first, so a narrow pane scrolls sideways rather than cut
    // the names down to "aut…" (Qt measures at most 1,000 rows per column, so this stays cheap); the last
    // column takes any room left over.
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(PodListModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PodListModel::VersionsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PodListModel::LastChangeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PodListModel::SizeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PodListModel::SyncColumn, QHeaderView::ResizeToContents);
    // The sync badge is short and what a glance at the list is for: beside the name, not past the fold.
    header->moveSection(header->visualIndex(PodListModel::SyncColumn), PodListModel::NameColumn + 1);
    m_view->setColumnWidth(PodListModel::ServicesColumn, 80);
    // Without remotes there is nothing to be in sync with: no empty column taking the versions' room.
    m_view->setColumnHidden(PodListModel::SyncColumn, true);
    connect(m_model, &PodListModel::syncAvailableChanged, this,
            [this](bool available) { m_view->setColumnHidden(PodListModel::SyncColumn, !available); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PodListWidget::onCurrentChanged);
    // Filtering can take the current row away without a currentRowChanged for the new one.
    connect(m_proxy, &QSortFilterProxyModel::layoutChanged, this, &PodListWidget::onCurrentChanged);
    connect(m_proxy, &QSortFilterProxyModel::rowsRemoved, this, &PodListWidget::onCurrentChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
}

void PodListWidget::setPods(const QList<PodInfo> &pods, const QString &select)
{
    const QString wanted = select.isEmpty() ? m_currentPod : select;
    m_settingPods = true;
    m_model->setPods(pods);
    QModelIndex index;
    if (const int row = m_model->rowOf(wanted); row >= 0)
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid() && !wanted.isEmpty() && m_model->rowOf(wanted) >= 0) {
        m_filter->clear(); // the pod asked for is hidden by the filter: show it rather than lose it
        index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(wanted), 0));
    }
    if (!index.isValid())
        index = m_proxy->index(0, 0);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    m_currentPod = podAt(index);
    m_settingPods = false;
}

bool PodListWidget::selectPod(const QString &pod)
{
    const int row = m_model->rowOf(pod);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void PodListWidget::addPanel(QWidget *panel)
{
    layout()->addWidget(panel);
}

bool PodListWidget::isEmpty() const
{
    return m_model->rowCount() == 0;
}

QByteArray PodListWidget::saveHeaderState() const
{
    return m_view->header()->saveState();
}

void PodListWidget::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->header()->restoreState(state);
}

void PodListWidget::onCurrentChanged()
{
    if (m_settingPods)
        return;
    const QString pod = podAt(m_view->currentIndex());
    if (pod == m_currentPod)
        return;
    m_currentPod = pod;
    Q_EMIT currentPodChanged(pod);
}

QString PodListWidget::podAt(const QModelIndex &proxyIndex) const
{
    return proxyIndex.isValid() ? proxyIndex.siblingAtColumn(0).data(PodListModel::PodNameRole).toString()
                                : QString();
}

} // namespace poddeck
