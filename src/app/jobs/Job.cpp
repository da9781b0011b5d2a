#include "app/jobs/Job.h"

#include <QMetaObject>

namespace poddeck {

Job::Job(const QString &title, QObject *parent)
    : QObject(parent), m_title(title),
      m_context([this](const JobContext::Progress &progress) { forwardProgress(progress); })
{
    m_started.start();
}

void Job::cancel()
{
    if (!m_running || m_context.isCancelled())
        return;
    m_context.cancel();
    Q_EMIT cancelRequested();
}

void Job::forwardProgress(const JobContext::Progress &progress)
{
    {
        QMutexLocker lock(&m_pendingMutex);
        m_pending = progress;
    }
    if (m_deliveryQueued.exchange(true))
        return;
    // The job outlives its worker (JobRunner deletes it only after the future has finished), and an
    // event still queued for it is dropped when it is deleted.
    QMetaObject::invokeMethod(this, &Job::deliverProgress, Qt::QueuedConnection);
}

void Job::deliverProgress()
{
    m_deliveryQueued.store(false); // before reading: a report from now on queues another delivery
    {
        QMutexLocker lock(&m_pendingMutex);
        m_progress = m_pending;
    }
    Q_EMIT progressChanged();
}

void Job::finish(const Error &error)
{
    m_error = error;
    m_running = false;
}

} // namespace poddeck
