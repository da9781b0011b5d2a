#include "store/LocalPackIndex.h"
#include "util/ErrorText.h"

#include <QDir>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace poddeck {

namespace {

const QByteArray IndexMagic("PDIDX001");

const char *recordAt(const QByteArray &bytes, int i)
{
    return bytes.constData() + LocalPackIndex::HeaderSize + qsizetype(i) * LocalPackIndex::RecordSize;
}

} // namespace

const QByteArray LocalPackIndex::PackMagic("PDPACK01");

QByteArray LocalPackIndex::serialize(QList<LocalPackEntry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const LocalPackEntry &a, const LocalPackEntry &b) { return a.id < b.id; });
    QByteArray out;
    out.reserve(HeaderSize + entries.size() * RecordSize + ObjectId::Size);
    out.append(IndexMagic);
    char word[8];
    qToLittleEndian<quint32>(quint32(entries.size()), word);
    out.append(word, 4);
    for (const LocalPackEntry &e : std::as_const(entries)) {
        out.append(e.id.raw());
        qToLittleEndian<quint64>(e.offset, word);
        out.append(word, 8);
        qToLittleEndian<quint32>(e.length, word);
        out.append(word, 4);
    }
    out.append(ObjectId::hash(out).raw());
    return out;
}

Result<LocalPackIndex> LocalPackIndex::parse(const QByteArray &bytes, qint64 packSize, const QString &path)
{
    const auto bad = [&](const QString &why) {
        return Error(Error::Code::Corrupt, ErrorText::tr("pack index %1 is damaged: %2").arg(QDir::toNativeSeparators(path), why));
    };
    if (bytes.size() < HeaderSize + ObjectId::Size || !bytes.startsWith(IndexMagic))
        return bad(ErrorText::tr("not a PodDeck pack index"));
    const quint32 count = qFromLittleEndian<quint32>(bytes.constData() + 8);
    if (qint64(count) * RecordSize + HeaderSize + ObjectId::Size != bytes.size())
        return bad(ErrorText::tr("its size does not match its entry count"));
    const qsizetype body = bytes.size() - ObjectId::Size;
    if (ObjectId::hash(bytes.constData(), body).raw() != bytes.mid(body))
        return bad(ErrorText::tr("checksum mismatch"));
    LocalPackIndex index;
    index.m_bytes = bytes;
    index.m_count = int(count);
    for (int i = 0; i < index.m_count; ++i) {
        const LocalPackEntry e = index.at(i);
        if (e.offset < quint64(PackMagic.size()) || e.offset + e.length > quint64(packSize))
            return bad(ErrorText::tr("entry %1 lies outside its pack").arg(i));
        if (i > 0 && std::memcmp(recordAt(bytes, i - 1), recordAt(bytes, i), ObjectId::Size) >= 0)
            return bad(ErrorText::tr("entries are not sorted"));
    }
    return index;
}

LocalPackEntry LocalPackIndex::at(int i) const
{
    const char *r = recordAt(m_bytes, i);
    LocalPackEntry e;
    e.id = ObjectId::fromRaw(QByteArray::fromRawData(r, ObjectId::Size));
    e.offset = qFromLittleEndian<quint64>(r + ObjectId::Size);
    e.length = qFromLittleEndian<quint32>(r + ObjectId::Size + 8);
    return e;
}

std::optional<LocalPackEntry> LocalPackIndex::find(const ObjectId &id) const
{
    const QByteArray key = id.raw();
    int lo = 0, hi = m_count;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        const int c = std::memcmp(recordAt(m_bytes, mid), key.constData(), ObjectId::Size);
        if (c == 0)
            return at(mid);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return std::nullopt;
}

} // namespace poddeck
