#include "app/podlist/PodListModel.h"

#include "app/ItemFormat.h"

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
        if (index.column() == LastChangeColumn)
            return ItemFormat::exactTime(pod.lastChange);
        if (index.column() == ServicesColumn)
            return pod.services.join(QLatin1Char('\n'));
        if (index.column() == SizeColumn)
            return tr("Size of the newest version");
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == VersionsColumn || index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case SortRole:
        return sortValue(pod, index.column());
    case PodNameRole:
        return pod.name;
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
    default:
        return QVariant();
    }
}

} // namespace poddeck
