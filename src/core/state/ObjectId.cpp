#include "state/ObjectId.h"

#include <openssl/evp.h>

namespace poddeck {

ObjectId ObjectId::hash(const QByteArray &data)
{
    return hash(data.constData(), data.size());
}

ObjectId ObjectId::hash(const char *data, qsizetype size)
{
    ObjectId id;
    unsigned int len = 0;
    EVP_Digest(data, size_t(size), id.m_bytes.data(), &len, EVP_sha256(), nullptr);
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
    EVP_DigestInit_ex(static_cast<EVP_MD_CTX *>(m_ctx), EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_ctx));
}

void Sha256::add(const char *data, qsizetype size)
{
    EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_ctx), data, size_t(size));
}

ObjectId Sha256::result()
{
    ObjectId id;
    unsigned int len = 0;
    QByteArray out(ObjectId::Size, Qt::Uninitialized);
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_ctx), reinterpret_cast<unsigned char *>(out.data()), &len);
    return ObjectId::fromRaw(out);
}

} // namespace poddeck
