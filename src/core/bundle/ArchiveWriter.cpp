#include "bundle/ArchiveWriter.h"

#include "util/ErrorText.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <archive_entry.h>

namespace poddeck {

ArchiveWriter::ArchiveWriter(QIODevice *out, Format format) : m_out(out), m_format(format) {}

ArchiveWriter::~ArchiveWriter()
{
    if (m_archive)
        archive_write_free(m_archive); // also closes when close() was not reached; the caller discards the output
}

la_ssize_t ArchiveWriter::writeCallback(struct archive *, void *self, const void *buffer, size_t length)
{
    auto *w = static_cast<ArchiveWriter *>(self);
    const qint64 n = w->m_out->write(static_cast<const char *>(buffer), qint64(length));
    if (n != qint64(length)) {
        w->m_deviceError = Error(Error::Code::Io, ErrorText::tr("cannot write: %1").arg(w->m_out->errorString()));
        return -1;
    }
    return la_ssize_t(n);
}

Error ArchiveWriter::archiveError(const QString &context) const
{
    if (m_deviceError.isError())
        return m_deviceError;
    return Error(Error::Code::Io,
                 QStringLiteral("%1: %2").arg(context, QString::fromLocal8Bit(archive_error_string(m_archive))));
}

Status ArchiveWriter::open()
{
    m_archive = archive_write_new();
    if (!m_archive)
        return Error(Error::Code::Io, ErrorText::tr("out of memory"));
    int rc;
    if (m_format == Format::Tar) {
        rc = archive_write_set_format_pax_restricted(m_archive);
    } else {
        rc = archive_write_set_format_zip(m_archive);
        if (rc == ARCHIVE_OK)
            rc = archive_write_set_options(m_archive, "zip:compression=deflate");
    }
    if (rc != ARCHIVE_OK)
        return archiveError(ErrorText::tr("cannot set up the archive format"));
    if (archive_write_open2(m_archive, this, nullptr, &ArchiveWriter::writeCallback, nullptr, nullptr) != ARCHIVE_OK)
        return archiveError(ErrorText::tr("cannot start the archive"));
    return {};
}

Status ArchiveWriter::beginFile(const QString &name, qint64 size, qint64 mtime)
{
    struct archive_entry *e = archive_entry_new();
    const QByteArray utf8 = name.toUtf8();
    archive_entry_set_pathname_utf8(e, utf8.constData());
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_size(e, size);
    archive_entry_set_mtime(e, time_t(mtime), 0);
    const int rc = archive_write_header(m_archive, e);
    archive_entry_free(e);
    if (rc != ARCHIVE_OK)
        return archiveError(ErrorText::tr("cannot write entry '%1'").arg(name));
    return {};
}

Status ArchiveWriter::write(const char *data, qint64 size)
{
    while (size > 0) {
        const la_ssize_t n = archive_write_data(m_archive, data, size_t(size));
        if (n <= 0)
            return archiveError(ErrorText::tr("cannot write entry data"));
        data += n;
        size -= n;
    }
    return {};
}

Status ArchiveWriter::addDirectory(const QString &name, qint64 mtime)
{
    struct archive_entry *e = archive_entry_new();
    const QByteArray utf8 = name.toUtf8();
    archive_entry_set_pathname_utf8(e, utf8.constData());
    archive_entry_set_filetype(e, AE_IFDIR);
    archive_entry_set_perm(e, 0755);
    archive_entry_set_size(e, 0);
    archive_entry_set_mtime(e, time_t(mtime), 0);
    const int rc = archive_write_header(m_archive, e);
    archive_entry_free(e);
    if (rc != ARCHIVE_OK)
        return archiveError(ErrorText::tr("cannot write directory '%1'").arg(name));
    return {};
}

Status ArchiveWriter::close()
{
    if (m_closed)
        return {};
    m_closed = true;
    if (archive_write_close(m_archive) != ARCHIVE_OK)
        return archiveError(ErrorText::tr("cannot finish the archive"));
    return {};
}

Status ArchiveWriter::writeFileAtomically(const QString &path, const std::function<Status(QIODevice *)> &write)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, ErrorText::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    Status st = write(&file);
    if (!st) {
        file.cancelWriting();
        return st;
    }
    if (!file.commit())
        return Error(Error::Code::Io, ErrorText::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace poddeck
