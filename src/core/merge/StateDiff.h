#pragma once

#include "merge/DocumentDiff.h"
#include "merge/InjectPlan.h"
#include "state/AttachmentRef.h"
#include "state/ObjectId.h"
#include "state/TreeObject.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace poddeck {

class ObjectStore;

// A named attachment (S3 object body, Lambda zip ...) that differs between two states.
struct AttachmentChange
{
    AttributeChange::Kind kind = AttributeChange::Kind::Modified;
    QString name;
    AttachmentRef before, after; // size 0 and no chunks when absent
    int chunksChanged = 0;       // chunks of `after` that `before` does not hold (Added: all of them)
};

// One resource that differs between two states. Child resources (S3 objects, DynamoDB items) have their
// own paths, so they come out as their own changes.
struct ResourceChange
{
    enum class Kind { Added, Removed, Modified };
    Kind kind = Kind::Modified;
    QString path;
    ObjectId before, after; // null when absent
    QList<AttributeChange> attributes;   // Modified only (and only with DiffOptions::details)
    QList<AttachmentChange> attachments; // likewise

    static QString kindName(Kind k);
    QJsonObject toJson() const;
};

struct DiffOptions
{
    bool details = true; // read both documents of modified resources for attribute and attachment changes
};

// Diffs two states given as root tree ids by walking both Merkle trees together: subtrees with equal
// hashes are skipped unread, so the work is proportional to what differs, not to the size of the states.
// A null root stands for the empty state. The counters say what was read, for tests and benchmarks.
class StateDiff
{
public:
    explicit StateDiff(const ObjectStore &store, DiffOptions options = {}) : m_store(store), m_options(options) {}

    // Changes from `before` to `after`, in tree order (a resource before its children).
    Result<QList<ResourceChange>> diff(const ObjectId &before, const ObjectId &after);

    // Writes the tree of a state held as a map (a live snapshot whose resource objects are in `store`)
    // so it can be diffed like a version. Nothing is flushed: the tree goes with the store's pending
    // objects unless the caller flushes.
    static Result<ObjectId> temporaryTree(ObjectStore &store, const StateMap &state);

    // Fills change.attributes and change.attachments from the documents of change.before and change.after;
    // a null id stands for an absent resource (every attribute added or removed).
    static Status describeChange(const ObjectStore &store, ResourceChange &change);

    int treesRead() const { return m_treesRead; }
    int resourcesRead() const { return m_resourcesRead; }

private:
    Status walk(const ObjectId &before, const ObjectId &after, const QString &prefix, QList<ResourceChange> &out);
    Status listAll(const ObjectId &tree, const QString &prefix, ResourceChange::Kind kind, QList<ResourceChange> &out);
    Status describe(ResourceChange &change);
    Result<TreeObject> read(const ObjectId &id);

    const ObjectStore &m_store;
    DiffOptions m_options;
    int m_treesRead = 0;
    int m_resourcesRead = 0;
};

} // namespace poddeck
