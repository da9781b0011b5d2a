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
    int waitForEndpointSeconds = 0; // > 0: wait up to this long for the emulator to answer first
    SnapshotFilter filter; // filter.options.attachedCode: zips from `--attach-code`
};

// A Lambda function or layer the version holds without code: it cannot be re-created until a zip is
// attached (`commit --attach-code <attachKey>=FILE.zip`, or Attach Code… in the GUI).
struct MissingCode
{
    QString path;
    QString what;      // "function fn1 (123456789012/us-east-1)"
    QString attachKey; // "fn1" or "layer:<name>:<version>"
};

struct CommitInstanceReport
{
    Version version;
    EmulatorInfo emulator;
    QStringList warnings;
    bool nativeState = false; // LocalStack's state API was used
    // Services holding resources no adapter reads, so the version lacks them (where the emulator tells).
    QList<NotCapturedService> notCaptured;
    QList<MissingCode> missingCode;
};

// Snapshots a running instance into a new version of `pod` and records it as the instance's head.
// LocalStack with its state API and no filter: the state zip; otherwise the AWS API adapters. A failure
// at any point records nothing. When the probe sees PodDeck's moto entry point ("lambda-code"), Lambda code
// is read through it; an attached zip whose name matches no function or layer is an error.
Result<CommitInstanceReport> commitInstance(const CommitInstanceRequest &request, JobContext &context);

} // namespace poddeck
