#include "jobs/Share.h"

#include "bundle/BundleWriter.h"
#include "jobs/SyncSupport.h"
#include "remote/EncryptedRemote.h"
#include "remote/RemoteUrl.h"
#include "remote/S3Remote.h"
#include "store/ObjectStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace poddeck {

Result<int> parseDuration(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,9})([smhd]?)$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return Error(Error::Code::InvalidArgument, QStringLiteral("'%1' is not a duration (like 7d, 12h, 30m or 3600)").arg(text));
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 seconds = n * (unit == QLatin1String("d") ? 86400 : unit == QLatin1String("h") ? 3600 : unit == QLatin1String("m") ? 60 : 1);
    if (seconds < 1 || seconds > S3Remote::MaxShareSeconds)
        return Error(Error::Code::InvalidArgument, QStringLiteral("a share link lives between 1 second and 7 days; got %1").arg(text));
    return int(seconds);
}

Result<ShareReport> shareVersion(const ShareRequest &request, JobContext &context)
{
    Result<RemoteSession> session = RemoteSession::open(request.home, request.remote);
    if (!session)
        return session.error();
    Remote *target = session->remote.get();
    if (auto *encrypted = dynamic_cast<EncryptedRemote *>(target)) {
        if (!request.plaintext)
            return Error(Error::Code::Unsupported,
                         QStringLiteral("remote '%1' is encrypted, and a link to ciphertext is of no use to whoever opens it: share from "
                                        "an unencrypted remote, or pass --plaintext to upload this one version unencrypted")
                             .arg(session->info.name));
        target = &encrypted->inner();
    }
    Result<Version> version = session->catalogue->version(request.ref.pod, request.ref.number);
    if (!version)
        return version.error();
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return Error(Error::Code::Io, QStringLiteral("cannot create a temporary folder: %1").arg(tmp.errorString()));
    const QString file = tmp.filePath(QStringLiteral("share.pod"));
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Writing the bundle of %1:%2").arg(version->pod).arg(version->number));
    const ObjectStore store(request.home);
    if (Status st = BundleWriter::write(store, version->pod, {*version}, file); !st)
        return st.error();

    ShareReport report;
    report.version = *version;
    report.bytes = QFileInfo(file).size();
    report.id = QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, '0') +
                                    QByteArray::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, '0'));
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Uploading the bundle"), report.bytes);
    Result<QString> url = target->putShare(report.id, file, request.expiresSeconds, [&context](qint64 bytes) {
        context.advance(bytes, bytes);
    });
    if (!url)
        return url.error();
    report.url = *url;
    if (session->remote->url().kind == RemoteUrl::Kind::S3)
        report.expires = QDateTime::currentDateTimeUtc().addSecs(std::min(request.expiresSeconds, S3Remote::MaxShareSeconds));
    return report;
}

} // namespace poddeck
