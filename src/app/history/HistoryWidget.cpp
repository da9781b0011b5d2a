#include "app/history/HistoryWidget.h"

#include "app/history/HistoryGraphDelegate.h"
#include "app/history/VersionListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace poddeck {

HistoryWidget::HistoryWidget(QWidget *parent)
    : QWidget(parent), m_model(new VersionListModel(this)), m_title(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(m_stack)), m_view(new QTreeView(m_stack)),
      m_delegate(new HistoryGraphDelegate(VersionListModel::GraphColumn, this))
{
    m_title->setObjectName(QStringLiteral("historyTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setMinimumHeight(m_title->sizeHint().height() + 6);

    m_placeholder->setObjectName(QStringLiteral("historyPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setEnabled(false); // drawn in the disabled text colour, like other empty views

    m_view->setObjectName(QStringLiteral("versionList"));
    m_view->setAccessibleName(tr("Versions"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegate(m_delegate);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(VersionListModel::MessageColumn, QHeaderView::Stretch);
    for (int column : {VersionListModel::NumberColumn, VersionListModel::DateColumn, VersionListModel::SizeColumn,
                       VersionListModel::IdColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VersionListModel::GraphColumn, QHeaderView::Interactive);
    // Measuring contents looks at this many rows around the visible ones, not at all 100,000.
    header->setResizeContentsPrecision(200);
    m_view->setColumnWidth(VersionListModel::AuthorColumn, 100);
    fitGraphColumn();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryWidget::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryWidget::onCurrentChanged);
    m_view->setColumnWidth(VersionListModel::ServicesColumn, 70);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_stack);
    showPod(QString());
}

void HistoryWidget::showPod(const QString &pod)
{
    if (!pod.isEmpty() && pod == m_model->pod() && m_stack->currentWidget() == m_view)
        return; // a reload of the pod on show: keep its rows until the new ones arrive
    if (pod != m_model->pod())
        m_shownNumber = -1;
    m_model->setVersions(pod, {});
    if (pod.isEmpty()) {
        m_title->setText(tr("History"));
        showPlaceholder(tr("Select a pod to see its versions."));
        return;
    }
    m_title->setText(tr("History of %1").arg(pod));
    m_stack->setCurrentWidget(m_view);
}

void HistoryWidget::setVersions(const QString &pod, const QList<Version> &versions)
{
    QList<Version> sorted = versions;
    VersionListModel::sortNewestFirst(sorted);
    Lanes lanes;
    lanes.compute(sorted);
    setSortedVersions(pod, std::move(sorted), std::move(lanes));
}

void HistoryWidget::setSortedVersions(const QString &pod, QList<Version> versions, Lanes lanes)
{
    const int keep = pod == m_model->pod() ? m_shownNumber : -1;
    m_settingVersions = true; // one currentVersionChanged at the end, not one for the reset
    m_model->setSortedVersions(pod, std::move(versions), std::move(lanes));
    const QList<Version> &shown = m_model->versions();
    m_title->setText(tr("History of %1 (%n version(s))", nullptr, int(shown.size())).arg(pod));
    if (shown.isEmpty()) {
        showPlaceholder(tr("Pod %1 has no versions.").arg(pod));
    } else {
        m_stack->setCurrentWidget(m_view);
        fitGraphColumn();
        if (keep < 0 || !selectVersion(keep))
            m_view->setCurrentIndex(m_model->index(0, VersionListModel::NumberColumn));
    }
    m_settingVersions = false;
    onCurrentChanged();
}

std::optional<Version> HistoryWidget::currentVersion() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->version(current.row());
}

bool HistoryWidget::selectVersion(int number)
{
    const int row = m_model->rowOfNumber(number);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, VersionListModel::NumberColumn));
    m_view->scrollTo(m_view->currentIndex());
    return true;
}

void HistoryWidget::setContextActions(const QList<QAction *> &actions)
{
    m_view->addActions(actions);
}

void HistoryWidget::setHead(const ObjectId &head)
{
    m_model->setHead(head);
}

void HistoryWidget::onCurrentChanged()
{
    if (m_settingVersions)
        return;
    const std::optional<Version> version = currentVersion();
    const int number = version ? version->number : -1;
    if (number == m_shownNumber && version && version->pod == m_model->pod())
        return;
    m_shownNumber = number;
    Q_EMIT currentVersionChanged(version);
}

void HistoryWidget::fitGraphColumn()
{
    // Wide enough for the lanes of this load, up to a dozen; a wider graph scrolls inside its column.
    const int lanes = qBound(1, m_model->lanes().maxLanes(), 12);
    m_view->setColumnWidth(VersionListModel::GraphColumn, lanes * HistoryGraphDelegate::LaneWidth + 8);
}

void HistoryWidget::showError(const QString &pod, const QString &message)
{
    m_model->setVersions(pod, {});
    m_title->setText(tr("History of %1").arg(pod));
    showPlaceholder(tr("Could not read the versions of %1: %2").arg(pod, message));
}

QString HistoryWidget::pod() const
{
    return m_model->pod();
}

QString HistoryWidget::placeholderText() const
{
    return m_stack->currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

QByteArray HistoryWidget::saveHeaderState() const
{
    return m_view->header()->saveState();
}

void HistoryWidget::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->header()->restoreState(state);
}

void HistoryWidget::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

} // namespace poddeck
