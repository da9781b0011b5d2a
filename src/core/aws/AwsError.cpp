#include "aws/AwsError.h"

#include "aws/RetryPolicy.h"
#include "aws/XmlNode.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace poddeck {

namespace {

const QString FailedMarker = QStringLiteral(" failed: ");

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// "aws.protocoltests#FooError:http://internal.amazon.com/..." -> "FooError"
QString cleanCode(QString code)
{
    const qsizetype colon = code.indexOf(u':');
    if (colon >= 0)
        code.truncate(colon);
    const qsizetype hash = code.lastIndexOf(u'#');
    if (hash >= 0)
        code = code.mid(hash + 1);
    return code.trimmed();
}

QString statusText(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 409: return QStringLiteral("Conflict");
    case 412: return QStringLiteral("Precondition Failed");
    case 429: return QStringLiteral("Too Many Requests");
    case 500: return QStringLiteral("Internal Server Error");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    default: return QStringLiteral("HTTP %1").arg(status);
    }
}

} // namespace

AwsError AwsError::parse(const AwsService &service, int httpStatus, const HttpHeaders &headers,
                         const QByteArray &body)
{
    AwsError e;
    e.httpStatus = httpStatus;
    e.requestId = QString::fromUtf8(headerValue(headers, "x-amzn-requestid"));
    if (e.requestId.isEmpty())
        e.requestId = QString::fromUtf8(headerValue(headers, "x-amz-request-id"));

    if (service.protocol == AwsProtocol::Json || service.protocol == AwsProtocol::RestJson) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        e.code = cleanCode(QString::fromUtf8(headerValue(headers, "x-amzn-errortype")));
        if (e.code.isEmpty())
            e.code = cleanCode(o.value(QStringLiteral("__type")).toString());
        if (e.code.isEmpty())
            e.code = o.value(QStringLiteral("code")).toString();
        e.message = o.value(QStringLiteral("message")).toString();
        if (e.message.isEmpty())
            e.message = o.value(QStringLiteral("Message")).toString();
        const QString queryError = QString::fromUtf8(headerValue(headers, "x-amzn-query-error"));
        const QStringList parts = queryError.split(u';');
        if (service.queryCompatible && parts.size() == 2 && !parts[0].isEmpty())
            e.code = parts[0];
    } else if (Result<XmlNode> xml = XmlNode::parse(body)) {
        const XmlNode &error = xml->name() == QLatin1String("Error") ? *xml : xml->child(u"Error");
        e.code = error.textAt(u"Code");
        e.message = error.textAt(u"Message");
        if (e.requestId.isEmpty())
            e.requestId = xml->textAt(u"RequestId").isEmpty() ? error.textAt(u"RequestId") : xml->textAt(u"RequestId");
    }
    if (e.code.isEmpty()) // HEAD answers, proxies, HTML error pages
        e.code = httpStatus == 404 ? QStringLiteral("NotFound") : QString::number(httpStatus);
    if (e.message.isEmpty())
        e.message = statusText(httpStatus);
    return e;
}

bool AwsError::isThrottling() const
{
    return RetryPolicy::isThrottlingCode(code) || httpStatus == 429;
}

bool AwsError::isRetryable() const
{
    return isThrottling() || RetryPolicy::isRetryableStatus(httpStatus);
}

Error AwsError::toError(const QString &serviceId, const QString &operation) const
{
    return Error(Error::Code::Remote, serviceId + u' ' + operation + FailedMarker + code + QStringLiteral(": ") + message);
}

QString AwsError::codeOf(const Error &error)
{
    if (error.code != Error::Code::Remote)
        return {};
    const qsizetype at = error.message.indexOf(FailedMarker);
    if (at < 0)
        return {};
    const qsizetype start = at + FailedMarker.size();
    const qsizetype end = error.message.indexOf(QStringLiteral(": "), start);
    return error.message.mid(start, end < 0 ? -1 : end - start);
}

} // namespace poddeck
