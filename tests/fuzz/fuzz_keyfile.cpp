// The key file of an encrypted remote (pods/_keys/poddeck.json): parsed, its scrypt parameters bounded
// (a crafted file must not demand gigabytes or minutes), and the wrapped key opened or refused.
#include "FuzzSupport.h"

#include "remote/EncryptedRemote.h"

using namespace poddeck;

namespace {

// A remote that holds only the key file (the harness's input) and nothing else.
class KeyFileRemote : public Remote
{
public:
    KeyFileRemote(RemoteUrl url, QByteArray keyFile) : Remote(std::move(url)), m_keyFile(std::move(keyFile)) {}
    Result<bool> hasObject(const ObjectId &) override { return false; }
    Result<QSet<ObjectId>> listObjects(const QString &) override { return QSet<ObjectId>(); }
    Result<QByteArray> getObject(const ObjectId &) override { return Error(Error::Code::NotFound, QStringLiteral("none")); }
    Status putObject(const ObjectId &, const QByteArray &) override { return {}; }
    Result<QStringList> listPackFiles() override { return QStringList(); }
    Status putPackFile(const QString &, const QByteArray &) override { return readOnly(); }
    Result<QByteArray> readPackRange(const QString &, qint64, qint64) override { return noPacks(); }
    Result<QByteArray> readPackFile(const QString &, qint64) override { return noPacks(); }
    Status removePackFile(const QString &) override { return readOnly(); }
    Result<bool> hasLooseObjects() override { return false; }
    Result<QStringList> listPods() override { return QStringList(); }
    Result<RemoteDocument> readPod(const QString &name) override
    {
        if (name != QLatin1String(EncryptedRemote::KeyFileName))
            return Error(Error::Code::NotFound, QStringLiteral("no pod %1").arg(name));
        return RemoteDocument{m_keyFile, QStringLiteral("1")};
    }
    Result<QString> writePod(const QString &, const QByteArray &, const QString &) override
    {
        return Error(Error::Code::Conflict, QStringLiteral("read-only"));
    }
    Result<QString> checkConditionalWrites() override { return QString(); }
    Result<QString> putShare(const QString &, const QString &, int, const Progress &) override
    {
        return Error(Error::Code::Unsupported, QStringLiteral("read-only"));
    }
    Result<QList<ShareFile>> listShares() override { return QList<ShareFile>(); }
    Status removeShare(const QString &) override { return readOnly(); }

private:
    static Error readOnly() { return Error(Error::Code::Unsupported, QStringLiteral("read-only")); }
    static Error noPacks() { return Error(Error::Code::NotFound, QStringLiteral("no packs")); }
    QByteArray m_keyFile;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const RemoteUrl url = *RemoteUrl::parse(QStringLiteral("file://") + fuzz::scratchDir());
    auto remote = std::make_unique<KeyFileRemote>(url, fuzz::bytesOf(data, size));
    Result<std::unique_ptr<EncryptedRemote>> opened =
        EncryptedRemote::open(std::move(remote), QStringLiteral("fuzz passphrase"), QStringLiteral("fuzz"));
    if (!opened)
        FUZZ_CHECK(!opened.error().message.isEmpty());
    return 0;
}
