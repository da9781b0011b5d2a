#pragma once

#include "aws/AwsCall.h"
#include "aws/AwsConfig.h"
#include "aws/AwsRequest.h"
#include "aws/AwsResponse.h"
#include "util/Result.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace poddeck {

// Sends AWS API calls to one endpoint. A cheap value: copies share one immutable config, and it may be
// used from any thread. Network I/O happens on a QNetworkAccessManager owned by the calling thread
// (one per thread, created on first use), so calls made on a thread are served by that thread's event loop.
//
//   Async (GUI thread, jobs with an event loop):
//     client.sendAsync(AwsRequest::json(AwsService::dynamodb(), "ListTables"), this,
//                      [](const Result<AwsResponse> &r) { ... });
//   Blocking (QThreadPool workers, the CLI, tests):
//     Result<AwsResponse> r = client.send(request);
//
// send() spins a local QEventLoop in the calling thread until the call finishes. That is the one
// sanctioned nested loop: it is refused on the GUI thread (Code::Unsupported), where it would re-enter
// event handlers.
class AwsClient
{
public:
    explicit AwsClient(AwsConfig config = AwsConfig::fromEnvironment());

    const AwsConfig &config() const { return *m_config; }

    // Starts the call on the calling thread (which must run an event loop). `callback` runs once, in the
    // thread of `context`, unless `context` is destroyed first (then the call is aborted and nobody is
    // told). With a null context the callback runs in the calling thread. The returned call deletes itself
    // after reporting; keep a QPointer to abort() it.
    AwsCall *sendAsync(const AwsRequest &request, QObject *context, AwsCall::Callback callback) const;

    // Blocking form for worker threads; `cancel`, when given, is polled and aborts the call (Code::Cancelled).
    Result<AwsResponse> send(const AwsRequest &request, const std::atomic<bool> *cancel = nullptr) const;

    // A presigned URL (query-string SigV4) that anyone can use until it expires: S3 share links.
    QUrl presignedUrl(const AwsRequest &request, int expiresSeconds,
                      const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Addressing: endpoint + (path-style bucket) + encoded path + query.
    QUrl url(const AwsRequest &request) const { return requestUrl(*m_config, request); }
    static QUrl requestUrl(const AwsConfig &config, const AwsRequest &request);
    static QString signingRegion(const AwsConfig &config, const AwsRequest &request);
    // The signed QNetworkRequest for one attempt (AwsCall uses it; tests inspect it).
    static QNetworkRequest buildNetworkRequest(const AwsConfig &config, const AwsRequest &request,
                                               const QDateTime &now);
    // The calling thread's network manager; deleted when the thread ends (main thread: with the application).
    static QNetworkAccessManager *threadNetworkManager();

private:
    std::shared_ptr<const AwsConfig> m_config;
};

} // namespace poddeck
