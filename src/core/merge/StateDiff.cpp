#include "merge/StateDiff.h"

#include "state/Resource.h"
#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"
#include "store/StateTreeReader.h"
#include "store/StateTreeWriter.h"

#include <QJsonArray>
#include <QSet>

namespace poddeck {

namespace {

QString join(const QString &prefix, const QString &name)
{
    return prefix.isEmpty() ? name : prefix + QLatin1Char('/') + name;
}

// Tree entries are sorted by name, then kind; this orders two entries the same way.
int compareEntries(const TreeObject::Entry &a, const TreeObject::Entry &b)
{
    if (const int c = a.name.compare(b.name); c != 0)
        return c;
    return int(char(a.kind)) - int(char(b.kind));
}

QList<AttachmentChange> diffAttachments(const QMap<QString, AttachmentRef> &before,
                                        const QMap<QString, AttachmentRef> &after)
{
    QList<AttachmentChange> out;
    QStringList names = before.keys();
    for (const QString &n : after.keys())
        if (!before.contains(n))
            names.append(n);
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        const bool had = before.contains(name), has = after.contains(name);
        const AttachmentRef a = before.value(name), b = after.value(name);
        if (had && has && a == b)
            continue;
        AttachmentChange c;
        c.kind = !had ? AttributeChange::Kind::Added : !has ? AttributeChange::Kind::Removed : AttributeChange::Kind::Modified;
        c.name = name;
        c.before = a;
        c.after = b;
        const QSet<ObjectId> old(a.chunks.cbegin(), a.chunks.cend());
        for (const ObjectId &chunk : b.chunks)
            c.chunksChanged += !old.contains(chunk);
        out.append(c);
    }
    return out;
}

QJsonValue idJson(const ObjectId &id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(id.toHex());
}

} // namespace

QString ResourceChange::kindName(Kind k)
{
    switch (k) {
    case Kind::Added: return QStringLiteral("added");
    case Kind::Removed: return QStringLiteral("removed");
    case Kind::Modified: return QStringLiteral("modified");
    }
    return {};
}

QJsonObject ResourceChange::toJson() const
{
    QJsonObject o{{"path", path}, {"change", kindName(kind)}, {"before", idJson(before)}, {"after", idJson(after)}};
    if (kind == Kind::Modified) {
        QJsonArray attrs, atts;
        for (const AttributeChange &a : attributes) {
            QJsonObject j{{"path", a.keyText()}, {"key", QJsonArray::fromStringList(a.key)},
                          {"change", AttributeChange::kindName(a.kind)}};
            if (!a.before.isUndefined())
                j.insert("before", a.before);
            if (!a.after.isUndefined())
                j.insert("after", a.after);
            if (a.secret)
                j.insert("secret", true);
            attrs.append(j);
        }
        for (const AttachmentChange &a : attachments)
            atts.append(QJsonObject{{"name", a.name},
                                    {"change", AttributeChange::kindName(a.kind)},
                                    {"beforeSize", double(a.before.size)},
                                    {"afterSize", double(a.after.size)},
                                    {"chunksChanged", a.chunksChanged}});
        o.insert("attributes", attrs);
        o.insert("attachments", atts);
    }
    return o;
}

Result<ObjectId> StateDiff::temporaryTree(ObjectStore &store, const StateMap &state)
{
    return writeStateTree(store, state);
}

Result<TreeObject> StateDiff::read(const ObjectId &id)
{
    if (id.isNull())
        return TreeObject();
    ++m_treesRead;
    return readTree(m_store, id);
}

Result<QList<ResourceChange>> StateDiff::diff(const ObjectId &before, const ObjectId &after)
{
    QList<ResourceChange> out;
    if (Status st = walk(before, after, QString(), out); !st)
        return st.error();
    return out;
}

Status StateDiff::walk(const ObjectId &before, const ObjectId &after, const QString &prefix, QList<ResourceChange> &out)
{
    if (before == after)
        return {};
    if (Status st = checkTreeDepth(prefix, after.isNull() ? before : after); !st)
        return st;
    Result<TreeObject> a = read(before);
    if (!a)
        return a.error();
    Result<TreeObject> b = read(after);
    if (!b)
        return b.error();
    const QList<TreeObject::Entry> &x = a->entries, &y = b->entries;
    qsizetype i = 0, j = 0;
    while (i < x.size() || j < y.size()) {
        const int c = i >= x.size() ? 1 : j >= y.size() ? -1 : compareEntries(x[i], y[j]);
        const TreeObject::Entry &e = c <= 0 ? x[i] : y[j];
        const QString path = join(prefix, e.name);
        const ObjectId from = c <= 0 ? x[i].id : ObjectId(), to = c >= 0 ? y[j].id : ObjectId();
        if (c <= 0)
            ++i;
        if (c >= 0)
            ++j;
        if (from == to)
            continue;
        if (e.kind == TreeObject::Kind::Tree) {
            Status st = from.isNull()  ? listAll(to, path, ResourceChange::Kind::Added, out)
                        : to.isNull() ? listAll(from, path, ResourceChange::Kind::Removed, out)
                                      : walk(from, to, path, out);
            if (!st)
                return st;
            continue;
        }
        ResourceChange change;
        change.kind = from.isNull() ? ResourceChange::Kind::Added
                      : to.isNull() ? ResourceChange::Kind::Removed
                                    : ResourceChange::Kind::Modified;
        change.path = path;
        change.before = from;
        change.after = to;
        if (change.kind == ResourceChange::Kind::Modified && m_options.details)
            if (Status st = describe(change); !st)
                return st;
        out.append(change);
    }
    return {};
}

Status StateDiff::listAll(const ObjectId &tree, const QString &prefix, ResourceChange::Kind kind, QList<ResourceChange> &out)
{
    if (Status st = checkTreeDepth(prefix, tree); !st)
        return st;
    Result<TreeObject> t = read(tree);
    if (!t)
        return t.error();
    for (const TreeObject::Entry &e : t->entries) {
        const QString path = join(prefix, e.name);
        if (e.kind == TreeObject::Kind::Tree) {
            if (Status st = listAll(e.id, path, kind, out); !st)
                return st;
            continue;
        }
        ResourceChange change;
        change.kind = kind;
        change.path = path;
        (kind == ResourceChange::Kind::Added ? change.after : change.before) = e.id;
        out.append(change);
    }
    return {};
}

Status StateDiff::describe(ResourceChange &change)
{
    m_resourcesRead += 2;
    return describeChange(m_store, change);
}

Status StateDiff::describeChange(const ObjectStore &store, ResourceChange &change)
{
    Resource a, b;
    for (auto [id, into] : {std::pair{change.before, &a}, std::pair{change.after, &b}}) {
        if (id.isNull())
            continue;
        Result<Resource> r = loadResource(store, id);
        if (!r)
            return r.error();
        *into = std::move(r).value();
    }
    change.attributes = diffDocuments(a.document, b.document);
    change.attachments = diffAttachments(a.attachments, b.attachments);
    return {};
}

} // namespace poddeck
