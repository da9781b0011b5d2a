#include "app/jobspanel/JobRecord.h"

namespace poddeck {

qint64 JobRecord::etaMs(qint64 now) const
{
    const qint64 done = progress.done, total = progress.total;
    if (isFinished() || total <= 0 || done <= 0 || done >= total)
        return -1;
    const qint64 spent = now - stageStartedMs;
    if (spent <= 0)
        return -1;
    return qint64(double(spent) * double(total - done) / double(done));
}

double JobRecord::bytesPerSecond(qint64 now) const
{
    const qint64 ms = elapsedMs(now);
    if (progress.bytes <= 0 || ms <= 0)
        return -1;
    return double(progress.bytes) * 1000.0 / double(ms);
}

} // namespace poddeck
