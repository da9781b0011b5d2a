#pragma once

#include "app/jobs/Job.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent>

#include <memory>
#include <optional>
#include <type_traits>

namespace poddeck {

// Runs operations (anything callable as `Result<T>(JobContext &)` or `Status(JobContext &)`) on a thread
// pool of its own and hands their result back on the GUI thread. Nothing here blocks the GUI thread
// except the destructor, which asks running jobs to stop and waits for them.
//
//     m_jobs->run(tr("Loading pods"), [home](JobContext &c) { return loadPods(home, c); },
//                 this, [this](Result<QList<PodInfo>> pods) { ... });
//
// `done` runs on the GUI thread, and only while `context` is alive (KeePassXC's AsyncTask habit).
class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    template<typename Work, typename Done>
    Job *run(const QString &title, Work work, QObject *context, Done done);

    QList<Job *> runningJobs() const { return m_running; }
    bool isIdle() const { return m_running.isEmpty(); }
    void cancelAll();

Q_SIGNALS:
    void jobStarted(poddeck::Job *job);
    // After the job's own `done` callback; job->error() tells how it went. The job is deleted later.
    void jobFinished(poddeck::Job *job);

private:
    Job *startJob(const QString &title);
    void finishJob(Job *job);

    QThreadPool m_pool;
    QList<Job *> m_running;
};

template<typename Work, typename Done>
Job *JobRunner::run(const QString &title, Work work, QObject *context, Done done)
{
    using R = std::invoke_result_t<Work &, JobContext &>;
    static_assert(std::is_constructible_v<Status, const R &>, "a job returns Status or Result<T>");

    Job *job = startJob(title);
    // The result travels in a shared slot rather than through QFuture<R>, which would want R to be
    // default-constructible.
    auto slot = std::make_shared<std::optional<R>>();
    JobContext *jobContext = &job->context();
    auto *watcher = new QFutureWatcher<void>(job);
    QPointer<QObject> guard(context);
    connect(watcher, &QFutureWatcher<void>::finished, this,
            [this, job, slot, guard, done = std::move(done)]() mutable {
                if (!slot->has_value()) // the work threw: nothing in poddeck should, but say so if it did
                    slot->emplace(Error(Error::Code::Io, tr("The operation stopped unexpectedly.")));
                const Error error = Status(**slot).error();
                job->finish(error);
                if (guard)
                    done(std::move(**slot));
                finishJob(job);
            });
    watcher->setFuture(QtConcurrent::run(&m_pool, [work = std::move(work), slot, jobContext]() mutable {
        slot->emplace(work(*jobContext));
    }));
    return job;
}

} // namespace poddeck
