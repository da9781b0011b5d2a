#include "jobs/InstanceConfig.h"

#include "emulator/EmulatorProbe.h"
#include "jobs/JobContext.h"

#include "store/Catalogue.h"

#include <QCoreApplication>

namespace poddeck {

AwsConfig instanceConfig(const QString &endpointOverride)
{
    AwsConfig config = AwsConfig::fromEnvironment();
    if (!endpointOverride.isEmpty())
        config.endpoint = QUrl::fromUserInput(endpointOverride);
    return config;
}

QString instanceKey(const AwsConfig &config)
{
    return Catalogue::normalizeEndpoint(config.endpoint.toString());
}

Status waitForEndpoint(const AwsConfig &config, int seconds, JobContext &context)
{
    if (seconds <= 0)
        return {};
    const QString endpoint = config.endpoint.toString();
    Result<EmulatorInfo> info = waitForEmulator(config, seconds, [&context, &endpoint](int left) {
        context.setStage(QCoreApplication::translate("poddeck::Stage", "Waiting for the emulator at %1 (%2 s left)").arg(endpoint).arg(left));
    }, context.cancelFlag());
    if (!info)
        return info.error();
    return {};
}

} // namespace poddeck
