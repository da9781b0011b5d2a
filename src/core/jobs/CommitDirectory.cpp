#include "jobs/CommitDirectory.h"

#include "state/ResourcePath.h"
#include "jobs/GcLock.h"
#include "jobs/VersionCommit.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "store/StateBuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QUrl>
#include <QtConcurrent>

#include <pwd.h>
#include <unistd.h>

namespace poddeck {

QString defaultAuthor()
{
    const QString env = qEnvironmentVariable("PODDECK_AUTHOR");
    if (!env.isEmpty())
        return env;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty()) {
        const passwd *pw = getpwuid(getuid());
        user = pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("unknown");
    }
    return user + QLatin1Char('@') + QHostInfo::localHostName();
}

namespace {

struct FileResult
{
    Resource resource;
    Error error;
};

} // namespace

Result<Version> commitDirectory(const CommitDirectoryRequest &request, JobContext &context)
{
    const QFileInfo dirInfo(request.directory);
    if (!dirInfo.isDir())
        return Error(Error::Code::InvalidArgument,
                     QStringLiteral("'%1' is not a directory").arg(QDir::toNativeSeparators(request.directory)));
    if (Status st = Catalogue::validatePodName(request.pod); !st)
        return st.error();
    const QDir dir(dirInfo.absoluteFilePath());
    const QString endpoint = QUrl::fromLocalFile(dir.absolutePath()).toString();

    context.setStage(QStringLiteral("Scanning %1").arg(QDir::toNativeSeparators(dir.absolutePath())));
    QStringList files;
    QDirIterator it(dir.absolutePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(dir.relativeFilePath(it.next()));
    std::sort(files.begin(), files.end());

    // Until the version is published: gc must not remove what it stores or finds already stored.
    Result<std::unique_ptr<GcLock>> gcLock = GcLock::acquire(request.home, GcLock::Mode::Shared, context);
    if (!gcLock)
        return gcLock.error();
    ObjectStore store(request.home);
    context.setStage(QStringLiteral("Storing files"), files.size());
    // Hashing and compressing are the work; spread them over the cores. ObjectStore::put is thread-safe.
    const QList<FileResult> results = QtConcurrent::blockingMapped(files, [&](const QString &rel) {
        FileResult out;
        if (context.isCancelled()) {
            out.error = Error(Error::Code::Cancelled, QStringLiteral("cancelled"));
            return out;
        }
        QFile f(dir.filePath(rel));
        if (!f.open(QIODevice::ReadOnly)) {
            out.error = Error(Error::Code::Io, QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(f.fileName()), f.errorString()));
            return out;
        }
        Result<AttachmentRef> blob = store.putBlob(&f);
        if (!blob) {
            out.error = blob.error();
            return out;
        }
        out.resource.path = ResourcePath::make(QStringLiteral("files"), QStringLiteral("000000000000"),
                                               QStringLiteral("global"), QStringLiteral("file"), rel);
        out.resource.document = QJsonObject{{QStringLiteral("path"), rel},
                                            {QStringLiteral("size"), double(blob->size)},
                                            {QStringLiteral("executable"), QFileInfo(f).isExecutable()}};
        out.resource.attachments.insert(QStringLiteral("content"), *blob);
        return out;
    });

    StateBuilder builder(store);
    for (const FileResult &r : results) {
        if (r.error)
            return r.error;
        if (Status st = builder.add(r.resource); !st)
            return st.error();
        context.advance(1, r.resource.byteSize());
    }
    Version meta;
    meta.message = request.message;
    meta.author = request.author.isEmpty() ? defaultAuthor() : request.author;
    meta.emulatorKind = QStringLiteral("directory");
    return commitVersion(request.home, request.pod, endpoint, builder, meta, store, context);
}

} // namespace poddeck
