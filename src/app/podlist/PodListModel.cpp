#include "app/podlist/PodListModel.h"

#include <algorithm>

#include "app/ItemFormat.h"
#include "app/podlist/PodDescriptionText.h"

#include <QSet>

namespace poddeck {

PodListModel::PodListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PodListModel::setPods(const QList<PodInfo> &pods)
{
    beginResetModel();
    m_pods = pods;
    endResetModel();
}

int PodListModel::rowOf(const QString &pod) const
{
    for (qsizetype i = 0; i < m_pods.size(); ++i)
        if (m_pods[i].name.compare(pod, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

void PodListModel::setSyncStates(const QHash<QString, QList<SyncState>> &states)
{
    m_sync = states;
    if (!m_pods.isEmpty())
        Q_EMIT dataChanged(index(0, SyncColumn), index(int(m_pods.size()) - 1, SyncColumn));
    const bool available = std::any_of(m_sync.cbegin(), m_sync.cend(), [](const QList<SyncState> &s) { return !s.isEmpty(); });
    Q_EMIT syncAvailableChanged(available);
}

QString PodListModel::syncStateName(const SyncState &state)
{
    if (!state.known)
        return QStringLiteral("behind"); // the remote holds a version this catalogue has never seen
    if (state.ahead > 0 && state.behind > 0)
        return QStringLiteral("diverged");
    if (state.ahead > 0)
        return QStringLiteral("ahead");
    if (state.behind > 0)
        return QStringLiteral("behind");
    return QStringLiteral("in-sync");
}

QVariant PodListModel::syncBadge(const PodInfo &pod) const
{
    const QList<SyncState> states = m_sync.value(pod.name);
    QStringList parts;
    QSet<QString> badges;
    for (const SyncState &s : states) {
        QString badge;
        if (!s.known)
            badge = QStringLiteral("↓?");
        else if (s.ahead > 0 && s.behind > 0)
            badge = QStringLiteral("↑%1↓%2").arg(s.ahead).arg(s.behind);
        else if (s.ahead > 0)
            badge = QStringLiteral("↑%1").arg(s.ahead);
        else if (s.behind > 0)
            badge = QStringLiteral("↓%1").arg(s.behind);
        else
            badge = QStringLiteral("✓");
        parts.append(QStringLiteral("%1 %2").arg(s.remote, badge));
        badges.insert(badge);
    }
    // One badge when every remote agrees (the tooltip names them); else each remote with its own.
    if (badges.size() == 1)
        return *badges.cbegin();
    return parts.join(QStringLiteral(", "));
}

QVariant PodListModel::syncToolTip(const PodInfo &pod) const
{
    const QList<SyncState> states = m_sync.value(pod.name);
    if (states.isEmpty())
        return tr("Not pushed to or pulled from any remote yet");
    QStringList lines;
    for (const SyncState &s : states) {
        QString line;
        if (!s.known)
            line = tr("%1: the remote has versions this home has not seen — pull").arg(s.remote);
        else if (s.ahead > 0 && s.behind > 0)
            line = tr("%1: diverged — %2 to push, %3 to pull; pull and merge, then push").arg(s.remote).arg(s.ahead).arg(s.behind);
        else if (s.ahead > 0)
            line = tr("%1: ahead — %n version(s) to push", nullptr, s.ahead).arg(s.remote);
        else if (s.behind > 0)
            line = tr("%1: behind — %n version(s) to pull", nullptr, s.behind).arg(s.remote);
        else
            line = tr("%1: in sync").arg(s.remote);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

int PodListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pods.size());
}

int PodListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PodListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const PodInfo &pod = m_pods.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(pod, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return PodDescriptionText::toolTip(pod.name, pod.description);
        if (index.column() == LastChangeColumn)
            return ItemFormat::exactTime(pod.lastChange);
        if (index.column() == ServicesColumn)
            return pod.services.join(QLatin1Char('\n'));
        if (index.column() == SizeColumn)
            return tr("Size of the newest version");
        if (index.column() == SyncColumn)
            return syncToolTip(pod);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == VersionsColumn || index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case SortRole:
        return sortValue(pod, index.column());
    case PodNameRole:
        return pod.name;
    case SyncStateRole: {
        QStringList states;
        for (const SyncState &s : m_sync.value(pod.name))
            states.append(s.remote + QLatin1Char(':') + syncStateName(s));
        return states;
    }
    default:
        return QVariant();
    }
}

QVariant PodListModel::display(const PodInfo &pod, int column) const
{
    switch (column) {
    case NameColumn:
        return pod.name;
    case VersionsColumn:
        return pod.versionCount;
    case LastChangeColumn:
        return ItemFormat::time(pod.lastChange);
    case ServicesColumn:
        return ItemFormat::services(pod.services);
    case SizeColumn:
        return pod.versionCount > 0 ? ItemFormat::bytes(pod.bytes) : QString();
    case SyncColumn:
        return syncBadge(pod);
    default:
        return QVariant();
    }
}

QVariant PodListModel::sortValue(const PodInfo &pod, int column) const
{
    switch (column) {
    case NameColumn:
        return pod.name;
    case VersionsColumn:
        return pod.versionCount;
    case LastChangeColumn:
        return pod.lastChange;
    case ServicesColumn:
        return ItemFormat::services(pod.services);
    case SizeColumn:
        return pod.bytes;
    case SyncColumn:
        return syncBadge(pod);
    default:
        return QVariant();
    }
}

QVariant PodListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case VersionsColumn:
        return tr("Versions");
    case LastChangeColumn:
        return tr("Last change");
    case ServicesColumn:
        return tr("Services");
    case SizeColumn:
        return tr("Size");
    case SyncColumn:
        return tr("Sync");
    default:
        return QVariant();
    }
}

} // namespace poddeck
