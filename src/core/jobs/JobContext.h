#pragma once

#include <QMutex>
#include <QString>
#include <atomic>
#include <functional>

namespace poddeck {

// What an operation reports while it runs and how it learns it should stop. Operations are plain
// functions that take a JobContext, so the CLI can run them inline and the GUI on a thread pool (Job).
class JobContext
{
public:
    struct Progress
    {
        QString stage;
        qint64 done = 0;
        qint64 total = 0; // 0 when unknown
        qint64 bytes = 0;
    };
    using Listener = std::function<void(const Progress &)>;

    JobContext() = default;
    explicit JobContext(Listener listener) : m_listener(std::move(listener)) {}

    void setStage(const QString &stage, qint64 total = 0);
    void advance(qint64 done = 1, qint64 bytes = 0);
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }
    const std::atomic<bool> *cancelFlag() const { return &m_cancelled; }
    Progress progress() const
    {
        QMutexLocker lock(&m_mutex);
        return m_progress;
    }

private:
    void report();
    // setStage() and advance() may be called from several worker threads of one operation (parallel
    // adapters, uploads); the progress and the listener's calls are serialized here.
    mutable QMutex m_mutex;
    Listener m_listener;
    Progress m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace poddeck
