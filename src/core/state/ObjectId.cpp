#include "state/ObjectId.h"

#include <openssl/err.h>
#include <openssl/evp.h>

namespace poddeck {

namespace {

// Without SHA-256 no object can be named or verified, and a wrong id would be stored for good: stop at once.
// OpenSSL fails here only when it is broken or configured without its default provider (OPENSSL_CONF).
[[noreturn]] void sha256Failed()
{
    char why[256] = "no error queued";
    if (const unsigned long e = ERR_get_error())
        ERR_error_string_n(e, why, sizeof why);
    qFatal("OpenSSL cannot compute SHA-256 (%s): check OPENSSL_CONF and the OpenSSL installation", why);
}

} // namespace

ObjectId ObjectId::hash(const QByteArray &data)
{
    return hash(data.constData(), data.size());
}

ObjectId ObjectId::hash(const char *data, qsizetype size)
{
    ObjectId id;
    unsigned int len = 0;
    if (EVP_Digest(data, size_t(size), id.m_bytes.data(), &len, EVP_sha256(), nullptr) != 1 || len != Size)
        sha256Failed();
    return id;
}

ObjectId ObjectId::fromHex(QStringView hex)
{
    ObjectId id;
    if (hex.size() != Size * 2)
        return id;
    for (int i = 0; i < Size; ++i) {
        int v = 0;
        for (int k = 0; k < 2; ++k) {
            const char16_t c = hex[i * 2 + k].unicode();
            int d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                d = c - 'A' + 10;
            else
                return ObjectId();
            v = v * 16 + d;
        }
        id.m_bytes[i] = uint8_t(v);
    }
    return id;
}

ObjectId ObjectId::fromRaw(const QByteArray &raw)
{
    ObjectId id;
    if (raw.size() == Size)
        memcpy(id.m_bytes.data(), raw.constData(), Size);
    return id;
}

bool ObjectId::isNull() const
{
    for (uint8_t b : m_bytes)
        if (b)
            return false;
    return true;
}

QByteArray ObjectId::toHexBytes() const
{
    return raw().toHex();
}

QString ObjectId::toHex() const
{
    return QString::fromLatin1(toHexBytes());
}

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_DigestInit_ex(static_cast<EVP_MD_CTX *>(m_ctx), EVP_sha256(), nullptr) != 1)
        sha256Failed();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_ctx));
}

void Sha256::add(const char *data, qsizetype size)
{
    if (EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_ctx), data, size_t(size)) != 1)
        sha256Failed();
}

ObjectId Sha256::result()
{
    ObjectId id;
    unsigned int len = 0;
    QByteArray out(ObjectId::Size, Qt::Uninitialized);
    if (EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_ctx), reinterpret_cast<unsigned char *>(out.data()), &len) != 1
        || len != unsigned(ObjectId::Size))
        sha256Failed();
    return ObjectId::fromRaw(out);
}

} // namespace poddeck
