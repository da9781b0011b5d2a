#pragma once

#include "state/ObjectId.h"
#include "state/Resource.h"
#include "state/TreeObject.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <optional>

namespace poddeck {

class ObjectStore;

// The three-way merge of three states, kept in the core the way KDiff3 keeps its Diff3Line rows and
// MergeBlocks: one row per resource path where ours and theirs differ (what base, ours and theirs hold,
// which are equal, which source the result takes), attribute rows inside documents changed on both
// sides, and a static list of conflicts a merge editor walks with "next unsolved conflict".
// Paths that ours and theirs hold alike (unchanged, or changed the same way) have no rows: their
// subtrees are taken by hash unread.

enum class MergeSide { Base, Ours, Theirs };
enum class MergeChange { OursOnly, TheirsOnly, BothDifferent };
// Where a row's or an attribute's result comes from. Merged: a row whose document is ours with each
// attribute row's choice applied. Edited: a value (attribute) or resource (row) the user wrote.
enum class MergeChoice { Unresolved, Base, Ours, Theirs, Merged, Edited };

QString mergeChoiceName(MergeChoice c);
MergeChoice mergeChoiceFor(MergeSide side); // taking a side whole

// One attribute (a key path inside the document) or one attachment of a resource changed on both sides.
struct MergeAttribute
{
    QStringList key;    // document key path; empty for an attachment
    QString attachment; // the attachment's name; values are then AttachmentRef::toJson()
    QJsonValue base, ours, theirs; // Undefined = absent
    MergeChange change = MergeChange::BothDifferent;
    bool conflict = false;
    MergeChoice choice = MergeChoice::Unresolved;
    QJsonValue edited;

    QJsonValue value() const; // the chosen value (ours while unresolved); Undefined = absent
    QString keyText() const;  // "Attributes.VisibilityTimeout", or "attachment:<name>"
};

struct MergeRow
{
    enum class Conflict {
        None,
        ChangedDeleted, // ours changed it, theirs deleted it
        DeletedChanged, // ours deleted it, theirs changed it
    };
    QString path;
    ObjectId base, ours, theirs; // null = absent on that side
    MergeChange change = MergeChange::OursOnly;
    Conflict conflict = Conflict::None;
    // The conflict comes from a container: one side deleted this resource (an S3 bucket) while the other
    // added or changed something under it, or this is such a child and its container is deleted.
    bool containerConflict = false;
    MergeChoice choice = MergeChoice::Unresolved;
    // Rows changed on both sides or in conflict carry the three resources (absent: path empty) and, when
    // both sides still hold the resource, one attribute row per key that ours and theirs hold differently.
    Resource baseResource, oursResource, theirsResource;
    QList<MergeAttribute> attributes;
    std::optional<Resource> edited; // choice Edited: the resource the user wrote; nullopt = deleted

    bool baseEqualsOurs() const { return base == ours; }
    bool baseEqualsTheirs() const { return base == theirs; }
    bool oursEqualsTheirs() const { return ours == theirs; }
};

// A conflict: a whole row (attribute -1: changed on one side, deleted on the other) or one attribute row.
struct MergeConflictRef
{
    int row = -1;
    int attribute = -1;
    friend bool operator==(const MergeConflictRef &a, const MergeConflictRef &b)
    {
        return a.row == b.row && a.attribute == b.attribute;
    }
};

class MergeResult
{
public:
    enum class ConflictKind { ChangedBoth, AddedBoth, ChangedDeleted, DeletedChanged };

    ObjectId baseRoot() const { return m_base; }
    ObjectId oursRoot() const { return m_ours; }
    ObjectId theirsRoot() const { return m_theirs; }
    const QList<MergeRow> &rows() const { return m_rows; }
    int rowIndex(const QString &path) const; // -1 when the path has no row

    const QList<MergeConflictRef> &conflicts() const { return m_conflicts; }
    int conflictCount() const { return int(m_conflicts.size()); }
    bool isResolved(int conflict) const;
    int unresolvedCount() const;
    // The next unresolved conflict after `conflict` (-1: from the start), wrapping around; -1 when none.
    int nextUnresolved(int conflict = -1) const;
    int previousUnresolved(int conflict) const;
    ConflictKind conflictKind(int conflict) const;
    QString conflictPath(int conflict) const;   // resource path
    QString conflictKey(int conflict) const;    // attribute key text; empty for a whole-resource conflict
    QString describe(int conflict) const;       // "changed differently on both sides" ...
    static QString conflictKindName(ConflictKind k);

    // Resolutions. A whole-resource conflict takes a side's resource or an edited one (nullopt deletes it);
    // an attribute conflict takes a side's value or an edited JSON value (Undefined removes the key).
    Status resolve(int conflict, MergeSide side);
    Status resolveWithValue(int conflict, const QJsonValue &value);
    Status resolveWithResource(int conflict, const std::optional<Resource> &resource);
    // Overrides any row: a side's whole resource, or (for rows changed on both sides) back to Merged.
    Status chooseRow(int row, MergeChoice choice);
    Status editRow(int row, const std::optional<Resource> &resource);
    // Resolves every unresolved conflict by taking `side` (the CLI's --prefer).
    int resolveAll(MergeSide side);
    // Resolves what a rule can: list attributes changed on both sides whose elements are unique merge as
    // sets (additions from both sides, removals from both). Returns how many conflicts it solved.
    int autoSolve();

    // The resource the result holds at a row's path: nullopt when it is absent. Reads the store for rows
    // that take a side's resource whole.
    Result<std::optional<Resource>> resultResource(const ObjectStore &store, int row) const;
    // Writes the merged state's tree (and merged resources) into the store and returns its root id.
    // Only the trees on the paths of rows are written; every other subtree is reused by hash. Fails with
    // Conflict while conflicts are unresolved. Nothing is flushed.
    Result<ObjectId> writeMerged(ObjectStore &store) const;

private:
    friend class ThreeWayMerge;
    struct Node
    {
        struct Entry
        {
            QString name;
            TreeObject::Kind kind;
            ObjectId id;    // when neither row nor child
            int row = -1;   // resource entry with a row
            int child = -1; // tree entry merged below
        };
        QList<Entry> entries;
    };

    void indexConflicts();
    Status checkConflict(int conflict) const;
    Result<ObjectId> resultId(ObjectStore &store, int row) const;
    std::optional<Resource> composed(const MergeRow &row) const;
    Result<ObjectId> writeNode(ObjectStore &store, int node) const;

    ObjectId m_base, m_ours, m_theirs;
    ObjectId m_fixedRoot; // the result when ours and theirs are equal: no nodes then
    QList<MergeRow> m_rows;
    QList<Node> m_nodes; // m_nodes[0] is the root, when present
    QList<MergeConflictRef> m_conflicts;
};

} // namespace poddeck
