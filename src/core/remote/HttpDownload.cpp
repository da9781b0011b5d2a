#include "remote/HttpDownload.h"

#include "aws/AwsClient.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QThread>
#include <QTimer>

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

HttpDownload::HostKind kindOf(const QHostAddress &address)
{
    bool mapped = false;
    const QHostAddress a = address.protocol() == QAbstractSocket::IPv6Protocol && address.toIPv4Address(&mapped) && mapped
        ? QHostAddress(address.toIPv4Address())
        : address;
    if (a.isLoopback() || a == QHostAddress(QHostAddress::AnyIPv4) || a == QHostAddress(QHostAddress::AnyIPv6))
        return HttpDownload::HostKind::Loopback;
    if (a.isLinkLocal())
        return HttpDownload::HostKind::LinkLocal;
    return HttpDownload::HostKind::Other;
}

Result<int> deadlineFromEnvironment()
{
    const QString value = qEnvironmentVariable(HttpDownload::DeadlineVariable);
    if (value.isEmpty())
        return HttpDownload::DefaultDeadlineSeconds;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (!ok || seconds <= 0)
        return Error(Error::Code::InvalidArgument, ErrorText::tr("%1='%2' is not a number of seconds")
                                                       .arg(QLatin1String(HttpDownload::DeadlineVariable), value));
    return seconds;
}

} // namespace

HttpDownload::HostKind HttpDownload::hostKind(const QString &host, bool resolve)
{
    QString h = host.toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h.endsWith(u'.'))
        h.chop(1);
    const QHostAddress literal(h);
    if (!literal.isNull())
        return kindOf(literal);
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return HostKind::Loopback;
    if (!resolve || h.isEmpty())
        return HostKind::Other;
    HostKind kind = HostKind::Other;
    for (const QHostAddress &a : QHostInfo::fromName(h).addresses()) {
        const HostKind k = kindOf(a);
        if (k == HostKind::Loopback)
            return k;
        if (k == HostKind::LinkLocal)
            kind = k;
    }
    return kind;
}

bool HttpDownload::redirectAllowed(const QUrl &link, const QUrl &from, const QUrl &target, QString *why, bool resolve)
{
    auto refuse = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    const QString scheme = target.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return refuse(ErrorText::tr("it is not an http(s) URL"));
    if (from.scheme().toLower() == QLatin1String("https") && scheme == QLatin1String("http"))
        return refuse(ErrorText::tr("it leaves https for plain http"));
    const HostKind to = hostKind(target.host(), resolve);
    if (to == HostKind::Other || to == hostKind(link.host(), resolve))
        return true;
    return refuse(to == HostKind::Loopback ? ErrorText::tr("it points at this machine (a loopback address)")
                                           : ErrorText::tr("it points at a link-local address (like a cloud metadata service)"));
}

bool HttpDownload::isHttpUrl(const QString &text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QString HttpDownload::redacted(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

Status HttpDownload::toFile(const QUrl &url, const QString &path, qint64 maxBytes, const Progress &progress,
                            int deadlineSeconds)
{
    const QString label = redacted(url);
    QCoreApplication *app = QCoreApplication::instance();
    if (app && app->thread() == QThread::currentThread() && app->inherits("QGuiApplication"))
        return Error(Error::Code::Unsupported, ErrorText::tr("downloads block; run them in a job thread"));
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Error(Error::Code::InvalidArgument, ErrorText::tr("%1 is not an http(s) URL").arg(label));
    if (deadlineSeconds <= 0) {
        const Result<int> fromEnv = deadlineFromEnvironment();
        if (!fromEnv)
            return fromEnv.error();
        deadlineSeconds = *fromEnv;
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(Error::Code::Io, ErrorText::tr("cannot write %1: %2").arg(path, out.errorString()));

    QNetworkRequest request(url);
    // Each redirect is checked by redirectAllowed() before it is followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
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
    QObject::connect(reply, &QNetworkReply::redirected, &loop, [&](const QUrl &to) {
        const QUrl from = reply->url();
        const QUrl target = from.resolved(to);
        QString why;
        if (redirectAllowed(url, from, target, &why)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        fail(Error(Error::Code::Remote, ErrorText::tr("%1 redirects to %2, and PodDeck does not follow that: %3. If you trust "
                                                       "that address, import it directly")
                                            .arg(label, redacted(target), why)));
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        fail(Error(Error::Code::Network, ErrorText::tr("the download of %1 did not finish within %2 seconds; if the link is just "
                                                        "slow, allow more time with %3=<seconds>")
                                             .arg(label)
                                             .arg(deadlineSeconds)
                                             .arg(QLatin1String(DeadlineVariable))));
    });
    deadline.start(std::chrono::seconds(deadlineSeconds));
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        bool ok = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && length > maxBytes)
            fail(Error(Error::Code::LimitExceeded, ErrorText::tr("%1 is %2 bytes, more than the %3 allowed").arg(label).arg(length).arg(maxBytes)));
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        const QByteArray chunk = reply->readAll();
        received += chunk.size();
        if (received > maxBytes)
            return fail(Error(Error::Code::LimitExceeded, ErrorText::tr("%1 is larger than the %2 bytes allowed").arg(label).arg(maxBytes)));
        if (out.write(chunk) != chunk.size())
            return fail(Error(Error::Code::Io, ErrorText::tr("cannot write %1: %2").arg(path, out.errorString())));
        if (progress && !progress(received, reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()))
            fail(Error(Error::Code::Cancelled, ErrorText::tr("download of %1 cancelled").arg(label)));
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (status && reply) {
        const QByteArray rest = reply->readAll();
        if (out.write(rest) != rest.size())
            status = Error(Error::Code::Io, ErrorText::tr("cannot write %1: %2").arg(path, out.errorString()));
        received += rest.size();
        if (status && received > maxBytes)
            status = Error(Error::Code::LimitExceeded, ErrorText::tr("%1 is larger than the %2 bytes allowed").arg(label).arg(maxBytes));
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status && reply->error() != QNetworkReply::NoError) {
            status = http >= 400 ? Error(Error::Code::Remote, (http == 403 ? ErrorText::tr("%1 answered HTTP %2 (the link may have expired)")
                                                                      : ErrorText::tr("%1 answered HTTP %2"))
                                                                     .arg(label)
                                                                     .arg(http))
                                 : Error(Error::Code::Network, ErrorText::tr("cannot download %1: %2").arg(label, cleanReason(*reply, url, label)));
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
