#pragma once

#include "store/LocalPackIndex.h"
#include "util/Result.h"

#include <QHash>
#include <QString>

namespace poddeck {

// One pack being written: objects/pack/tmp-<pid>-<n>.pack, appended to as objects arrive. Not thread-safe
// (ObjectStore calls it under its lock). Nothing is visible to other readers until publish():
//   seal()    writes the index beside it and makes both durable (fdatasync each: only this pack's data is
//             flushed, not every dirty page of the file system, as syncfs would);
//   publish() renames the pack, then the index, to pack-<SHA-256 of the index>.{pack,idx}. A pack without
//             its index is never read; gc sweeps such leftovers of a crash.
// The caller makes the renames durable by syncing the directory once for all packs of a flush.
// The destructor removes whatever was not published.
class LocalPackWriter
{
public:
    ~LocalPackWriter();
    static Result<std::unique_ptr<LocalPackWriter>> create(const QString &packDir);

    Status append(const ObjectId &id, const QByteArray &compressed);
    bool contains(const ObjectId &id) const { return m_entries.contains(id); }
    qint64 lengthOf(const ObjectId &id) const { return m_entries.contains(id) ? qint64(m_entries.value(id).length) : -1; }
    // Bytes of an object appended here (read back from the file).
    Result<QByteArray> read(const ObjectId &id) const;
    qint64 size() const { return m_size; }
    int count() const { return int(m_entries.size()); }
    QList<LocalPackEntry> entries() const { return m_entries.values(); }

    Status seal();
    // Returns the published pack's base path (…/pack-<hex>, without extension).
    Result<QString> publish();

private:
    LocalPackWriter() = default;

    QString m_dir;
    QString m_tmpPack;
    QString m_tmpIndex;
    int m_fd = -1;
    qint64 m_size = 0;
    qint64 m_writebackFrom = 0;
    QHash<ObjectId, LocalPackEntry> m_entries;
    QByteArray m_index;
    bool m_published = false;
};

} // namespace poddeck
