#include "store/StateTreeWriter.h"

#include "state/TreeObject.h"
#include "store/ObjectStore.h"
#include "util/ErrorText.h"

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
    return store.put(tree.toBytes());
}

} // namespace

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
