#pragma once

#include "jobs/JobContext.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>

namespace poddeck {

// One operation running on JobRunner's thread pool, as the GUI thread sees it: a title, the latest
// progress the worker reported, a way to ask it to stop, and (once finished) its error, if any.
// Lives in the GUI thread; only context() is touched by the worker.
class Job : public QObject
{
    Q_OBJECT

public:
    explicit Job(const QString &title, QObject *parent = nullptr);

    QString title() const { return m_title; }
    JobContext::Progress progress() const { return m_progress; }
    bool isRunning() const { return m_running; }
    qint64 runningMs() const { return m_started.elapsed(); }
    bool isCancelRequested() const { return m_context.isCancelled(); }
    // Set when the job has finished; code None on success.
    Error error() const { return m_error; }

    // What the worker reports through and polls for cancellation.
    JobContext &context() { return m_context; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progressChanged();
    void cancelRequested();

private:
    friend class JobRunner;
    void forwardProgress(const JobContext::Progress &progress); // worker thread
    void deliverProgress();                                     // GUI thread
    void finish(const Error &error);

    QString m_title;
    JobContext m_context;
    JobContext::Progress m_progress;
    Error m_error;
    bool m_running = true;
    QElapsedTimer m_started;
    // The worker's latest progress waits here; at most one delivery is queued at a time, so a job that
    // advances per object cannot flood the GUI thread's event queue, and the latest report always lands.
    QMutex m_pendingMutex;
    JobContext::Progress m_pending;
    std::atomic<bool> m_deliveryQueued{false};
};

} // namespace poddeck
