#pragma once

#include "aws/AwsConfig.h"
#include "emulator/AwsApiSnapshot.h"
#include "emulator/EmulatorInfo.h"
#include "emulator/NotCaptured.h"
#include "jobs/JobContext.h"
#include "state/Version.h"
#include "util/Result.h"

namespace poddeck {

struct CommitInstanceRequest
{
    QString home;
    QString pod;
    QString message;
    QString author; // empty: defaultAuthor()
    AwsConfig config;
    SnapshotFilter filter;
};

struct CommitInstanceReport
{
    Version version;
    EmulatorInfo emulator;
    QStringList warnings;
    bool nativeState = false; // LocalStack's state API was used
    // Services holding resources no adapter reads, so the version lacks them (where the emulator tells).
    QList<NotCapturedService> notCaptured;
};

// Snapshots a running instance into a new version of `pod` and records it as the instance's head.
// LocalStack with its state API and no filter: the state zip; otherwise the AWS API adapters. A failure
// at any point records nothing.
Result<CommitInstanceReport> commitInstance(const CommitInstanceRequest &request, JobContext &context);

} // namespace poddeck
