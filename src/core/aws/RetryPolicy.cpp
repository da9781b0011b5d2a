#include "aws/RetryPolicy.h"

#include <QRandomGenerator>
#include <algorithm>

namespace poddeck {

int RetryPolicy::delayMs(int nextAttempt) const
{
    const int exponent = std::clamp(nextAttempt - 2, 0, 30);
    const double ceiling = std::min<double>(maxDelayMs, double(baseDelayMs) * double(1u << exponent));
    const double unit = random ? std::clamp(random(), 0.0, 1.0) : QRandomGenerator::global()->generateDouble();
    return int(ceiling * unit);
}

bool RetryPolicy::isThrottlingCode(QStringView code)
{
    // botocore's standard retry mode list, plus the codes the emulators use.
    static const char *const codes[] = {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "TransactionInProgressException",
        "RequestLimitExceeded",
        "BandwidthLimitExceeded",
        "LimitExceededException",
        "RequestThrottled",
        "SlowDown",
        "PriorRequestNotComplete",
        "EC2ThrottledException",
    };
    for (const char *c : codes) {
        if (code == QLatin1String(c))
            return true;
    }
    return false;
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 500 || httpStatus == 502 || httpStatus == 503
        || httpStatus == 504;
}

bool RetryPolicy::isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

} // namespace poddeck
