#pragma once

#include "remote/PackIndex.h"
#include "remote/RemotePod.h"
#include "remote/RemoteUrl.h"
#include "state/ObjectId.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace poddeck {

struct AwsCredentials;

// Remote storage for pods, the same layout on every backend (DESIGN.md, "Remote storage"):
//   packs/<id>.pack       immutable; objects back to back, each as it would be stored loose (PackIndex.h);
//                         <id> is the SHA-256 of the pack's bytes. A pack is never rewritten.
//   packs/<id>.idx        its index: storage id -> offset, length. Written after the pack, so an index
//                         always describes a complete pack; a pack without an index is a leftover.
//   objects/ab/<62 hex>   loose objects, compressed exactly as in the local store: the layout before packs
//                         (still read, never written by push any more)
//   pods/<name>.json      RemotePod, replaced only by conditional writes, written last; it names the packs
//                         its versions need
//   shares/<id>.pod       bundles behind share links; <id> is "<expiry, Unix seconds>-<32 hex>" (ShareId), so
//                         `gc --remote` can delete expired ones without reading them
// Push packs the objects the remote lacks (in no pack, not loose) into packs of about PackTarget bytes;
// pull reads the indexes of the pod's packs and fetches byte ranges of just the objects it lacks.
// Every method may be called from several threads at once (push and pull fan out over a pool).
// Errors name the remote by its URL, never by anything secret.
class Remote
{
public:
    using Progress = std::function<void(qint64 bytes)>;

    // What a remote may send back, so a damaged or hostile remote cannot exhaust memory: every read stops
    // as soon as it passes its limit, whether the size was announced or not.
    // An object is at most ObjectStore::MaxObjectSize (256 MiB) before compression; zstd may add 1/256 and
    // a seal of an encrypted remote a few bytes, so this leaves room for both and no more.
    static constexpr qint64 MaxObjectBytes = 256ll * 1024 * 1024 + 2ll * 1024 * 1024;
    // A pod file (RemotePod::MaxBytes) plus room for the seal of an encrypted remote.
    static constexpr qint64 MaxPodFileBytes = RemotePod::MaxBytes + 4096;
    // Other documents kept beside the pod files (names with a '/', like the key file _keys/poddeck): small.
    static constexpr qint64 MaxSmallDocumentBytes = 1024 * 1024;
    // One page of an object listing (S3 answers at most 1000 keys a page, about 300 KiB).
    static constexpr qint64 MaxListingBytes = 16ll * 1024 * 1024;
    // The limit for readPod(name).
    static qint64 documentLimit(const QString &name)
    {
        return name.contains(u'/') ? MaxSmallDocumentBytes : MaxPodFileBytes;
    }

    virtual ~Remote() = default;

    const RemoteUrl &url() const { return m_url; }
    QString describe() const { return m_url.toString(); }

    virtual Result<bool> hasObject(const ObjectId &id) = 0;
    // Storage ids (see storageId()) of the objects stored under objects/<hexPrefix>/ (two hex digits).
    virtual Result<QSet<ObjectId>> listObjects(const QString &hexPrefix) = 0;
    // The name object `id` is stored and listed under: the id itself, or on an encrypted remote a keyed
    // hash of it, so the remote never sees content hashes. Every other method takes plain ids.
    virtual ObjectId storageId(const ObjectId &id) const { return id; }
    // Whether storage ids are the plain ids (not encrypted): indexes and listings then name objects by content.
    bool storesPlainIds() const
    {
        const ObjectId probe = ObjectId::hash(QByteArrayLiteral("probe"));
        return storageId(probe) == probe;
    }
    // Stored (compressed) bytes, unverified: the caller hands them to ObjectStore::putCompressed.
    // LimitExceeded past MaxObjectBytes.
    virtual Result<QByteArray> getObject(const ObjectId &id) = 0;
    // Content-addressed, so writing an object that exists is harmless.
    virtual Status putObject(const ObjectId &id, const QByteArray &compressed) = 0;

    // ---- packs (see PackIndex.h); `name` is "<pack id>.pack" or "<pack id>.idx" ----
    // About how many stored bytes push puts in one pack; an object larger than this gets a pack of its own.
    static constexpr qint64 PackTarget = 16ll * 1024 * 1024;
    // A pack is at most this large (a target's worth plus one object of the largest kind).
    static constexpr qint64 MaxPackBytes = 2 * PackTarget + MaxObjectBytes;
    // Every file under packs/, by name; empty on a remote in the old layout. Besides packs and indexes, gc
    // writes "<pack id>.gone" beside a pack no pod names when it removes that pack's index, and removes the
    // pack a grace period later (RemoteMaintenance.h).
    virtual Result<QStringList> listPackFiles() = 0;
    // The same with each file's last write (UTC), for gc's grace periods. A storage that cannot tell gives
    // null times, and gc then never removes anything for being old.
    struct PackFileInfo
    {
        QString name;
        QDateTime modified;
        qint64 size = -1;
    };
    virtual Result<QList<PackFileInfo>> listPackFilesWithTimes();
    // Writes packs/<name> whole (large ones as multipart uploads on S3); harmless if it exists (immutable).
    virtual Status putPackFile(const QString &name, const QByteArray &bytes) = 0;
    // Bytes [offset, offset + length) of packs/<name>: NotFound if it is missing, Corrupt if it is shorter.
    virtual Result<QByteArray> readPackRange(const QString &name, qint64 offset, qint64 length) = 0;
    // All of packs/<name>, LimitExceeded past `maxBytes`.
    virtual Result<QByteArray> readPackFile(const QString &name, qint64 maxBytes) = 0;
    virtual Status removePackFile(const QString &name) = 0;
    // Whether any loose object (the layout before packs) is stored under objects/.
    virtual Result<bool> hasLooseObjects() = 0;
    // What object `id` looks like inside a pack, and back: its compressed bytes, or sealed on an encrypted
    // remote exactly as a loose object would be, so every entry can be read and checked alone.
    virtual Result<QByteArray> packEntry(const ObjectId &id, const QByteArray &compressed) { (void)id; return compressed; }
    virtual Result<QByteArray> openPackEntry(const ObjectId &id, const QByteArray &entry) { (void)id; return entry; }
    // Writes packs/<id>.idx (sealed on encrypted remotes); call only after the pack itself is written.
    virtual Status putPackIndex(const PackIndex &index);
    // Reads and checks packs/<id>.idx.
    virtual Result<PackIndex> readPackIndex(const QString &packId);

    // Makes every object and pack written so far durable; called before a pod file names them.
    virtual Status flush() { return {}; }

    virtual Result<QStringList> listPods() = 0;
    // NotFound when the remote has no such pod; LimitExceeded past documentLimit(name).
    virtual Result<RemoteDocument> readPod(const QString &name) = 0;
    // Replaces pods/<name>.json only if it still carries `expectedTag` (empty: only if it does not exist).
    // Returns the new tag, or Conflict when someone else wrote it first (nothing is changed then).
    virtual Result<QString> writePod(const QString &name, const QByteArray &bytes, const QString &expectedTag) = 0;

    // Whether the storage honours the conditional writes writePod() relies on, tried on a scratch file it
    // removes again: an empty string when it does, else what it did wrong. An error when it cannot be tried
    // (unreachable, no bucket, no permission). Called by `remote add` on the plain (unencrypted) remote.
    virtual Result<QString> checkConditionalWrites() = 0;

    // Uploads a local file as shares/<id>.pod and returns a link that reads it without credentials
    // (presigned, expiring after `expiresSeconds`) or, for folders, its file:// URL.
    virtual Result<QString> putShare(const QString &id, const QString &localFile, int expiresSeconds,
                                     const Progress &progress = {}) = 0;

    struct ShareFile
    {
        QString id;          // the file name without ".pod"
        QDateTime modified;  // when it was written, as the storage says
        qint64 bytes = 0;
    };
    // Every file under shares/.
    virtual Result<QList<ShareFile>> listShares() = 0;
    // Whether `id` may name a share file (letters, digits, '-' and '_', 8 to 64 of them).
    static bool isShareId(const QString &id);
    // Removes shares/<id>.pod; removing one that is gone is no error.
    virtual Status removeShare(const QString &id) = 0;
    // Asks the storage itself to delete shares after they expire (an S3 lifecycle rule); an empty string when
    // it does now, else why it cannot (`gc --remote` deletes them then). Folders cannot: they say so.
    virtual QString ensureShareExpiry() { return QStringLiteral("the storage cannot expire files by itself"); }
    // The tag putShare() gives a share so the rule of ensureShareExpiry() deletes it after `days` days.
    static QString shareExpiryTag(int days) { return QStringLiteral("poddeck-share-days=%1").arg(days); }

    // Opens the remote at `url`; `credentials` are used by S3 only.
    static Result<std::unique_ptr<Remote>> open(const RemoteUrl &url, const AwsCredentials &credentials);

    static QString objectKey(const ObjectId &id); // "objects/ab/<62 hex>"
    static QString podKey(const QString &name);   // "pods/<name>.json"
    static QString packKey(const QString &name);  // "packs/<name>"
    static QString packFileName(const QString &packId) { return packId + QStringLiteral(".pack"); }
    static QString indexFileName(const QString &packId) { return packId + QStringLiteral(".idx"); }

protected:
    explicit Remote(RemoteUrl url) : m_url(std::move(url)) {}

    RemoteUrl m_url;
};

} // namespace poddeck
