#include "aws/AwsCall.h"

#include "aws/AwsClient.h"
#include "aws/AwsError.h"
#include "util/ErrorText.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace poddeck {

AwsCall::AwsCall(QNetworkAccessManager *nam, std::shared_ptr<const AwsConfig> config, AwsRequest request,
                 QObject *context, Callback callback)
    : m_nam(nam), m_config(std::move(config)), m_request(std::move(request)), m_context(context),
      m_hasContext(context != nullptr), m_callback(std::move(callback))
{
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early: a backoff waits at least its delay
    connect(m_retryTimer, &QTimer::timeout, this, &AwsCall::sendAttempt);
    if (context) // nobody is left to tell: stop quietly
        connect(context, &QObject::destroyed, this, [this] { m_callback = nullptr; abort(); });
}

AwsCall::~AwsCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString AwsCall::what() const
{
    return m_request.service.id + u' ' + m_request.operation;
}

void AwsCall::start()
{
    sendAttempt();
}

void AwsCall::abort()
{
    if (m_done)
        return;
    m_retryTimer->stop();
    m_aborting = true;
    if (m_reply)
        m_reply->abort(); // finishes synchronously through onReplyFinished
    if (!m_done)
        complete(Error(Error::Code::Cancelled, ErrorText::tr("%1 cancelled").arg(what())));
}

void AwsCall::sendAttempt()
{
    if (!m_nam) {
        complete(Error(Error::Code::Network, ErrorText::tr("%1: network manager is gone").arg(what())));
        return;
    }
    ++m_attempt;
    m_body.clear();
    QNetworkRequest request = AwsClient::buildNetworkRequest(*m_config, m_request, QDateTime::currentDateTimeUtc());
    // HEAD through sendCustomRequest makes Qt wait for a body that never comes ("response cut short").
    m_reply = m_request.method == "HEAD" ? m_nam->head(request)
                                         : m_nam->sendCustomRequest(request, m_request.method, m_request.body);
    // Without a bounded read buffer Qt's HTTP thread keeps downloading into memory however slowly we read,
    // so a body past the limit would already be here when we notice it.
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &AwsCall::onReplyData);
    connect(m_reply, &QNetworkReply::readyRead, this, &AwsCall::onReplyData);
    connect(m_reply, &QNetworkReply::finished, this, &AwsCall::onReplyFinished);
}

// Reads the body as it arrives so that neither a declared nor a streamed body past the request's limit
// is ever held: the reply is aborted the moment it breaks the limit.
void AwsCall::onReplyData()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_refused)
        return;
    const qint64 limit = m_request.maxResponseBytes;
    bool ok = false;
    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && declared > limit && m_request.method != "HEAD")
        return refuseOversized(declared, true);
    if (ok && declared > 0 && m_body.isEmpty()) // a lying length must not make us allocate much
        m_body.reserve(qsizetype(std::min<qint64>(declared, 64ll * 1024 * 1024)));
    while (reply->bytesAvailable() > 0) {
        const qint64 room = limit - m_body.size();
        const QByteArray chunk = reply->read(std::min<qint64>(reply->bytesAvailable(), room + 1));
        if (chunk.isEmpty())
            break;
        m_body += chunk;
        if (m_body.size() > limit)
            return refuseOversized(m_body.size(), false);
    }
}

void AwsCall::refuseOversized(qint64 bytes, bool declared)
{
    const QString how = declared ? ErrorText::tr("it declares %1 bytes").arg(bytes)
                                 : ErrorText::tr("it kept sending past that");
    m_refused = Error(Error::Code::LimitExceeded, ErrorText::tr("%1: the answer is larger than the %2 bytes accepted for it (%3)")
                                                      .arg(what())
                                                      .arg(m_request.maxResponseBytes)
                                                      .arg(how));
    m_body.clear();
    m_body.squeeze();
    if (m_reply)
        m_reply->abort(); // finishes through onReplyFinished, which reports m_refused
}

void AwsCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (!m_done && reply->isOpen())
        onReplyData(); // what arrived since the last readyRead
    m_reply = nullptr;
    reply->deleteLater();
    if (m_done)
        return;
    if (m_refused) {
        complete(*m_refused);
        return;
    }

    const QNetworkReply::NetworkError err = reply->error();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = std::exchange(m_body, QByteArray());
    HttpHeaders headers;
    for (const auto &h : reply->rawHeaderPairs())
        headers.append(h);

    if (err == QNetworkReply::OperationCanceledError && m_aborting)
        return; // abort() reports
    // Network-level failures (1-199: connection, timeout, TLS, proxy) even when a status line arrived:
    // a body cut short by the peer closing the connection ends here too.
    const bool networkFailure = err != QNetworkReply::NoError && (int(err) < 200 || !statusAttr.isValid());
    if (networkFailure) {
        const bool timedOut = err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError;
        const QString reason = timedOut
            ? ErrorText::tr("no answer within %1 ms").arg(m_config->timeoutMs)
            : (statusAttr.isValid() ? ErrorText::tr("response cut short (%1)").arg(reply->errorString())
               : err == QNetworkReply::UnknownNetworkError // Qt's "Unknown error" for a reset during an upload
                   ? ErrorText::tr("connection lost or reset by the server (%1)").arg(reply->errorString())
                   : reply->errorString());
        retryOrFail(Error(Error::Code::Network, ErrorText::tr("%1 failed: %2: %3")
                                                    .arg(what(), reply->url().toString(QUrl::RemoveQuery), reason)),
                    timedOut || RetryPolicy::isRetryableNetworkError(err));
        return;
    }

    const int status = statusAttr.toInt();
    if (status < 200 || status >= 300) {
        const AwsError e = AwsError::parse(m_request.service, status, headers, body);
        retryOrFail(e.toError(m_request.service.id, m_request.operation), e.isRetryable());
        return;
    }

    bool ok = false;
    const qint64 expected = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    const bool decoded = !reply->rawHeader("Content-Encoding").isEmpty();
    if (ok && !decoded && m_request.method != "HEAD" && body.size() < expected) {
        retryOrFail(Error(Error::Code::Network, ErrorText::tr("%1 failed: truncated response: got %2 of %3 bytes")
                                                    .arg(what())
                                                    .arg(body.size())
                                                    .arg(expected)),
                    true);
        return;
    }
    complete(decodeSuccess(status, headers, body));
}

Result<AwsResponse> AwsCall::decodeSuccess(int status, const HttpHeaders &headers, const QByteArray &body) const
{
    AwsResponse r;
    r.protocol = m_request.service.protocol;
    r.operation = m_request.operation;
    r.httpStatus = status;
    r.headers = headers;
    r.body = body;
    r.attempts = m_attempt;
    // moto answers operations without output (KMS EnableKeyRotation, DisableKey ...) with "null".
    if (m_request.rawResponse || body.trimmed().isEmpty() || body.trimmed() == "null")
        return r;
    switch (r.protocol) {
    case AwsProtocol::Json:
    case AwsProtocol::RestJson: {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return Error(Error::Code::Corrupt, ErrorText::tr("%1: malformed JSON response at offset %2: %3")
                                                   .arg(what())
                                                   .arg(pe.offset)
                                                   .arg(doc.isNull() ? pe.errorString() : ErrorText::tr("not an object")));
        r.json = doc.object();
        break;
    }
    case AwsProtocol::Query:
    case AwsProtocol::RestXml: {
        Result<XmlNode> xml = XmlNode::parse(body);
        if (!xml)
            return Error(Error::Code::Corrupt, QStringLiteral("%1: %2").arg(what(), xml.error().message));
        r.xml = std::move(xml).value();
        break;
    }
    }
    return r;
}

void AwsCall::retryOrFail(const Error &error, bool retryable)
{
    if (retryable && m_attempt < m_config->retry.maxAttempts && !m_aborting) {
        m_retryTimer->start(m_config->retry.delayMs(m_attempt + 1));
        return;
    }
    Error e = error;
    if (m_attempt > 1)
        e.message = ErrorText::tr("%1 (after %n attempt(s))", nullptr, m_attempt).arg(e.message);
    complete(e);
}

void AwsCall::complete(const Result<AwsResponse> &result)
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer->stop();
    Callback callback = std::move(m_callback);
    m_callback = nullptr;
    if (callback) {
        if (m_hasContext) {
            if (m_context) // queued to the context's thread when it lives elsewhere; dropped if it dies first
                QMetaObject::invokeMethod(m_context, [callback, result] { callback(result); });
        } else {
            callback(result);
        }
    }
    deleteLater();
}

} // namespace poddeck
