#pragma once

#include "jobs/JobContext.h"
#include "remote/Remote.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace poddeck {

class ObjectStore;

// What a remote's packs hold, from their indexes (Remote.h, PackIndex.h). Packs never change, so each index
// read is kept under the home (cache/remote-packs/<remote>/<pack id>.idx) and read from there next time;
// a cached copy that fails its checksum is read again from the remote.
class RemotePacks
{
public:
    struct Location
    {
        QString packId;
        qint64 offset = 0;
        qint64 length = 0;
    };

    // One read of a pack: a byte range covering entries that lie close together.
    struct Range
    {
        struct Item
        {
            ObjectId id;       // the plain id
            qint64 offset = 0; // within the range
            qint64 length = 0;
        };
        QString packId;
        qint64 offset = 0;
        qint64 length = 0;
        QList<Item> items;
    };

    // Entries less than this far apart are read with one request (the gap is read and dropped).
    static constexpr qint64 MaxGap = 256 * 1024;
    // No single read is longer than this or covers more entries: storing what a read brought (decompress,
    // hash, write) takes as long as the read, so reads of this size keep several threads storing at once.
    static constexpr qint64 MaxRange = 4ll * 1024 * 1024;
    static constexpr int MaxRangeItems = 256;

    RemotePacks(Remote &remote, const QString &home);

    // Reads the indexes of `packIds` not read yet, in parallel.
    Status load(const QStringList &packIds, JobContext &context);
    // Lists packs/ and reads every index; returns the ids of the packs that have one (complete packs).
    Result<QStringList> loadAll(JobContext &context);

    std::optional<Location> find(const ObjectId &id) const; // by plain id
    const QHash<QString, PackIndex> &indexes() const { return m_indexes; }
    QSet<QString> packsHolding(const QList<ObjectId> &ids) const;

    // Groups the entries of `ids` (each must be found) into few reads: per pack, by offset, adjacent or
    // nearby entries (MaxGap) in one range.
    QList<Range> plan(const QList<ObjectId> &ids) const;

    // Writes `ordered` (plain ids, in the order a pull reads them) into new packs of about
    // Remote::PackTarget stored bytes, up to `inFlight` uploaded at once; each pack, then its index, and
    // every new pack is loaded here. `progress` is called with each uploaded pack's object count and bytes.
    Result<QStringList> upload(const ObjectStore &store, const QList<ObjectId> &ordered, JobContext &context,
                               const std::function<void(int objects, qint64 bytes)> &progress);

private:
    Result<PackIndex> readIndex(const QString &packId);
    void add(const PackIndex &index);

    Remote &m_remote;
    QString m_cacheDir;
    QHash<QString, PackIndex> m_indexes;
    QHash<ObjectId, Location> m_where; // by storage id
};

} // namespace poddeck
