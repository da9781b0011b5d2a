#include "app/history/DragExportCache.h"

#include "app/history/VersionListModel.h"
#include "app/jobs/JobRunner.h"
#include "jobs/ImportExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

namespace poddeck {

DragExportCache::DragExportCache(JobRunner *jobs, const QString &home, VersionListModel *model, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_home(home), m_model(model),
      m_dir(QDir::tempPath() + QStringLiteral("/poddeck-drag-%1").arg(QCoreApplication::applicationPid())),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(PrepareDelayMs);
    connect(m_timer, &QTimer::timeout, this, &DragExportCache::exportPending);
}

DragExportCache::~DragExportCache()
{
    // At quit: the bundles were only for dragging out of this session.
    if (!m_started.isEmpty())
        QDir(m_dir).removeRecursively();
}

void DragExportCache::prepare(const std::optional<Version> &version)
{
    m_pending = version;
    if (!version || version->bytes > MaxBytes || m_started.contains(version->id)) {
        m_timer->stop();
        return;
    }
    m_timer->start();
}

void DragExportCache::exportPending()
{
    if (!m_pending)
        return;
    const Version v = *m_pending;
    m_started.insert(v.id);
    // One directory per version so the file can carry a readable name.
    const QString file = QStringLiteral("%1/%2/%3-%4.pod").arg(m_dir, v.id.shortHex(16), v.pod).arg(v.number);
    m_jobs->run(
        tr("Preparing %1:%2 for dragging").arg(v.pod).arg(v.number),
        [home = m_home, v, file](JobContext &c) -> Result<QList<Version>> {
            if (!QDir().mkpath(QFileInfo(file).absolutePath()))
                return Error(Error::Code::Io, tr("Cannot create %1").arg(QFileInfo(file).absolutePath()));
            return exportVersion(ExportRequest{home, VersionRef{v.pod, v.number}, false, file, ExportFormat::Pod}, c);
        },
        this, [this, id = v.id, file](Result<QList<Version>> done) {
            if (!done) {
                m_started.remove(id); // try again when it is selected again
                return;
            }
            m_model->setExportedFile(id, file);
            Q_EMIT prepared(file);
        });
}

} // namespace poddeck
