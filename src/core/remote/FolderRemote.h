#pragma once

#include "remote/Remote.h"

namespace poddeck {

// A remote in a plain folder (local disk, NFS, SMB, a synced drive): file:///path.
//
// Conditional pod updates without locks: every write of a pod claims the next generation file
// pods/<name>.gen/<generation>.json by renaming a complete, fsynced temp file into place with
// renameat2(RENAME_NOREPLACE) (or link() + unlink() where that is not supported). Exactly one of two
// writers that read the same generation gets the next one; the other gets EEXIST and a Conflict. The highest
// generation is the pod's state; its number is the tag. pods/<name>.json is a copy of it for people and
// scripts, rewritten after each successful claim. Old generations are pruned, keeping the last few; a
// writer whose claim lands below an existing generation (it read a pruned one) withdraws it.
class FolderRemote final : public Remote
{
public:
    static constexpr int KeepGenerations = 8;

    static Result<std::unique_ptr<FolderRemote>> open(const RemoteUrl &url);

    Result<bool> hasObject(const ObjectId &id) override;
    Result<QSet<ObjectId>> listObjects(const QString &hexPrefix) override;
    Result<QByteArray> getObject(const ObjectId &id) override;
    Status putObject(const ObjectId &id, const QByteArray &compressed) override;
    Result<QStringList> listPackFiles() override;
    Result<QList<PackFileInfo>> listPackFilesWithTimes() override;
    // Pack files are written like objects: a synced temp file renamed into place.
    Status putPackFile(const QString &name, const QByteArray &bytes) override;
    Result<QByteArray> readPackRange(const QString &name, qint64 offset, qint64 length) override;
    Result<QByteArray> readPackFile(const QString &name, qint64 maxBytes) override;
    Status removePackFile(const QString &name) override;
    Result<bool> hasLooseObjects() override;
    Result<QStringList> listPods() override;
    Result<RemoteDocument> readPod(const QString &name) override;
    Result<QString> writePod(const QString &name, const QByteArray &bytes, const QString &expectedTag) override;
    Result<QString> putShare(const QString &id, const QString &localFile, int expiresSeconds,
                             const Progress &progress) override;
    Result<QList<ShareFile>> listShares() override;
    Status removeShare(const QString &id) override;
    // A folder cannot delete files by itself: says so, in the user's language.
    QString ensureShareExpiry() override;
    // Two scratch files in tmp/: renameNoReplace() of one onto the other must be refused.
    Result<QString> checkConditionalWrites() override;
    // One syncfs() for every object written so far.
    Status flush() override;

    // Moves `from` to `to` unless `to` exists (then Conflict). Exposed for tests.
    static Status renameNoReplace(const QString &from, const QString &to);

private:
    explicit FolderRemote(RemoteUrl url);
    QString root() const { return m_url.path; }
    Result<QString> writeTemp(const QByteArray &bytes);
    Status placeFile(const QString &path, const QByteArray &bytes);
    Result<qint64> highestGeneration(const QString &name) const;
    QString generationPath(const QString &name, qint64 generation) const;
    void prune(const QString &name, qint64 newest);
};

} // namespace poddeck
