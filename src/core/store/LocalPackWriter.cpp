#include "store/LocalPackWriter.h"
#include "util/ErrorText.h"

#include "store/StoreIo.h"

#include <QDir>
#include <QFile>

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace poddeck {

namespace {

std::atomic<quint64> packCounter{0};

// Start writing back every 8 MiB as it is appended, so the final fdatasync waits for little.
constexpr qint64 WritebackStep = 8ll * 1024 * 1024;

} // namespace

LocalPackWriter::~LocalPackWriter()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_published) {
        QFile::remove(m_tmpPack);
        if (!m_tmpIndex.isEmpty())
            QFile::remove(m_tmpIndex);
    }
}

Result<std::unique_ptr<LocalPackWriter>> LocalPackWriter::create(const QString &packDir)
{
    std::unique_ptr<LocalPackWriter> w(new LocalPackWriter);
    w->m_dir = packDir;
    if (!QDir().mkpath(packDir))
        return storeio::ioError(storeio::Op::Create, packDir, ErrorText::tr("check permissions and free space"));
    for (int attempt = 0; w->m_fd < 0 && attempt < 100; ++attempt) {
        w->m_tmpPack = packDir + QStringLiteral("/tmp-%1-%2.pack").arg(::getpid()).arg(packCounter.fetch_add(1));
        w->m_fd = ::open(QFile::encodeName(w->m_tmpPack).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (w->m_fd < 0 && errno != EEXIST) // EEXIST: left by a crashed writer with a reused pid
            return storeio::writeError(w->m_tmpPack, errno);
    }
    if (w->m_fd < 0)
        return storeio::ioError(storeio::Op::Write, w->m_tmpPack, ErrorText::tr("too many stale temp files; run `poddeck-cli gc`"));
    if (Status st = storeio::writeAll(w->m_fd, LocalPackIndex::PackMagic, w->m_tmpPack); !st)
        return st.error();
    w->m_size = LocalPackIndex::PackMagic.size();
    return w;
}

Status LocalPackWriter::append(const ObjectId &id, const QByteArray &compressed)
{
    if (m_entries.contains(id))
        return {};
    if (Status st = storeio::writeAll(m_fd, compressed, m_tmpPack); !st)
        return st;
    m_entries.insert(id, LocalPackEntry{id, quint64(m_size), quint32(compressed.size())});
    m_size += compressed.size();
    if (m_size - m_writebackFrom >= WritebackStep) {
        (void)::sync_file_range(m_fd, m_writebackFrom, m_size - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
        m_writebackFrom = m_size;
    }
    return {};
}

Result<QByteArray> LocalPackWriter::read(const ObjectId &id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend())
        return Error(Error::Code::NotFound, ErrorText::tr("object %1 is not in this pack").arg(id.toHex()));
    return storeio::readAt(m_fd, qint64(it->offset), it->length, m_tmpPack);
}

Status LocalPackWriter::seal()
{
    m_index = LocalPackIndex::serialize(m_entries.values());
    m_tmpIndex = m_tmpPack.chopped(5) + QStringLiteral(".idx");
    QFile::remove(m_tmpIndex); // from an earlier attempt that failed
    if (Status st = storeio::writeFileSynced(m_tmpIndex, m_index); !st)
        return st;
    if (::fdatasync(m_fd) != 0)
        return storeio::writeError(m_tmpPack, errno);
    return {};
}

Result<QString> LocalPackWriter::publish()
{
    const QString base = m_dir + QStringLiteral("/pack-") + ObjectId::hash(m_index).toHex();
    // The pack first: an index is what makes a pack visible, so it must never name a missing file.
    if (::rename(QFile::encodeName(m_tmpPack).constData(), QFile::encodeName(base + QStringLiteral(".pack")).constData()) != 0)
        return storeio::ioError(storeio::Op::Move, base + QStringLiteral(".pack"), QString::fromLocal8Bit(strerror(errno)));
    if (::rename(QFile::encodeName(m_tmpIndex).constData(), QFile::encodeName(base + QStringLiteral(".idx")).constData()) != 0)
        return storeio::ioError(storeio::Op::Move, base + QStringLiteral(".idx"), QString::fromLocal8Bit(strerror(errno)));
    m_published = true;
    return base;
}

} // namespace poddeck
