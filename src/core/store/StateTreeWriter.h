#pragma once

#include "state/ObjectId.h"
#include "util/Result.h"

#include <QMap>
#include <QString>

namespace poddeck {

class ObjectStore;

// Writes the Merkle tree over resource paths (path -> resource object id) and returns the root id.
// Subtrees that already exist in the store are not written again (content addressing). A path of more
// than TreeObject::MaxDepth segments is refused (InvalidArgument) before anything is written.
Result<ObjectId> writeStateTree(ObjectStore &store, const QMap<QString, ObjectId> &resources);

} // namespace poddeck
