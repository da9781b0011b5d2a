#include "store/ObjectStore.h"
#include "util/ErrorText.h"

#include "store/Chunker.h"
#include "store/Compression.h"
#include "store/LocalPackSet.h"
#include "store/LocalPackWriter.h"
#include "store/StoreIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace poddeck {

namespace {

Error missing(const ObjectId &id)
{
    return Error(Error::Code::NotFound,
                 ErrorText::tr("object %1 is missing from the store (run `poddeck-cli fsck`)").arg(id.toHex()));
}

} // namespace

ObjectStore::ObjectStore(const QString &homeDir)
    : m_dir(homeDir + QStringLiteral("/objects")), m_packs(std::make_unique<LocalPackSet>(m_dir + QStringLiteral("/pack")))
{
}

ObjectStore::~ObjectStore()
{
    discardPending();
}

QString ObjectStore::packDir() const
{
    return m_packs->dir();
}

void ObjectStore::discardPending()
{
    QMutexLocker lock(&m_mutex);
    m_writer.reset();
    m_full.clear();
}

QString ObjectStore::loosePathFor(const ObjectId &id) const
{
    const QString hex = id.toHex();
    return m_dir + QLatin1Char('/') + hex.left(2) + QLatin1Char('/') + hex.mid(2);
}

bool ObjectStore::pendingContains(const ObjectId &id) const
{
    if (m_writer && m_writer->contains(id))
        return true;
    for (const auto &w : m_full) {
        if (w->contains(id))
            return true;
    }
    return false;
}

bool ObjectStore::contains(const ObjectId &id) const
{
    {
        QMutexLocker lock(&m_mutex);
        if (pendingContains(id))
            return true;
    }
    return m_packs->find(id, false).has_value() || QFileInfo::exists(loosePathFor(id));
}

Result<ObjectId> ObjectStore::put(const QByteArray &data)
{
    if (data.size() > MaxObjectSize)
        return Error(Error::Code::LimitExceeded,
                     ErrorText::tr("object of %1 bytes is larger than the limit of %2")
                         .arg(data.size())
                         .arg(MaxObjectSize));
    const ObjectId id = ObjectId::hash(data);
    if (contains(id))
        return id;
    const QByteArray compressed = zstdCompress(data);
    if (compressed.isEmpty())
        return Error(Error::Code::Io, ErrorText::tr("out of memory while compressing an object"));
    const Status st = writeCompressed(id, compressed);
    if (!st)
        return st.error();
    return id;
}

Status ObjectStore::putCompressed(const ObjectId &expected, const QByteArray &compressed, qint64 maxSize)
{
    if (contains(expected))
        return {};
    Result<QByteArray> plain = zstdDecompress(compressed, qMin(maxSize, MaxObjectSize));
    if (!plain)
        return Error(plain.error().code, ErrorText::tr("object %1: %2").arg(expected.toHex(), plain.error().message));
    if (ObjectId::hash(*plain) != expected)
        return Error(Error::Code::Corrupt,
                     ErrorText::tr("object %1 does not match its hash (damaged or tampered with)")
                         .arg(expected.toHex()));
    return writeCompressed(expected, compressed);
}

Status ObjectStore::writeCompressed(const ObjectId &id, const QByteArray &compressed)
{
    QMutexLocker lock(&m_mutex);
    if (pendingContains(id)) // another thread stored the same content meanwhile
        return {};
    if (m_writer && m_writer->count() > 0 && m_writer->size() + compressed.size() > MaxPackSize)
        m_full.push_back(std::move(m_writer));
    if (!m_writer) {
        Result<std::unique_ptr<LocalPackWriter>> w = LocalPackWriter::create(packDir());
        if (!w)
            return w.error();
        m_writer = std::move(*w);
    }
    if (Status st = m_writer->append(id, compressed); !st)
        return st;
    m_bytesWritten += compressed.size();
    ++m_objectsWritten;
    return {};
}

Status ObjectStore::flush()
{
    {
        QMutexLocker lock(&m_mutex);
        if (Status st = publishLocked(); !st)
            return st;
    }
    mergeSmallPacks();
    return {};
}

Status ObjectStore::publishLocked()
{
    std::vector<std::unique_ptr<LocalPackWriter>> writers = std::move(m_full);
    m_full.clear();
    if (m_writer && m_writer->count() > 0)
        writers.push_back(std::move(m_writer));
    m_writer.reset();
    if (writers.empty())
        return {};
    // 1. Each pack and its index durable. 2. Renamed into place. 3. The renames durable.
    for (std::size_t i = 0; i < writers.size(); ++i) {
        if (Status st = writers[i]->seal(); !st) {
            m_full = std::move(writers); // still pending: a retry seals again, the destructor removes them
            return st;
        }
    }
    QStringList published;
    for (const auto &w : writers) {
        Result<QString> base = w->publish();
        if (!base)
            return base.error();
        published.append(*base);
    }
    if (Status st = storeio::syncDirectory(packDir()); !st)
        return st;
    // The first pack of a home also created objects/pack (and maybe objects/): make those entries durable.
    if (Status st = storeio::syncDirectory(m_dir); !st)
        return st;
    for (const QString &base : std::as_const(published)) {
        if (Result<std::shared_ptr<const LocalPack>> pack = LocalPack::open(base))
            m_packs->add(*pack);
    }
    return {};
}

Result<QByteArray> ObjectStore::getCompressed(const ObjectId &id) const
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_writer && m_writer->contains(id))
            return m_writer->read(id);
        for (const auto &w : m_full) {
            if (w->contains(id))
                return w->read(id);
        }
    }
    if (std::optional<LocalPackSet::Hit> hit = m_packs->find(id))
        return hit->pack->read(hit->entry);
    QFile f(loosePathFor(id));
    if (f.open(QIODevice::ReadOnly))
        return f.readAll();
    if (f.exists())
        return storeio::ioError(storeio::Op::Read, f.fileName(), f.errorString());
    // gc may have just moved it into a new pack, within the same tick of the directory's time.
    m_packs->rescan();
    if (std::optional<LocalPackSet::Hit> hit = m_packs->find(id, false))
        return hit->pack->read(hit->entry);
    return missing(id);
}

Result<qint64> ObjectStore::storedSize(const ObjectId &id) const
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_writer && m_writer->contains(id))
            return m_writer->lengthOf(id);
        for (const auto &w : m_full) {
            if (w->contains(id))
                return w->lengthOf(id);
        }
    }
    if (std::optional<LocalPackSet::Hit> hit = m_packs->find(id))
        return qint64(hit->entry.length);
    const QFileInfo info(loosePathFor(id));
    if (info.exists())
        return info.size();
    return missing(id);
}

Result<QByteArray> ObjectStore::get(const ObjectId &id) const
{
    Result<QByteArray> compressed = getCompressed(id);
    if (!compressed)
        return compressed.error();
    Result<QByteArray> plain = zstdDecompress(*compressed, MaxObjectSize);
    if (!plain)
        return Error(Error::Code::Corrupt, ErrorText::tr("object %1 is damaged: %2 (run `poddeck-cli fsck`)")
                                               .arg(id.toHex(), plain.error().message));
    if (ObjectId::hash(*plain) != id)
        return Error(Error::Code::Corrupt,
                     ErrorText::tr("object %1 does not match its hash (run `poddeck-cli fsck`)").arg(id.toHex()));
    return plain;
}

Result<AttachmentRef> ObjectStore::putBlob(const QByteArray &data)
{
    AttachmentRef ref;
    ref.size = data.size();
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    qsizetype offset = 0;
    while (offset < data.size()) {
        const qsizetype n = Chunker::cut(p + offset, data.size() - offset);
        Result<ObjectId> id = put(QByteArray::fromRawData(data.constData() + offset, n));
        if (!id)
            return id.error();
        ref.chunks.append(*id);
        offset += n;
    }
    return ref;
}

Result<AttachmentRef> ObjectStore::putBlob(QIODevice *in)
{
    AttachmentRef ref;
    QByteArray buffer;
    constexpr qsizetype ReadSize = 4 * Chunker::MaxSize;
    bool eof = false;
    while (true) {
        while (!eof && buffer.size() < Chunker::MaxSize) {
            const qsizetype old = buffer.size();
            buffer.resize(old + ReadSize);
            const qint64 n = in->read(buffer.data() + old, ReadSize);
            buffer.resize(old + qMax<qint64>(n, 0));
            if (n < 0)
                return Error(Error::Code::Io, ErrorText::tr("cannot read data to store: %1").arg(in->errorString()));
            if (n == 0 && (in->atEnd() || !in->waitForReadyRead(30000)))
                eof = true;
        }
        if (buffer.isEmpty())
            break;
        const qsizetype n = Chunker::cut(reinterpret_cast<const uchar *>(buffer.constData()), buffer.size());
        Result<ObjectId> id = put(buffer.left(n));
        if (!id)
            return id.error();
        ref.chunks.append(*id);
        ref.size += n;
        buffer.remove(0, n);
    }
    return ref;
}

Result<QByteArray> ObjectStore::getBlob(const AttachmentRef &ref) const
{
    QByteArray out;
    out.reserve(qsizetype(ref.size));
    for (const ObjectId &c : ref.chunks) {
        Result<QByteArray> chunk = get(c);
        if (!chunk)
            return chunk.error();
        out.append(*chunk);
    }
    if (out.size() != ref.size)
        return Error(Error::Code::Corrupt, ErrorText::tr("attachment has %1 bytes, its reference says %2").arg(out.size()).arg(ref.size));
    return out;
}

Status ObjectStore::writeBlob(const AttachmentRef &ref, QIODevice *out) const
{
    qint64 written = 0;
    for (const ObjectId &c : ref.chunks) {
        Result<QByteArray> chunk = get(c);
        if (!chunk)
            return chunk.error();
        if (out->write(*chunk) != chunk->size())
            return Error(Error::Code::Io, ErrorText::tr("cannot write attachment: %1").arg(out->errorString()));
        written += chunk->size();
    }
    if (written != ref.size)
        return Error(Error::Code::Corrupt, ErrorText::tr("attachment has %1 bytes, its reference says %2").arg(written).arg(ref.size));
    return {};
}

qint64 ObjectStore::bytesWritten() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytesWritten;
}

int ObjectStore::objectsWritten() const
{
    QMutexLocker lock(&m_mutex);
    return m_objectsWritten;
}

} // namespace poddeck
