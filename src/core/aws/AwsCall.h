#pragma once

#include "aws/AwsConfig.h"
#include "aws/AwsRequest.h"
#include "aws/AwsResponse.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace poddeck {

// One AWS API call in flight: signs and sends each attempt, retries with backoff, decodes the answer and
// reports once. Lives in the thread that created it (that thread needs an event loop) and deletes itself
// after reporting. Create through AwsClient::sendAsync().
class AwsCall : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<AwsResponse> &)>;

    AwsCall(QNetworkAccessManager *nam, std::shared_ptr<const AwsConfig> config, AwsRequest request,
            QObject *context, Callback callback);
    ~AwsCall() override;

    void start();
    // Stops the call; the callback gets Code::Cancelled (unless its context is gone).
    void abort();
    int attempts() const { return m_attempt; }

private:
    static constexpr qint64 ReadBufferBytes = 4ll * 1024 * 1024;

    void sendAttempt();
    void onReplyFinished();
    void onReplyData();
    void refuseOversized(qint64 bytes, bool declared);
    void retryOrFail(const Error &error, bool retryable);
    void complete(const Result<AwsResponse> &result);
    Result<AwsResponse> decodeSuccess(int status, const HttpHeaders &headers, const QByteArray &body) const;
    QString what() const; // "SQS CreateQueue"

    QPointer<QNetworkAccessManager> m_nam;
    std::shared_ptr<const AwsConfig> m_config;
    AwsRequest m_request;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Callback m_callback;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;              // of the current attempt, read as it streams in
    std::optional<Error> m_refused; // the reply was aborted for breaking a limit: report this, never retry
    QTimer *m_retryTimer = nullptr;
    int m_attempt = 0;
    bool m_aborting = false;
    bool m_done = false;
};

} // namespace poddeck
