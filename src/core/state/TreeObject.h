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
//
// A node of more than SplitAbove entries (a bucket of many objects) is stored in parts, so a change rewrites
// one part of ~16 entries and the lists of parts above it, not the whole node: its object then holds only
//   p <sha256> <encoded name>      a part: the next entries, starting at <name>, in a tree object of their own
// Parts end where endsPart() says, after an entry chosen by its name alone, so an insert or a removal moves
// only the boundaries next to it. A list of more than SplitListsAbove parts is itself split the same way,
// up to MaxPartLevels. Readers see the node whole (StateTreeReader::readTree); object walks see the parts.
struct TreeObject
{
    // Levels below a root that readers follow. A path has 5 segments plus 2 per level of children (an S3
    // object in a bucket is 7), so 64 is far past any real state; a crafted chain of trees deeper than that
    // is refused with an error instead of exhausting the stack of a recursive walk.
    static constexpr int MaxDepth = 64;

    static constexpr qsizetype SplitAbove = 128;     // entries of a node
    static constexpr qsizetype SplitListsAbove = 32; // parts of a list: a change rewrites ~16 of each level
    static constexpr int PartAverageLog2 = 4;         // 16 entries a part
    static constexpr qsizetype MaxPartEntries = 512;
    static constexpr int MaxPartLevels = 6;

    enum class Kind : char { Resource = 'r', Tree = 't', Part = 'p' };
    struct Entry
    {
        Kind kind;
        ObjectId id;
        QString name; // one encoded path segment
    };
    QList<Entry> entries;

    // A list of parts (every entry a Part; parse() refuses a mix).
    bool isPartList() const { return !entries.isEmpty() && entries.first().kind == Kind::Part; }
    // The same, from a tree object's bytes unparsed: a line starts "p " (names hold no spaces or newlines).
    static bool bytesArePartList(const QByteArray &bytes) { return bytes.contains("\np "); }

    QByteArray toBytes() const; // sorts a copy first
    static bool parse(const QByteArray &bytes, TreeObject *out, QString *error = nullptr);

    // The order of entries: by name, then kind.
    static bool entryLess(const Entry &a, const Entry &b);
    // Whether a part at `level` (0: parts of entries, 1: parts of part lists, ...) ends after an entry named
    // `name`. Part of the store format: changing it changes the id of every split node.
    static bool endsPart(const QString &name, int level);
};

} // namespace poddeck
