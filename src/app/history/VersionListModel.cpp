#include "app/history/VersionListModel.h"

#include "app/ItemFormat.h"
#include "app/history/VersionMimeData.h"

#include <QFont>

#include <algorithm>

namespace poddeck {

VersionListModel::VersionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void VersionListModel::sortNewestFirst(QList<Version> &versions)
{
    std::stable_sort(versions.begin(), versions.end(), [](const Version &a, const Version &b) { return a.number > b.number; });
}

void VersionListModel::setVersions(const QString &pod, const QList<Version> &versions)
{
    QList<Version> sorted = versions;
    sortNewestFirst(sorted);
    Lanes lanes;
    lanes.compute(sorted);
    setSortedVersions(pod, std::move(sorted), std::move(lanes));
}

void VersionListModel::setSortedVersions(const QString &pod, QList<Version> versions, Lanes lanes)
{
    beginResetModel();
    m_pod = pod;
    m_versions = std::move(versions);
    m_lanes = std::move(lanes);
    endResetModel();
}

int VersionListModel::rowOfNumber(int number) const
{
    // Rows are sorted by number, descending.
    auto it = std::lower_bound(m_versions.cbegin(), m_versions.cend(), number,
                               [](const Version &v, int n) { return v.number > n; });
    return it != m_versions.cend() && it->number == number ? int(it - m_versions.cbegin()) : -1;
}

void VersionListModel::setHead(const ObjectId &head)
{
    if (head == m_head)
        return;
    m_head = head;
    if (!m_versions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole, IsHeadRole});
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
    case Qt::FontRole:
        if (!m_head.isNull() && v.id == m_head) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case VersionIdRole:
        return v.id.toHex();
    case VersionNumberRole:
        return v.number;
    case LanesRole:
        return m_lanes.row(index.row()); // shared, not copied
    case IsHeadRole:
        return !m_head.isNull() && v.id == m_head;
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
    case GraphColumn:
        if (v.parents.size() > 1)
            return tr("Merge of %n version(s)", nullptr, int(v.parents.size()));
        return QVariant();
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
    case GraphColumn:
        return tr("Graph");
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

Qt::ItemFlags VersionListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList VersionListModel::mimeTypes() const
{
    return {VersionMimeData::Format, QStringLiteral("text/uri-list"), QStringLiteral("text/plain")};
}

QMimeData *VersionListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    const Version &v = m_versions.at(indexes.first().row());
    // Qt asks for the mime data when a drag starts: only now is the bundle written.
    Version dragged = v;
    dragged.pod = m_pod;
    return new VersionMimeData(m_pod, v.number, v.id, m_dragExport ? m_dragExport(dragged) : nullptr);
}

Qt::DropActions VersionListModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace poddeck
