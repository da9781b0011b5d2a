#include "app/history/DragExportCache.h"

#include "app/history/DragBundle.h"
#include "app/jobs/JobRunner.h"
#include "jobs/ImportExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace poddeck {

namespace {

constexpr qint64 StaleAfterSeconds = 24 * 3600;

bool processIsGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

// `prefix` then the pid (then anything): removed when that process is gone or it is a day old.
int sweep(const QString &dirPath, const QString &prefix)
{
    int removed = 0;
    const qint64 self = QCoreApplication::applicationPid();
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addSecs(-StaleAfterSeconds);
    const QFileInfoList entries = QDir(dirPath).entryInfoList({prefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink() || entry.ownerId() != ::getuid())
            continue;
        bool ok = false;
        const qint64 pid = entry.fileName().mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid == self)
            continue;
        if ((processIsGone(pid) || entry.lastModified().toUTC() < dayAgo) && QDir(entry.filePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace

DragExportCache::DragExportCache(JobRunner *jobs, const QString &home, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_home(home)
{
    sweepStale(home);
}

DragExportCache::~DragExportCache()
{
    // At quit: the bundles were only for dragging out of this session. JobRunner has stopped the jobs.
    for (auto it = m_bundles.cbegin(); it != m_bundles.cend(); ++it)
        QDir(it->bundle->directory()).removeRecursively();
}

QString DragExportCache::rootOf(const QString &home)
{
    return QDir(home).filePath(QStringLiteral("tmp"));
}

int DragExportCache::sweepStale(const QString &home)
{
    // Before issue 11 bundles were left in /tmp/poddeck-drag-<pid> with default permissions.
    return sweep(rootOf(home), QStringLiteral("drag-")) + sweep(QDir::tempPath(), QStringLiteral("poddeck-drag-"));
}

std::shared_ptr<DragBundle> DragExportCache::begin(const Version &version)
{
    if (version.bytes > MaxBytes || !QDir().mkpath(rootOf(m_home)))
        return nullptr;
    QTemporaryDir dir(QStringLiteral("%1/drag-%2-XXXXXX").arg(rootOf(m_home)).arg(QCoreApplication::applicationPid()));
    if (!dir.isValid())
        return nullptr;
    dir.setAutoRemove(false); // the bundle's lifetime decides (settle)
    auto bundle = std::make_shared<DragBundle>(dir.path(), dir.filePath(QStringLiteral("%1-%2.pod").arg(version.pod).arg(version.number)));
    QPointer<DragExportCache> self(this);
    bundle->setOnDragEnded([self, weak = std::weak_ptr<DragBundle>(bundle)] {
        if (std::shared_ptr<DragBundle> b = weak.lock(); b && self)
            self->settle(b);
    });
    const ExportRequest request{m_home, VersionRef{version.pod, version.number}, false, bundle->file(), ExportFormat::Pod};
    Job *job = m_jobs->run(
        tr("Preparing %1:%2 for dragging").arg(version.pod).arg(version.number),
        [request, bundle](JobContext &c) {
            Result<QList<Version>> done = exportVersion(request, c);
            if (done && !QFile::setPermissions(bundle->file(), QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                done = Error(Error::Code::Io, tr("Cannot make %1 private").arg(bundle->file()));
            bundle->finish(bool(done));
            return done;
        },
        this, [this, bundle](const Result<QList<Version>> &) { settle(bundle); });
    m_bundles.insert(bundle.get(), Entry{bundle, job});
    return bundle;
}

// Removes a bundle once both its job and its drag are over.
void DragExportCache::settle(const std::shared_ptr<DragBundle> &bundle)
{
    if (!m_bundles.contains(bundle.get()) || !bundle->hasDragEnded())
        return;
    if (!bundle->isFinished()) {
        if (Job *job = m_bundles.value(bundle.get()).job; job && !bundle->wasRequested())
            job->cancel(); // nobody wants the file: stop writing it; the job's end settles it again
        return;
    }
    if (!bundle->wasRequested()) {
        remove(bundle);
        return;
    }
    QTimer::singleShot(DropGraceMs, this, [this, bundle] { remove(bundle); });
}

void DragExportCache::remove(const std::shared_ptr<DragBundle> &bundle)
{
    QDir(bundle->directory()).removeRecursively();
    m_bundles.remove(bundle.get());
}

} // namespace poddeck
