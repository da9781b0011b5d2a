#pragma once

#include "emulator/aws/AwsApiEmulator.h"

namespace poddeck {

// LocalStack: the AWS API backend plus its own routes — POST /_localstack/state[/<service>]/reset, its
// resource listing (GET /_localstack/resources) and its session (the life). Where the licensed state API
// answers (EmulatorInfo::stateApi) the whole state also travels as LocalStack's zip: GET
// /_localstack/pods/state, POST /_localstack/pods?merge=<strategy>. Without it, PodDeck uses the AWS APIs
// and the probe's notice says so.
class LocalStackEmulator : public AwsApiEmulator
{
public:
    using AwsApiEmulator::AwsApiEmulator;

    EmulatorCapabilities capabilities() const override;
    QString describe() const override;
    QString lifeChange() const override;
    Status reset(const QStringList &services, ObjectStore &scratch, const std::atomic<bool> *cancel) const override;
    Result<QMap<QString, int>> resourceCounts(const std::atomic<bool> *cancel = nullptr) const override;
    Result<QByteArray> nativeState(const std::atomic<bool> *cancel) const override;
    Result<NativeLoadReport> loadNativeState(const QByteArray &zip, const QString &strategy,
                                             const std::atomic<bool> *cancel) const override;
};

} // namespace poddeck
