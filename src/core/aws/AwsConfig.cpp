#include "aws/AwsConfig.h"

namespace poddeck {

AwsConfig AwsConfig::fromEnvironment(const QProcessEnvironment &env)
{
    AwsConfig c;
    const QString endpoint = env.value(QStringLiteral("AWS_ENDPOINT_URL"));
    c.endpoint = QUrl(endpoint.isEmpty() ? QStringLiteral("http://localhost:4566") : endpoint);
    QString region = env.value(QStringLiteral("AWS_REGION"));
    if (region.isEmpty())
        region = env.value(QStringLiteral("AWS_DEFAULT_REGION"));
    if (!region.isEmpty())
        c.region = region;
    c.credentials = AwsCredentials::resolve(env);
    bool ok = false;
    const int attempts = env.value(QStringLiteral("AWS_MAX_ATTEMPTS")).toInt(&ok);
    if (ok && attempts > 0)
        c.retry.maxAttempts = attempts;
    return c;
}

AwsConfig AwsConfig::forEndpoint(const QUrl &endpoint, const QString &region)
{
    AwsConfig c;
    c.endpoint = endpoint;
    c.region = region;
    c.credentials = AwsCredentials{QStringLiteral("test"), QStringLiteral("test"), QString()};
    return c;
}

} // namespace poddeck
