#include "remote/RemoteCipher.h"

#include "util/ErrorText.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <memory>

namespace poddeck {

namespace {

const QByteArray Magic = QByteArrayLiteral("PDEN");

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

unsigned char *u(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

// `message` is a whole translated sentence ("OpenSSL failed to ...").
Error cryptoError(const QString &message)
{
    return Error(Error::Code::Io, message);
}

Error notAuthentic()
{
    return Error(
        Error::Code::Corrupt,
        ErrorText::tr("it fails its integrity check (changed, damaged, or encrypted with another key)"));
}

} // namespace

Result<QByteArray> RemoteCipher::deriveKey(const QString &passphrase, const Kdf &kdf, int size)
{
    const bool inRange = kdf.logN >= 10 && kdf.logN <= MaxLogN && kdf.r >= 1 && kdf.r <= MaxR && kdf.p >= 1
                         && kdf.p <= MaxP;
    const qint64 memory = inRange ? 128ll * kdf.r * (qint64(1) << kdf.logN) : 0;
    if (!inRange || memory > MaxMemoryBytes || memory * kdf.p > MaxWorkBytes || kdf.salt.size() < 16)
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("unsupported scrypt parameters (log2 N %1, r %2, p %3, %4-byte salt; PodDeck "
                                    "takes at most 256 MiB and a 16-byte salt): the key file is damaged or crafted")
                         .arg(kdf.logN)
                         .arg(kdf.r)
                         .arg(kdf.p)
                         .arg(kdf.salt.size()));
    const QByteArray pass = passphrase.toUtf8();
    const uint64_t n = uint64_t(1) << kdf.logN;
    // scrypt needs 128 * r * N bytes (plus a little); OpenSSL refuses past maxmem, which defaults to 32 MiB.
    const uint64_t maxmem = 128ull * uint64_t(kdf.r) * n * uint64_t(kdf.p) + 16ull * 1024 * 1024;
    QByteArray key(size, Qt::Uninitialized);
    if (EVP_PBE_scrypt(pass.constData(), size_t(pass.size()), u(kdf.salt), size_t(kdf.salt.size()), n,
                       uint64_t(kdf.r), uint64_t(kdf.p), maxmem, u(key), size_t(size)) != 1)
        return cryptoError(ErrorText::tr("OpenSSL failed to derive a key with scrypt (out of memory?)"));
    return key;
}

QByteArray RemoteCipher::randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    // RAND_bytes only fails when the OS entropy source is broken; nothing sensible can go on then.
    if (RAND_bytes(u(out), size) != 1) qFatal("RAND_bytes failed: no usable entropy source");
    return out;
}

Result<QByteArray> RemoteCipher::seal(const QByteArray &key, const QByteArray &plaintext,
                                      const QByteArray &context)
{
    if (key.size() != KeySize)
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("an encryption key has %1 bytes").arg(KeySize));
    QByteArray out;
    out.reserve(plaintext.size() + Overhead);
    out.append(Magic);
    out.append(FormatVersion);
    out.append(randomBytes(NonceSize));
    const QByteArray aad = out + context;
    const QByteArray nonce = out.mid(5, NonceSize);

    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u(key), u(nonce)) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(aad), int(aad.size())) != 1)
        return cryptoError(ErrorText::tr("OpenSSL failed to start AES-256-GCM"));
    out.resize(HeaderSize + plaintext.size() + TagSize);
    unsigned char *body = u(out) + HeaderSize;
    if (EVP_EncryptUpdate(ctx.get(), body, &len, u(plaintext), int(plaintext.size())) != 1)
        return cryptoError(ErrorText::tr("OpenSSL failed to encrypt"));
    int tail = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), body + len, &tail) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, body + plaintext.size()) != 1)
        return cryptoError(ErrorText::tr("OpenSSL failed to finish AES-256-GCM"));
    return out;
}

Result<QByteArray> RemoteCipher::open(const QByteArray &key, const QByteArray &sealed,
                                      const QByteArray &context)
{
    if (key.size() != KeySize)
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("an encryption key has %1 bytes").arg(KeySize));
    if (!looksSealed(sealed))
        return Error(Error::Code::Corrupt, ErrorText::tr("it is not encrypted by PodDeck"));
    if (sealed.at(4) != FormatVersion)
        return Error(Error::Code::Unsupported,
                     ErrorText::tr("it was encrypted by a newer PodDeck (format %1); upgrade PodDeck")
                         .arg(int(sealed.at(4))));
    if (sealed.size() < Overhead) return notAuthentic();
    const QByteArray aad = sealed.left(HeaderSize) + context;
    const QByteArray nonce = sealed.mid(5, NonceSize);
    const qsizetype bodySize = sealed.size() - Overhead;
    QByteArray tag = sealed.right(TagSize);

    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u(key), u(nonce)) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(aad), int(aad.size())) != 1)
        return cryptoError(ErrorText::tr("OpenSSL failed to start AES-256-GCM"));
    QByteArray plain(bodySize, Qt::Uninitialized);
    if (EVP_DecryptUpdate(ctx.get(), u(plain), &len, u(sealed) + HeaderSize, int(bodySize)) != 1)
        return notAuthentic();
    int tail = 0;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, u(tag)) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), u(plain) + len, &tail) != 1)
        return notAuthentic(); // the plaintext is dropped unread: nothing unauthenticated leaves here
    return plain;
}

bool RemoteCipher::looksSealed(const QByteArray &bytes)
{
    return bytes.size() > 4 && bytes.startsWith(Magic);
}

QByteArray RemoteCipher::hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()), u(data), size_t(data.size()), u(out), &len) ||
        len != 32)
        qFatal("HMAC-SHA256 failed");
    return out;
}

} // namespace poddeck
