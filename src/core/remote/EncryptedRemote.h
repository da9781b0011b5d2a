#pragma once

#include "remote/Remote.h"

#include <memory>

namespace poddeck {

// Client-side encryption over any Remote (a decorator, like restic's repository encryption): the remote
// only ever holds ciphertext. Every object and pod file is sealed with AES-256-GCM (RemoteCipher) under a
// random 96-bit nonce, its name bound in as associated data, so a changed, damaged or swapped file fails
// to open. Objects are stored under HMAC-SHA256(name key, id) instead of their content hash, so the
// remote cannot tell which well-known content it holds. Pod names, object counts and sizes stay visible.
//
// Keys: a random 64-byte master key (32 for data, 32 for names), wrapped with a key derived from the
// passphrase by scrypt, in a plaintext key file (KeyFileName, written with the pod files' conditional
// create so two machines setting up the same remote agree on one key). A wrong passphrase fails to
// unwrap it and says so. The wrapping also lets a later version change the passphrase without
// re-encrypting anything.
//
// Share links to ciphertext would be useless to whoever gets them: putShare() refuses (see Share.h).
class EncryptedRemote final : public Remote
{
public:
    // Kept through readPod()/writePod() of the wrapped remote as pods/_keys/poddeck.json: the '/' keeps it
    // out of every listPods() and away from any pod name (pod names cannot contain '/').
    static constexpr const char *KeyFileName = "_keys/poddeck";
    static constexpr const char *KeyFileFormat = "poddeck-remote-key";
    static constexpr int KeyFileFormatVersion = 1;

    // Opens a remote set up for encryption. `label` names it in errors (the remote's name). NotFound
    // when the remote has no key file; InvalidArgument for a wrong passphrase.
    static Result<std::unique_ptr<EncryptedRemote>> open(std::unique_ptr<Remote> inner,
                                                         const QString &passphrase, const QString &label);
    // Opens the remote, first writing a new key file when it has none. Refuses a remote that already holds
    // unencrypted pods: encrypted and plain data would mix.
    static Result<std::unique_ptr<EncryptedRemote>> setUp(std::unique_ptr<Remote> inner,
                                                          const QString &passphrase, const QString &label);
    // Whether `remote` carries a key file, i.e. someone set it up as an encrypted remote.
    static Result<bool> hasKeyFile(Remote &remote);

    Remote &inner() { return *m_inner; }

    Result<bool> hasObject(const ObjectId &id) override;
    Result<QSet<ObjectId>> listObjects(const QString &hexPrefix) override; // storage ids, see storageId()
    Result<QByteArray> getObject(const ObjectId &id) override;
    Status putObject(const ObjectId &id, const QByteArray &compressed) override;
    Status flush() override;
    ObjectId storageId(const ObjectId &id) const override;
    // Packs: each entry is sealed alone, exactly like the loose object it stands for (so a pull can read and
    // check one entry by its byte range), and the pack is those sealed entries back to back; its index is
    // sealed as a whole with its name bound in. Pack ids hash the ciphertext, so they reveal nothing.
    Result<QStringList> listPackFiles() override { return m_inner->listPackFiles(); }
    Result<QList<PackFileInfo>> listPackFilesWithTimes() override { return m_inner->listPackFilesWithTimes(); }
    Status putPackFile(const QString &name, const QByteArray &bytes) override { return m_inner->putPackFile(name, bytes); }
    Result<QByteArray> readPackRange(const QString &name, qint64 offset, qint64 length) override
    {
        return m_inner->readPackRange(name, offset, length);
    }
    Result<QByteArray> readPackFile(const QString &name, qint64 maxBytes) override { return m_inner->readPackFile(name, maxBytes); }
    Status removePackFile(const QString &name) override { return m_inner->removePackFile(name); }
    Result<bool> hasLooseObjects() override { return m_inner->hasLooseObjects(); }
    Result<QByteArray> packEntry(const ObjectId &id, const QByteArray &compressed) override;
    Result<QByteArray> openPackEntry(const ObjectId &id, const QByteArray &entry) override;
    Status putPackIndex(const PackIndex &index) override;
    Result<PackIndex> readPackIndex(const QString &packId) override;
    Result<QStringList> listPods() override;
    Result<QString> checkConditionalWrites() override { return m_inner->checkConditionalWrites(); }
    Result<RemoteDocument> readPod(const QString &name) override;
    Result<QString> writePod(const QString &name, const QByteArray &bytes,
                             const QString &expectedTag) override;
    Result<QString> putShare(const QString &id, const QString &localFile, int expiresSeconds,
                             const Progress &progress) override;
    // Shares of an encrypted remote are sealed by ShareCipher and stored on the inner remote (Share.cpp).
    Result<QList<ShareFile>> listShares() override { return m_inner->listShares(); }
    Status removeShare(const QString &id) override { return m_inner->removeShare(id); }
    QString ensureShareExpiry() override { return m_inner->ensureShareExpiry(); }

private:
    EncryptedRemote(std::unique_ptr<Remote> inner, QString label, QByteArray dataKey, QByteArray nameKey);

    std::unique_ptr<Remote> m_inner;
    QString m_label;
    QByteArray m_dataKey;
    QByteArray m_nameKey;
};

} // namespace poddeck
