#pragma once

#include "state/ObjectId.h"
#include "util/Result.h"

#include <QHash>
#include <QString>

namespace poddeck {

// What a directory commit remembers about each file it stored, so the next commit of the same directory
// does not read a file whose size, mtime, ctime and inode are unchanged: it reuses the resource object
// recorded for it (git's index, in small). Kept per directory under <home>/cache/dirstat/, private like
// the rest of the home, and only a hint: a missing, damaged or foreign cache means reading every file.
//
// Two rules keep a hint from ever being wrong:
// - Entries are trusted only while the version they were recorded with is still in the catalogue (its
//   objects are then in the store, and the caller holds the shared gc lock until it publishes).
// - A file whose mtime is within two seconds of the scan's start is not recorded ("racily clean" in git's
//   words): a write in the same clock tick after it was read would leave mtime and size unchanged.
class DirectoryStatCache
{
public:
    struct Stat
    {
        qint64 size = -1;
        qint64 mtimeNs = 0;
        qint64 ctimeNs = 0;
        quint64 inode = 0;
        quint64 device = 0;
        bool operator==(const Stat &) const = default;
    };
    struct Entry
    {
        Stat stat;
        ObjectId resource; // the resource object stored for the file
        qint64 bytes = 0;  // Resource::byteSize() of it
    };

    // lstat() of `path`; size -1 when it cannot be read.
    static Stat statFile(const QString &path);
    // The cache of `directory` (absolute) in `home`: empty when there is none or it cannot be read.
    static DirectoryStatCache load(const QString &home, const QString &directory);

    // The pod and version the entries were recorded with (null version: none).
    QString pod() const { return m_pod; }
    ObjectId version() const { return m_version; }
    // Forgets every entry (the version they came from is gone).
    void clear() { m_entries.clear(); }
    int size() const { return int(m_entries.size()); }

    // The entry of `relativePath` when its recorded stat equals `now`.
    const Entry *match(const QString &relativePath, const Stat &now) const;
    void record(const QString &relativePath, const Entry &entry) { m_entries.insert(relativePath, entry); }

    // Writes the cache for `pod`:`version`, leaving out racily clean files (mtime within 2 s of
    // `scanStartNs`, nanoseconds since the epoch). Atomic: a crash leaves the old cache or the new one.
    Status save(const QString &home, const QString &directory, const QString &pod, const ObjectId &version,
                qint64 scanStartNs) const;

    static QString fileFor(const QString &home, const QString &directory);

private:
    QString m_pod;
    ObjectId m_version;
    QHash<QString, Entry> m_entries;
};

} // namespace poddeck
