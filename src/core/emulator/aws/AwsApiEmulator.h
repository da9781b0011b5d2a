#pragma once

#include "emulator/Emulator.h"

namespace poddeck {

// Any endpoint that speaks the AWS APIs (real AWS, or an emulator PodDeck does not know): snapshot and
// apply through the adapters (AdapterRegistry), nothing else. It refuses to reset: on real AWS that would
// destroy an account. moto/ and localstack/ build on it and add what their emulator can do.
class AwsApiEmulator : public Emulator
{
public:
    AwsApiEmulator(AwsConfig config, EmulatorInfo info) : Emulator(std::move(config), std::move(info)) {}

    EmulatorCapabilities capabilities() const override;
    Result<SnapshotSummary> snapshot(Read purpose, const SnapshotFilter &filter, const SnapshotContext::Sink &sink,
                                     const std::atomic<bool> *cancel,
                                     const std::function<void(const QString &stage)> &progress = {}) const override;
    ApplyReport apply(const InjectPlan &plan, const ObjectStore &store, const std::atomic<bool> *cancel,
                      const std::function<void(qint64 done, qint64 total)> &progress = {}) const override;
    Status reset(const QStringList &services, ObjectStore &scratch, const std::atomic<bool> *cancel) const override;

protected:
    // Deletes everything the adapters of `services` find, in reverse restore order: a reset for emulators
    // that cannot reset some services alone. Resources pass through `scratch` unflushed.
    Status deleteThroughAdapters(const QStringList &services, ObjectStore &scratch, const std::atomic<bool> *cancel) const;
    // POST to one of the emulator's own routes; any status but 2xx is an error naming it.
    Status post(const QString &path) const;
};

} // namespace poddeck
