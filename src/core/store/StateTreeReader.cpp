#include "store/StateTreeReader.h"

#include "state/Resource.h"
#include "state/Version.h"
#include "store/Chunker.h"
#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"
#include "util/ErrorText.h"

namespace poddeck {

Result<TreeObject> readTreeNode(const ObjectStore &store, const ObjectId &id)
{
    Result<QByteArray> bytes = store.get(id);
    if (!bytes)
        return bytes.error();
    TreeObject tree;
    QString why;
    if (!TreeObject::parse(*bytes, &tree, &why))
        return Error(Error::Code::Corrupt, ErrorText::tr("object %1: %2").arg(id.toHex(), why));
    return tree;
}

namespace {

Error tooManyPartLevels(const ObjectId &id)
{
    return Error(Error::Code::Corrupt, ErrorText::tr("tree %1 is split into more than %2 levels of parts: the state "
                                                      "is damaged or crafted").arg(id.toHex()).arg(TreeObject::MaxPartLevels));
}

Status appendParts(const ObjectStore &store, const ObjectId &id, const TreeObject &list, TreeObject &out, int level)
{
    if (level > TreeObject::MaxPartLevels)
        return tooManyPartLevels(id);
    for (const TreeObject::Entry &p : list.entries) {
        Result<TreeObject> part = readTreeNode(store, p.id);
        if (!part)
            return part.error();
        if (part->entries.isEmpty() || part->entries.first().name != p.name)
            return Error(Error::Code::Corrupt, ErrorText::tr("part %1 of tree %2 does not start at '%3'")
                                                   .arg(p.id.toHex(), id.toHex(), p.name));
        if (part->isPartList()) {
            if (Status st = appendParts(store, id, *part, out, level + 1); !st)
                return st;
            continue;
        }
        if (!out.entries.isEmpty() && !TreeObject::entryLess(out.entries.last(), part->entries.first()))
            return Error(Error::Code::Corrupt, ErrorText::tr("the parts of tree %1 overlap or are out of order").arg(id.toHex()));
        out.entries.append(part->entries);
    }
    return {};
}

} // namespace

Result<TreeObject> readTree(const ObjectStore &store, const ObjectId &id)
{
    Result<TreeObject> node = readTreeNode(store, id);
    if (!node || !node->isPartList())
        return node;
    TreeObject whole;
    if (Status st = appendParts(store, id, *node, whole, 1); !st)
        return st.error();
    return whole;
}

namespace {

static_assert(Chunker::MaxSize <= AttachmentRef::MaxChunkBytes, "AttachmentRef::fromJson would refuse real chunks");

Error tooDeep(const ObjectId &id)
{
    return Error(Error::Code::Corrupt, ErrorText::tr("tree %1 lies more than %2 levels deep: the state is damaged or "
                                                      "crafted (no real state nests that far)")
                                           .arg(id.toHex())
                                           .arg(TreeObject::MaxDepth));
}

} // namespace

Status checkTreeLevels(const ObjectId &id, int depth, int partLevel)
{
    if (depth > TreeObject::MaxDepth)
        return tooDeep(id);
    if (partLevel > TreeObject::MaxPartLevels)
        return tooManyPartLevels(id);
    return {};
}

Status checkTreeDepth(const QString &path, const ObjectId &id)
{
    const qsizetype depth = path.isEmpty() ? 0 : path.count(QLatin1Char('/')) + 1;
    return depth > TreeObject::MaxDepth ? Status(tooDeep(id)) : Status();
}

namespace {

Status walk(const ObjectStore &store, const ObjectId &id, const QString &prefix,
            const std::function<bool(const QString &, const ObjectId &)> &visit, bool *stop, int depth)
{
    if (depth > TreeObject::MaxDepth)
        return tooDeep(id);
    Result<TreeObject> tree = readTree(store, id);
    if (!tree)
        return tree.error();
    for (const TreeObject::Entry &e : tree->entries) {
        const QString path = prefix.isEmpty() ? e.name : prefix + QLatin1Char('/') + e.name;
        if (e.kind == TreeObject::Kind::Resource) {
            if (!visit(path, e.id)) {
                *stop = true;
                return {};
            }
        } else {
            if (Status st = walk(store, e.id, path, visit, stop, depth + 1); !st)
                return st;
        }
        if (*stop)
            return {};
    }
    return {};
}

} // namespace

Status forEachResource(const ObjectStore &store, const ObjectId &root,
                       const std::function<bool(const QString &, const ObjectId &)> &visit)
{
    bool stop = false;
    return walk(store, root, QString(), visit, &stop, 0);
}

Result<QMap<QString, ObjectId>> flattenStateTree(const ObjectStore &store, const ObjectId &root)
{
    QMap<QString, ObjectId> out;
    Status st = forEachResource(store, root, [&out](const QString &path, const ObjectId &id) {
        out.insert(path, id);
        return true;
    });
    if (!st)
        return st.error();
    return out;
}

namespace {

// `depth` counts levels of the state, `partLevel` the levels of parts within one node (TreeObject.h).
Status collectTree(const ObjectStore &store, const ObjectId &id, QSet<ObjectId> &seen, bool verify, bool requireChunks,
                   int depth, int partLevel, bool *partsSeen)
{
    if (seen.contains(id))
        return {};
    if (Status st = checkTreeLevels(id, depth, partLevel); !st)
        return st;
    Result<TreeObject> tree = readTreeNode(store, id);
    if (!tree)
        return tree.error();
    // A node stored in parts is checked whole once (its parts start at their names and follow in order) where
    // it is met as a node, when the walk verifies (fsck) or gathers a state to copy (bundles).
    if (tree->isPartList() && partLevel == 0 && (verify || requireChunks))
        if (Result<TreeObject> whole = readTree(store, id); !whole)
            return whole.error();
    if (tree->isPartList() && partsSeen)
        *partsSeen = true;
    seen.insert(id);
    for (const TreeObject::Entry &e : tree->entries) {
        if (seen.contains(e.id))
            continue;
        if (e.kind != TreeObject::Kind::Resource) {
            const bool part = e.kind == TreeObject::Kind::Part;
            if (Status st = collectTree(store, e.id, seen, verify, requireChunks, part ? depth : depth + 1, part ? partLevel + 1 : 0,
                                        partsSeen); !st)
                return st;
            continue;
        }
        Result<Resource> r = loadResource(store, e.id);
        if (!r)
            return r.error();
        seen.insert(e.id);
        for (const AttachmentRef &a : std::as_const(r->attachments)) {
            for (const ObjectId &c : a.chunks) {
                if (seen.contains(c))
                    continue;
                if (verify) {
                    Result<QByteArray> chunk = store.get(c);
                    if (!chunk)
                        return Error(chunk.error().code, ErrorText::tr("%1 (attachment of %2)").arg(chunk.error().message, r->path));
                } else if (requireChunks && !store.contains(c)) {
                    return Error(Error::Code::NotFound,
                                 ErrorText::tr("object %1 (attachment of %2) is missing").arg(c.toHex(), r->path));
                }
                seen.insert(c);
            }
        }
    }
    return {};
}

} // namespace

Status collectReachable(const ObjectStore &store, const ObjectId &versionId, QSet<ObjectId> &seen, bool verify,
                        bool requireChunks, bool *partsSeen)
{
    if (seen.contains(versionId))
        return {};
    Result<QByteArray> bytes = store.get(versionId);
    if (!bytes)
        return bytes.error();
    Version v;
    QString why;
    if (!Version::fromObjectBytes(*bytes, &v, &why))
        return Error(Error::Code::Corrupt, ErrorText::tr("object %1: %2").arg(versionId.toHex(), why));
    seen.insert(versionId);
    return collectTree(store, v.root, seen, verify, requireChunks, 0, 0, partsSeen);
}

} // namespace poddeck
