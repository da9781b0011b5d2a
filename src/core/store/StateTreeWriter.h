#pragma once

#include "state/ObjectId.h"
#include "state/TreeObject.h"
#include "util/Result.h"

#include <QMap>
#include <QString>

namespace poddeck {

class ObjectStore;

// Writes the Merkle tree over resource paths (path -> resource object id) and returns the root id.
// Subtrees that already exist in the store are not written again (content addressing). A path of more
// than TreeObject::MaxDepth segments is refused (InvalidArgument) before anything is written.
Result<ObjectId> writeStateTree(ObjectStore &store, const QMap<QString, ObjectId> &resources);

// Writes one node (its entries in any order) and returns its id: one object, or when it has more than
// TreeObject::SplitAbove entries, its parts and their list (TreeObject.h). Every writer of tree nodes goes
// through here, so one state always has one root id.
Result<ObjectId> writeTreeNode(ObjectStore &store, TreeObject node);

} // namespace poddeck
