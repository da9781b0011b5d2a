#include "app/jobs/JobRunner.h"

namespace poddeck {

JobRunner::JobRunner(QObject *parent) : QObject(parent)
{
    // A pool of our own: the core's operations use the global pool for their inner parallel work
    // (QtConcurrent::blockingMapped), and must not wait for a slot behind the jobs that called them.
    m_pool.setObjectName(QStringLiteral("PodDeckJobs"));
    m_pool.setMaxThreadCount(qMax(2, QThread::idealThreadCount() / 2));
}

JobRunner::~JobRunner()
{
    cancelAll();
    m_pool.waitForDone();
}

void JobRunner::cancelAll()
{
    for (Job *job : std::as_const(m_running))
        job->cancel();
}

Job *JobRunner::startJob(const QString &title)
{
    Job *job = new Job(title, this);
    m_running.append(job);
    Q_EMIT jobStarted(job);
    return job;
}

void JobRunner::finishJob(Job *job)
{
    m_running.removeOne(job);
    Q_EMIT jobFinished(job);
    job->deleteLater();
}

} // namespace poddeck
