#include "remote/EncryptedRemote.h"

#include "remote/RemoteCipher.h"
#include "util/ErrorText.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace poddeck {

namespace {

// The contexts bound into each ciphertext (AES-GCM associated data).
const QByteArray MasterKeyContext = QByteArrayLiteral("poddeck-remote-key:v1");

QByteArray objectContext(const ObjectId &id)
{
    return QByteArrayLiteral("object:") + id.toHexBytes();
}

QByteArray podContext(const QString &name)
{
    return QByteArrayLiteral("pod:") + name.toUtf8();
}

QByteArray packIndexContext(const QString &packId)
{
    return QByteArrayLiteral("pack-index:") + packId.toLatin1();
}

QString keyFilePath()
{
    return Remote::podKey(QString::fromLatin1(EncryptedRemote::KeyFileName));
}

struct KeyFile
{
    RemoteCipher::Kdf kdf;
    QByteArray wrappedKey;
};

QByteArray keyFileBytes(const KeyFile &k)
{
    const QJsonObject kdf{{"name", "scrypt"},
                          {"logN", k.kdf.logN},
                          {"r", k.kdf.r},
                          {"p", k.kdf.p},
                          {"salt", QString::fromLatin1(k.kdf.salt.toBase64())}};
    return QJsonDocument(QJsonObject{{"format", QLatin1String(EncryptedRemote::KeyFileFormat)},
                                     {"formatVersion", EncryptedRemote::KeyFileFormatVersion},
                                     {"cipher", "AES-256-GCM"},
                                     {"kdf", kdf},
                                     {"key", QString::fromLatin1(k.wrappedKey.toBase64())},
                                     {"created", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}})
        .toJson(QJsonDocument::Indented);
}

Result<KeyFile> parseKeyFile(const QByteArray &bytes, const QString &where)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.value("format").toString() != QLatin1String(EncryptedRemote::KeyFileFormat))
        return Error(Error::Code::Corrupt, ErrorText::tr("%1 is not a PodDeck key file").arg(where));
    if (o.value("formatVersion").toInt() != EncryptedRemote::KeyFileFormatVersion ||
        o.value("cipher").toString() != QLatin1String("AES-256-GCM"))
        return Error(
            Error::Code::Unsupported,
            ErrorText::tr("%1 was written by a newer PodDeck (format %2, cipher %3); upgrade PodDeck")
                .arg(where)
                .arg(o.value("formatVersion").toInt())
                .arg(o.value("cipher").toString()));
    const QJsonObject kdf = o.value("kdf").toObject();
    if (kdf.value("name").toString() != QLatin1String("scrypt"))
        return Error(Error::Code::Unsupported,
                     ErrorText::tr("%1 uses key derivation '%2', which this PodDeck does not know")
                         .arg(where, kdf.value("name").toString()));
    KeyFile k;
    k.kdf.logN = kdf.value("logN").toInt();
    k.kdf.r = kdf.value("r").toInt();
    k.kdf.p = kdf.value("p").toInt();
    k.kdf.salt = QByteArray::fromBase64(kdf.value("salt").toString().toLatin1());
    k.wrappedKey = QByteArray::fromBase64(o.value("key").toString().toLatin1());
    if (k.wrappedKey.isEmpty())
        return Error(Error::Code::Corrupt, ErrorText::tr("%1 holds no key").arg(where));
    return k;
}

} // namespace

EncryptedRemote::EncryptedRemote(std::unique_ptr<Remote> inner, QString label, QByteArray dataKey,
                                 QByteArray nameKey)
    : Remote(inner->url()), m_inner(std::move(inner)), m_label(std::move(label)),
      m_dataKey(std::move(dataKey)), m_nameKey(std::move(nameKey))
{
}

Result<bool> EncryptedRemote::hasKeyFile(Remote &remote)
{
    Result<RemoteDocument> doc = remote.readPod(QString::fromLatin1(KeyFileName));
    if (doc) return true;
    if (doc.error().code == Error::Code::NotFound) return false;
    return doc.error();
}

Result<std::unique_ptr<EncryptedRemote>>
EncryptedRemote::open(std::unique_ptr<Remote> inner, const QString &passphrase, const QString &label)
{
    const QString name = label.isEmpty() ? inner->describe() : label;
    const QString where = QStringLiteral("%1/%2").arg(inner->describe(), keyFilePath());
    Result<RemoteDocument> doc = inner->readPod(QString::fromLatin1(KeyFileName));
    if (!doc) {
        if (doc.error().code == Error::Code::NotFound)
            return Error(Error::Code::NotFound,
                         ErrorText::tr("remote '%1' is not set up for encryption (it has no %2); "
                                        "add it again with `poddeck-cli remote add NAME URL --encrypt`")
                             .arg(name, keyFilePath()));
        return doc.error();
    }
    Result<KeyFile> keyFile = parseKeyFile(doc->bytes, where);
    if (!keyFile) return keyFile.error();
    Result<QByteArray> kek = RemoteCipher::deriveKey(passphrase, keyFile->kdf);
    if (!kek) return Error(kek.error().code, QStringLiteral("%1: %2").arg(where, kek.error().message));
    Result<QByteArray> master = RemoteCipher::open(*kek, keyFile->wrappedKey, MasterKeyContext);
    if (!master || master->size() != 2 * RemoteCipher::KeySize) {
        if (!master && master.error().code == Error::Code::Unsupported)
            return Error(Error::Code::Unsupported,
                         ErrorText::tr("the key of remote '%1': %2").arg(name, master.error().message));
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("wrong passphrase for remote '%1'").arg(name));
    }
    return std::unique_ptr<EncryptedRemote>(new EncryptedRemote(
        std::move(inner), name, master->left(RemoteCipher::KeySize), master->mid(RemoteCipher::KeySize)));
}

Result<std::unique_ptr<EncryptedRemote>>
EncryptedRemote::setUp(std::unique_ptr<Remote> inner, const QString &passphrase, const QString &label)
{
    const QString name = label.isEmpty() ? inner->describe() : label;
    if (passphrase.isEmpty())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("an encrypted remote needs a passphrase"));
    Result<bool> exists = hasKeyFile(*inner);
    if (!exists) return exists.error();
    if (*exists) return open(std::move(inner), passphrase, label);

    Result<QStringList> pods = inner->listPods();
    if (!pods) return pods.error();
    if (!pods->isEmpty())
        return Error(
            Error::Code::Conflict,
            ErrorText::tr("%1 already holds unencrypted pods (%2); use an empty folder or key prefix "
                           "for an encrypted remote")
                .arg(inner->describe(), pods->join(QLatin1String(", "))));
    KeyFile k;
    k.kdf.salt = RemoteCipher::randomBytes(16);
    Result<QByteArray> kek = RemoteCipher::deriveKey(passphrase, k.kdf);
    if (!kek) return kek.error();
    const QByteArray master = RemoteCipher::randomBytes(2 * RemoteCipher::KeySize);
    Result<QByteArray> wrapped = RemoteCipher::seal(*kek, master, MasterKeyContext);
    if (!wrapped) return wrapped.error();
    k.wrappedKey = *wrapped;
    Result<QString> written = inner->writePod(QString::fromLatin1(KeyFileName), keyFileBytes(k), QString());
    // Conflict: another machine set the remote up a moment ago; its key is the one to use.
    if (!written && written.error().code != Error::Code::Conflict)
        return Error(written.error().code, ErrorText::tr("cannot write the key file of remote '%1': %2")
                                               .arg(name, written.error().message));
    return open(std::move(inner), passphrase, label);
}

ObjectId EncryptedRemote::storageId(const ObjectId &id) const
{
    return ObjectId::fromRaw(RemoteCipher::hmacSha256(m_nameKey, id.raw()));
}

Result<bool> EncryptedRemote::hasObject(const ObjectId &id)
{
    return m_inner->hasObject(storageId(id));
}

Result<QSet<ObjectId>> EncryptedRemote::listObjects(const QString &hexPrefix)
{
    return m_inner->listObjects(hexPrefix);
}

Result<QByteArray> EncryptedRemote::getObject(const ObjectId &id)
{
    const ObjectId stored = storageId(id);
    Result<QByteArray> sealed = m_inner->getObject(stored);
    if (!sealed) {
        if (sealed.error().code == Error::Code::NotFound)
            return Error(Error::Code::NotFound, ErrorText::tr("object %1 is missing on remote '%2' (%3)")
                                                    .arg(id.toHex(), m_label, objectKey(stored)));
        return sealed.error();
    }
    Result<QByteArray> plain = RemoteCipher::open(m_dataKey, *sealed, objectContext(id));
    if (!plain)
        return Error(plain.error().code,
                     ErrorText::tr("object %1 on encrypted remote '%2' (%3): %4")
                         .arg(id.toHex(), m_label, objectKey(stored), plain.error().message));
    return plain;
}

Status EncryptedRemote::putObject(const ObjectId &id, const QByteArray &compressed)
{
    Result<QByteArray> sealed = RemoteCipher::seal(m_dataKey, compressed, objectContext(id));
    if (!sealed) return sealed.error();
    return m_inner->putObject(storageId(id), *sealed);
}

Result<QByteArray> EncryptedRemote::packEntry(const ObjectId &id, const QByteArray &compressed)
{
    return RemoteCipher::seal(m_dataKey, compressed, objectContext(id));
}

Result<QByteArray> EncryptedRemote::openPackEntry(const ObjectId &id, const QByteArray &entry)
{
    Result<QByteArray> plain = RemoteCipher::open(m_dataKey, entry, objectContext(id));
    if (!plain)
        return Error(plain.error().code, ErrorText::tr("object %1 in a pack on encrypted remote '%2': %3")
                                             .arg(id.toHex(), m_label, plain.error().message));
    return plain;
}

Status EncryptedRemote::putPackIndex(const PackIndex &index)
{
    Result<QByteArray> sealed = RemoteCipher::seal(m_dataKey, index.toBytes(), packIndexContext(index.packId));
    if (!sealed) return sealed.error();
    return m_inner->putPackFile(indexFileName(index.packId), *sealed);
}

Result<PackIndex> EncryptedRemote::readPackIndex(const QString &packId)
{
    const QString label = ErrorText::tr("%1 on encrypted remote '%2'").arg(packKey(indexFileName(packId)), m_label);
    Result<QByteArray> sealed = m_inner->readPackFile(indexFileName(packId), PackIndex::MaxBytes + 4096);
    if (!sealed) return sealed.error();
    Result<QByteArray> plain = RemoteCipher::open(m_dataKey, *sealed, packIndexContext(packId));
    if (!plain)
        return Error(plain.error().code, QStringLiteral("%1: %2").arg(label, plain.error().message));
    return PackIndex::parse(*plain, packId, label);
}

Status EncryptedRemote::flush()
{
    return m_inner->flush();
}

Result<QStringList> EncryptedRemote::listPods()
{
    Result<QStringList> pods = m_inner->listPods();
    if (!pods) return pods;
    QStringList out;
    for (const QString &p : std::as_const(*pods))
        if (!p.contains(u'/')) out.append(p);
    return out;
}

Result<RemoteDocument> EncryptedRemote::readPod(const QString &name)
{
    Result<RemoteDocument> doc = m_inner->readPod(name);
    if (!doc) return doc;
    Result<QByteArray> plain = RemoteCipher::open(m_dataKey, doc->bytes, podContext(name));
    if (!plain)
        return Error(plain.error().code, ErrorText::tr("%1 on encrypted remote '%2': %3")
                                             .arg(podKey(name), m_label, plain.error().message));
    return RemoteDocument{*plain, doc->tag};
}

Result<QString> EncryptedRemote::writePod(const QString &name, const QByteArray &bytes,
                                          const QString &expectedTag)
{
    Result<QByteArray> sealed = RemoteCipher::seal(m_dataKey, bytes, podContext(name));
    if (!sealed) return sealed.error();
    return m_inner->writePod(name, *sealed, expectedTag);
}

Result<QString> EncryptedRemote::putShare(const QString &, const QString &, int, const Progress &)
{
    return Error(
        Error::Code::Unsupported,
        ErrorText::tr(
            "remote '%1' is encrypted, and a share link to ciphertext is of no use to whoever opens it: "
            "share from an unencrypted remote, or pass --plaintext to upload this one version unencrypted")
            .arg(m_label));
}

} // namespace poddeck
