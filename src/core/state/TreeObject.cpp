#include "state/TreeObject.h"

#include <QCoreApplication>
#include <algorithm>

namespace poddeck {

namespace {
const QByteArray Header = QByteArrayLiteral("poddeck-tree 1\n");

// An encoded path segment (ResourcePath::encodeSegment): printable ASCII without '/' and not "." or "..".
bool isSegment(const QByteArray &name)
{
    if (name.isEmpty() || name == "." || name == "..")
        return false;
    for (char c : name)
        if (c < 0x21 || c > 0x7e || c == '/')
            return false;
    return true;
}

} // namespace

bool TreeObject::entryLess(const Entry &a, const Entry &b)
{
    if (a.name != b.name)
        return a.name < b.name;
    return char(a.kind) < char(b.kind);
}

bool TreeObject::endsPart(const QString &name, int level)
{
    // FNV-1a over the level and the name's bytes, then splitmix64's finalizer so the low bits mix well.
    quint64 h = 0xcbf29ce484222325ull;
    const auto mix = [&h](uchar c) {
        h ^= c;
        h *= 0x100000001b3ull;
    };
    mix(uchar(level));
    for (QChar c : name)
        mix(uchar(c.unicode() & 0xff)); // encoded segments are ASCII
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return (h & ((quint64(1) << PartAverageLog2) - 1)) == 0;
}

QByteArray TreeObject::toBytes() const
{
    QList<Entry> sorted = entries;
    std::sort(sorted.begin(), sorted.end(), entryLess);
    QByteArray out = Header;
    out.reserve(Header.size() + sorted.size() * 90);
    for (const Entry &e : sorted) {
        out.append(char(e.kind));
        out.append(' ');
        out.append(e.id.toHexBytes());
        out.append(' ');
        out.append(e.name.toLatin1()); // encoded segments are ASCII
        out.append('\n');
    }
    return out;
}

bool TreeObject::parse(const QByteArray &bytes, TreeObject *out, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!bytes.startsWith(Header))
        return fail(QCoreApplication::translate("poddeck::Error", "not a tree object"));
    TreeObject t;
    qsizetype pos = Header.size();
    while (pos < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', pos);
        if (nl < 0)
            return fail(QCoreApplication::translate("poddeck::Error", "tree object is truncated"));
        const QByteArray line = bytes.mid(pos, nl - pos);
        pos = nl + 1;
        if (line.size() < 2 + 64 + 2 || line[1] != ' ' || line[66] != ' ')
            return fail(QCoreApplication::translate("poddeck::Error", "tree object has a malformed entry"));
        if (line[0] != 'r' && line[0] != 't' && line[0] != 'p')
            return fail(QCoreApplication::translate("poddeck::Error", "tree object has an entry of a kind this PodDeck "
                                                                       "does not know: a newer PodDeck wrote it; update PodDeck"));
        Entry e;
        e.kind = Kind(line[0]);
        const QByteArray hex = line.mid(2, 64);
        e.id = ObjectId::fromHex(QString::fromLatin1(hex));
        e.name = QString::fromLatin1(line.mid(67));
        // Only the form toBytes() writes (lowercase ids, encoded segments), so equal trees have equal bytes and
        // hashes; and no "." or ".." a path could be built from.
        if (e.id.isNull() || e.id.toHexBytes() != hex || !isSegment(line.mid(67)))
            return fail(QCoreApplication::translate("poddeck::Error", "tree object has a malformed entry"));
        if (!t.entries.isEmpty() && !entryLess(t.entries.last(), e))
            return fail(QCoreApplication::translate("poddeck::Error", "tree object entries are not sorted or repeat"));
        if (!t.entries.isEmpty() && (t.entries.first().kind == Kind::Part) != (e.kind == Kind::Part))
            return fail(QCoreApplication::translate("poddeck::Error", "tree object mixes parts with entries"));
        t.entries.append(e);
    }
    *out = t;
    return true;
}

} // namespace poddeck
