#pragma once

#include "store/LocalPackIndex.h"
#include "util/Result.h"

#include <QDateTime>
#include <QMutex>
#include <QString>

#include <memory>

namespace poddeck {

// One published local pack, its file kept open for pread (so a pack that gc replaces stays readable by
// whoever holds it: Linux keeps an unlinked file's data until its last descriptor closes).
struct LocalPack
{
    ~LocalPack();
    QString base; // …/pack-<hex>, without extension
    int fd = -1;
    qint64 size = 0;
    QDateTime modified;
    LocalPackIndex index;

    QString packPath() const { return base + QStringLiteral(".pack"); }
    Result<QByteArray> read(const LocalPackEntry &entry) const;
    // Packs never change once published (their name is the hash of their index), so every ObjectStore of a
    // process shares one open LocalPack per pack while any of them holds it: a GUI that opens a store per
    // job reads and checks each index once, not once per job.
    static Result<std::shared_ptr<const LocalPack>> open(const QString &base);

private:
    static Result<std::shared_ptr<const LocalPack>> load(const QString &base);
};

// The published packs under objects/pack/, shared by every thread of one ObjectStore. Another process may
// publish or replace packs at any time: find() looks again when the directory changed (and always when it
// changed in the last two seconds, as file times are coarse), and lookup misses that must be right use
// rescan().
class LocalPackSet
{
public:
    explicit LocalPackSet(const QString &dir) : m_dir(dir) {}
    QString dir() const { return m_dir; }

    struct Hit
    {
        std::shared_ptr<const LocalPack> pack;
        LocalPackEntry entry;
    };
    // Searches the packs known now; on a miss with `lookAgain`, also the packs found on disk if the
    // directory changed. Without it a miss may be stale (fine for "store it unless present").
    std::optional<Hit> find(const ObjectId &id, bool lookAgain = true);
    // Reads the directory again now, whatever its time says.
    void rescan();
    void add(std::shared_ptr<const LocalPack> pack);
    QList<std::shared_ptr<const LocalPack>> packs();
    // Indexes that could not be read, with why (for fsck).
    QStringList damaged();

private:
    std::optional<Hit> search(const ObjectId &id) const;
    void scanLocked(bool force);

    QString m_dir;
    QMutex m_mutex;
    QList<std::shared_ptr<const LocalPack>> m_packs;
    QStringList m_damaged;
    qint64 m_dirTimeNs = -1;
    bool m_scanned = false;
};

} // namespace poddeck
