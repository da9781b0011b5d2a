#pragma once

#include "state/AttachmentRef.h"
#include "state/ObjectId.h"
#include "util/Result.h"

#include <QMutex>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;

namespace poddeck {
class LocalPackSet;
class LocalPackWriter;
}

namespace poddeck {

// Content-addressed objects, zstd-compressed, verified on every read. They live in local packs:
// objects/pack/pack-<64 hex>.pack holds the compressed objects one after another, pack-<64 hex>.idx says
// where each is (LocalPackIndex). Homes from before packs hold one file per object, objects/ab/<62 hex>; those
// are still read, and `gc` moves the ones still used into a pack.
//
// Writes: put() appends to a pack being written (LocalPackWriter) without syncing; flush() makes the pack and
// its index durable (fdatasync of those two files only), renames both into place and syncs the directory.
// A crash leaves either no pack or a complete one under its final name, a commit of 10,000 small resources
// costs one file and three syncs, and no other file's dirty data is flushed with it. Objects put but not
// flushed are readable through this instance and discarded by its destructor. Many small flushes make
// many small packs: flush() merges them once there are SmallPacksToMerge. put() and get() are thread-safe.
class ObjectStore
{
public:
    static constexpr qint64 MaxObjectSize = 256ll * 1024 * 1024;
    static constexpr qint64 MaxPackSize = 1024ll * 1024 * 1024;
    static constexpr qint64 SmallPackSize = 4ll * 1024 * 1024;
    static constexpr int SmallPacksToMerge = 16;

    explicit ObjectStore(const QString &homeDir);
    ~ObjectStore();
    ObjectStore(const ObjectStore &) = delete;
    ObjectStore &operator=(const ObjectStore &) = delete;

    QString objectsDir() const { return m_dir; }
    QString packDir() const;

    Result<ObjectId> put(const QByteArray &data);
    // Stores already-compressed bytes (from a bundle or remote) after decompressing within `maxSize`
    // and checking that they hash to `expected`.
    Status putCompressed(const ObjectId &expected, const QByteArray &compressed, qint64 maxSize = MaxObjectSize);
    Status flush();
    // Drops every object put but not flushed (a failed import that must leave nothing behind).
    void discardPending();

    // May miss an object another process stored a moment ago (then it is stored again, which costs space
    // until gc, never correctness); get() does not miss it.
    bool contains(const ObjectId &id) const;
    Result<QByteArray> get(const ObjectId &id) const;
    // The stored (compressed) bytes, for bundles and remotes; not verified here.
    Result<QByteArray> getCompressed(const ObjectId &id) const;
    // Compressed size as stored, without reading the object.
    Result<qint64> storedSize(const ObjectId &id) const;

    // Chunks a blob with content-defined chunking and stores each chunk.
    Result<AttachmentRef> putBlob(const QByteArray &data);
    Result<AttachmentRef> putBlob(QIODevice *in);
    Result<QByteArray> getBlob(const AttachmentRef &ref) const;
    Status writeBlob(const AttachmentRef &ref, QIODevice *out) const;

    // Every stored object id (flushed ones only, packed and loose).
    Result<QList<ObjectId>> listObjects() const;
    int packCount() const;

    // gc: drops objects outside `keep` (older than `graceSeconds`), rewriting a pack when at least a
    // quarter of its bytes are unreachable (any unreachable byte when graceSeconds is 0), merging small
    // packs, and moving loose objects still used into a pack. Needs the exclusive gc lock.
    struct SweepReport
    {
        int removed = 0;
        qint64 bytesFreed = 0;
        int packsWritten = 0;
        int packsRemoved = 0;
        int looseMoved = 0;
    };
    Result<SweepReport> sweep(const QSet<ObjectId> &keep, qint64 graceSeconds);
    // Pack indexes that cannot be read (fsck).
    QStringList damagedPacks() const;
    // Temp files and index-less packs older than `seconds` left by crashed writers.
    int removeStaleTempFiles(qint64 seconds);

    qint64 bytesWritten() const; // compressed bytes of new objects written by this instance
    int objectsWritten() const;

private:
    Status writeCompressed(const ObjectId &id, const QByteArray &compressed);
    bool pendingContains(const ObjectId &id) const;
    QString loosePathFor(const ObjectId &id) const;
    Status publishLocked();
    void mergeSmallPacks();
    // Writes `entries` of `sources` (plus loose objects) into new packs, publishes them and returns them.
    struct Rewrite;
    Result<int> rewrite(const Rewrite &what);

    QString m_dir;
    mutable QMutex m_mutex;
    std::unique_ptr<LocalPackWriter> m_writer;       // being appended to
    std::vector<std::unique_ptr<LocalPackWriter>> m_full; // reached MaxPackSize, published at flush
    std::unique_ptr<LocalPackSet> m_packs;
    qint64 m_bytesWritten = 0;
    int m_objectsWritten = 0;
};

} // namespace poddeck
