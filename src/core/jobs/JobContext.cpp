#include "jobs/JobContext.h"

namespace poddeck {

void JobContext::setStage(const QString &stage, qint64 total)
{
    QMutexLocker lock(&m_mutex);
    m_progress.stage = stage;
    m_progress.done = 0;
    m_progress.total = total;
    report();
}

void JobContext::advance(qint64 done, qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_progress.done += done;
    m_progress.bytes += bytes;
    report();
}

void JobContext::report() // under m_mutex
{
    if (m_listener)
        m_listener(m_progress);
}

} // namespace poddeck
