#include "store/StateTreeWriter.h"

#include "state/TreeObject.h"
#include "store/ObjectStore.h"
#include "util/ErrorText.h"

#include <algorithm>
#include <map>

namespace poddeck {

namespace {

struct Node
{
    std::map<QString, ObjectId> resources;
    std::map<QString, Node> children;
};

Result<ObjectId> writeNode(ObjectStore &store, const Node &node)
{
    TreeObject tree;
    tree.entries.reserve(qsizetype(node.resources.size() + node.children.size()));
    for (const auto &[name, id] : node.resources)
        tree.entries.append({TreeObject::Kind::Resource, id, name});
    for (const auto &[name, child] : node.children) {
        Result<ObjectId> id = writeNode(store, child);
        if (!id)
            return id;
        tree.entries.append({TreeObject::Kind::Tree, *id, name});
    }
    return writeTreeNode(store, std::move(tree));
}

} // namespace

Result<ObjectId> writeTreeNode(ObjectStore &store, TreeObject node)
{
    std::sort(node.entries.begin(), node.entries.end(), TreeObject::entryLess);
    for (int level = 0; level < TreeObject::MaxPartLevels
                        && node.entries.size() > (level == 0 ? TreeObject::SplitAbove : TreeObject::SplitListsAbove);
         ++level) {
        TreeObject parts, part;
        const qsizetype n = node.entries.size();
        for (qsizetype i = 0; i < n; ++i) {
            const TreeObject::Entry &e = node.entries[i];
            part.entries.append(e);
            // Never between a name's resource and its subtree, so parts start at distinct names.
            const bool sameNameNext = i + 1 < n && node.entries[i + 1].name == e.name;
            if (i + 1 == n || (!sameNameNext && (TreeObject::endsPart(e.name, level)
                                                  || part.entries.size() >= TreeObject::MaxPartEntries))) {
                Result<ObjectId> id = store.put(part.toBytes());
                if (!id)
                    return id;
                parts.entries.append({TreeObject::Kind::Part, *id, part.entries.first().name});
                part.entries.clear();
            }
        }
        node = std::move(parts);
    }
    return store.put(node.toBytes());
}

Result<ObjectId> writeStateTree(ObjectStore &store, const QMap<QString, ObjectId> &resources)
{
    Node root;
    for (auto it = resources.cbegin(); it != resources.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('/'));
        // Readers refuse trees deeper than this (StateTreeReader), so nothing deeper is ever written.
        if (parts.size() > TreeObject::MaxDepth)
            return Error(Error::Code::InvalidArgument,
                         ErrorText::tr("resource path '%1…' has %2 levels; a state holds at most %3")
                             .arg(it.key().left(120)).arg(parts.size()).arg(TreeObject::MaxDepth));
        Node *node = &root;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            node = &node->children[parts[i]];
        node->resources[parts.last()] = it.value();
    }
    return writeNode(store, root);
}

} // namespace poddeck
