#pragma once

#include "state/ObjectId.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace poddeck {

// Where one object sits in a local pack file: its compressed bytes (one zstd frame, exactly what a loose
// object file holds) at [offset, offset + length).
struct LocalPackEntry
{
    ObjectId id;
    quint64 offset = 0;
    quint32 length = 0;
};

// The index of one local pack (objects/pack/pack-<64 hex>.idx):
//   "PDIDX001", u32 count (little-endian), count records sorted by id: 32-byte id, u64 offset, u32 length,
//   then the SHA-256 of everything before it.
// A pack's name is the SHA-256 of its index, so an index names exactly one set of entries. Lookups are a
// binary search over the records as read from disk; nothing is copied per entry.
class LocalPackIndex
{
public:
    static constexpr int RecordSize = ObjectId::Size + 8 + 4;
    static constexpr int HeaderSize = 12;
    // Every pack starts with this, so an entry's offset is never 0.
    static const QByteArray PackMagic;

    // The index bytes for these entries (sorted here; ids must be unique).
    static QByteArray serialize(QList<LocalPackEntry> entries);
    // Checks magic, count, checksum, order, and that every entry lies inside a pack of `packSize` bytes.
    static Result<LocalPackIndex> parse(const QByteArray &bytes, qint64 packSize, const QString &path = QString());

    int count() const { return m_count; }
    LocalPackEntry at(int i) const;
    std::optional<LocalPackEntry> find(const ObjectId &id) const;

private:
    QByteArray m_bytes;
    int m_count = 0;
};

} // namespace poddeck
