#include "app/remotes/RemoteBrowserModel.h"

#include "app/ItemFormat.h"
#include "app/podlist/PodDescriptionText.h"
#include "app/remotes/RemotePodMimeData.h"

namespace poddeck {

RemoteBrowserModel::RemoteBrowserModel(QObject *parent) : QAbstractTableModel(parent) {}

void RemoteBrowserModel::setPods(const QString &remote, const QList<RemotePodInfo> &pods)
{
    beginResetModel();
    m_remote = remote;
    m_pods = pods;
    endResetModel();
}

int RemoteBrowserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pods.size());
}

int RemoteBrowserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemoteBrowserModel::display(const RemotePodInfo &pod, int column) const
{
    switch (column) {
    case NameColumn:
        return pod.local ? tr("%1 (here)").arg(pod.name) : pod.name;
    case DescriptionColumn:
        return ItemFormat::firstLine(pod.description.text);
    case LabelsColumn:
        return pod.description.labels.join(QStringLiteral(", "));
    case ServicesColumn:
        return ItemFormat::services(pod.services);
    case SizeColumn:
        return pod.versions > 0 ? ItemFormat::bytes(pod.head.bytes) : QString();
    case NewestColumn:
        if (pod.head.id.isNull())
            return QString();
        return tr("%1 · %2 · %3").arg(QString::number(pod.head.number), ItemFormat::time(pod.head.created),
                                      ItemFormat::firstLine(pod.head.message));
    case PushedByColumn:
        return pod.updatedBy;
    default:
        return QVariant();
    }
}

QVariant RemoteBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RemotePodInfo &pod = m_pods.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(pod, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NewestColumn && !pod.head.id.isNull())
            return tr("Version %1 of %n version(s), created %2 by %3:\n%4", nullptr, pod.versions)
                .arg(pod.head.number)
                .arg(ItemFormat::exactTime(pod.head.created), pod.head.author, pod.head.message);
        if (index.column() == SizeColumn)
            return tr("Size of the newest version");
        if (index.column() == NameColumn && pod.local)
            return PodDescriptionText::toolTip(pod.name, pod.description) + QStringLiteral("\n\n")
                   + tr("This home has the pod: cloning pulls its new versions instead");
        return PodDescriptionText::toolTip(pod.name, pod.description);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case SortRole:
        switch (index.column()) {
        case SizeColumn:
            return pod.head.bytes;
        case NewestColumn:
            return pod.head.created;
        case NameColumn:
            return pod.name;
        default:
            return display(pod, index.column());
        }
    case PodNameRole:
        return pod.name;
    case SearchRole:
        return QStringList{pod.name, pod.description.text, pod.description.labels.join(QLatin1Char(' '))}.join(QLatin1Char('\n'));
    default:
        return QVariant();
    }
}

QVariant RemoteBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Pod");
    case DescriptionColumn:
        return tr("Description");
    case LabelsColumn:
        return tr("Labels");
    case ServicesColumn:
        return tr("Services");
    case SizeColumn:
        return tr("Size");
    case NewestColumn:
        return tr("Newest version");
    case PushedByColumn:
        return tr("Pushed by");
    default:
        return QVariant();
    }
}

Qt::ItemFlags RemoteBrowserModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList RemoteBrowserModel::mimeTypes() const
{
    return {RemotePodMimeData::Format};
}

QMimeData *RemoteBrowserModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes)
        if (i.isValid() && i.model() == this)
            return RemotePodMimeData::create(m_remote, m_pods.at(i.row()).name);
    return nullptr;
}

} // namespace poddeck
