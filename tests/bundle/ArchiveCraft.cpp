#include "ArchiveCraft.h"

#include <QRandomGenerator>

#include <archive.h>
#include <archive_entry.h>

namespace poddeck::test {

QByteArray craftArchive(CraftFormat format, const QList<CraftEntry> &entries)
{
    struct archive *a = archive_write_new();
    if (format == CraftFormat::Tar) {
        archive_write_set_format_pax_restricted(a);
    } else {
        archive_write_set_format_zip(a);
        archive_write_set_options(a, format == CraftFormat::Zip ? "zip:compression=deflate" : "zip:compression=store");
    }
    QByteArray out(64 * 1024 * 1024, '\0');
    size_t used = 0;
    archive_write_open_memory(a, out.data(), size_t(out.size()), &used);
    for (const CraftEntry &c : entries) {
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, c.name.toUtf8().constData());
        archive_entry_set_mtime(e, 1700000000, 0);
        archive_entry_set_perm(e, 0644);
        switch (c.type) {
        case CraftEntry::Type::File:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_size(e, c.data.size());
            break;
        case CraftEntry::Type::Directory:
            archive_entry_set_filetype(e, AE_IFDIR);
            archive_entry_set_perm(e, 0755);
            break;
        case CraftEntry::Type::Symlink:
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_set_symlink(e, c.target.toUtf8().constData());
            break;
        case CraftEntry::Type::Hardlink:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_hardlink(e, c.target.toUtf8().constData());
            break;
        case CraftEntry::Type::CharDevice:
            archive_entry_set_filetype(e, AE_IFCHR);
            archive_entry_set_rdev(e, 0x0103);
            break;
        }
        archive_write_header(a, e);
        if (c.type == CraftEntry::Type::File && !c.data.isEmpty())
            archive_write_data(a, c.data.constData(), size_t(c.data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    out.truncate(qsizetype(used));
    return out;
}

QList<CraftEntry> readArchive(const QByteArray &bytes)
{
    QList<CraftEntry> out;
    struct archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_support_format_zip(a);
    archive_read_open_memory(a, bytes.constData(), size_t(bytes.size()));
    struct archive_entry *e;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        CraftEntry c;
        c.name = QString::fromUtf8(archive_entry_pathname(e));
        c.type = archive_entry_filetype(e) == AE_IFDIR ? CraftEntry::Type::Directory : CraftEntry::Type::File;
        char buf[65536];
        la_ssize_t n;
        while ((n = archive_read_data(a, buf, sizeof buf)) > 0)
            c.data.append(buf, qsizetype(n));
        out.append(c);
    }
    archive_read_free(a);
    return out;
}

bool patchTarSize(QByteArray &tar, const QString &name, qint64 size)
{
    for (qsizetype off = 0; off + 512 <= tar.size(); off += 512) {
        if (QByteArray(tar.constData() + off) != name.toUtf8())
            continue;
        char *h = tar.data() + off;
        h[124] = char(0x80);
        for (int i = 0; i < 11; ++i)
            h[135 - i] = i < 8 ? char((size >> (8 * i)) & 0xff) : char(0); // base-256, big-endian; shifting a qint64 by 64 or more is undefined
        memset(h + 148, ' ', 8);
        unsigned sum = 0;
        for (int i = 0; i < 512; ++i)
            sum += uchar(h[i]);
        snprintf(h + 148, 8, "%06o", sum);
        h[155] = ' ';
        return true;
    }
    return false;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(rng.generate() & 0xff);
    return out;
}

} // namespace poddeck::test
