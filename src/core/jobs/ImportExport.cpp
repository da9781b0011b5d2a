#include "jobs/ImportExport.h"

#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "bundle/LocalStackZip.h"
#include "jobs/CommitDirectory.h"
#include "jobs/GcLock.h"
#include "jobs/VersionCommit.h"
#include "remote/HttpDownload.h"
#include "remote/ShareCipher.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

namespace poddeck {

namespace {

bool looksLikeZip(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = f.read(4);
    return magic == QByteArray("PK\x03\x04", 4) || magic == QByteArray("PK\x05\x06", 4);
}

// A pod name from a file name: "my state (2).zip" -> "my-state-2".
QString podNameFromFile(const QString &path)
{
    QString name = QFileInfo(path).completeBaseName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^[.-]+|-+$")));
    return name.isEmpty() ? QStringLiteral("imported") : name.left(100);
}

BundleProgress progressOf(JobContext &context)
{
    return [&context](qint64 done, qint64 total) {
        const JobContext::Progress p = context.progress();
        if (total > 0 && p.total != total)
            context.setStage(p.stage, total);
        context.advance(done - context.progress().done);
        return !context.isCancelled();
    };
}

} // namespace

Result<ImportReport> importFile(const ImportRequest &request, JobContext &context)
{
    // Share links: fetch into a temp file (within a size cap), then import that like any file.
    if (HttpDownload::isHttpUrl(request.file) || request.file.startsWith(QLatin1String("file://"))) {
        QUrl url(request.file);
        // An encrypted share's key travels in the fragment, which is never sent to the server.
        const QString fragment = url.fragment(QUrl::FullyDecoded);
        url.setFragment(QString());
        ImportRequest local = request;
        QTemporaryDir tmp;
        if (!tmp.isValid())
            return Error(Error::Code::Io, ErrorText::tr("cannot create a temporary folder: %1").arg(tmp.errorString()));
        if (url.isLocalFile()) {
            local.file = url.toLocalFile();
        } else {
            const QString name = QFileInfo(url.path()).fileName();
            local.file = tmp.filePath(name.isEmpty() ? QStringLiteral("download.pod") : name);
            context.setStage(QCoreApplication::translate("poddeck::Stage", "Downloading %1").arg(HttpDownload::redacted(url)));
            Status st = HttpDownload::toFile(url, local.file, HttpDownload::DefaultMaxBytes, progressOf(context));
            if (!st)
                return st.error();
        }
        if (ShareCipher::isSealed(local.file)) {
            Result<QByteArray> key = ShareCipher::keyFromFragment(fragment);
            if (!key)
                return Error(Error::Code::InvalidArgument,
                             ErrorText::tr("%1 is an encrypted share, and %2").arg(HttpDownload::redacted(url), key.error().message));
            context.setStage(QCoreApplication::translate("poddeck::Stage", "Decrypting the bundle"));
            const QString plain = tmp.filePath(QStringLiteral("decrypted.pod"));
            if (Status st = ShareCipher::openFile(*key, local.file, plain); !st)
                return st.error();
            local.file = plain;
        }
        return importFile(local, context);
    }
    const QFileInfo info(request.file);
    if (!info.isFile())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("%1: no such file").arg(request.file));
    if (ShareCipher::isSealed(request.file))
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("%1 is an encrypted share: import it through its link, #key=... included "
                                    "(`poddeck-cli import 'LINK'`, or paste the link into PodDeck)")
                         .arg(request.file));
    if (!request.pod.isEmpty())
        if (Status st = Catalogue::validatePodName(request.pod); !st)
            return st.error();
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(request.home);
    if (!catalogue)
        return catalogue.error();
    // Until the versions are published: gc must not remove what the import stores or finds already stored.
    Result<std::unique_ptr<GcLock>> gcLock = GcLock::acquire(request.home, GcLock::Mode::Shared, context);
    if (!gcLock)
        return gcLock.error();
    ObjectStore store(request.home);
    ImportReport report;
    QList<Version> versions;
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Verifying %1").arg(info.fileName()), info.size());
    if (looksLikeZip(request.file)) {
        report.format = QStringLiteral("localstack-zip");
        report.pod = request.pod.isEmpty() ? podNameFromFile(request.file) : request.pod;
        Version meta;
        meta.message = QStringLiteral("Imported from %1").arg(info.fileName());
        meta.author = defaultAuthor();
        if ((*catalogue)->hasPod(report.pod))
            if (Result<Version> newest = (*catalogue)->version(report.pod, 0))
                meta.parents.append(newest->id);
        Result<Version> v = LocalStackZip::import(store, request.file, {}, meta, progressOf(context));
        if (!v)
            return v.error();
        versions.append(*v);
    } else {
        report.format = QStringLiteral("pod");
        Result<BundleContents> contents = BundleReader::import(store, request.file, {}, progressOf(context));
        if (!contents)
            return contents.error();
        report.pod = request.pod.isEmpty() ? contents->pod : request.pod;
        if (Status st = Catalogue::validatePodName(report.pod); !st)
            return Error(Error::Code::Corrupt, ErrorText::tr("%1: the bundle names its pod '%2', which is not a valid name; import it with --pod NAME")
                                                   .arg(info.fileName(), contents->pod));
        versions = contents->versions;
    }
    if (context.isCancelled())
        return Error(Error::Code::Cancelled, ErrorText::tr("import cancelled; nothing was added"));
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Recording versions"));
    const int before = (*catalogue)->hasPod(report.pod) ? (*catalogue)->pod(report.pod)->versionCount : 0;
    Result<QList<Version>> published = publishVersions(**catalogue, report.pod, versions, store);
    if (!published)
        return published.error();
    report.versions = *published;
    report.added = (*catalogue)->pod(report.pod)->versionCount - before;
    return report;
}

Result<QList<Version>> exportVersion(const ExportRequest &request, JobContext &context)
{
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(request.home);
    if (!catalogue)
        return catalogue.error();
    QList<Version> versions;
    if (request.wholePod) {
        if (request.ref.number > 0)
            return Error(Error::Code::InvalidArgument, ErrorText::tr("--all exports a whole pod; name the pod without :N"));
        if (!(*catalogue)->hasPod(request.ref.pod))
            return Error(Error::Code::NotFound, ErrorText::tr("no pod named '%1' (see `poddeck-cli list`)").arg(request.ref.pod));
        Result<QList<Version>> all = (*catalogue)->versions(request.ref.pod);
        if (!all)
            return all.error();
        versions = *all;
        if (versions.isEmpty())
            return Error(Error::Code::NotFound, ErrorText::tr("pod '%1' has no versions to export").arg(request.ref.pod));
    } else {
        Result<Version> v = (*catalogue)->version(request.ref.pod, request.ref.number);
        if (!v)
            return v.error();
        versions.append(*v);
    }
    const ObjectStore store(request.home);
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Writing %1").arg(QFileInfo(request.file).fileName()));
    Status st = request.format == ExportFormat::Pod
                    ? BundleWriter::write(store, request.ref.pod, versions, request.file, progressOf(context))
                    : LocalStackZip::exportVersion(store, versions.last(), request.file, progressOf(context));
    if (!st)
        return st.error();
    return versions;
}

} // namespace poddeck
