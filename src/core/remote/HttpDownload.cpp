#include "remote/HttpDownload.h"

#include "aws/AwsClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QThread>

namespace poddeck {

namespace {

// Qt's error strings may quote the URL, signature and all.
QString cleanReason(const QNetworkReply &reply, const QUrl &url, const QString &label)
{
    QString why = reply.errorString();
    why.replace(url.toString(QUrl::FullyEncoded), label);
    why.replace(url.toString(), label);
    why.replace(reply.url().toString(QUrl::FullyEncoded), label);
    why.replace(reply.url().toString(), label);
    return why;
}

} // namespace

bool HttpDownload::isHttpUrl(const QString &text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QString HttpDownload::redacted(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

Status HttpDownload::toFile(const QUrl &url, const QString &path, qint64 maxBytes, const Progress &progress)
{
    const QString label = redacted(url);
    QCoreApplication *app = QCoreApplication::instance();
    if (app && app->thread() == QThread::currentThread() && app->inherits("QGuiApplication"))
        return Error(Error::Code::Unsupported, QStringLiteral("downloads block; run them in a job thread"));
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Error(Error::Code::InvalidArgument, QStringLiteral("%1 is not an http(s) URL").arg(label));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(Error::Code::Io, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(60000);
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("PodDeck/" PODDECK_VERSION));
    QPointer<QNetworkReply> reply = AwsClient::threadNetworkManager()->get(request);

    Status status;
    qint64 received = 0;
    QEventLoop loop;
    auto fail = [&](Error e) {
        if (status)
            status = std::move(e);
        if (reply)
            reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        bool ok = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && length > maxBytes)
            fail(Error(Error::Code::LimitExceeded, QStringLiteral("%1 is %2 bytes, more than the %3 allowed").arg(label).arg(length).arg(maxBytes)));
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        const QByteArray chunk = reply->readAll();
        received += chunk.size();
        if (received > maxBytes)
            return fail(Error(Error::Code::LimitExceeded, QStringLiteral("%1 is larger than the %2 bytes allowed").arg(label).arg(maxBytes)));
        if (out.write(chunk) != chunk.size())
            return fail(Error(Error::Code::Io, QStringLiteral("cannot write %1: %2").arg(path, out.errorString())));
        if (progress && !progress(received, reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()))
            fail(Error(Error::Code::Cancelled, QStringLiteral("download of %1 cancelled").arg(label)));
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (status && reply) {
        const QByteArray rest = reply->readAll();
        if (out.write(rest) != rest.size())
            status = Error(Error::Code::Io, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
        received += rest.size();
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status && reply->error() != QNetworkReply::NoError) {
            status = http >= 400 ? Error(Error::Code::Remote, QStringLiteral("%1 answered HTTP %2%3").arg(label).arg(http)
                                                                  .arg(http == 403 ? QStringLiteral(" (the link may have expired)") : QString()))
                                 : Error(Error::Code::Network, QStringLiteral("cannot download %1: %2").arg(label, cleanReason(*reply, url, label)));
        }
    }
    if (reply)
        reply->deleteLater();
    out.close();
    if (!status)
        QFile::remove(path);
    return status;
}

} // namespace poddeck
