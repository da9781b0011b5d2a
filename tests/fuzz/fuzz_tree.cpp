// Tree objects (the nodes of the Merkle StateTree): parse, and what parses writes back byte for byte.
// Then the same bytes as the root of a state read through the store (depth and shape checks).
#include "FuzzSupport.h"

#include "state/TreeObject.h"
#include "store/ObjectStore.h"
#include "store/StateTreeReader.h"

#include <algorithm>

using namespace poddeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    TreeObject tree;
    QString why;
    if (!TreeObject::parse(bytes, &tree, &why)) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    // Entries are sorted and unique, so writing them back gives the very bytes (equal trees, equal hashes).
    FUZZ_CHECK(tree.toBytes() == bytes);

    ObjectStore store(fuzz::scratchDir() + QStringLiteral("/tree"));
    Result<ObjectId> root = store.put(bytes);
    FUZZ_CHECK(root.ok());
    // Its subtrees and parts are missing, so reading the state fails cleanly exactly when it has one.
    const bool hasSubtree = std::any_of(tree.entries.cbegin(), tree.entries.cend(), [](const TreeObject::Entry &e) {
        return e.kind != TreeObject::Kind::Resource; // a subtree or a part
    });
    Result<QMap<QString, ObjectId>> flat = flattenStateTree(store, *root);
    FUZZ_CHECK(flat.ok() != hasSubtree);
    store.discardPending();
    return 0;
}
