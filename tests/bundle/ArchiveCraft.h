#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Builds tar and zip archives in memory with libarchive, including the malformed ones a reader must
// refuse (links, devices, traversal, duplicates), and reads them back for tampering.
namespace poddeck::test {

struct CraftEntry
{
    enum class Type { File, Directory, Symlink, Hardlink, CharDevice };
    QString name;
    QByteArray data;
    Type type = Type::File;
    QString target; // link target

    static CraftEntry file(const QString &name, const QByteArray &data) { return {name, data, Type::File, {}}; }
    static CraftEntry dir(const QString &name) { return {name, {}, Type::Directory, {}}; }
    static CraftEntry symlink(const QString &name, const QString &target) { return {name, {}, Type::Symlink, target}; }
    static CraftEntry hardlink(const QString &name, const QString &target) { return {name, {}, Type::Hardlink, target}; }
    static CraftEntry device(const QString &name) { return {name, {}, Type::CharDevice, {}}; }
};

enum class CraftFormat { Tar, Zip, ZipStored };

QByteArray craftArchive(CraftFormat format, const QList<CraftEntry> &entries);
// Regular files and directories of an archive, in order (directories with empty data).
QList<CraftEntry> readArchive(const QByteArray &bytes);
// Rewrites the size field of the ustar header of `name` (base-256, as GNU tar does past 8 GiB).
bool patchTarSize(QByteArray &tar, const QString &name, qint64 size);
QByteArray randomBytes(qsizetype size, quint32 seed);

} // namespace poddeck::test
