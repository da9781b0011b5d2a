#pragma once

#include "aws/AwsConfig.h"
#include "jobs/JobContext.h"
#include "store/Catalogue.h"
#include "util/Result.h"

namespace poddeck {

// How far the running instance has moved from its head (the version last committed from or injected into
// it): the live instance diffed against the head, for the services the head holds only.
struct InstanceDrift
{
    enum class State {
        NoHead,  // nothing was committed from or injected into this instance
        InSync,  // the instance equals its head
        Changed, // `changes` resources differ
        Unknown, // not checked: the head is too big to read the instance on every refresh (see `why`)
    };
    State state = State::NoHead;
    InstanceHead head;
    int added = 0, removed = 0, modified = 0;
    qint64 headResources = 0;
    QString why;

    int changes() const { return added + removed + modified; }
};

// A head holding more resources than this is only checked when asked (`force`).
inline constexpr qint64 AutoDriftLimit = 2000;

// Reads the instance for the services its head holds and diffs it against the head (no details). SQS
// messages are not read (a read hides them from consumers and counts as a receive), so they are not
// compared either. Changes nothing, records nothing.
Result<InstanceDrift> instanceDrift(const QString &home, const AwsConfig &config, bool force, JobContext &context);

} // namespace poddeck
