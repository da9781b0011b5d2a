#include "jobs/GcLock.h"

#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace poddeck {

namespace {

constexpr int PollMs = 10; // short: gc must catch the moments between writers that keep coming

Error lockError(const QString &path, int err)
{
    return Error(Error::Code::Io, ErrorText::tr("cannot lock %1: %2 (check that the home is writable)")
                                      .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(err))));
}

} // namespace

Result<std::unique_ptr<GcLock>> GcLock::acquire(const QString &home, Mode mode, JobContext &context)
{
    if (!QDir().mkpath(home))
        return Error(Error::Code::Io, ErrorText::tr("cannot create %1: check permissions and free space").arg(QDir::toNativeSeparators(home)));
    const QString path = QDir(home).filePath(QLatin1String(FileName));
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return lockError(path, errno);
    std::unique_ptr<GcLock> lock(new GcLock(fd));
    const int operation = mode == Mode::Shared ? LOCK_SH : LOCK_EX;
    if (::flock(fd, operation | LOCK_NB) == 0)
        return lock;
    if (errno != EWOULDBLOCK && errno != EINTR)
        return lockError(path, errno);

    // Polled rather than blocking, so a cancel is honoured while waiting.
    const JobContext::Progress before = context.progress();
    context.setStage(mode == Mode::Shared
                         ? QCoreApplication::translate("poddeck::Stage", "Waiting for gc to finish (another PodDeck is cleaning this home)")
                         : QCoreApplication::translate("poddeck::Stage", "Waiting for commits, imports, pulls and merges of this home to finish"));
    while (::flock(fd, operation | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR)
            return lockError(path, errno);
        if (context.isCancelled())
            return Error(Error::Code::Cancelled, mode == Mode::Shared
                                                     ? ErrorText::tr("cancelled while waiting for gc; nothing was recorded")
                                                     : ErrorText::tr("gc cancelled while waiting for writers; nothing was removed"));
        QThread::msleep(PollMs);
    }
    context.setStage(before.stage, before.total);
    return lock;
}

GcLock::~GcLock()
{
    ::close(m_fd); // releases the flock
}

} // namespace poddeck
