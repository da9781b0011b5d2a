#include "remote/FolderRemote.h"

#include "util/ErrorText.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace poddeck {

namespace {

const QString GenSuffix = QStringLiteral(".gen");

// `sentence` is a whole translated message: %1 is the path, %2 (if any) the system's reason.
Error ioError(const QString &sentence, const QString &path, const QString &why = {})
{
    const QString withPath = sentence.arg(QDir::toNativeSeparators(path));
    return Error(Error::Code::Io, why.isEmpty() ? withPath : withPath.arg(why));
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

Status fsyncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return ioError(ErrorText::tr("cannot open %1: %2"), path, errnoText(errno));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0 && err != EINVAL) // some file systems cannot fsync a directory: nothing more to do there
        return ioError(ErrorText::tr("cannot sync %1: %2"), path, errnoText(err));
    return {};
}

bool isRegularFile(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
}

// Reads a file of the remote that must be a regular file of at most `maxBytes`. Never follows a symbolic
// link in the last step and never blocks on a FIFO or reads a device: a link to /dev/zero or a FIFO left in
// objects/ or pods/ fails at once, with what to do about it. NotFound when there is no such file.
Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, const QString &remote)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString fix = ErrorText::tr("delete it there and push again from a machine that has the pod");
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT)
            return Error(Error::Code::NotFound, ErrorText::tr("%1 does not exist").arg(shown));
        if (err == ELOOP)
            return Error(Error::Code::Corrupt, ErrorText::tr("%1 on remote %2 is a symbolic link; PodDeck reads only regular files "
                                                              "from a folder remote: %3").arg(shown, remote, fix));
        return ioError(ErrorText::tr("cannot read %1: %2"), path, errnoText(err));
    }
    struct stat st;
    Error problem;
    QByteArray bytes;
    if (::fstat(fd, &st) != 0) {
        problem = ioError(ErrorText::tr("cannot read %1: %2"), path, errnoText(errno));
    } else if (!S_ISREG(st.st_mode)) {
        problem = Error(Error::Code::Corrupt, ErrorText::tr("%1 on remote %2 is not a regular file (a FIFO, device or socket); "
                                                             "PodDeck reads only regular files from a folder remote: %3").arg(shown, remote, fix));
    } else if (st.st_size > maxBytes) {
        problem = Error(Error::Code::LimitExceeded, ErrorText::tr("%1 on remote %2 is %3 bytes, more than the %4 such a file may have, "
                                                                   "so it is damaged or not PodDeck's: %5")
                                                        .arg(shown, remote).arg(qint64(st.st_size)).arg(maxBytes).arg(fix));
    } else {
        bytes.resize(qsizetype(st.st_size));
        qint64 done = 0;
        // Up to one byte past the limit, so a file that grows while we read is caught as well.
        while (true) {
            if (done == bytes.size()) {
                if (done > maxBytes)
                    break;
                bytes.resize(qsizetype(std::min<qint64>(maxBytes + 1, done + 64 * 1024)));
            }
            const ssize_t n = ::read(fd, bytes.data() + done, size_t(bytes.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                problem = ioError(ErrorText::tr("cannot read %1: %2"), path, errnoText(errno));
                break;
            }
            if (n == 0)
                break;
            done += n;
        }
        bytes.truncate(qsizetype(done));
        if (problem.code == Error::Code::None && done > maxBytes)
            problem = Error(Error::Code::LimitExceeded, ErrorText::tr("%1 on remote %2 grew past the %3 bytes such a file may have: %4")
                                                            .arg(shown, remote).arg(maxBytes).arg(fix));
    }
    ::close(fd);
    if (problem.code != Error::Code::None)
        return problem;
    return bytes;
}

} // namespace

FolderRemote::FolderRemote(RemoteUrl url) : Remote(std::move(url)) {}

Result<std::unique_ptr<FolderRemote>> FolderRemote::open(const RemoteUrl &url)
{
    const QFileInfo info(url.path);
    if (info.exists() && !info.isDir())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("remote %1 is a file, not a folder").arg(url.toString()));
    for (const QString &sub : {QStringLiteral("objects"), QStringLiteral("packs"), QStringLiteral("pods"), QStringLiteral("tmp"), QStringLiteral("shares")})
        if (!QDir().mkpath(url.path + u'/' + sub))
            return ioError(ErrorText::tr("cannot create %1: permission denied or read-only"), url.path + u'/' + sub);
    return std::unique_ptr<FolderRemote>(new FolderRemote(url));
}

Status FolderRemote::renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray src = QFile::encodeName(from);
    const QByteArray dst = QFile::encodeName(to);
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, src.constData(), AT_FDCWD, dst.constData(), RENAME_NOREPLACE) == 0)
        return {};
    if (errno == EEXIST)
        return Error(Error::Code::Conflict, ErrorText::tr("%1 exists").arg(to));
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return ioError(ErrorText::tr("cannot rename to %1: %2"), to, errnoText(errno));
#endif
    // File systems without RENAME_NOREPLACE (NFS, older kernels): link() fails if the target exists.
    if (::link(src.constData(), dst.constData()) != 0) {
        if (errno == EEXIST)
            return Error(Error::Code::Conflict, ErrorText::tr("%1 exists").arg(to));
        return ioError(ErrorText::tr("cannot link %1: %2 (this folder supports neither rename-without-replace nor hard links)"), to,
                       errnoText(errno));
    }
    ::unlink(src.constData());
    return {};
}

Result<QString> FolderRemote::writeTemp(const QByteArray &bytes)
{
    const QString tmp = root() + QStringLiteral("/tmp/") + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".tmp");
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return ioError(ErrorText::tr("cannot write %1: %2"), tmp, f.errorString());
    if (f.write(bytes) != bytes.size() || !f.flush() || ::fsync(f.handle()) != 0) {
        const QString why = f.errorString();
        f.close();
        QFile::remove(tmp);
        return ioError(ErrorText::tr("cannot write %1: %2"), tmp, why);
    }
    f.close();
    return tmp;
}

Result<QString> FolderRemote::checkConditionalWrites()
{
    Result<QString> a = writeTemp("probe a\n");
    if (!a)
        return a.error();
    Result<QString> b = writeTemp("probe b\n");
    if (!b) {
        QFile::remove(*a);
        return b.error();
    }
    QString problem;
    const Status st = renameNoReplace(*a, *b);
    if (st)
        problem = ErrorText::tr("it replaced an existing file on a rename that must not replace");
    else if (st.error().code != Error::Code::Conflict)
        problem = st.error().message;
    QFile::remove(*a);
    QFile::remove(*b);
    return problem;
}

Result<bool> FolderRemote::hasObject(const ObjectId &id)
{
    return isRegularFile(root() + u'/' + objectKey(id)); // a link or FIFO in its place is no object
}

Result<QSet<ObjectId>> FolderRemote::listObjects(const QString &hexPrefix)
{
    QSet<ObjectId> out;
    QDir dir(root() + QStringLiteral("/objects/") + hexPrefix);
    if (!dir.exists())
        return out;
    for (const QString &name : dir.entryList(QDir::Files | QDir::NoSymLinks)) {
        const ObjectId id = ObjectId::fromHex(QString(hexPrefix + name));
        if (!id.isNull())
            out.insert(id);
    }
    return out;
}

Result<QByteArray> FolderRemote::getObject(const ObjectId &id)
{
    Result<QByteArray> bytes = readRegularFile(root() + u'/' + objectKey(id), MaxObjectBytes, describe());
    if (!bytes && bytes.error().code == Error::Code::NotFound)
        return Error(Error::Code::NotFound, ErrorText::tr("object %1 is missing on remote %2").arg(id.toHex(), describe()));
    return bytes;
}

Status FolderRemote::putObject(const ObjectId &id, const QByteArray &compressed)
{
    return placeFile(root() + u'/' + objectKey(id), compressed);
}

Status FolderRemote::placeFile(const QString &path, const QByteArray &bytes)
{
    if (isRegularFile(path))
        return {};
    // A link, FIFO or device in an object's place (what pull refuses to read): replace it.
    if (QFileInfo(path).isSymLink() || QFileInfo::exists(path))
        ::unlink(QFile::encodeName(path).constData());
    if (!QDir().mkpath(QFileInfo(path).path()))
        return ioError(ErrorText::tr("cannot create %1: permission denied"), QFileInfo(path).path());
    Result<QString> tmp = writeTemp(bytes);
    if (!tmp)
        return tmp.error();
    Status st = renameNoReplace(*tmp, path);
    if (st.error().code == Error::Code::Conflict) { // someone else stored the same content first
        QFile::remove(*tmp);
        return {};
    }
    if (!st)
        QFile::remove(*tmp);
    return st;
}

Result<QStringList> FolderRemote::listPackFiles()
{
    return QDir(root() + QStringLiteral("/packs")).entryList(QDir::Files | QDir::NoSymLinks, QDir::Name);
}

Result<QList<Remote::PackFileInfo>> FolderRemote::listPackFilesWithTimes()
{
    QList<PackFileInfo> out;
    const QFileInfoList files = QDir(root() + QStringLiteral("/packs")).entryInfoList(QDir::Files | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &f : files)
        out.append({f.fileName(), f.lastModified().toUTC(), f.size()});
    return out;
}

Status FolderRemote::putPackFile(const QString &name, const QByteArray &bytes)
{
    return placeFile(root() + u'/' + packKey(name), bytes);
}

Result<QByteArray> FolderRemote::readPackRange(const QString &name, qint64 offset, qint64 length)
{
    const QString path = root() + u'/' + packKey(name);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT)
            return Error(Error::Code::NotFound, ErrorText::tr("%1 is missing on remote %2; run `poddeck-cli remote fsck`")
                                                    .arg(packKey(name), describe()));
        if (err == ELOOP)
            return Error(Error::Code::Corrupt, ErrorText::tr("%1 on remote %2 is a symbolic link; PodDeck reads only regular files "
                                                              "from a folder remote: delete it there and push again from a machine "
                                                              "that has the pod").arg(QDir::toNativeSeparators(path), describe()));
        return ioError(ErrorText::tr("cannot read %1: %2"), path, errnoText(err));
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error(Error::Code::Corrupt, ErrorText::tr("%1 on remote %2 is not a regular file (a FIFO, device or socket); PodDeck "
                                                          "reads only regular files from a folder remote: delete it there and push "
                                                          "again from a machine that has the pod")
                                               .arg(QDir::toNativeSeparators(path), describe()));
    }
    QByteArray bytes(qsizetype(std::min<qint64>(length, MaxPackBytes)), Qt::Uninitialized);
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::pread(fd, bytes.data() + done, size_t(bytes.size() - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            return ioError(ErrorText::tr("cannot read %1: %2"), path, errnoText(err));
        }
        if (n == 0)
            break;
        done += n;
    }
    ::close(fd);
    if (done != length)
        return Error(Error::Code::Corrupt, ErrorText::tr("%1 on remote %2 is shorter than its index says; run `poddeck-cli remote fsck`")
                                               .arg(packKey(name), describe()));
    return bytes;
}

Result<QByteArray> FolderRemote::readPackFile(const QString &name, qint64 maxBytes)
{
    Result<QByteArray> bytes = readRegularFile(root() + u'/' + packKey(name), maxBytes, describe());
    if (!bytes && bytes.error().code == Error::Code::NotFound)
        return Error(Error::Code::NotFound, ErrorText::tr("%1 is missing on remote %2; run `poddeck-cli remote fsck`")
                                                .arg(packKey(name), describe()));
    return bytes;
}

Status FolderRemote::removePackFile(const QString &name)
{
    const QString path = root() + u'/' + packKey(name);
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT)
        return ioError(ErrorText::tr("cannot remove %1: %2"), path, errnoText(errno));
    return {};
}

Result<bool> FolderRemote::hasLooseObjects()
{
    QDirIterator it(root() + QStringLiteral("/objects"), QDir::Files | QDir::System, QDirIterator::Subdirectories);
    return it.hasNext();
}

Status FolderRemote::flush()
{
    const int fd = ::open(QFile::encodeName(root()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return ioError(ErrorText::tr("cannot open %1: %2"), root(), errnoText(errno));
    const int rc = ::syncfs(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return ioError(ErrorText::tr("cannot sync %1: %2"), root(), errnoText(err));
    return {};
}

Result<QStringList> FolderRemote::listPods()
{
    QStringList out;
    const QDir dir(root() + QStringLiteral("/pods"));
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (name.endsWith(GenSuffix))
            out.append(name.chopped(GenSuffix.size()));
    return out;
}

QString FolderRemote::generationPath(const QString &name, qint64 generation) const
{
    return root() + QStringLiteral("/pods/") + name + GenSuffix + u'/' +
           QStringLiteral("%1.json").arg(generation, 12, 10, QLatin1Char('0'));
}

Result<qint64> FolderRemote::highestGeneration(const QString &name) const
{
    const QDir dir(root() + QStringLiteral("/pods/") + name + GenSuffix);
    if (!dir.exists())
        return qint64(0);
    static const QRegularExpression genName(QStringLiteral("^(\\d{12})\\.json$"));
    qint64 highest = 0;
    // System: a FIFO or a dangling link under a generation's name counts too, so readPod() reports it
    // instead of silently reading an older generation.
    for (const QString &file : dir.entryList(QDir::Files | QDir::System)) {
        const QRegularExpressionMatch m = genName.match(file);
        if (m.hasMatch())
            highest = std::max(highest, m.captured(1).toLongLong());
    }
    return highest;
}

Result<RemoteDocument> FolderRemote::readPod(const QString &name)
{
    // A generation is never rewritten, but it may be pruned between listing and reading: list again then.
    for (int attempt = 0; attempt < 5; ++attempt) {
        Result<qint64> gen = highestGeneration(name);
        if (!gen)
            return gen.error();
        if (*gen == 0)
            return Error(Error::Code::NotFound, ErrorText::tr("remote %1 has no pod '%2'").arg(describe(), name));
        Result<QByteArray> bytes = readRegularFile(generationPath(name, *gen), documentLimit(name), describe());
        if (!bytes && bytes.error().code == Error::Code::NotFound)
            continue;
        if (!bytes)
            return bytes.error();
        return RemoteDocument{*bytes, QString::number(*gen)};
    }
    return ioError(ErrorText::tr("cannot read %1: it keeps changing"), root() + u'/' + podKey(name));
}

Result<QString> FolderRemote::writePod(const QString &name, const QByteArray &bytes, const QString &expectedTag)
{
    bool ok = expectedTag.isEmpty();
    const qint64 expected = expectedTag.isEmpty() ? 0 : expectedTag.toLongLong(&ok);
    if (!ok || expected < 0)
        return Error(Error::Code::InvalidArgument, ErrorText::tr("bad generation tag '%1'").arg(expectedTag));
    const QString genDir = root() + QStringLiteral("/pods/") + name + GenSuffix;
    if (!QDir().mkpath(genDir))
        return ioError(ErrorText::tr("cannot create %1: permission denied"), genDir);
    Result<QString> tmp = writeTemp(bytes);
    if (!tmp)
        return tmp.error();
    const qint64 next = expected + 1;
    Status claimed = renameNoReplace(*tmp, generationPath(name, next));
    if (!claimed) {
        QFile::remove(*tmp);
        if (claimed.error().code == Error::Code::Conflict)
            return Error(Error::Code::Conflict, ErrorText::tr("pod '%1' on remote %2 changed since it was read").arg(name, describe()));
        return claimed.error();
    }
    // A claim below the highest generation means we read a generation that was since pruned: withdraw.
    Result<qint64> highest = highestGeneration(name);
    if (highest && *highest > next) {
        QFile::remove(generationPath(name, next));
        return Error(Error::Code::Conflict, ErrorText::tr("pod '%1' on remote %2 changed since it was read").arg(name, describe()));
    }
    if (Status st = fsyncPath(genDir, true); !st)
        return st.error();
    // The readable copy; its loss or a stale copy never matters to PodDeck, which reads the generations.
    if (Result<QString> copy = writeTemp(bytes); copy) {
        const QString target = root() + u'/' + podKey(name);
        if (::rename(QFile::encodeName(*copy).constData(), QFile::encodeName(target).constData()) != 0)
            QFile::remove(*copy);
    }
    prune(name, next);
    return QString::number(next);
}

void FolderRemote::prune(const QString &name, qint64 newest)
{
    for (qint64 g = newest - KeepGenerations; g > 0; --g) {
        const QString path = generationPath(name, g);
        if (!QFileInfo::exists(path))
            break; // pruned up to here before
        QFile::remove(path);
    }
}

Result<QString> FolderRemote::putShare(const QString &id, const QString &localFile, int expiresSeconds,
                                       const Progress &progress)
{
    Q_UNUSED(expiresSeconds); // a folder cannot expire a file: `gc --remote` deletes it once the id says it expired
    if (!isShareId(id))
        return Error(Error::Code::InvalidArgument, ErrorText::tr("bad share id '%1'").arg(id));
    const QString target = root() + QStringLiteral("/shares/") + id + QStringLiteral(".pod");
    const QString tmp = root() + QStringLiteral("/tmp/") + id + QStringLiteral(".pod.tmp");
    QFile::remove(tmp);
    if (!QFile::copy(localFile, tmp))
        return ioError(ErrorText::tr("cannot copy the bundle to %1: check space and permissions"), tmp);
    if (Status st = fsyncPath(tmp, false); !st) {
        QFile::remove(tmp);
        return st.error();
    }
    if (Status st = renameNoReplace(tmp, target); !st) {
        QFile::remove(tmp);
        return st.error();
    }
    if (progress)
        progress(QFileInfo(target).size());
    return QUrl::fromLocalFile(target).toString();
}

Result<QList<Remote::ShareFile>> FolderRemote::listShares()
{
    QList<ShareFile> shares;
    const QFileInfoList files = QDir(root() + QStringLiteral("/shares"))
                                    .entryInfoList({QStringLiteral("*.pod")}, QDir::Files | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &f : files)
        if (isShareId(f.completeBaseName()))
            shares.append({f.completeBaseName(), f.lastModified().toUTC(), f.size()});
    return shares;
}

Status FolderRemote::removeShare(const QString &id)
{
    if (!isShareId(id))
        return Error(Error::Code::InvalidArgument, ErrorText::tr("bad share id '%1'").arg(id));
    const QString path = root() + QStringLiteral("/shares/") + id + QStringLiteral(".pod");
    QFile f(path);
    if (!f.remove() && f.exists())
        return ioError(ErrorText::tr("cannot remove %1: %2"), path, f.errorString());
    return {};
}

QString FolderRemote::ensureShareExpiry()
{
    return ErrorText::tr("the storage cannot expire files by itself");
}

} // namespace poddeck
