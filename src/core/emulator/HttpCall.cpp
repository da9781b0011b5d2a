#include "emulator/HttpCall.h"

#include "aws/AwsClient.h"
#include "util/ErrorText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

namespace poddeck {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QUrl endpointUrl(const QUrl &endpoint, const QString &path)
{
    QUrl u = endpoint;
    QString base = u.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + path);
    return u;
}

Result<HttpReply> httpCall(const QByteArray &method, const QUrl &url, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs,
                           const std::atomic<bool> *cancel)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (app && app->thread() == QThread::currentThread() && app->inherits("QGuiApplication"))
        return Error(Error::Code::Unsupported, ErrorText::tr("blocking HTTP call on the GUI thread (a bug: run it as a job)"));
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkAccessManager *nam = AwsClient::threadNetworkManager();
    QNetworkReply *reply = nam->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    if (cancel) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancel->load())
                reply->abort();
        });
        poll.start(100);
    }
    if (!reply->isFinished())
        loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError err = reply->error();
    const QString errText = reply->errorString();
    out.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.append(pair);
    delete reply; // finished: safe, and this thread may have no event loop to run deleteLater
    if (cancel && cancel->load())
        return Error(Error::Code::Cancelled, ErrorText::tr("cancelled"));
    if (out.status == 0) {
        if (err == QNetworkReply::OperationCanceledError)
            return Error(Error::Code::Network, ErrorText::tr("%1 did not answer within %2 s").arg(url.toString(QUrl::RemoveQuery)).arg(timeoutMs / 1000));
        return Error(Error::Code::Network, QStringLiteral("%1: %2").arg(url.toString(QUrl::RemoveQuery), errText));
    }
    return out;
}

} // namespace poddeck
