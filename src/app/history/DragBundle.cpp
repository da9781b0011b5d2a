#include "app/history/DragBundle.h"

#include <QDeadlineTimer>

namespace poddeck {

void DragBundle::finish(bool ok)
{
    QMutexLocker lock(&m_mutex);
    m_finished = true;
    m_ok = ok;
    m_finishedCondition.wakeAll();
}

bool DragBundle::isFinished() const
{
    QMutexLocker lock(&m_mutex);
    return m_finished;
}

QString DragBundle::waitForFile(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_requested = true;
    const QDeadlineTimer deadline(ms);
    while (!m_finished)
        if (!m_finishedCondition.wait(&m_mutex, deadline))
            break;
    return m_finished && m_ok ? m_file : QString();
}

bool DragBundle::wasRequested() const
{
    QMutexLocker lock(&m_mutex);
    return m_requested;
}

void DragBundle::dragEnded()
{
    if (m_dragEnded)
        return;
    m_dragEnded = true;
    if (m_onDragEnded)
        m_onDragEnded();
}

} // namespace poddeck
