#include "store/LocalPackSet.h"
#include "util/ErrorText.h"

#include "store/StoreIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace poddeck {

LocalPack::~LocalPack()
{
    if (fd >= 0)
        ::close(fd);
}

Result<QByteArray> LocalPack::read(const LocalPackEntry &entry) const
{
    return storeio::readAt(fd, qint64(entry.offset), entry.length, packPath());
}

Result<std::shared_ptr<const LocalPack>> LocalPack::open(const QString &base)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<const LocalPack>> cache;
    {
        QMutexLocker lock(&mutex);
        if (std::shared_ptr<const LocalPack> known = cache.value(base).lock()) {
            // Still the same file? gc may have removed it; an open descriptor reads it anyway, but a
            // store that looks now must not see a pack that is gone.
            if (QFileInfo::exists(base + QStringLiteral(".idx")))
                return known;
        }
    }
    Result<std::shared_ptr<const LocalPack>> loaded = load(base);
    if (loaded) {
        QMutexLocker lock(&mutex);
        for (auto it = cache.begin(); it != cache.end();)
            it = it->expired() ? cache.erase(it) : std::next(it);
        cache.insert(base, *loaded);
    }
    return loaded;
}

Result<std::shared_ptr<const LocalPack>> LocalPack::load(const QString &base)
{
    auto pack = std::make_shared<LocalPack>();
    pack->base = base;
    // The pack is opened before its index is read: if gc replaces both meanwhile, the index read after
    // may be missing (then this pack is skipped), but an open pack never loses its data.
    pack->fd = ::open(QFile::encodeName(pack->packPath()).constData(), O_RDONLY | O_CLOEXEC);
    if (pack->fd < 0)
        return storeio::ioError(storeio::Op::Open, pack->packPath(), QString::fromLocal8Bit(strerror(errno)));
    struct stat st;
    if (::fstat(pack->fd, &st) != 0)
        return storeio::ioError(storeio::Op::Read, pack->packPath(), QString::fromLocal8Bit(strerror(errno)));
    pack->size = st.st_size;
    pack->modified = QDateTime::fromSecsSinceEpoch(st.st_mtim.tv_sec, Qt::UTC);
    Result<QByteArray> bytes = storeio::readFile(base + QStringLiteral(".idx"));
    if (!bytes)
        return bytes.error();
    Result<LocalPackIndex> index = LocalPackIndex::parse(*bytes, pack->size, base + QStringLiteral(".idx"));
    if (!index)
        return index.error();
    pack->index = *index;
    return std::shared_ptr<const LocalPack>(pack);
}

std::optional<LocalPackSet::Hit> LocalPackSet::search(const ObjectId &id) const
{
    // Newest first: a recently written object is the likeliest to be looked up again.
    for (auto it = m_packs.crbegin(); it != m_packs.crend(); ++it) {
        if (std::optional<LocalPackEntry> e = (*it)->index.find(id))
            return Hit{*it, *e};
    }
    return std::nullopt;
}

std::optional<LocalPackSet::Hit> LocalPackSet::find(const ObjectId &id, bool lookAgain)
{
    QMutexLocker lock(&m_mutex);
    if (!m_scanned)
        scanLocked(true);
    if (std::optional<Hit> hit = search(id))
        return hit;
    if (!lookAgain)
        return std::nullopt;
    scanLocked(false);
    return search(id);
}

void LocalPackSet::rescan()
{
    QMutexLocker lock(&m_mutex);
    scanLocked(true);
}

void LocalPackSet::add(std::shared_ptr<const LocalPack> pack)
{
    QMutexLocker lock(&m_mutex);
    for (const auto &p : std::as_const(m_packs)) {
        if (p->base == pack->base)
            return;
    }
    m_packs.append(std::move(pack));
}

QList<std::shared_ptr<const LocalPack>> LocalPackSet::packs()
{
    QMutexLocker lock(&m_mutex);
    scanLocked(true);
    return m_packs;
}

QStringList LocalPackSet::damaged()
{
    QMutexLocker lock(&m_mutex);
    scanLocked(true);
    return m_damaged;
}

void LocalPackSet::scanLocked(bool force)
{
    struct stat st;
    if (::stat(QFile::encodeName(m_dir).constData(), &st) != 0) {
        m_packs.clear(); // no pack directory (yet): nothing packed
        m_damaged.clear();
        m_dirTimeNs = -1;
        m_scanned = true;
        return;
    }
    const qint64 timeNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    // File times tick coarsely: a directory changed twice within one tick shows one time, so a time
    // within the last two seconds proves nothing and the directory is read again.
    const bool recent = QDateTime::currentSecsSinceEpoch() - st.st_mtim.tv_sec < 2;
    if (!force && m_scanned && timeNs == m_dirTimeNs && !recent)
        return;
    m_dirTimeNs = timeNs;
    m_scanned = true;
    const QStringList names = QDir(m_dir).entryList({QStringLiteral("pack-*.idx")}, QDir::Files);
    QList<std::shared_ptr<const LocalPack>> next;
    QStringList damaged;
    for (const QString &name : names) {
        const QString base = m_dir + QLatin1Char('/') + name.chopped(4);
        std::shared_ptr<const LocalPack> known;
        for (const auto &p : std::as_const(m_packs)) {
            if (p->base == base)
                known = p;
        }
        if (known) {
            next.append(known);
            continue;
        }
        Result<std::shared_ptr<const LocalPack>> opened = LocalPack::open(base);
        if (opened)
            next.append(*opened);
        else if (QFileInfo::exists(base + QStringLiteral(".idx"))) // not just replaced by gc meanwhile
            damaged.append(opened.error().message);
    }
    m_packs = next;
    m_damaged = damaged;
}

} // namespace poddeck
