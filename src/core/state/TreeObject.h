#pragma once

#include "state/ObjectId.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace poddeck {

// One node of the Merkle StateTree: child name -> resource or subtree hash. Text, one entry a line,
// sorted by name then kind, so equal subtrees hash equal and diff/merge/sync can skip them unread:
//   poddeck-tree 1
//   r <sha256> <encoded name>      a resource at <parent path>/<name>
//   t <sha256> <encoded name>      the subtree below it (a service, an account, ... or a resource's children)
// A name may carry both: a bucket is a resource and has its objects as children.
struct TreeObject
{
    // Levels below a root that readers follow. A path has 5 segments plus 2 per level of children (an S3
    // object in a bucket is 7), so 64 is far past any real state; a crafted chain of trees deeper than that
    // is refused with an error instead of exhausting the stack of a recursive walk.
    static constexpr int MaxDepth = 64;

    enum class Kind : char { Resource = 'r', Tree = 't' };
    struct Entry
    {
        Kind kind;
        ObjectId id;
        QString name; // one encoded path segment
    };
    QList<Entry> entries;

    QByteArray toBytes() const; // sorts a copy first
    static bool parse(const QByteArray &bytes, TreeObject *out, QString *error = nullptr);
};

} // namespace poddeck
