#include "app/remotes/RemotePanel.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace poddeck {

namespace {

constexpr int RemoteNameRole = Qt::UserRole;

} // namespace

RemoteListView::RemoteListView(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("remoteList"));
    setAccessibleName(tr("Remotes"));
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

QString RemoteListView::remoteAt(const QPoint &pos) const
{
    const QListWidgetItem *item = itemAt(pos);
    return item ? item->data(RemoteNameRole).toString() : QString();
}

void RemoteListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (VersionMimeData::decode(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void RemoteListView::dragMoveEvent(QDragMoveEvent *event)
{
    // Only a remote under the pointer takes the version; show that by highlighting it.
    const QString remote = remoteAt(event->position().toPoint());
    if (!remote.isEmpty() && VersionMimeData::decode(event->mimeData())) {
        setCurrentItem(itemAt(event->position().toPoint()));
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void RemoteListView::dropEvent(QDropEvent *event)
{
    const std::optional<VersionMimeData::Ref> version = VersionMimeData::decode(event->mimeData());
    const QString remote = remoteAt(event->position().toPoint());
    if (!version || remote.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT versionDropped(*version, remote);
}

RemotePanel::RemotePanel(QWidget *parent) : QWidget(parent), m_title(new QLabel(this)), m_list(new RemoteListView(this))
{
    setObjectName(QStringLiteral("remotePanel"));
    m_title->setText(tr("Remotes"));
    m_title->setObjectName(QStringLiteral("remotePanelTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_list->setToolTip(tr("Drop a version from the history on a remote to push it there"));
    // Room for a few remotes; the pods keep the rest of the column.
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    // The column is narrow: the "no remotes" hint wraps instead of scrolling sideways.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_list, &RemoteListView::versionDropped, this, &RemotePanel::versionDropped);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &RemotePanel::manageRequested);

    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the pods keep the free height
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
}

void RemotePanel::setRemotes(const QList<RemoteInfo> &remotes)
{
    m_list->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_DriveNetIcon);
    const QIcon folder = style()->standardIcon(QStyle::SP_DirIcon);
    for (const RemoteInfo &r : remotes) {
        auto *item = new QListWidgetItem(r.url.startsWith(QLatin1String("file:")) ? folder : icon, r.name, m_list);
        item->setData(RemoteNameRole, r.name);
        item->setToolTip(tr("%1\nDrop a version here to push it").arg(r.url));
    }
    if (remotes.isEmpty()) {
        auto *hint = new QListWidgetItem(tr("No remotes — double-click to add one"), m_list);
        hint->setFlags(Qt::ItemIsEnabled);
        hint->setForeground(palette().placeholderText());
    }
}

} // namespace poddeck
