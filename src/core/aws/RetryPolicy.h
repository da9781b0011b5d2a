#pragma once

#include <QNetworkReply>
#include <QStringView>
#include <functional>

namespace poddeck {

// When and how long to wait before trying a request again: throttling codes, 5xx answers and connection
// failures are retried with exponential backoff and full jitter (delay = random(0, min(cap, base * 2^n))).
struct RetryPolicy
{
    int maxAttempts = 4;    // total tries, including the first
    int baseDelayMs = 100;  // upper bound of the first delay
    int maxDelayMs = 20000; // cap of every delay
    // Uniform in [0, 1]; tests pin it to make delays exact. Empty means QRandomGenerator::global().
    std::function<double()> random;

    // Delay before attempt `nextAttempt` (2 for the first retry).
    int delayMs(int nextAttempt) const;

    static bool isThrottlingCode(QStringView code);
    static bool isRetryableStatus(int httpStatus);
    static bool isRetryableNetworkError(QNetworkReply::NetworkError error);
};

} // namespace poddeck
