#include "jobs/DirectoryStatCache.h"

#include "util/ErrorText.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace poddeck {

namespace {

constexpr quint32 Magic = 0x50445343; // "PDSC"
constexpr quint32 FormatVersion = 1;
constexpr qint64 RacyWindowNs = 2'000'000'000;
// A directory of a million files makes a cache of about 100 MiB; anything past this is not ours.
constexpr quint32 MaxEntries = 4'000'000;

qint64 nanoseconds(const timespec &t)
{
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

} // namespace

DirectoryStatCache::Stat DirectoryStatCache::statFile(const QString &path)
{
    Stat s;
    struct stat st{};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return s;
    s.size = st.st_size;
    s.mtimeNs = nanoseconds(st.st_mtim);
    s.ctimeNs = nanoseconds(st.st_ctim);
    s.inode = st.st_ino;
    s.device = st.st_dev;
    return s;
}

QString DirectoryStatCache::fileFor(const QString &home, const QString &directory)
{
    const QByteArray key = QCryptographicHash::hash(QDir::cleanPath(directory).toUtf8(), QCryptographicHash::Sha256);
    return home + QStringLiteral("/cache/dirstat/") + QString::fromLatin1(key.toHex().left(32));
}

DirectoryStatCache DirectoryStatCache::load(const QString &home, const QString &directory)
{
    DirectoryStatCache cache;
    QFile f(fileFor(home, directory));
    if (!f.open(QIODevice::ReadOnly))
        return cache;
    QDataStream in(&f);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, format = 0, count = 0;
    QString dir, pod;
    QByteArray version;
    in >> magic >> format >> dir >> pod >> version >> count;
    // The hash in the file name could collide in theory; the directory inside cannot.
    if (in.status() != QDataStream::Ok || magic != Magic || format != FormatVersion
        || dir != QDir::cleanPath(directory) || count > MaxEntries)
        return cache;
    DirectoryStatCache loaded;
    loaded.m_pod = pod;
    loaded.m_version = ObjectId::fromRaw(version);
    if (loaded.m_version.isNull())
        return cache;
    loaded.m_entries.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        QString rel;
        Entry e;
        QByteArray id;
        in >> rel >> e.stat.size >> e.stat.mtimeNs >> e.stat.ctimeNs >> e.stat.inode >> e.stat.device >> id >> e.bytes;
        e.resource = ObjectId::fromRaw(id);
        if (in.status() != QDataStream::Ok || e.resource.isNull())
            return cache;
        loaded.m_entries.insert(rel, e);
    }
    return loaded;
}

const DirectoryStatCache::Entry *DirectoryStatCache::match(const QString &relativePath, const Stat &now) const
{
    const auto it = m_entries.constFind(relativePath);
    if (it == m_entries.cend() || now.size < 0 || !(it->stat == now))
        return nullptr;
    return &*it;
}

Status DirectoryStatCache::save(const QString &home, const QString &directory, const QString &pod,
                                const ObjectId &version, qint64 scanStartNs) const
{
    const QString path = fileFor(home, directory);
    if (!QDir().mkpath(QFileInfo(path).path()))
        return Error(Error::Code::Io, ErrorText::tr("cannot create %1").arg(QDir::toNativeSeparators(QFileInfo(path).path())));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, ErrorText::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    // It names every file of the directory: private even under a permissive umask.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    quint32 count = 0;
    for (const Entry &e : m_entries)
        count += e.stat.mtimeNs < scanStartNs - RacyWindowNs ? 1 : 0;
    QDataStream out(&f);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << FormatVersion << QDir::cleanPath(directory) << pod << version.raw() << count;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const Entry &e = it.value();
        if (e.stat.mtimeNs >= scanStartNs - RacyWindowNs)
            continue;
        out << it.key() << e.stat.size << e.stat.mtimeNs << e.stat.ctimeNs << e.stat.inode << e.stat.device
            << e.resource.raw() << e.bytes;
    }
    if (out.status() != QDataStream::Ok || !f.commit())
        return Error(Error::Code::Io, ErrorText::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return {};
}

} // namespace poddeck
