#include "app/contents/ContentsModel.h"

#include "app/jobs/JobRunner.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStyle>

#include <algorithm>

namespace poddeck {

namespace {

constexpr int MaxValueChars = 300;

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

} // namespace

ContentsModel::ContentsModel(JobRunner *jobs, QObject *parent) : QAbstractItemModel(parent), m_jobs(jobs)
{
    m_nodes.emplace_back();
}

void ContentsModel::clear()
{
    setVersion(QString(), Version());
}

void ContentsModel::setVersion(const QString &home, const Version &version)
{
    beginResetModel();
    m_latest.invalidate();
    m_home = home;
    m_version = version;
    m_nodes.clear();
    m_nodes.emplace_back();
    m_nodes[0].tree = version.root;
    m_nodes[0].fetch = home.isEmpty() || version.root.isNull() ? Fetch::Fetched : Fetch::Unfetched;
    endResetModel();
    if (m_loading != 0) {
        m_loading = 0;
        Q_EMIT loadingChanged(false);
    }
    if (m_nodes[0].fetch == Fetch::Unfetched)
        startFetch(0);
}

int ContentsModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex ContentsModel::indexOf(int node, int column) const
{
    if (node <= 0)
        return QModelIndex();
    return createIndex(m_nodes[size_t(node)].row, column, quintptr(node));
}

QModelIndex ContentsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    const Node &p = m_nodes[size_t(nodeOf(parent))];
    if (row >= int(p.children.size()))
        return QModelIndex();
    return createIndex(row, column, quintptr(p.children[size_t(row)]));
}

QModelIndex ContentsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    return indexOf(m_nodes[size_t(nodeOf(child))].parent);
}

int ContentsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_nodes[size_t(nodeOf(parent))].children.size());
}

int ContentsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ContentsModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node &n = m_nodes[size_t(nodeOf(parent))];
    if (!n.children.empty() || n.hasPending())
        return true;
    return n.fetch != Fetch::Fetched && (!n.tree.isNull() || !n.resource.isNull());
}

bool ContentsModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node &n = m_nodes[size_t(nodeOf(parent))];
    if (n.fetch == Fetch::Unfetched)
        return !n.tree.isNull() || !n.resource.isNull();
    return n.fetch == Fetch::Fetched && n.hasPending();
}

void ContentsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int node = nodeOf(parent);
    if (m_nodes[size_t(node)].fetch == Fetch::Unfetched) {
        startFetch(node);
    } else if (m_inserting) {
        // Asked from a slot of our own rowsInserted: insert after this insertion is complete.
        QMetaObject::invokeMethod(this, [this, node, ticket = m_latest.current()] {
            if (m_latest.isCurrent(ticket) && size_t(node) < m_nodes.size())
                insertPage(node);
        }, Qt::QueuedConnection);
    } else {
        insertPage(node);
    }
}

void ContentsModel::startFetch(int node)
{
    Node &n = m_nodes[size_t(node)];
    n.fetch = Fetch::Fetching;
    const LatestRequest::Ticket ticket = m_latest.current();
    const bool resource = n.kind == ContentsEntry::Kind::Resource;
    const int childDepth = n.depth + 1;
    setLoading(+1);
    auto done = [this, node, ticket](Result<QList<ContentsEntry>> entries) {
        if (!m_latest.isCurrent(ticket))
            return; // another version is shown now
        setLoading(-1);
        if (m_nodes[size_t(node)].fetch != Fetch::Fetching)
            return; // a search filled it meanwhile
        if (!entries) {
            m_nodes[size_t(node)].fetch = Fetch::Fetched;
            Q_EMIT loadFailed(entries.error().message);
            return;
        }
        setChildren(node, std::move(*entries));
        Q_EMIT levelLoaded(indexOf(node));
    };
    if (resource) {
        m_jobs->run(
            tr("Reading %1").arg(n.name),
            [home = m_home, res = n.resource, tree = n.tree, depth = n.depth](JobContext &c) {
                return ContentsLoader::loadResource(home, res, tree, depth, c);
            },
            this, done);
    } else {
        m_jobs->run(
            node == 0 ? tr("Reading the contents of version %1").arg(m_version.number) : tr("Reading %1").arg(n.name),
            [home = m_home, tree = n.tree, childDepth, path = n.path](JobContext &c) {
                return ContentsLoader::loadLevel(home, tree, childDepth, c, path);
            },
            this, done);
    }
}

void ContentsModel::setChildren(int node, QList<ContentsEntry> entries)
{
    m_nodes[size_t(node)].fetch = Fetch::Fetched;
    m_nodes[size_t(node)].pending = std::move(entries);
    m_nodes[size_t(node)].pendingFirst = 0;
    if (m_nodes[size_t(node)].hasPending()) {
        insertPage(node);
    } else if (node != 0) {
        // No children after all: the expand arrow goes.
        const QModelIndex index = indexOf(node);
        Q_EMIT dataChanged(index, index.siblingAtColumn(ValueColumn));
    }
}

void ContentsModel::insertPage(int node)
{
    Node &n = m_nodes[size_t(node)];
    const qsizetype from = n.pendingFirst;
    const qsizetype count = std::min<qsizetype>(PageSize, n.pending.size() - from);
    if (count <= 0)
        return;
    const int first = int(n.children.size());
    // Take the page (and advance) before beginInsertRows: a view may ask canFetchMore() from its slots.
    QList<ContentsEntry> page = n.pending.mid(from, count);
    n.pendingFirst += count;
    if (!n.hasPending()) {
        n.pending = QList<ContentsEntry>();
        n.pendingFirst = 0;
    }
    const QString parentPath = n.path;
    const int depth = n.depth + 1;
    m_inserting = true;
    beginInsertRows(indexOf(node), first, first + int(count) - 1);
    m_nodes.reserve(m_nodes.size() + size_t(count));
    for (qsizetype i = 0; i < count; ++i) {
        ContentsEntry &e = page[i];
        Node child;
        child.parent = node;
        child.row = first + int(i);
        child.depth = depth;
        child.kind = e.kind;
        child.name = std::move(e.name);
        child.secret = e.secret;
        child.missingCode = e.missingCode;
        child.tree = e.tree;
        child.resource = e.resource;
        child.value = std::move(e.value);
        child.shown = std::move(e.shown);
        if (!e.segment.isEmpty())
            child.path = parentPath.isEmpty() ? e.segment : parentPath + QLatin1Char('/') + e.segment;
        if (!e.children.isEmpty()) { // nested attributes: complete already, inserted when expanded
            child.pending = std::move(e.children);
            child.fetch = Fetch::Fetched;
        } else if (!e.canLoadMore()) {
            child.fetch = Fetch::Fetched;
        }
        m_nodes[size_t(node)].children.push_back(int(m_nodes.size()));
        m_nodes.push_back(std::move(child));
    }
    endInsertRows();
    m_inserting = false;
}

void ContentsModel::applyLevels(const ContentsLoader::Levels &levels)
{
    QStringList prefixes = levels.keys();
    // Parents before children.
    std::sort(prefixes.begin(), prefixes.end(), [](const QString &a, const QString &b) {
        const qsizetype da = a.isEmpty() ? 0 : a.count(QLatin1Char('/')) + 1;
        const qsizetype db = b.isEmpty() ? 0 : b.count(QLatin1Char('/')) + 1;
        return da != db ? da < db : a < b;
    });
    for (const QString &prefix : std::as_const(prefixes)) {
        const int node = prefix.isEmpty() ? 0 : nodeOf(indexForPath(prefix));
        if (!prefix.isEmpty() && node == 0)
            continue;
        Node &n = m_nodes[size_t(node)];
        if (n.fetch == Fetch::Fetched)
            continue;
        if (n.fetch == Fetch::Fetching)
            n.fetch = Fetch::Unfetched; // its job's result is dropped: this is the same level
        setChildren(node, levels.value(prefix));
        // Matches beyond the first page must be there too.
        while (m_nodes[size_t(node)].hasPending())
            insertPage(node);
    }
}

QModelIndex ContentsModel::indexForPath(const QString &path) const
{
    int node = 0;
    QString prefix;
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        prefix = prefix.isEmpty() ? segment : prefix + QLatin1Char('/') + segment;
        const std::vector<int> &children = m_nodes[size_t(node)].children;
        auto it = std::find_if(children.cbegin(), children.cend(),
                               [&](int c) { return m_nodes[size_t(c)].path == prefix; });
        if (it == children.cend())
            return QModelIndex();
        node = *it;
    }
    return indexOf(node);
}

void ContentsModel::setRevealed(const QModelIndex &index, bool revealed)
{
    const int node = nodeOf(index);
    if (node == 0 || !m_nodes[size_t(node)].secret || m_nodes[size_t(node)].revealed == revealed)
        return;
    m_nodes[size_t(node)].revealed = revealed;
    Q_EMIT dataChanged(indexOf(node, NameColumn), indexOf(node, ValueColumn));
}

QString ContentsModel::valueText(const Node &n, bool reveal) const
{
    if (n.kind != ContentsEntry::Kind::Attribute && n.kind != ContentsEntry::Kind::Attachment)
        return QString();
    if (n.secret)
        return reveal ? jsonText(n.value) : QString::fromLatin1(SecretMask::Mask);
    return n.kind == ContentsEntry::Kind::Attachment ? jsonText(n.value) : jsonText(n.shown);
}

QVariant ContentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Node &n = m_nodes[size_t(nodeOf(index))];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return n.name;
        return valueText(n, n.revealed).left(MaxValueChars);
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && !(n.secret && !n.revealed))
            return valueText(n, true).left(MaxValueChars * 10);
        if (n.secret)
            return n.revealed ? tr("Secret, revealed") : tr("Secret: right-click and choose Reveal Value");
        if (n.missingCode)
            return tr("This version holds no code for %1, so it cannot be restored from it. Right-click and "
                      "choose Attach Code… to add the zip, or commit from moto started by PodDeck, which "
                      "serves the code.").arg(n.name);
        return n.path.isEmpty() ? QVariant() : QVariant(n.path);
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return QVariant();
        if (m_icons[0].isNull()) { // once, not per row painted
            m_icons[0] = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
            m_icons[1] = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
            m_icons[2] = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        switch (n.kind) {
        case ContentsEntry::Kind::Resource:
            return n.missingCode ? m_icons[2] : m_icons[1];
        case ContentsEntry::Kind::Attribute:
        case ContentsEntry::Kind::Attachment:
            return n.secret && !n.revealed ? QVariant(m_icons[2]) : QVariant();
        default:
            return m_icons[0];
        }
    case KindRole:
        return int(n.kind);
    case SecretRole:
        return n.secret;
    case RevealedRole:
        return n.revealed;
    case PathRole:
        return n.path;
    case RawValueRole:
        return valueText(n, true);
    case MissingCodeRole:
        return n.missingCode;
    default:
        return QVariant();
    }
}

QVariant ContentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Name") : tr("Value");
}

void ContentsModel::setLoading(int delta)
{
    const bool was = m_loading > 0;
    m_loading += delta;
    if (was != (m_loading > 0))
        Q_EMIT loadingChanged(m_loading > 0);
}

} // namespace poddeck
