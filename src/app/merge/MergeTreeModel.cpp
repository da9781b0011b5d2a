#include "app/merge/MergeTreeModel.h"

#include "state/ResourcePath.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace poddeck {

namespace {

QIcon dot(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    return QIcon(pixmap);
}

} // namespace

MergeTreeModel::MergeTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_unresolvedIcon(dot(QColor(0xd6, 0x27, 0x28))),
      m_resolvedIcon(dot(QColor(0x2c, 0xa0, 0x2c))), m_blankIcon(dot(Qt::transparent))
{
    m_nodes.emplace_back();
}

void MergeTreeModel::setResult(const MergeResult *result)
{
    beginResetModel();
    m_result = result;
    build();
    endResetModel();
}

int MergeTreeModel::childNamed(int parent, const QString &name, const QString &path)
{
    for (int c : m_nodes[size_t(parent)].children)
        if (m_nodes[size_t(c)].name == name)
            return c;
    Node n;
    n.parent = parent;
    n.row = int(m_nodes[size_t(parent)].children.size());
    n.name = name;
    n.path = path;
    m_nodes.push_back(n);
    const int id = int(m_nodes.size() - 1);
    m_nodes[size_t(parent)].children.push_back(id);
    return id;
}

void MergeTreeModel::build()
{
    m_nodes.clear();
    m_nodes.emplace_back();
    m_nodeOfRow.clear();
    if (!m_result)
        return;
    const QList<MergeRow> &rows = m_result->rows();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QString &path = rows[r].path;
        const QStringList encoded = path.split(QLatin1Char('/'));
        QStringList decoded = ResourcePath::segments(path);
        if (decoded.size() != encoded.size())
            decoded = encoded; // malformed: show it as it is rather than lose the row
        int node = 0;
        for (qsizetype i = 0; i < decoded.size(); ++i)
            node = childNamed(node, decoded[i], encoded.mid(0, i + 1).join(QLatin1Char('/')));
        m_nodes[size_t(node)].mergeRow = int(r);
        m_nodeOfRow.insert(int(r), node);
    }
    count();
}

void MergeTreeModel::count()
{
    for (Node &n : m_nodes)
        n.conflicts = n.unresolved = 0;
    if (!m_result)
        return;
    for (int i = 0; i < m_result->conflictCount(); ++i) {
        const bool open = !m_result->isResolved(i);
        for (int node = m_nodeOfRow.value(m_result->conflicts().at(i).row, 0); node > 0; node = m_nodes[size_t(node)].parent) {
            ++m_nodes[size_t(node)].conflicts;
            m_nodes[size_t(node)].unresolved += open;
        }
    }
}

void MergeTreeModel::refresh()
{
    count();
    emitChanged(0);
}

void MergeTreeModel::emitChanged(int node)
{
    const std::vector<int> &children = m_nodes[size_t(node)].children;
    if (children.empty())
        return;
    const QModelIndex parent = node == 0 ? QModelIndex() : createIndex(m_nodes[size_t(node)].row, 0, quintptr(node));
    Q_EMIT dataChanged(index(0, 0, parent), index(int(children.size()) - 1, ColumnCount - 1, parent));
    for (int c : children)
        emitChanged(c);
}

QModelIndex MergeTreeModel::indexForRow(int mergeRow) const
{
    const int node = m_nodeOfRow.value(mergeRow, -1);
    return node > 0 ? createIndex(m_nodes[size_t(node)].row, 0, quintptr(node)) : QModelIndex();
}

int MergeTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

const std::vector<int> &MergeTreeModel::childrenOf(int node) const
{
    return m_nodes[size_t(node)].children;
}

QModelIndex MergeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return QModelIndex();
    const std::vector<int> &children = childrenOf(nodeOf(parent));
    if (row < 0 || row >= int(children.size()))
        return QModelIndex();
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex MergeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const int parent = m_nodes[size_t(nodeOf(child))].parent;
    if (parent <= 0)
        return QModelIndex();
    return createIndex(m_nodes[size_t(parent)].row, 0, quintptr(parent));
}

int MergeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(nodeOf(parent)).size());
}

int MergeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString MergeTreeModel::changeText(const MergeRow &row)
{
    if (row.containerConflict && row.conflict != MergeRow::Conflict::None) {
        const bool oursDeleted = row.conflict == MergeRow::Conflict::DeletedChanged;
        if (!row.base.isNull() && (oursDeleted ? row.ours : row.theirs).isNull())
            return oursDeleted ? tr("deleted in ours, while theirs changed what it holds")
                               : tr("deleted in theirs, while ours changed what it holds");
        return oursDeleted ? tr("changed in theirs, but ours deleted what holds it")
                           : tr("changed in ours, but theirs deleted what holds it");
    }
    switch (row.conflict) {
    case MergeRow::Conflict::ChangedDeleted: return tr("changed in ours, deleted in theirs");
    case MergeRow::Conflict::DeletedChanged: return tr("deleted in ours, changed in theirs");
    case MergeRow::Conflict::None: break;
    }
    const auto what = [](const ObjectId &base, const ObjectId &side) {
        return base.isNull() ? tr("added") : side.isNull() ? tr("deleted") : tr("changed");
    };
    switch (row.change) {
    case MergeChange::OursOnly: return tr("%1 in ours").arg(what(row.base, row.ours));
    case MergeChange::TheirsOnly: return tr("%1 in theirs").arg(what(row.base, row.theirs));
    case MergeChange::BothDifferent: return row.base.isNull() ? tr("added on both sides") : tr("changed on both sides");
    }
    return QString();
}

QString MergeTreeModel::choiceText(MergeChoice choice)
{
    switch (choice) {
    case MergeChoice::Unresolved: return tr("unresolved");
    case MergeChoice::Base: return tr("base");
    case MergeChoice::Ours: return tr("ours");
    case MergeChoice::Theirs: return tr("theirs");
    case MergeChoice::Merged: return tr("merged");
    case MergeChoice::Edited: return tr("edited");
    }
    return QString();
}

QVariant MergeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_result)
        return QVariant();
    const Node &n = m_nodes[size_t(nodeOf(index))];
    const MergeRow *row = n.mergeRow >= 0 ? &m_result->rows().at(n.mergeRow) : nullptr;
    const ConflictState state = n.unresolved > 0 ? Unresolved : n.conflicts > 0 ? Resolved : NoConflict;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return n.name;
        case ChangeColumn:
            if (row)
                return changeText(*row);
            return n.unresolved > 0 ? tr("%n unresolved", nullptr, n.unresolved) : QVariant();
        case ResultColumn:
            if (!row)
                return QVariant();
            if (row->choice == MergeChoice::Merged && n.unresolved > 0)
                return tr("merged, %n unresolved", nullptr, n.unresolved);
            return choiceText(row->choice);
        }
        return QVariant();
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return QVariant();
        // Groups show only what is still open; a resource also shows that its conflicts are done. The
        // rest get a blank mark so names line up.
        if (state == Unresolved)
            return m_unresolvedIcon;
        return state == Resolved && row ? m_resolvedIcon : m_blankIcon;
    case Qt::ToolTipRole:
        if (state == Unresolved)
            return tr("%n unresolved conflict(s)", nullptr, n.unresolved);
        if (state == Resolved && row)
            return tr("Conflicts resolved");
        return row ? QVariant(row->path) : QVariant();
    case Qt::FontRole:
        if (row && index.column() == NameColumn && state == Unresolved) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    case Qt::AccessibleDescriptionRole:
        return state == Unresolved ? tr("unresolved conflict") : state == Resolved ? tr("resolved conflict") : QVariant();
    case MergeRowRole: return n.mergeRow;
    case ConflictStateRole: return int(state);
    case PathRole: return row ? row->path : n.path;
    case UnresolvedRole: return n.unresolved;
    }
    return QVariant();
}

QVariant MergeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn: return tr("Resource");
    case ChangeColumn: return tr("Change");
    case ResultColumn: return tr("Result");
    }
    return QVariant();
}

} // namespace poddeck
