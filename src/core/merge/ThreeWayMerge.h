#pragma once

#include "merge/MergeResult.h"
#include "state/ObjectId.h"
#include "state/TreeObject.h"
#include "util/Result.h"

namespace poddeck {

class ObjectStore;

// Merges three states given as root tree ids (a null id is the empty state) into a MergeResult.
// The three Merkle trees are walked together; where ours and theirs hold the same subtree it is taken by
// hash unread, and a subtree only one side changed is walked only along that side's changes, so the
// work is proportional to the differences. Resources changed on both sides are merged attribute by
// attribute (nested objects recursed, lists and scalars as values) and attachment by attachment;
// what cannot be merged becomes a conflict. Child resources (S3 objects, DynamoDB items) have their
// own paths, so they merge one by one; a container one side deleted while the other added or changed a
// child under it (a bucket and an object put into it) makes both the container and those children conflicts.
class ThreeWayMerge
{
public:
    explicit ThreeWayMerge(const ObjectStore &store) : m_store(store) {}

    Result<MergeResult> merge(const ObjectId &base, const ObjectId &ours, const ObjectId &theirs);

    int treesRead() const { return m_treesRead; }
    int resourcesRead() const { return m_resourcesRead; }

private:
    struct Triple
    {
        ObjectId base, ours, theirs;
    };
    Status mergeNode(const Triple &ids, const QString &prefix, int node, MergeResult &result);
    Status addRow(const Triple &ids, const QString &path, MergeResult &result, int *row);
    Status loadSides(MergeRow &row);
    Status markContainerConflict(MergeResult &result, int row, int child);
    Result<TreeObject> read(const ObjectId &id);
    Result<Resource> load(const ObjectId &id);

    const ObjectStore &m_store;
    int m_treesRead = 0;
    int m_resourcesRead = 0;
};

} // namespace poddeck
