#include "jobs/Share.h"

#include "util/DurationText.h"

#include "bundle/BundleWriter.h"
#include "jobs/SyncSupport.h"
#include "remote/EncryptedRemote.h"
#include "remote/RemoteUrl.h"
#include "remote/S3Remote.h"
#include "remote/ShareCipher.h"
#include "store/ObjectStore.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace poddeck {

Result<int> parseDuration(const QString &text)
{
    Result<qint64> parsed = parseDurationText(text);
    if (!parsed)
        return parsed.error();
    const qint64 seconds = *parsed;
    if (seconds < 1 || seconds > S3Remote::MaxShareSeconds)
        return Error(Error::Code::InvalidArgument, ErrorText::tr("a share link lives between 1 second and 7 days; got %1").arg(text));
    return int(seconds);
}

QString newShareId(const QDateTime &expires)
{
    QByteArray random;
    for (int i = 0; i < 2; ++i)
        random += QByteArray::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, '0');
    return QString::number(expires.toSecsSinceEpoch()) + u'-' + QString::fromLatin1(random);
}

QDateTime shareExpiry(const QString &id, const QDateTime &modified)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{9,12})-[0-9a-f]{32}$"));
    if (const QRegularExpressionMatch m = shape.match(id); m.hasMatch())
        return QDateTime::fromSecsSinceEpoch(m.captured(1).toLongLong(), Qt::UTC);
    // Before ids held their expiry, links lived up to 7 days (folder links for ever: a week is what a
    // teammate could reasonably still be about to open).
    return modified.addSecs(S3Remote::MaxShareSeconds);
}

Result<ShareGcReport> removeExpiredShares(Remote &remote, const QDateTime &now, JobContext &context)
{
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Listing shared bundles"));
    Result<QList<Remote::ShareFile>> shares = remote.listShares();
    if (!shares)
        return shares.error();
    ShareGcReport report;
    for (const Remote::ShareFile &share : std::as_const(*shares)) {
        if (context.isCancelled())
            return Error(Error::Code::Cancelled, ErrorText::tr("cancelled"));
        if (!share.modified.isValid() || shareExpiry(share.id, share.modified) > now) {
            ++report.kept;
            continue;
        }
        if (Status st = remote.removeShare(share.id); !st)
            return st.error();
        report.removed.append(share.id);
        report.removedBytes += share.bytes;
    }
    return report;
}

Result<ShareReport> shareVersion(const ShareRequest &request, JobContext &context)
{
    if (request.expiresSeconds < 1 || request.expiresSeconds > S3Remote::MaxShareSeconds)
        return Error(Error::Code::InvalidArgument, ErrorText::tr("a share link lives between 1 second and 7 days"));
    Result<RemoteSession> session = RemoteSession::open(request.home, request.remote);
    if (!session)
        return session.error();
    Remote *target = session->remote.get();
    const bool encryptedRemote = dynamic_cast<EncryptedRemote *>(target) != nullptr;
    if (auto *encrypted = dynamic_cast<EncryptedRemote *>(target))
        target = &encrypted->inner();
    Result<Version> version = session->catalogue->version(request.ref.pod, request.ref.number);
    if (!version)
        return version.error();
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return Error(Error::Code::Io, ErrorText::tr("cannot create a temporary folder: %1").arg(tmp.errorString()));
    QString file = tmp.filePath(QStringLiteral("share.pod"));
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Writing the bundle of %1:%2").arg(version->pod).arg(version->number));
    const ObjectStore store(request.home);
    if (Status st = BundleWriter::write(store, version->pod, {*version}, file); !st)
        return st.error();

    ShareReport report;
    report.version = *version;
    report.encrypted = encryptedRemote && !request.plaintext;
    QByteArray key;
    if (report.encrypted) {
        context.setStage(QCoreApplication::translate("poddeck::Stage", "Encrypting the bundle"));
        key = ShareCipher::newKey();
        const QString sealed = tmp.filePath(QStringLiteral("share.sealed"));
        if (Status st = ShareCipher::sealFile(key, file, sealed); !st)
            return st.error();
        QFile::remove(file);
        file = sealed;
    }
    report.bytes = QFileInfo(file).size();
    report.expires = QDateTime::currentDateTimeUtc().addSecs(request.expiresSeconds);
    report.id = newShareId(report.expires);
    if (const QString why = target->ensureShareExpiry(); !why.isEmpty())
        report.notes.append(ErrorText::tr("%1 will not delete the bundle by itself (%2): run `poddeck-cli gc --remote %3` "
                                           "after %4 to delete it")
                                .arg(session->info.name, why, session->info.name, report.expires.toString(Qt::ISODate)));
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Uploading the bundle"), report.bytes);
    Result<QString> url = target->putShare(report.id, file, request.expiresSeconds, [&context](qint64 bytes) {
        context.advance(bytes, bytes);
    });
    if (!url)
        return url.error();
    report.url = *url;
    if (report.encrypted)
        report.url += u'#' + ShareCipher::fragmentFor(key);
    return report;
}

} // namespace poddeck
