#pragma once

#include "aws/AwsConfig.h"
#include "emulator/AwsApiSnapshot.h"
#include "emulator/EmulatorInfo.h"
#include "emulator/NotCaptured.h"
#include "emulator/PlanApplier.h"
#include "util/Result.h"

#include <QMap>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace poddeck {

class ObjectStore;

// What an emulator can and cannot give back or do, so jobs ask this instead of its kind.
struct EmulatorCapabilities
{
    bool reset = false;              // empties itself on request (moto, LocalStack); never real AWS
    bool nativeState = false;        // LocalStack's licensed state API: the whole state as its own zip
    bool lambdaCode = false;         // Lambda code zips come back (PodDeck's moto entry point, "lambda-code")
    bool sqsPeek = false;            // SQS messages read without receiving them (entry point, "sqs-peek")
    bool life = false;               // names its life (entry point's boot id, LocalStack's session)
    bool survey = false;             // says what it holds, services without an adapter too (not-captured)
    bool surveyKeepsDeleted = false; // that survey counts deleted objects until a reset (moto's model listing)
};

// LocalStack's answer to loading a state zip: one line per service, those with status "error" again.
struct NativeLoadReport
{
    QStringList messages; // "sqs: ok", "s3: error <message>"
    QStringList failures;
};

// One emulator at an endpoint (DESIGN.md "Emulators"): what the probe found, what it can do, and the
// operations every job goes through — snapshot, apply, reset, and what it holds that PodDeck cannot read.
// open() picks the implementation from the probe: moto/ (moto, through PodDeck's entry point or not),
// localstack/ (with or without the licensed state API), aws/ (any other AWS endpoint). moto and LocalStack
// build on the AWS API one, whose adapters read and write resources everywhere. Jobs never branch on the
// kind: they ask capabilities(), and an operation an emulator cannot do answers Code::Unsupported with a
// message saying what to do instead. Blocking, like the probe: worker threads, the CLI and tests.
class Emulator
{
public:
    // Probes the endpoint and returns the implementation that fits; the probe's error when nothing answers.
    static Result<std::unique_ptr<Emulator>> open(const AwsConfig &config);
    // The implementation for an earlier probe's answer (no call is made).
    static std::unique_ptr<Emulator> forInfo(const AwsConfig &config, const EmulatorInfo &info);

    virtual ~Emulator() = default;

    const EmulatorInfo &info() const { return m_info; }
    const AwsConfig &config() const { return m_config; }
    virtual EmulatorCapabilities capabilities() const = 0;
    // Who answers, for messages: "moto", "LocalStack without the state API", "aws".
    virtual QString describe() const;
    // What a change of info().life means, for messages: "boot id changed".
    virtual QString lifeChange() const;

    // Commit: a version is being recorded (Lambda code is read where the emulator gives it back). Live: a
    // read for a diff or merge, which takes code from the instance head instead.
    enum class Read { Commit, Live };
    // Reads the instance through the AWS API adapters (AwsApiSnapshot.h), through the emulator's read-only
    // routes where it has them (SQS peeking, Lambda code).
    virtual Result<SnapshotSummary> snapshot(Read purpose, const SnapshotFilter &filter, const SnapshotContext::Sink &sink,
                                             const std::atomic<bool> *cancel,
                                             const std::function<void(const QString &stage)> &progress = {}) const = 0;
    // Applies a plan through the AWS API adapters (PlanApplier.h).
    virtual ApplyReport apply(const InjectPlan &plan, const ObjectStore &store, const std::atomic<bool> *cancel,
                              const std::function<void(qint64 done, qint64 total)> &progress = {}) const = 0;
    // Empties the instance, or only `services`. `scratch` holds what an emulator that resets by deleting
    // needs to read first (nothing is flushed). Unsupported where capabilities().reset is false.
    virtual Status reset(const QStringList &services, ObjectStore &scratch, const std::atomic<bool> *cancel) const = 0;

    // Resources per service as the emulator counts them, every service, objects it made by itself left
    // out (NotCaptured.h); an empty map where it cannot tell (capabilities().survey is false).
    virtual Result<QMap<QString, int>> resourceCounts(const std::atomic<bool> *cancel = nullptr) const;
    // The services among resourceCounts() that hold resources and have no adapter (a commit leaves them out).
    Result<QList<NotCapturedService>> notCaptured(const std::atomic<bool> *cancel = nullptr) const;

    // capabilities().nativeState: the whole state in the emulator's own format, and loading one with a
    // strategy (LocalStack's names). Elsewhere Unsupported.
    virtual Result<QByteArray> nativeState(const std::atomic<bool> *cancel) const;
    virtual Result<NativeLoadReport> loadNativeState(const QByteArray &zip, const QString &strategy,
                                                     const std::atomic<bool> *cancel) const;

protected:
    Emulator(AwsConfig config, EmulatorInfo info) : m_config(std::move(config)), m_info(std::move(info)) {}

    AwsConfig m_config;
    EmulatorInfo m_info;
};

} // namespace poddeck
