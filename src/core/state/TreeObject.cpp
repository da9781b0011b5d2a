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

bool entryLess(const TreeObject::Entry &a, const TreeObject::Entry &b)
{
    if (a.name != b.name)
        return a.name < b.name;
    return char(a.kind) < char(b.kind);
}
} // namespace

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
        if (line.size() < 2 + 64 + 2 || line[1] != ' ' || line[66] != ' ' || (line[0] != 'r' && line[0] != 't'))
            return fail(QCoreApplication::translate("poddeck::Error", "tree object has a malformed entry"));
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
        t.entries.append(e);
    }
    *out = t;
    return true;
}

} // namespace poddeck
