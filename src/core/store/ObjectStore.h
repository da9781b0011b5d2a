#pragma once

#include "state/AttachmentRef.h"
#include "state/ObjectId.h"
#include "util/Result.h"

#include <QHash>
#include <QMutex>
#include <QString>

class QIODevice;

namespace poddeck {

// Content-addressed objects under <home>/objects/ab/<62 hex>, zstd-compressed, verified on every read.
//
// Writes follow git's batched-fsync idea: put() writes a temp file beside its final name without fsync;
// flush() makes all of them durable with one syncfs(), renames them into place and syncs again. So a
// crash leaves either no object or a complete one under its final name, and a commit of 10,000 small
// resources costs two syncs, not 10,000. Objects put but not flushed are readable through this
// instance and discarded by its destructor. put() and get() are thread-safe.
class ObjectStore
{
public:
    static constexpr qint64 MaxObjectSize = 256ll * 1024 * 1024;

    explicit ObjectStore(const QString &homeDir);
    ~ObjectStore();
    ObjectStore(const ObjectStore &) = delete;
    ObjectStore &operator=(const ObjectStore &) = delete;

    QString objectsDir() const { return m_dir; }
    QString pathFor(const ObjectId &id) const;

    Result<ObjectId> put(const QByteArray &data);
    // Stores already-compressed bytes (from a bundle or remote) after decompressing within `maxSize`
    // and checking that they hash to `expected`.
    Status putCompressed(const ObjectId &expected, const QByteArray &compressed, qint64 maxSize = MaxObjectSize);
    Status flush();
    // Drops every object put but not flushed (a failed import that must leave nothing behind).
    void discardPending();

    bool contains(const ObjectId &id) const;
    Result<QByteArray> get(const ObjectId &id) const;
    // The stored (compressed) bytes as they are on disk, for bundles and remotes; not verified here.
    Result<QByteArray> getCompressed(const ObjectId &id) const;

    // Chunks a blob with content-defined chunking and stores each chunk.
    Result<AttachmentRef> putBlob(const QByteArray &data);
    Result<AttachmentRef> putBlob(QIODevice *in);
    Result<QByteArray> getBlob(const AttachmentRef &ref) const;
    Status writeBlob(const AttachmentRef &ref, QIODevice *out) const;

    // Every object id under objects/ (flushed ones only), and removal for gc.
    Result<QList<ObjectId>> listObjects() const;
    Status remove(const ObjectId &id);
    // Temp files older than `seconds` left by crashed writers.
    int removeStaleTempFiles(qint64 seconds);

    qint64 bytesWritten() const; // compressed bytes of new objects written by this instance
    int objectsWritten() const;

private:
    Status writeCompressed(const ObjectId &id, const QByteArray &compressed);
    Status syncFileSystem() const;

    QString m_dir;
    mutable QMutex m_mutex;
    QHash<ObjectId, QString> m_pending; // id -> temp file
    qint64 m_bytesWritten = 0;
    int m_objectsWritten = 0;
};

} // namespace poddeck
