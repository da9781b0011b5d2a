#include "store/ObjectStore.h"

#include "store/Chunker.h"
#include "store/Compression.h"
#include "util/ErrorText.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

#include <atomic>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace poddeck {

namespace {

// Where writers before 2026-12 kept their temp files; still swept by removeStaleTempFiles().
QString legacyTempDirOf(const QString &objectsDir)
{
    return objectsDir + QStringLiteral("/tmp");
}

// A temp file lives in its object's own fan-out directory as "tmp-<62 hex>-<pid>-<n>", so flush() renames
// within one directory (no filesystem-wide cross-directory rename lock) and writers on several threads
// create files in different directories instead of queueing on one directory's lock. The name is never 62
// hex digits, so listObjects() skips it.
const QLatin1String TempPrefix("tmp-");

std::atomic<quint64> tempCounter{0};

// `sentence` is a whole translated message: %1 is the path, %2 (if any) the system's reason.
Error ioError(const QString &sentence, const QString &path, const QString &why = {})
{
    const QString withPath = sentence.arg(QDir::toNativeSeparators(path));
    return Error(Error::Code::Io, why.isEmpty() ? withPath : withPath.arg(why));
}

// A write that failed with `err`; a full disk (or quota) is common enough to say what to do about it.
Error writeError(const QString &path, int err)
{
    const QString why = QString::fromLocal8Bit(strerror(err));
    if (err == ENOSPC || err == EDQUOT)
        return ioError(ErrorText::tr("cannot write %1: %2 (the disk that holds the PodDeck home is full: free some space "
                                 "there, or run `poddeck-cli gc --prune-now` to drop objects no version uses, and try again)"),
                       path, why);
    return ioError(ErrorText::tr("cannot write %1: %2"), path, why);
}

} // namespace

ObjectStore::ObjectStore(const QString &homeDir) : m_dir(homeDir + QStringLiteral("/objects")) {}

ObjectStore::~ObjectStore()
{
    discardPending();
}

void ObjectStore::discardPending()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &tmp : std::as_const(m_pending))
        QFile::remove(tmp);
    m_pending.clear();
}

QString ObjectStore::pathFor(const ObjectId &id) const
{
    const QString hex = id.toHex();
    return m_dir + QLatin1Char('/') + hex.left(2) + QLatin1Char('/') + hex.mid(2);
}

bool ObjectStore::contains(const ObjectId &id) const
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_pending.contains(id))
            return true;
    }
    return QFileInfo::exists(pathFor(id));
}

Result<ObjectId> ObjectStore::put(const QByteArray &data)
{
    if (data.size() > MaxObjectSize)
        return Error(Error::Code::LimitExceeded,
                     ErrorText::tr("object of %1 bytes is larger than the limit of %2").arg(data.size()).arg(MaxObjectSize));
    const ObjectId id = ObjectId::hash(data);
    if (contains(id))
        return id;
    const QByteArray compressed = zstdCompress(data);
    if (compressed.isEmpty())
        return Error(Error::Code::Io, ErrorText::tr("out of memory while compressing an object"));
    const Status st = writeCompressed(id, compressed);
    if (!st)
        return st.error();
    return id;
}

Status ObjectStore::putCompressed(const ObjectId &expected, const QByteArray &compressed, qint64 maxSize)
{
    if (contains(expected))
        return {};
    Result<QByteArray> plain = zstdDecompress(compressed, qMin(maxSize, MaxObjectSize));
    if (!plain)
        return Error(plain.error().code, ErrorText::tr("object %1: %2").arg(expected.toHex(), plain.error().message));
    if (ObjectId::hash(*plain) != expected)
        return Error(Error::Code::Corrupt,
                     ErrorText::tr("object %1 does not match its hash (damaged or tampered with)").arg(expected.toHex()));
    return writeCompressed(expected, compressed);
}

Status ObjectStore::writeCompressed(const ObjectId &id, const QByteArray &compressed)
{
    const QString hex = id.toHex();
    const QString fanout = m_dir + QLatin1Char('/') + hex.left(2);
    QString tmp;
    int fd = -1;
    for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
        tmp = fanout + QLatin1Char('/') + TempPrefix + hex.mid(2) + QLatin1Char('-')
              + QString::number(::getpid()) + QLatin1Char('-') + QString::number(tempCounter.fetch_add(1));
        const QByteArray name = QFile::encodeName(tmp);
        fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno == ENOENT) { // first object under this prefix (or no objects/ yet)
            if (!QDir().mkpath(fanout))
                return ioError(ErrorText::tr("cannot create %1: check permissions and free space"), fanout);
            fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        }
        if (fd < 0 && errno != EEXIST) // EEXIST: left by a crashed writer with a reused pid; take the next name
            return writeError(tmp, errno);
    }
    if (fd < 0)
        return ioError(ErrorText::tr("cannot write %1: too many stale temp files; run `poddeck-cli gc`"), tmp);
    const char *p = compressed.constData();
    qsizetype left = compressed.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;
            ::close(fd);
            QFile::remove(tmp);
            return writeError(tmp, err);
        }
        p += n;
        left -= n;
    }
    if (::close(fd) != 0) {
        const int err = errno;
        QFile::remove(tmp);
        return writeError(tmp, err);
    }
    QMutexLocker lock(&m_mutex);
    if (m_pending.contains(id)) { // another thread stored the same content meanwhile
        QFile::remove(tmp);
        return {};
    }
    m_pending.insert(id, tmp);
    m_bytesWritten += compressed.size();
    ++m_objectsWritten;
    return {};
}

Status ObjectStore::syncFileSystem() const
{
    const int fd = ::open(QFile::encodeName(m_dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return ioError(ErrorText::tr("cannot open %1: %2"), m_dir, QString::fromLocal8Bit(strerror(errno)));
    const int rc = ::syncfs(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return ioError(ErrorText::tr("cannot sync %1: %2"), m_dir, QString::fromLocal8Bit(strerror(err)));
    return {};
}

Status ObjectStore::flush()
{
    QMutexLocker lock(&m_mutex);
    if (m_pending.isEmpty())
        return {};
    // 1. Temp files durable. 2. Rename into place. 3. Renames durable.
    if (Status st = syncFileSystem(); !st)
        return st;
    // Each temp file sits in its target's directory (writeCompressed), so these are same-directory renames
    // and renames in different directories do not wait for each other: spread them over the cores.
    QList<QList<ObjectId>> byPrefix(256);
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        byPrefix[uchar(it.key().raw().at(0))].append(it.key());
    const QList<Error> errors = QtConcurrent::blockingMapped(byPrefix, [this](const QList<ObjectId> &ids) {
        for (const ObjectId &id : ids) {
            const QString target = pathFor(id);
            if (::rename(QFile::encodeName(m_pending.value(id)).constData(), QFile::encodeName(target).constData()) != 0)
                return ioError(ErrorText::tr("cannot move object into %1: %2"), target, QString::fromLocal8Bit(strerror(errno)));
        }
        return Error();
    });
    for (const Error &e : errors) {
        if (e) // the temp files stay pending: a retry or the destructor deals with them
            return e;
    }
    m_pending.clear();
    return syncFileSystem();
}

Result<QByteArray> ObjectStore::getCompressed(const ObjectId &id) const
{
    QString path;
    {
        QMutexLocker lock(&m_mutex);
        path = m_pending.value(id);
    }
    if (path.isEmpty())
        path = pathFor(id);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (!f.exists())
            return Error(Error::Code::NotFound, ErrorText::tr("object %1 is missing from the store (run `poddeck-cli fsck`)").arg(id.toHex()));
        return ioError(ErrorText::tr("cannot read %1: %2"), path, f.errorString());
    }
    return f.readAll();
}

Result<QByteArray> ObjectStore::get(const ObjectId &id) const
{
    Result<QByteArray> compressed = getCompressed(id);
    if (!compressed)
        return compressed.error();
    Result<QByteArray> plain = zstdDecompress(*compressed, MaxObjectSize);
    if (!plain)
        return Error(Error::Code::Corrupt, ErrorText::tr("object %1 is damaged: %2 (run `poddeck-cli fsck`)")
                                               .arg(id.toHex(), plain.error().message));
    if (ObjectId::hash(*plain) != id)
        return Error(Error::Code::Corrupt,
                     ErrorText::tr("object %1 does not match its hash (run `poddeck-cli fsck`)").arg(id.toHex()));
    return plain;
}

Result<AttachmentRef> ObjectStore::putBlob(const QByteArray &data)
{
    AttachmentRef ref;
    ref.size = data.size();
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    qsizetype offset = 0;
    while (offset < data.size()) {
        const qsizetype n = Chunker::cut(p + offset, data.size() - offset);
        Result<ObjectId> id = put(QByteArray::fromRawData(data.constData() + offset, n));
        if (!id)
            return id.error();
        ref.chunks.append(*id);
        offset += n;
    }
    return ref;
}

Result<AttachmentRef> ObjectStore::putBlob(QIODevice *in)
{
    AttachmentRef ref;
    QByteArray buffer;
    constexpr qsizetype ReadSize = 4 * Chunker::MaxSize;
    bool eof = false;
    while (true) {
        while (!eof && buffer.size() < Chunker::MaxSize) {
            const qsizetype old = buffer.size();
            buffer.resize(old + ReadSize);
            const qint64 n = in->read(buffer.data() + old, ReadSize);
            buffer.resize(old + qMax<qint64>(n, 0));
            if (n < 0)
                return Error(Error::Code::Io, ErrorText::tr("cannot read data to store: %1").arg(in->errorString()));
            if (n == 0 && (in->atEnd() || !in->waitForReadyRead(30000)))
                eof = true;
        }
        if (buffer.isEmpty())
            break;
        const qsizetype n = Chunker::cut(reinterpret_cast<const uchar *>(buffer.constData()), buffer.size());
        Result<ObjectId> id = put(buffer.left(n));
        if (!id)
            return id.error();
        ref.chunks.append(*id);
        ref.size += n;
        buffer.remove(0, n);
    }
    return ref;
}

Result<QByteArray> ObjectStore::getBlob(const AttachmentRef &ref) const
{
    QByteArray out;
    out.reserve(qsizetype(ref.size));
    for (const ObjectId &c : ref.chunks) {
        Result<QByteArray> chunk = get(c);
        if (!chunk)
            return chunk.error();
        out.append(*chunk);
    }
    if (out.size() != ref.size)
        return Error(Error::Code::Corrupt, ErrorText::tr("attachment has %1 bytes, its reference says %2").arg(out.size()).arg(ref.size));
    return out;
}

Status ObjectStore::writeBlob(const AttachmentRef &ref, QIODevice *out) const
{
    qint64 written = 0;
    for (const ObjectId &c : ref.chunks) {
        Result<QByteArray> chunk = get(c);
        if (!chunk)
            return chunk.error();
        if (out->write(*chunk) != chunk->size())
            return Error(Error::Code::Io, ErrorText::tr("cannot write attachment: %1").arg(out->errorString()));
        written += chunk->size();
    }
    if (written != ref.size)
        return Error(Error::Code::Corrupt, ErrorText::tr("attachment has %1 bytes, its reference says %2").arg(written).arg(ref.size));
    return {};
}

Result<QList<ObjectId>> ObjectStore::listObjects() const
{
    QList<ObjectId> ids;
    QDir root(m_dir);
    const QStringList prefixes = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &prefix : prefixes) {
        if (prefix.size() != 2)
            continue; // tmp/
        const QStringList names = QDir(root.filePath(prefix)).entryList(QDir::Files);
        for (const QString &name : names) {
            const ObjectId id = ObjectId::fromHex(QString(prefix + name));
            if (!id.isNull())
                ids.append(id);
        }
    }
    return ids;
}

Status ObjectStore::remove(const ObjectId &id)
{
    const QString path = pathFor(id);
    if (!QFile::remove(path) && QFileInfo::exists(path))
        return ioError(ErrorText::tr("cannot remove %1: check permissions"), path);
    return {};
}

int ObjectStore::removeStaleTempFiles(qint64 seconds)
{
    int removed = 0;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    const auto sweep = [&](const QString &dir, const QStringList &filters) {
        QDirIterator it(dir, filters, QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            it.next();
            if (it.fileInfo().lastModified().toUTC() < cutoff && QFile::remove(it.filePath()))
                ++removed;
        }
    };
    sweep(legacyTempDirOf(m_dir), {});
    const QStringList prefixes = QDir(m_dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &prefix : prefixes) {
        if (prefix.size() == 2)
            sweep(m_dir + QLatin1Char('/') + prefix, {TempPrefix + QLatin1Char('*')});
    }
    return removed;
}

qint64 ObjectStore::bytesWritten() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytesWritten;
}

int ObjectStore::objectsWritten() const
{
    QMutexLocker lock(&m_mutex);
    return m_objectsWritten;
}

} // namespace poddeck
