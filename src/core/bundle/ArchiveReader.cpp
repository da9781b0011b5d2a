#include "bundle/ArchiveReader.h"

#include "bundle/ArchiveSafety.h"
#include "util/ErrorText.h"

#include <QIODevice>

#include <archive_entry.h>
#include <cerrno>
#include <cstdio>

namespace poddeck {

namespace {
constexpr qsizetype BufferSize = 256 * 1024;
}

ArchiveReader::ArchiveReader(QIODevice *in, Format format, const QString &label, ArchiveSafety::Container container,
                             const BundleLimits &limits)
    : m_in(in), m_format(format), m_label(label), m_container(container), m_limits(limits)
{
}

ArchiveReader::~ArchiveReader()
{
    if (m_archive)
        archive_read_free(m_archive);
}

Error ArchiveReader::error(Error::Code code, const QString &message) const
{
    return Error(code, QStringLiteral("%1: %2").arg(m_label, message));
}

QString ArchiveReader::entryName() const
{
    return ArchiveSafety::quoted(m_entry.name);
}

qint64 ArchiveReader::deviceBytesRead() const
{
    const qint64 size = deviceSize();
    return size >= 0 ? qMin(m_deviceRead, size) : m_deviceRead;
}

qint64 ArchiveReader::deviceSize() const
{
    return m_in->isSequential() ? -1 : m_in->size();
}

la_ssize_t ArchiveReader::readCallback(struct archive *, void *self, const void **buffer)
{
    auto *r = static_cast<ArchiveReader *>(self);
    const qint64 n = r->m_in->read(r->m_buffer.data(), r->m_buffer.size());
    if (n < 0) {
        r->m_deviceError = r->error(Error::Code::Io, ErrorText::tr("cannot read: %1").arg(r->m_in->errorString()));
        return -1;
    }
    r->m_deviceRead += n;
    *buffer = r->m_buffer.constData();
    return la_ssize_t(n);
}

la_int64_t ArchiveReader::skipCallback(struct archive *, void *self, la_int64_t request)
{
    auto *r = static_cast<ArchiveReader *>(self);
    if (r->m_in->isSequential())
        return 0; // libarchive reads and discards instead
    const qint64 left = r->m_in->size() - r->m_in->pos();
    const qint64 step = qMin<qint64>(request, qMax<qint64>(left, 0));
    if (!r->m_in->seek(r->m_in->pos() + step))
        return 0;
    r->m_deviceRead += step;
    return step;
}

la_int64_t ArchiveReader::seekCallback(struct archive *, void *self, la_int64_t offset, int whence)
{
    auto *r = static_cast<ArchiveReader *>(self);
    qint64 target = offset;
    if (whence == SEEK_CUR)
        target = r->m_in->pos() + offset;
    else if (whence == SEEK_END)
        target = r->m_in->size() + offset;
    if (target < 0 || !r->m_in->seek(target))
        return ARCHIVE_FATAL;
    return target;
}

Error ArchiveReader::archiveError(Where where) const
{
    if (m_deviceError.isError())
        return m_deviceError;
    const QString why = QString::fromLocal8Bit(archive_error_string(m_archive));
    const QString entry = ArchiveSafety::quoted(m_entry.name);
    const bool truncated = why.contains(QLatin1String("runcated"), Qt::CaseInsensitive) || why.contains(QLatin1String("Premature"));
    QString message;
    switch (where) {
    case Where::Start:
        message = truncated ? ErrorText::tr("truncated archive (%1)").arg(why) : ErrorText::tr("damaged archive (%1)").arg(why);
        break;
    case Where::AfterEntry:
        message = truncated ? ErrorText::tr("truncated archive (after entry %1: %2)").arg(entry, why)
                            : ErrorText::tr("damaged archive (after entry %1: %2)").arg(entry, why);
        break;
    case Where::InEntry:
        message = truncated ? ErrorText::tr("truncated archive (in entry %1: %2)").arg(entry, why)
                            : ErrorText::tr("damaged archive (in entry %1: %2)").arg(entry, why);
        break;
    }
    return error(Error::Code::Corrupt, message);
}

// `why` is libarchive's reason, or a translated one.
Error ArchiveReader::notThisKind(const QString &why) const
{
    return error(Error::Code::Corrupt, m_container == ArchiveSafety::Container::Bundle
                                           ? ErrorText::tr("not a PodDeck bundle (%1)").arg(why)
                                           : ErrorText::tr("not a LocalStack state zip (%1)").arg(why));
}

bool ArchiveReader::isFormatError() const
{
    // libarchive's ARCHIVE_ERRNO_FILE_FORMAT is EILSEQ on POSIX but not in its public header.
    return archive_errno(m_archive) == EILSEQ
           || QString::fromLocal8Bit(archive_error_string(m_archive)).contains(QLatin1String("Unrecognized archive format"));
}

Status ArchiveReader::open()
{
    m_buffer.resize(BufferSize);
    m_archive = archive_read_new();
    if (!m_archive)
        return error(Error::Code::Io, ErrorText::tr("out of memory"));
    const bool seekable = !m_in->isSequential();
    if (m_format == Format::Tar)
        archive_read_support_format_tar(m_archive);
    else if (seekable)
        archive_read_support_format_zip_seekable(m_archive); // trusts the central directory, like unzip does
    else
        archive_read_support_format_zip_streamable(m_archive);
    archive_read_set_callback_data(m_archive, this);
    archive_read_set_read_callback(m_archive, &ArchiveReader::readCallback);
    archive_read_set_skip_callback(m_archive, &ArchiveReader::skipCallback);
    if (seekable)
        archive_read_set_seek_callback(m_archive, &ArchiveReader::seekCallback);
    if (archive_read_open1(m_archive) != ARCHIVE_OK) {
        if (!m_deviceError.isError() && isFormatError())
            return notThisKind(QString::fromLocal8Bit(archive_error_string(m_archive)));
        return archiveError(Where::Start);
    }
    return {};
}

Result<bool> ArchiveReader::next(qint64 maxEntrySize)
{
    struct archive_entry *e = nullptr;
    const int rc = archive_read_next_header(m_archive, &e);
    if (rc == ARCHIVE_EOF) {
        if (!m_sawHeader)
            return notThisKind(ErrorText::tr("the archive is empty"));
        return false;
    }
    if (rc < ARCHIVE_WARN) {
        if (!m_sawHeader && !m_deviceError.isError() && isFormatError()) {
            return notThisKind(QString::fromLocal8Bit(archive_error_string(m_archive)));
        }
        return archiveError(m_sawHeader ? Where::AfterEntry : Where::Start);
    }
    m_sawHeader = true;
    ++m_count;
    if (m_count > m_limits.maxEntries)
        return error(Error::Code::LimitExceeded,
                     ErrorText::tr("has more than the limit of %1 entries").arg(m_limits.maxEntries));

    const char *utf8 = archive_entry_pathname_utf8(e);
    const char *raw = archive_entry_pathname(e);
    m_entry = Entry();
    m_entry.name = utf8 ? QString::fromUtf8(utf8) : raw ? QString::fromLocal8Bit(raw) : QString();
    const QString problem = ArchiveSafety::nameProblem(m_entry.name, m_container);
    if (!problem.isEmpty())
        return error(Error::Code::Corrupt, problem);

    const bool bundle = m_container == ArchiveSafety::Container::Bundle;
    if (archive_entry_symlink(e) || archive_entry_hardlink(e) || archive_entry_filetype(e) == AE_IFLNK)
        return error(Error::Code::Corrupt, (bundle ? ErrorText::tr("entry %1 is a link; bundles hold only regular files")
                                                   : ErrorText::tr("entry %1 is a link; archives hold only regular files"))
                                               .arg(entryName()));
    const mode_t type = archive_entry_filetype(e);
    if (type == AE_IFDIR) {
        m_entry.kind = Kind::Directory;
    } else if (type != AE_IFREG) {
        return error(Error::Code::Corrupt,
                     (bundle ? ErrorText::tr("entry %1 is a device or special file; bundles hold only regular files")
                             : ErrorText::tr("entry %1 is a device or special file; archives hold only regular files"))
                         .arg(entryName()));
    } else if (m_entry.name.endsWith(QLatin1Char('/'))) {
        return error(Error::Code::Corrupt, ErrorText::tr("entry %1 is a file whose name ends with '/'").arg(entryName()));
    }
    if (archive_entry_is_encrypted(e))
        return error(Error::Code::Unsupported, ErrorText::tr("entry %1 is encrypted").arg(entryName()));
    if (archive_entry_sparse_count(e) > 0)
        return error(Error::Code::Unsupported, ErrorText::tr("entry %1 is a sparse file").arg(entryName()));

    QString key = m_entry.name;
    if (key.endsWith(QLatin1Char('/')))
        key.chop(1);
    if (m_names.contains(key))
        return error(Error::Code::Corrupt, ErrorText::tr("duplicate entry %1").arg(ArchiveSafety::quoted(m_entry.name)));
    m_names.insert(key);

    if (archive_entry_size_is_set(e)) {
        m_entry.declaredSize = archive_entry_size(e);
        if (m_entry.declaredSize < 0)
            return error(Error::Code::Corrupt, ErrorText::tr("entry %1 declares a negative size").arg(entryName()));
        if (m_entry.kind == Kind::Directory && m_entry.declaredSize > 0)
            return error(Error::Code::Corrupt, ErrorText::tr("entry %1 is a directory with content").arg(entryName()));
        if (m_entry.declaredSize > maxEntrySize)
            return error(Error::Code::LimitExceeded, ErrorText::tr("entry %1 declares %2, more than the %3 limit")
                                                         .arg(entryName(), ArchiveSafety::formatSize(m_entry.declaredSize),
                                                              ArchiveSafety::formatSize(maxEntrySize)));
        m_declaredTotal += m_entry.declaredSize;
        if (m_declaredTotal > m_limits.maxTotalBytes)
            return error(Error::Code::LimitExceeded, ErrorText::tr("its entries declare more than the %1 limit")
                                                         .arg(ArchiveSafety::formatSize(m_limits.maxTotalBytes)));
    }
    m_entryMax = m_entry.kind == Kind::Directory ? 0 : maxEntrySize;
    m_entryRead = 0;
    return true;
}

qint64 ArchiveReader::read(char *data, qint64 size)
{
    const la_ssize_t n = archive_read_data(m_archive, data, size_t(size));
    if (n < 0) {
        m_lastError = archiveError(Where::InEntry);
        return -1;
    }
    m_entryRead += n;
    m_actualTotal += n;
    if (m_entryRead > m_entryMax) {
        m_lastError = error(Error::Code::LimitExceeded,
                            m_entry.kind == Kind::Directory
                                ? ErrorText::tr("entry %1 is a directory with content").arg(entryName())
                                : ErrorText::tr("entry %1 holds more than the %2 limit")
                                      .arg(entryName(), ArchiveSafety::formatSize(m_entryMax)));
        return -1;
    }
    if (m_entry.declaredSize >= 0 && m_entryRead > m_entry.declaredSize) {
        m_lastError = error(Error::Code::Corrupt, ErrorText::tr("entry %1 holds more than the %2 its header declares "
                                                                 "(a compression bomb?)")
                                                      .arg(entryName(), ArchiveSafety::formatSize(m_entry.declaredSize)));
        return -1;
    }
    if (m_actualTotal > m_limits.maxTotalBytes) {
        m_lastError = error(Error::Code::LimitExceeded, ErrorText::tr("its entries hold more than the %1 limit")
                                                            .arg(ArchiveSafety::formatSize(m_limits.maxTotalBytes)));
        return -1;
    }
    return qint64(n);
}

Result<QByteArray> ArchiveReader::readAll()
{
    QByteArray out;
    if (m_entry.declaredSize > 0)
        out.reserve(qsizetype(m_entry.declaredSize));
    char buf[64 * 1024];
    while (true) {
        const qint64 n = read(buf, sizeof buf);
        if (n < 0)
            return m_lastError;
        if (n == 0)
            break;
        out.append(buf, qsizetype(n));
    }
    if (m_entry.declaredSize >= 0 && out.size() != m_entry.declaredSize)
        return error(Error::Code::Corrupt, ErrorText::tr("truncated archive (entry %1 holds %2 bytes, its header says %3)")
                                               .arg(entryName())
                                               .arg(out.size())
                                               .arg(m_entry.declaredSize));
    return out;
}

} // namespace poddeck
