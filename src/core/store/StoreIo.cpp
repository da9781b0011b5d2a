#include "store/StoreIo.h"

#include "util/ErrorText.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace poddeck::storeio {

Error ioError(Op op, const QString &path, const QString &why)
{
    const QString p = QDir::toNativeSeparators(path);
    QString text;
    switch (op) {
    case Op::Create: text = ErrorText::tr("cannot create %1: %2").arg(p, why); break;
    case Op::Open: text = ErrorText::tr("cannot open %1: %2").arg(p, why); break;
    case Op::Read: text = ErrorText::tr("cannot read %1: %2").arg(p, why); break;
    case Op::Write: text = ErrorText::tr("cannot write %1: %2").arg(p, why); break;
    case Op::Move: text = ErrorText::tr("cannot move %1 into place: %2").arg(p, why); break;
    case Op::Remove: text = ErrorText::tr("cannot remove %1: %2").arg(p, why); break;
    case Op::Sync: text = ErrorText::tr("cannot sync %1: %2").arg(p, why); break;
    }
    return Error(Error::Code::Io, text);
}

Error writeError(const QString &path, int err)
{
    const QString why = QString::fromLocal8Bit(strerror(err));
    if (err == ENOSPC || err == EDQUOT)
        return Error(Error::Code::Io,
                     QCoreApplication::translate("poddeck::Error",
                                                 "cannot write %1: %2 (the disk that holds the PodDeck home is full: free some "
                                                 "space there, or run `poddeck-cli gc --prune-now` to drop objects no version "
                                                 "uses, and try again)")
                         .arg(QDir::toNativeSeparators(path), why));
    return ioError(Op::Write, path, why);
}

Status writeAll(int fd, const QByteArray &bytes, const QString &path)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return writeError(path, n < 0 ? errno : ENOSPC);
        p += n;
        left -= n;
    }
    return {};
}

Result<QByteArray> readAt(int fd, qint64 offset, qint64 length, const QString &path)
{
    QByteArray out(length, Qt::Uninitialized);
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd, out.data() + done, size_t(length - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return ioError(Op::Read, path, QString::fromLocal8Bit(strerror(errno)));
        if (n == 0)
            return Error(Error::Code::Corrupt,
                         ErrorText::tr("%1 is shorter than its index says (run `poddeck-cli fsck`)")
                             .arg(QDir::toNativeSeparators(path)));
        done += n;
    }
    return out;
}

Status writeFileSynced(const QString &path, const QByteArray &bytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return writeError(path, errno);
    Status st = writeAll(fd, bytes, path);
    if (st && ::fdatasync(fd) != 0)
        st = writeError(path, errno);
    ::close(fd);
    if (!st)
        QFile::remove(path);
    return st;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ioError(Op::Read, path, f.errorString());
    return f.readAll();
}

Status syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return ioError(Op::Open, path, QString::fromLocal8Bit(strerror(errno)));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return ioError(Op::Sync, path, QString::fromLocal8Bit(strerror(err)));
    return {};
}

} // namespace poddeck::storeio
