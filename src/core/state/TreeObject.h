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
