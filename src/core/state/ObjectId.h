#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <array>
#include <cstdint>

namespace poddeck {

// SHA-256 of an object's uncompressed bytes: the identity of every blob, chunk, resource, tree and version.
class ObjectId
{
public:
    static constexpr int Size = 32;
    ObjectId() { m_bytes.fill(0); }

    static ObjectId hash(const QByteArray &data);
    static ObjectId hash(const char *data, qsizetype size);
    // Parses 64 lowercase or uppercase hex digits; returns a null id on anything else.
    static ObjectId fromHex(QStringView hex);
    static ObjectId fromRaw(const QByteArray &raw);

    bool isNull() const;
    QString toHex() const;
    QByteArray toHexBytes() const;
    QByteArray raw() const { return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), Size); }
    QString shortHex(int digits = 12) const { return toHex().left(digits); }

    friend bool operator==(const ObjectId &a, const ObjectId &b) { return a.m_bytes == b.m_bytes; }
    friend bool operator!=(const ObjectId &a, const ObjectId &b) { return a.m_bytes != b.m_bytes; }
    friend bool operator<(const ObjectId &a, const ObjectId &b) { return a.m_bytes < b.m_bytes; }
    friend size_t qHash(const ObjectId &id, size_t seed = 0)
    {
        size_t v;
        memcpy(&v, id.m_bytes.data(), sizeof v);
        return v ^ seed;
    }

private:
    std::array<uint8_t, Size> m_bytes;
};

// Incremental SHA-256 for streams (files, archive entries).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void add(const char *data, qsizetype size);
    void add(const QByteArray &data) { add(data.constData(), data.size()); }
    ObjectId result();

private:
    void *m_ctx;
};

} // namespace poddeck
