#include "aws/AwsClient.h"

#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace poddeck {

namespace {

// Owns the calling thread's network manager. Worker threads delete it at thread exit; on the main thread
// the application object owns it, so it never outlives QCoreApplication.
struct ThreadNam
{
    QPointer<QNetworkAccessManager> nam;
    bool owned = false;
    ~ThreadNam()
    {
        if (owned)
            delete nam.data();
    }
};

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = QUrl::toAce(url.host());
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QUrl serviceEndpoint(const AwsConfig &config, const AwsRequest &request, const QString &region)
{
    if (!config.endpoint.isEmpty())
        return config.endpoint;
    // Real AWS: <prefix>.<region>.amazonaws.com; global services have one endpoint.
    const QString prefix = request.service.signingName;
    if (!request.service.globalRegion.isEmpty())
        return QUrl(QStringLiteral("https://%1.amazonaws.com").arg(prefix));
    return QUrl(QStringLiteral("https://%1.%2.amazonaws.com").arg(prefix, region));
}

QByteArray joinPath(QByteArray base, const QByteArray &path)
{
    if (base.endsWith('/'))
        base.chop(1);
    return base + (path.startsWith('/') ? path : '/' + path);
}

} // namespace

AwsClient::AwsClient(AwsConfig config) : m_config(std::make_shared<const AwsConfig>(std::move(config))) {}

QString AwsClient::signingRegion(const AwsConfig &config, const AwsRequest &request)
{
    if (!request.region.isEmpty())
        return request.region;
    if (!request.service.globalRegion.isEmpty())
        return request.service.globalRegion;
    return config.region;
}

QUrl AwsClient::requestUrl(const AwsConfig &config, const AwsRequest &request)
{
    QUrl endpoint = serviceEndpoint(config, request, signingRegion(config, request));
    QByteArray path = SigV4Signer::uriEncode(request.path.toUtf8(), true);
    if (!request.bucket.isEmpty()) {
        if (config.s3VirtualHost)
            endpoint.setHost(request.bucket + u'.' + endpoint.host());
        else
            path = joinPath('/' + SigV4Signer::uriEncode(request.bucket.toUtf8(), false), path);
        if (request.path == QLatin1String("/") && !config.s3VirtualHost)
            path = '/' + SigV4Signer::uriEncode(request.bucket.toUtf8(), false); // bucket ops: "/bucket"
    }
    QByteArray encoded = endpoint.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    encoded = joinPath(encoded + endpoint.path(QUrl::FullyEncoded).toLatin1(), path);
    QByteArray query;
    for (const auto &[name, value] : request.queryItems) {
        query += query.isEmpty() ? "" : "&";
        query += SigV4Signer::uriEncode(name.toUtf8(), false) + '=' + SigV4Signer::uriEncode(value.toUtf8(), false);
    }
    if (!query.isEmpty())
        encoded += '?' + query;
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QNetworkRequest AwsClient::buildNetworkRequest(const AwsConfig &config, const AwsRequest &request,
                                               const QDateTime &now)
{
    const QUrl url = requestUrl(config, request);
    SigV4Request s;
    s.method = request.method;
    s.host = hostHeader(url);
    s.path = url.path(QUrl::FullyEncoded).toLatin1(); // exactly what goes on the wire
    s.query = request.queryItems;
    s.headers = request.headers;
    s.headers.append({"Host", s.host});
    s.body = request.body;
    const SigV4Signer signer(config.credentials, signingRegion(config, request), request.service.signingName);
    const SigV4Signature sig = signer.sign(s, now);

    QNetworkRequest nr(url);
    nr.setTransferTimeout(config.timeoutMs);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    nr.setHeader(QNetworkRequest::UserAgentHeader, config.userAgent);
    for (const auto &[name, value] : s.headers)
        nr.setRawHeader(name, value);
    for (const auto &[name, value] : sig.headersToAdd)
        nr.setRawHeader(name, value);
    return nr;
}

QNetworkAccessManager *AwsClient::threadNetworkManager()
{
    thread_local ThreadNam holder;
    if (!holder.nam) {
        auto *nam = new QNetworkAccessManager;
        QCoreApplication *app = QCoreApplication::instance();
        if (app && app->thread() == QThread::currentThread()) {
            nam->setParent(app);
            holder.owned = false;
        } else {
            holder.owned = true;
        }
        holder.nam = nam;
    }
    return holder.nam;
}

AwsCall *AwsClient::sendAsync(const AwsRequest &request, QObject *context, AwsCall::Callback callback) const
{
    auto *call = new AwsCall(threadNetworkManager(), m_config, request, context, std::move(callback));
    // Started from the event loop so a callback never runs before sendAsync() returns.
    QTimer::singleShot(0, call, &AwsCall::start);
    return call;
}

Result<AwsResponse> AwsClient::send(const AwsRequest &request, const std::atomic<bool> *cancel) const
{
    QCoreApplication *app = QCoreApplication::instance();
    if (app && app->thread() == QThread::currentThread() && app->inherits("QGuiApplication"))
        return Error(Error::Code::Unsupported,
                     ErrorText::tr("AwsClient::send() blocks; call it from a worker thread, or use sendAsync()"));
    std::optional<Result<AwsResponse>> result;
    QEventLoop loop;
    QPointer<AwsCall> call = sendAsync(request, &loop, [&](const Result<AwsResponse> &r) {
        result = r;
        loop.quit();
    });
    QTimer poll;
    if (cancel) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancel->load() && call)
                call->abort();
        });
        poll.start(50);
    }
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    poll.stop();
    // Worker threads often run no outer event loop, so deleteLater()'d calls and replies would pile up
    // until the thread ends; flush them here.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (!result)
        return Error(Error::Code::Cancelled, ErrorText::tr("%1 %2 interrupted").arg(request.service.id, request.operation));
    return *result;
}

QUrl AwsClient::presignedUrl(const AwsRequest &request, int expiresSeconds, const QDateTime &now) const
{
    const QUrl url = requestUrl(*m_config, request);
    SigV4Request s;
    s.method = request.method;
    s.host = hostHeader(url);
    s.path = url.path(QUrl::FullyEncoded).toLatin1();
    s.query = request.queryItems;
    const SigV4Signer signer(m_config->credentials, signingRegion(*m_config, request), request.service.signingName);
    const SigV4Signature sig = signer.presign(s, now, expiresSeconds);
    QByteArray encoded = url.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment) + '?' + sig.canonicalQuery;
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace poddeck
