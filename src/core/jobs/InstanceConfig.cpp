#include "jobs/InstanceConfig.h"

#include "store/Catalogue.h"

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

} // namespace poddeck
