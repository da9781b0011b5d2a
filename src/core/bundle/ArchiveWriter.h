#pragma once

#include "util/Result.h"

#include <QString>

#include <archive.h>
#include <functional>

class QIODevice;

namespace poddeck {

// Writes a tar (POSIX pax, ustar headers wherever they suffice) or zip (deflate) archive to a QIODevice with
// libarchive. Entries carry only what is passed here (fixed owner, mode and the given mtime), so equal input
// gives byte-identical archives.
class ArchiveWriter
{
public:
    enum class Format { Tar, Zip };

    ArchiveWriter(QIODevice *out, Format format);
    ~ArchiveWriter();
    ArchiveWriter(const ArchiveWriter &) = delete;
    ArchiveWriter &operator=(const ArchiveWriter &) = delete;

    Status open();
    // Starts a regular file of exactly `size` bytes; write its data, then the next entry may start.
    Status beginFile(const QString &name, qint64 size, qint64 mtime);
    Status write(const char *data, qint64 size);
    Status write(const QByteArray &data) { return write(data.constData(), data.size()); }
    Status addDirectory(const QString &name, qint64 mtime);
    Status close();

    // Runs `write` on a temporary file next to `path` and renames it into place only when it succeeds, so a
    // failed or cancelled export never leaves a half-written file behind.
    static Status writeFileAtomically(const QString &path, const std::function<Status(QIODevice *)> &write);

private:
    static la_ssize_t writeCallback(struct archive *, void *self, const void *buffer, size_t length);
    Error archiveError(const QString &context) const;

    QIODevice *m_out;
    Format m_format;
    struct archive *m_archive = nullptr;
    Error m_deviceError;
    bool m_closed = false;
};

} // namespace poddeck
