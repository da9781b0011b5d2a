#include "app/settings/AppSettings.h"

#include "aws/AwsConfig.h"
#include "jobs/InstanceConfig.h"

#include <QDir>
#include <QSettings>

namespace poddeck {

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.endpoints = s.value(QStringLiteral("instance/endpoints")).toStringList();
    a.currentEndpoint = s.value(QStringLiteral("instance/current")).toString();
    a.defaultRegions = s.value(QStringLiteral("instance/regions")).toStringList();
    a.credentials = s.value(QStringLiteral("instance/credentials")).toString() == QLatin1String("profile")
                        ? Credentials::Profile
                        : Credentials::Environment;
    a.profile = s.value(QStringLiteral("instance/profile")).toString();
    a.followDesktopTheme = s.value(QStringLiteral("appearance/followDesktopTheme"), true).toBool();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("instance/endpoints"), endpoints);
    s.setValue(QStringLiteral("instance/current"), currentEndpoint);
    s.setValue(QStringLiteral("instance/regions"), defaultRegions);
    s.setValue(QStringLiteral("instance/credentials"),
               credentials == Credentials::Profile ? QStringLiteral("profile") : QStringLiteral("environment"));
    s.setValue(QStringLiteral("instance/profile"), profile);
    s.setValue(QStringLiteral("appearance/followDesktopTheme"), followDesktopTheme);
}

void AppSettings::remember(const QString &endpoint)
{
    const QString e = endpoint.trimmed();
    if (e.isEmpty())
        return;
    endpoints.removeAll(e);
    endpoints.prepend(e);
    while (endpoints.size() > MaxRecentEndpoints)
        endpoints.removeLast();
    currentEndpoint = e;
}

AwsConfig AppSettings::awsConfig(const QString &endpoint) const
{
    AwsConfig config = instanceConfig(endpoint);
    if (credentials == Credentials::Profile && !profile.isEmpty()) {
        const QString file = qEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE",
                                                  QDir::homePath() + QStringLiteral("/.aws/credentials"));
        if (Result<AwsCredentials> c = AwsCredentials::fromProfileFile(file, profile))
            config.credentials = *c;
    }
    if (!defaultRegions.isEmpty())
        config.region = defaultRegions.first();
    return config;
}

} // namespace poddeck
