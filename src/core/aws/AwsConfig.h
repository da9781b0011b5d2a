#pragma once

#include "aws/AwsCredentials.h"
#include "aws/RetryPolicy.h"

#include <QProcessEnvironment>
#include <QUrl>

namespace poddeck {

// Where and as whom to talk AWS. One endpoint serves every service (an emulator); an empty endpoint
// means real AWS (https://<prefix>.<region>.amazonaws.com).
struct AwsConfig
{
    QUrl endpoint;
    QString region = QStringLiteral("us-east-1");
    AwsCredentials credentials;
    RetryPolicy retry;
    int timeoutMs = 30000;       // per attempt, no bytes moving (QNetworkRequest::setTransferTimeout)
    bool s3VirtualHost = false;  // bucket.host/key instead of host/bucket/key
    QString userAgent = QStringLiteral("PodDeck/" PODDECK_VERSION);

    // AWS_ENDPOINT_URL (else http://localhost:4566), AWS_REGION / AWS_DEFAULT_REGION (else us-east-1),
    // AwsCredentials::resolve(), AWS_MAX_ATTEMPTS.
    static AwsConfig fromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // A config for an emulator at `endpoint` with test/test credentials.
    static AwsConfig forEndpoint(const QUrl &endpoint, const QString &region = QStringLiteral("us-east-1"));
};

} // namespace poddeck
