#include "util/ParallelTasks.h"

#include "util/ErrorText.h"

#include <algorithm>

#include <QMutex>
#include <QSemaphore>
#include <QThreadPool>

namespace poddeck {

namespace {

QThreadPool &pool()
{
    // Its own pool: tasks block on network I/O, which must not starve the global pool's CPU work, and
    // callers may themselves be global-pool jobs.
    static QThreadPool *p = [] {
        auto *tp = new QThreadPool;
        tp->setMaxThreadCount(32);
        return tp;
    }();
    return *p;
}

} // namespace

Status ParallelTasks::forEach(qsizetype count, const std::function<Status(qsizetype)> &task, int inFlight,
                              const std::atomic<bool> *cancel)
{
    if (count <= 0)
        return {};
    const int workers = int(std::min<qsizetype>(count, std::clamp(inFlight, 1, 32)));
    std::atomic<qsizetype> next{0};
    std::atomic<bool> failed{false};
    QMutex mutex;
    Status first;
    QSemaphore done;
    for (int w = 0; w < workers; ++w) {
        pool().start([&] {
            for (;;) {
                if (failed.load() || (cancel && cancel->load()))
                    break;
                const qsizetype i = next.fetch_add(1);
                if (i >= count)
                    break;
                Status st = task(i);
                if (!st) {
                    QMutexLocker lock(&mutex);
                    if (first.ok())
                        first = st;
                    failed = true;
                }
            }
            done.release();
        });
    }
    done.acquire(workers);
    if (first.ok() && cancel && cancel->load())
        return Error(Error::Code::Cancelled, ErrorText::tr("cancelled"));
    return first;
}

} // namespace poddeck
