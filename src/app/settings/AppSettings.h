#pragma once

#include <QString>
#include <QStringList>

namespace poddeck {

struct AwsConfig;

// What the Settings dialog edits, kept in QSettings (never a secret: credentials come from the
// environment or a named AWS profile, which PodDeck only names).
struct AppSettings
{
    enum class Credentials { Environment, Profile };

    QStringList endpoints;      // recent and configured, most recent first
    QString currentEndpoint;    // empty: AWS_ENDPOINT_URL, else http://localhost:4566
    QStringList defaultRegions; // commits snapshot these; empty: every region that holds resources
    Credentials credentials = Credentials::Environment;
    QString profile;            // with Credentials::Profile
    bool followDesktopTheme = true;

    static constexpr int MaxRecentEndpoints = 10;

    static AppSettings load();
    void save() const;
    // Puts `endpoint` first among the recent ones.
    void remember(const QString &endpoint);

    // The instance to talk to under these settings. Reads the AWS environment and credentials file: call
    // it in a job, not on the GUI thread.
    AwsConfig awsConfig(const QString &endpoint) const;
};

} // namespace poddeck
