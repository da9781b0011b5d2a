#include "jobs/CommitDirectory.h"

#include "state/ResourcePath.h"
#include "jobs/DirectoryStatCache.h"
#include "jobs/GcLock.h"
#include "jobs/VersionCommit.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "store/StateBuilder.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QDateTime>
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
    QString path;         // relative to the directory
    QString resourcePath; // files/000000000000/global/file/<path>
    DirectoryStatCache::Stat stat;
    ObjectId resource;
    qint64 bytes = 0;
    Error error;
};

// Stores one file as a resource (its content chunked, then the resource object), or takes the resource
// object the stat cache recorded for it when the file is unchanged.
FileResult storeFile(const QDir &dir, const QString &rel, const DirectoryStatCache &cache, ObjectStore &store)
{
    FileResult out;
    out.path = rel;
    out.resourcePath = ResourcePath::make(QStringLiteral("files"), QStringLiteral("000000000000"), QStringLiteral("global"),
                                          QStringLiteral("file"), rel);
    // Stat before reading: a write after this point changes mtime/ctime, so the next commit reads the file.
    out.stat = DirectoryStatCache::statFile(dir.filePath(rel));
    if (const DirectoryStatCache::Entry *known = cache.match(rel, out.stat)) {
        out.resource = known->resource;
        out.bytes = known->bytes;
        return out;
    }
    QFile f(dir.filePath(rel));
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = Error(Error::Code::Io, ErrorText::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(f.fileName()), f.errorString()));
        return out;
    }
    Result<AttachmentRef> blob = store.putBlob(&f);
    if (!blob) {
        out.error = blob.error();
        return out;
    }
    Resource resource;
    resource.path = out.resourcePath;
    if (!ResourcePath::isValid(resource.path)) {
        out.error = Error(Error::Code::InvalidArgument, ErrorText::tr("invalid resource path '%1'").arg(resource.path));
        return out;
    }
    resource.document = QJsonObject{{QStringLiteral("path"), rel},
                                    {QStringLiteral("size"), double(blob->size)},
                                    {QStringLiteral("executable"), QFileInfo(f).isExecutable()}};
    resource.attachments.insert(QStringLiteral("content"), *blob);
    Result<ObjectId> id = store.put(resource.toObjectBytes());
    if (!id) {
        out.error = id.error();
        return out;
    }
    out.resource = *id;
    out.bytes = resource.byteSize();
    return out;
}

} // namespace

Result<Version> commitDirectory(const CommitDirectoryRequest &request, JobContext &context)
{
    const QFileInfo dirInfo(request.directory);
    if (!dirInfo.isDir())
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("'%1' is not a directory").arg(QDir::toNativeSeparators(request.directory)));
    if (Status st = Catalogue::validatePodName(request.pod); !st)
        return st.error();
    const QDir dir(dirInfo.absoluteFilePath());
    const QString endpoint = QUrl::fromLocalFile(dir.absolutePath()).toString();

    // Until the version is published: gc must not remove what it stores, finds already stored, or what
    // the stat cache points to.
    Result<std::unique_ptr<GcLock>> gcLock = GcLock::acquire(request.home, GcLock::Mode::Shared, context);
    if (!gcLock)
        return gcLock.error();
    DirectoryStatCache cache = DirectoryStatCache::load(request.home, dir.absolutePath());
    if (!cache.version().isNull()) {
        Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(request.home);
        if (!catalogue)
            return catalogue.error();
        if (!(*catalogue)->versionById(cache.pod(), cache.version()))
            cache.clear(); // that version was deleted: its objects may be gone at the next gc
    }

    const qint64 scanStartNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Scanning %1").arg(QDir::toNativeSeparators(dir.absolutePath())));
    QStringList files;
    QDirIterator it(dir.absolutePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(dir.relativeFilePath(it.next()));
    std::sort(files.begin(), files.end());

    ObjectStore store(request.home);
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Storing files"), files.size());
    // Hashing, chunking and compressing are the work, for the content and the resource object alike:
    // spread them over the cores. ObjectStore::put is thread-safe.
    const QList<FileResult> results = QtConcurrent::blockingMapped(files, [&](const QString &rel) {
        if (context.isCancelled()) {
            FileResult out;
            out.error = Error(Error::Code::Cancelled, ErrorText::tr("cancelled"));
            return out;
        }
        return storeFile(dir, rel, cache, store);
    });

    StateBuilder builder(store);
    DirectoryStatCache next;
    for (const FileResult &r : results) {
        if (r.error)
            return r.error;
        if (Status st = builder.addExisting(r.resourcePath, r.resource, r.bytes); !st)
            return st.error();
        if (r.stat.size >= 0)
            next.record(r.path, {r.stat, r.resource, r.bytes});
        context.advance(1, r.bytes);
    }
    Version meta;
    meta.message = request.message;
    meta.author = request.author.isEmpty() ? defaultAuthor() : request.author;
    meta.emulatorKind = QStringLiteral("directory");
    Result<Version> version = commitVersion(request.home, request.pod, endpoint, builder, meta, store, context);
    // Only a hint for the next commit: a cache that cannot be written costs a full read next time.
    if (version)
        (void)next.save(request.home, dir.absolutePath(), request.pod, version->id, scanStartNs);
    return version;
}

} // namespace poddeck
