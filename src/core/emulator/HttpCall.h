#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>
#include <atomic>

namespace poddeck {

// A plain (unsigned) HTTP call for the emulators' own endpoints: health checks, moto's reset,
// LocalStack's state API. Blocking like AwsClient::send(): for worker threads, the CLI and tests only.
// Any HTTP status is a reply; only transport failures are errors.
struct HttpReply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
};

// `path` ("/_localstack/health") below the endpoint's own path, so an endpoint behind a prefix keeps it.
QUrl endpointUrl(const QUrl &endpoint, const QString &path);

Result<HttpReply> httpCall(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                           const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000,
                           const std::atomic<bool> *cancel = nullptr);

} // namespace poddeck
