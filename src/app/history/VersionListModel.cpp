#include "app/history/VersionListModel.h"

#include "app/ItemFormat.h"

#include <algorithm>

namespace poddeck {

VersionListModel::VersionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void VersionListModel::setVersions(const QString &pod, const QList<Version> &versions)
{
    beginResetModel();
    m_pod = pod;
    m_versions = versions;
    std::stable_sort(m_versions.begin(), m_versions.end(),
                     [](const Version &a, const Version &b) { return a.number > b.number; });
    endResetModel();
}

int VersionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int VersionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Version &v = m_versions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(v, index.column());
    case Qt::ToolTipRole:
        return toolTip(v, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case VersionIdRole:
        return v.id.toHex();
    case VersionNumberRole:
        return v.number;
    default:
        return QVariant();
    }
}

QVariant VersionListModel::display(const Version &v, int column) const
{
    switch (column) {
    case NumberColumn:
        return v.number;
    case MessageColumn:
        return ItemFormat::firstLine(v.message);
    case AuthorColumn:
        return v.author;
    case DateColumn:
        return ItemFormat::time(v.created);
    case ServicesColumn:
        return ItemFormat::services(v.services);
    case SizeColumn:
        return ItemFormat::bytes(v.bytes);
    case IdColumn:
        return v.id.shortHex(ShortIdDigits);
    default:
        return QVariant();
    }
}

QVariant VersionListModel::toolTip(const Version &v, int column) const
{
    switch (column) {
    case MessageColumn:
        return v.message;
    case DateColumn:
        return ItemFormat::exactTime(v.created);
    case ServicesColumn:
        return v.services.join(QLatin1Char('\n'));
    case SizeColumn:
        return tr("%n resource(s), %1", nullptr, int(v.resourceCount)).arg(ItemFormat::bytes(v.bytes));
    case IdColumn:
        return v.id.toHex();
    default:
        return QVariant();
    }
}

QVariant VersionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Version");
    case MessageColumn:
        return tr("Message");
    case AuthorColumn:
        return tr("Author");
    case DateColumn:
        return tr("Date");
    case ServicesColumn:
        return tr("Services");
    case SizeColumn:
        return tr("Size");
    case IdColumn:
        return tr("Id");
    default:
        return QVariant();
    }
}

} // namespace poddeck
