#include "app/diff/DiffModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <vector>

namespace poddeck {

namespace {

QString elided(const QString &text, int max)
{
    return text.size() > max ? text.left(max) + QStringLiteral("…") : text;
}

} // namespace

DiffModel::DiffModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_tree.nodes.emplace_back();
}

void DiffModel::setTree(DiffTree tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    if (m_tree.nodes.empty())
        m_tree.nodes.emplace_back();
    m_revealed.assign(m_tree.nodes.size(), false);
    endResetModel();
}

void DiffModel::setRevealed(const QModelIndex &index, bool revealed)
{
    const int node = nodeOf(index);
    if (node == 0 || !m_tree.nodes[size_t(node)].secret || m_revealed[size_t(node)] == revealed)
        return;
    m_revealed[size_t(node)] = revealed;
    Q_EMIT dataChanged(index.siblingAtColumn(NameColumn), index.siblingAtColumn(DetailsColumn));
}

void DiffModel::clear()
{
    setTree(DiffTree());
}

QString DiffModel::changeText(ResourceChange::Kind kind)
{
    switch (kind) {
    case ResourceChange::Kind::Added: return tr("added");
    case ResourceChange::Kind::Removed: return tr("removed");
    case ResourceChange::Kind::Modified: return tr("modified");
    }
    return QString();
}

QColor DiffModel::changeColor(ResourceChange::Kind kind)
{
    switch (kind) {
    case ResourceChange::Kind::Added: return QColor(0x2c, 0xa0, 0x2c);
    case ResourceChange::Kind::Removed: return QColor(0xd6, 0x27, 0x28);
    case ResourceChange::Kind::Modified: return QColor(0xc2, 0x7c, 0x0e);
    }
    return QColor();
}

int DiffModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex DiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return QModelIndex();
    const DiffTree::Node &p = m_tree.nodes[size_t(nodeOf(parent))];
    if (row >= int(p.children.size()))
        return QModelIndex();
    return createIndex(row, column, quintptr(p.children[size_t(row)]));
}

QModelIndex DiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const int parent = m_tree.nodes[size_t(nodeOf(child))].parent;
    if (parent <= 0)
        return QModelIndex();
    return createIndex(m_tree.nodes[size_t(parent)].row, 0, quintptr(parent));
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_tree.nodes[size_t(nodeOf(parent))].children.size());
}

int DiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString DiffModel::details(const DiffTree::Node &n) const
{
    using Kind = DiffTree::Kind;
    if (n.kind == Kind::Attribute || n.kind == Kind::Attachment) {
        const bool clear = n.secret && m_revealed[size_t(&n - m_tree.nodes.data())];
        const QString &before = clear ? n.revealedBefore : n.before, &after = clear ? n.revealedAfter : n.after;
        switch (*n.change) {
        case ResourceChange::Kind::Added: return after;
        case ResourceChange::Kind::Removed: return before;
        case ResourceChange::Kind::Modified: return QStringLiteral("%1 → %2").arg(before, after);
        }
    }
    if (n.change && n.kind == Kind::Resource && *n.change == ResourceChange::Kind::Modified) {
        const int own = int(std::count_if(n.children.cbegin(), n.children.cend(), [this](int c) {
            const Kind k = m_tree.nodes[size_t(c)].kind;
            return k == Kind::Attribute || k == Kind::Attachment;
        }));
        if (own > 0)
            return tr("%n attribute(s) changed", nullptr, own);
        return QString();
    }
    if (n.change)
        return QString();
    QStringList parts; // a group: what changed below it
    if (n.added)
        parts.append(tr("%n added", nullptr, n.added));
    if (n.removed)
        parts.append(tr("%n removed", nullptr, n.removed));
    if (n.modified)
        parts.append(tr("%n modified", nullptr, n.modified));
    return parts.join(QStringLiteral(", "));
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const DiffTree::Node &n = m_tree.nodes[size_t(nodeOf(index))];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return n.name;
        case ChangeColumn: return n.change ? changeText(*n.change) : QString();
        case DetailsColumn: return elided(details(n), MaxDisplayChars);
        default: return QVariant();
        }
    case Qt::ToolTipRole:
        if (index.column() == DetailsColumn) {
            const QString text = details(n);
            return text.isEmpty() ? QVariant() : QVariant(elided(text, MaxDisplayChars * 10));
        }
        if (n.secret)
            return m_revealed[size_t(nodeOf(index))] ? tr("A secret, revealed")
                                                     : tr("A secret: right-click and choose Reveal Value to see it");
        return n.path.isEmpty() ? QVariant() : QVariant(n.path);
    case Qt::ForegroundRole:
        if (n.change && index.column() != DetailsColumn)
            return QBrush(changeColor(*n.change));
        if (!n.change && index.column() == DetailsColumn) // a group's counts: there, but quieter
            return QBrush(QColor(0x80, 0x80, 0x80));
        return QVariant();
    case Qt::FontRole:
        if (n.change && n.kind == DiffTree::Kind::Resource && index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case ChangeRole:
        return n.change ? int(*n.change) : -1;
    case KindRole:
        return int(n.kind);
    case PathRole:
        return n.path;
    case BeforeRole:
        return n.before;
    case AfterRole:
        return n.after;
    case SecretRole:
        return n.secret;
    case RevealedRole:
        return bool(m_revealed[size_t(nodeOf(index))]);
    default:
        return QVariant();
    }
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn: return tr("Resource");
    case ChangeColumn: return tr("Change");
    case DetailsColumn: return tr("Old → new");
    default: return QVariant();
    }
}

} // namespace poddeck
