#include "remote/PackIndex.h"

#include "util/ErrorText.h"

#include <QtEndian>

#include <QRegularExpression>

namespace poddeck {

namespace {

const QByteArray Magic = QByteArrayLiteral("PDKPIDX1");
constexpr qsizetype HeaderSize = 8 + 8 + 4;
constexpr qsizetype EntrySize = ObjectId::Size + 8 + 4;

template <typename T>
void put(QByteArray &out, T value)
{
    char buf[sizeof(T)];
    qToLittleEndian(value, buf);
    out.append(buf, sizeof(T));
}

template <typename T>
T take(const char *at)
{
    return qFromLittleEndian<T>(at);
}

} // namespace

bool PackIndex::isPackId(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{64}$"));
    return shape.match(text).hasMatch();
}

QByteArray PackIndex::toBytes() const
{
    QByteArray out;
    out.reserve(HeaderSize + entries.size() * EntrySize + ObjectId::Size);
    out.append(Magic);
    put<quint64>(out, quint64(packSize));
    put<quint32>(out, quint32(entries.size()));
    for (const Entry &e : entries) {
        out.append(e.storageId.raw());
        put<quint64>(out, quint64(e.offset));
        put<quint32>(out, quint32(e.length));
    }
    out.append(ObjectId::hash(out).raw());
    return out;
}

Result<PackIndex> PackIndex::parse(const QByteArray &bytes, const QString &packId, const QString &label)
{
    auto corrupt = [&label](const QString &why) {
        return Error(Error::Code::Corrupt, ErrorText::tr("%1 is damaged (%2); run `poddeck-cli remote fsck` and push the "
                                                          "affected pods again from a machine that has them").arg(label, why));
    };
    if (bytes.size() > MaxBytes)
        return corrupt(ErrorText::tr("larger than %1 bytes").arg(MaxBytes));
    if (bytes.size() < HeaderSize + ObjectId::Size || !bytes.startsWith(Magic))
        return corrupt(ErrorText::tr("not a PodDeck pack index"));
    const qsizetype body = bytes.size() - ObjectId::Size;
    if (ObjectId::hash(bytes.constData(), body).raw() != bytes.mid(body))
        return corrupt(ErrorText::tr("its checksum does not match"));
    const char *p = bytes.constData();
    PackIndex index;
    index.packId = packId;
    index.packSize = qint64(take<quint64>(p + 8));
    const quint32 count = take<quint32>(p + 16);
    if (qsizetype(count) != (body - HeaderSize) / EntrySize || (body - HeaderSize) % EntrySize != 0)
        return corrupt(ErrorText::tr("its entry count does not match its size"));
    index.entries.reserve(count);
    qint64 end = 0;
    for (quint32 i = 0; i < count; ++i) {
        const char *e = p + HeaderSize + qsizetype(i) * EntrySize;
        Entry entry;
        entry.storageId = ObjectId::fromRaw(QByteArray(e, ObjectId::Size));
        entry.offset = qint64(take<quint64>(e + ObjectId::Size));
        entry.length = qint64(take<quint32>(e + ObjectId::Size + 8));
        if (entry.offset < end || entry.length <= 0 || entry.offset + entry.length > index.packSize)
            return corrupt(ErrorText::tr("entry %1 lies outside the pack or overlaps another").arg(i));
        end = entry.offset + entry.length;
        index.entries.append(entry);
    }
    return index;
}

void PackBuilder::append(const ObjectId &storageId, const QByteArray &entry)
{
    m_index.entries.append({storageId, m_bytes.size(), entry.size()});
    m_bytes.append(entry);
}

PackIndex PackBuilder::finish()
{
    m_index.packSize = m_bytes.size();
    m_index.packId = ObjectId::hash(m_bytes).toHex();
    return m_index;
}

} // namespace poddeck
