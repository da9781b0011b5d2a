#pragma once

#include "state/ObjectId.h"
#include "state/TreeObject.h"
#include "util/Result.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <functional>

namespace poddeck {

class ObjectStore;

// A node whole: a node stored in parts (TreeObject.h) is read part by part and checked (each part starts at
// its name, the entries follow in order, at most TreeObject::MaxPartLevels levels of parts).
Result<TreeObject> readTree(const ObjectStore &store, const ObjectId &id);
// One tree object as stored: for walks over objects (gc, fsck, sync, space), which visit the parts too.
Result<TreeObject> readTreeNode(const ObjectStore &store, const ObjectId &id);

// For recursive walkers, before they descend into tree `id` at `path` (its segments are its depth): Corrupt
// past TreeObject::MaxDepth, so no crafted state exhausts the stack (a shared subtree can sit deeper on one
// path than where a first walk met it, so every walker checks, not only the readers at the gates).
Status checkTreeDepth(const QString &path, const ObjectId &id);
// The same for walks over stored objects: `depth` levels of the state and `partLevel` levels of parts within
// one node (TreeObject.h) above tree object `id`; Corrupt past TreeObject::MaxDepth or MaxPartLevels.
Status checkTreeLevels(const ObjectId &id, int depth, int partLevel);

// Visits every resource below `root` in path order. The visitor returns false to stop early.
Status forEachResource(const ObjectStore &store, const ObjectId &root,
                       const std::function<bool(const QString &path, const ObjectId &id)> &visit);

// path -> resource id for the whole state.
Result<QMap<QString, ObjectId>> flattenStateTree(const ObjectStore &store, const ObjectId &root);

// Adds to `seen` every object reachable from a version (its object, trees and their parts, resources, chunks). Subtrees
// already in `seen` are skipped unread, so walking many versions of one pod costs what they do not share.
// With verify, every object read is hash-checked (fsck); chunks are then read too, else only listed.
// `partsSeen`, when given, is set if a tree it walked is stored in parts (bundles then say so, BundleManifest).
Status collectReachable(const ObjectStore &store, const ObjectId &versionId, QSet<ObjectId> &seen, bool verify,
                        bool requireChunks = true, bool *partsSeen = nullptr);

} // namespace poddeck
