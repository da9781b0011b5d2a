#pragma once

#include "bundle/ArchiveSafety.h"
#include "bundle/BundleLimits.h"
#include "util/Result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <archive.h>

class QIODevice;

namespace poddeck {

// Reads an untrusted tar or zip archive entry by entry (libarchive), refusing whatever could hurt the
// caller: unsafe names, links, devices, duplicates, too many entries, declared or actual sizes past the
// limits. Every error message starts with the label (usually the file name) and says what is wrong with
// the file. Data is streamed; nothing is extracted to disk.
class ArchiveReader
{
public:
    enum class Format { Tar, Zip };
    enum class Kind { File, Directory };
    struct Entry
    {
        QString name;
        Kind kind = Kind::File;
        qint64 declaredSize = -1; // -1 when the archive does not say
    };

    // `container` says what the archive should be, for messages like "not a PodDeck bundle".
    ArchiveReader(QIODevice *in, Format format, const QString &label, ArchiveSafety::Container container,
                  const BundleLimits &limits);
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    Status open();
    // Advances to the next entry and checks it; `maxEntrySize` caps its declared and actual size.
    // Returns false at the end of the archive.
    Result<bool> next(qint64 maxEntrySize);
    const Entry &entry() const { return m_entry; }
    int entryCount() const { return m_count; }

    // Reads the current entry's data: bytes read, 0 at its end, -1 on error (see lastError()).
    qint64 read(char *data, qint64 size);
    Result<QByteArray> readAll();
    const Error &lastError() const { return m_lastError; }

    // Bytes consumed from the device so far (for progress; never more than its size).
    qint64 deviceBytesRead() const;
    qint64 deviceSize() const;
    Error error(Error::Code code, const QString &message) const;
    const QString &label() const { return m_label; }

private:
    static la_ssize_t readCallback(struct archive *, void *self, const void **buffer);
    static la_int64_t skipCallback(struct archive *, void *self, la_int64_t request);
    static la_int64_t seekCallback(struct archive *, void *self, la_int64_t offset, int whence);
    enum class Where { Start, AfterEntry, InEntry }; // where libarchive failed, relative to m_entry
    Error archiveError(Where where) const;
    Error notThisKind(const QString &why) const;
    bool isFormatError() const;
    QString entryName() const; // quoted for messages

    QIODevice *m_in;
    Format m_format;
    QString m_label;
    ArchiveSafety::Container m_container;
    BundleLimits m_limits;
    struct archive *m_archive = nullptr;
    QByteArray m_buffer;
    qint64 m_deviceRead = 0;
    Error m_deviceError;

    Entry m_entry;
    int m_count = 0;
    bool m_sawHeader = false;
    qint64 m_entryMax = 0;
    qint64 m_entryRead = 0;
    qint64 m_declaredTotal = 0;
    qint64 m_actualTotal = 0;
    QSet<QString> m_names;
    Error m_lastError;
};

} // namespace poddeck
