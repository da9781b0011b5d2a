#pragma once

#include "jobs/JobContext.h"
#include "util/Error.h"

#include <QPointer>
#include <QString>

namespace poddeck {

class Job;

// One job of this session as the jobs panel keeps it: plain values, so the row outlives the Job, which
// JobRunner deletes soon after it finishes. Times are on the model's clock (milliseconds).
struct JobRecord
{
    enum class State { Running, Cancelling, Done, Failed, Cancelled };

    quint64 id = 0;
    QString title;
    JobContext::Progress progress;
    State state = State::Running;
    Error error; // Failed only
    qint64 startedMs = 0;
    qint64 finishedMs = -1;
    // Where the current stage began, for its ETA: done restarts from 0 with each stage.
    qint64 stageStartedMs = 0;
    QPointer<Job> job; // while running

    bool isFinished() const { return state == State::Done || state == State::Failed || state == State::Cancelled; }
    qint64 elapsedMs(qint64 now) const { return (isFinished() ? finishedMs : now) - startedMs; }
    // Milliseconds until the current stage is done, from its pace so far; -1 when unknown.
    qint64 etaMs(qint64 now) const;
    // Bytes per second over the whole job; -1 when it moves no bytes.
    double bytesPerSecond(qint64 now) const;
};

} // namespace poddeck
