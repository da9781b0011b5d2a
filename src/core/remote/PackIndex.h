#pragma once

#include "state/ObjectId.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace poddeck {

// The index of one pack on a remote (packs/<id>.idx): where each object's entry sits in packs/<id>.pack.
// A pack is its entries back to back, nothing else; an entry is exactly what putObject() would have stored
// for the object (its compressed bytes, or on an encrypted remote those bytes sealed under the object's
// name), so a pull can read any entry alone with a byte range. The pack's id is the SHA-256 of its bytes,
// so a damaged pack shows. Objects are named by storage id (Remote::storageId()).
//   "PDKPIDX1" | u64 pack size | u32 count | count x (32-byte storage id, u64 offset, u32 length) | SHA-256 of all before
// (little-endian). The trailing hash catches a damaged index on plain remotes; encrypted remotes seal it.
struct PackIndex
{
    struct Entry
    {
        ObjectId storageId;
        qint64 offset = 0;
        qint64 length = 0;
    };

    static constexpr qint64 MaxBytes = 64ll * 1024 * 1024;

    QString packId; // 64 hex digits
    qint64 packSize = 0;
    QList<Entry> entries; // in pack order

    QByteArray toBytes() const;
    // Corrupt when the bytes are not a well-formed index of a pack of `packId` (entries inside the pack,
    // in order, not overlapping).
    static Result<PackIndex> parse(const QByteArray &bytes, const QString &packId, const QString &label);

    static bool isPackId(const QString &text);
};

// Builds one pack in memory: append entries, then take the bytes and the index.
class PackBuilder
{
public:
    void append(const ObjectId &storageId, const QByteArray &entry);
    qint64 size() const { return m_bytes.size(); }
    int count() const { return int(m_index.entries.size()); }
    // Names the pack after the SHA-256 of its bytes and returns its index.
    PackIndex finish();
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
    PackIndex m_index;
};

} // namespace poddeck
