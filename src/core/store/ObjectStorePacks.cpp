// ObjectStore's maintenance of its packs: listing, merging small packs, gc's sweep and repack, and the
// leftovers of crashed writers. The read and write paths are in ObjectStore.cpp.
#include "store/ObjectStore.h"
#include "util/ErrorText.h"

#include "store/LocalPackSet.h"
#include "store/LocalPackWriter.h"
#include "store/StoreIo.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <functional>

namespace poddeck {

namespace {

// Where writers before 2026-12 kept their temp files; still swept by removeStaleTempFiles().
QString legacyTempDirOf(const QString &objectsDir)
{
    return objectsDir + QStringLiteral("/tmp");
}

// Loose objects (the layout before packs): objects/ab/<62 hex>.
QList<ObjectId> looseObjects(const QString &objectsDir)
{
    QList<ObjectId> ids;
    QDir root(objectsDir);
    const QStringList prefixes = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &prefix : prefixes) {
        if (prefix.size() != 2)
            continue; // pack/, tmp/
        const QStringList names = QDir(root.filePath(prefix)).entryList(QDir::Files);
        for (const QString &name : names) {
            const ObjectId id = ObjectId::fromHex(QString(prefix + name));
            if (!id.isNull())
                ids.append(id);
        }
    }
    return ids;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

} // namespace

struct ObjectStore::Rewrite
{
    QList<std::shared_ptr<const LocalPack>> packs; // replaced by the new packs
    std::function<bool(const LocalPack &, const ObjectId &)> keep; // which of their entries to carry over
    QList<ObjectId> loose;                        // loose objects to move in
};

Result<QList<ObjectId>> ObjectStore::listObjects() const
{
    QSet<ObjectId> ids;
    for (const ObjectId &id : looseObjects(m_dir))
        ids.insert(id);
    for (const auto &pack : m_packs->packs()) {
        for (int i = 0; i < pack->index.count(); ++i)
            ids.insert(pack->index.at(i).id);
    }
    return QList<ObjectId>(ids.cbegin(), ids.cend());
}

int ObjectStore::packCount() const
{
    return int(m_packs->packs().size());
}

QStringList ObjectStore::damagedPacks() const
{
    return m_packs->damaged();
}

Result<int> ObjectStore::rewrite(const Rewrite &what)
{
    std::vector<std::unique_ptr<LocalPackWriter>> writers;
    const auto append = [&](const ObjectId &id, const QByteArray &compressed) -> Status {
        for (const auto &w : writers) {
            if (w->contains(id))
                return {};
        }
        if (writers.empty() || (writers.back()->count() > 0 && writers.back()->size() + compressed.size() > MaxPackSize)) {
            Result<std::unique_ptr<LocalPackWriter>> w = LocalPackWriter::create(packDir());
            if (!w)
                return w.error();
            writers.push_back(std::move(*w));
        }
        return writers.back()->append(id, compressed);
    };
    for (const auto &pack : what.packs) {
        for (int i = 0; i < pack->index.count(); ++i) {
            const LocalPackEntry e = pack->index.at(i);
            if (!what.keep(*pack, e.id))
                continue;
            Result<QByteArray> bytes = pack->read(e);
            if (!bytes)
                return bytes.error();
            if (Status st = append(e.id, *bytes); !st)
                return st.error();
        }
    }
    for (const ObjectId &id : what.loose) {
        Result<QByteArray> bytes = storeio::readFile(loosePathFor(id));
        if (!bytes)
            return bytes.error();
        if (Status st = append(id, *bytes); !st)
            return st.error();
    }
    for (const auto &w : writers) {
        if (Status st = w->seal(); !st)
            return st.error();
    }
    QSet<QString> published;
    for (const auto &w : writers) {
        Result<QString> base = w->publish();
        if (!base)
            return base.error();
        published.insert(*base);
        if (Result<std::shared_ptr<const LocalPack>> pack = LocalPack::open(*base))
            m_packs->add(*pack);
    }
    if (Status st = storeio::syncDirectory(packDir()); !st)
        return st.error();
    // Only now, with everything kept durable in the new packs, the old copies go. The index first: a
    // pack nobody indexes is never read, and a crash in between leaves a leftover gc sweeps later.
    // A new pack can be an old one exactly (same entries at the same offsets, hence the same name: a gc
    // killed after publishing, run again). That one stays.
    for (const auto &pack : what.packs) {
        if (published.contains(pack->base))
            continue;
        QFile::remove(pack->base + QStringLiteral(".idx"));
        QFile::remove(pack->packPath());
    }
    for (const ObjectId &id : what.loose)
        QFile::remove(loosePathFor(id));
    if (Status st = storeio::syncDirectory(packDir()); !st)
        return st.error();
    m_packs->rescan();
    return int(writers.size());
}

void ObjectStore::mergeSmallPacks()
{
    QList<std::shared_ptr<const LocalPack>> small;
    for (const auto &pack : m_packs->packs()) {
        if (pack->size < SmallPackSize)
            small.append(pack);
    }
    if (small.size() < SmallPacksToMerge)
        return;
    // Only an optimization: the objects stay where they are if this fails.
    (void)rewrite(Rewrite{small, [](const LocalPack &, const ObjectId &) { return true; }, {}});
}

Result<ObjectStore::SweepReport> ObjectStore::sweep(const QSet<ObjectId> &keep, qint64 graceSeconds)
{
    SweepReport report;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-graceSeconds);
    QSet<ObjectId> dropped;

    QList<ObjectId> looseKept;
    for (const ObjectId &id : looseObjects(m_dir)) {
        if (keep.contains(id)) {
            looseKept.append(id);
            continue;
        }
        const QFileInfo info(loosePathFor(id));
        if (graceSeconds > 0 && info.lastModified().toUTC() > cutoff)
            continue;
        if (!QFile::remove(info.filePath()) && info.exists())
            return storeio::ioError(storeio::Op::Remove, info.filePath(), ErrorText::tr("check permissions"));
        dropped.insert(id);
        report.bytesFreed += info.size();
    }

    // Packs to rewrite: old ones with enough unreachable bytes (any, with --prune-now), and the small ones,
    // merged. Entries of a pack younger than the grace period are all kept.
    const auto young = [&](const LocalPack &pack) { return graceSeconds > 0 && pack.modified > cutoff; };
    Rewrite rewriteSet;
    rewriteSet.keep = [&](const LocalPack &pack, const ObjectId &id) { return keep.contains(id) || young(pack); };
    QList<std::shared_ptr<const LocalPack>> small;
    for (const auto &pack : m_packs->packs()) {
        qint64 unreachableBytes = 0;
        qint64 entryBytes = 0;
        for (int i = 0; i < pack->index.count(); ++i) {
            const LocalPackEntry e = pack->index.at(i);
            entryBytes += e.length;
            if (!keep.contains(e.id))
                unreachableBytes += e.length;
        }
        if (unreachableBytes > 0 && !young(*pack) && (graceSeconds == 0 || unreachableBytes * 4 >= entryBytes))
            rewriteSet.packs.append(pack);
        else if (pack->size < SmallPackSize)
            small.append(pack);
    }
    if (small.size() >= 2 || (!small.isEmpty() && (!rewriteSet.packs.isEmpty() || !looseKept.isEmpty())))
        rewriteSet.packs += small;
    if (rewriteSet.packs.isEmpty() && looseKept.isEmpty()) {
        report.removed = int(dropped.size());
        return report;
    }
    qint64 before = 0;
    QSet<ObjectId> candidates; // entries the rewrite may leave out
    QStringList rewritten;
    for (const auto &pack : std::as_const(rewriteSet.packs)) {
        before += pack->size + fileSize(pack->base + QStringLiteral(".idx"));
        rewritten.append(pack->base);
        for (int i = 0; i < pack->index.count(); ++i) {
            if (!rewriteSet.keep(*pack, pack->index.at(i).id))
                candidates.insert(pack->index.at(i).id);
        }
    }
    for (const ObjectId &id : std::as_const(looseKept))
        before += fileSize(loosePathFor(id));
    QStringList packsBefore;
    for (const auto &p : m_packs->packs())
        packsBefore.append(p->base);
    rewriteSet.loose = looseKept;
    Result<int> written = rewrite(rewriteSet);
    if (!written)
        return written.error();
    qint64 after = 0;
    for (const auto &p : m_packs->packs()) {
        if (!packsBefore.contains(p->base))
            after += p->size + fileSize(p->base + QStringLiteral(".idx"));
    }
    // An entry left out may still be kept in another pack (a duplicate): count only what is gone.
    for (const ObjectId &id : std::as_const(candidates)) {
        if (!m_packs->find(id, false))
            dropped.insert(id);
    }
    report.removed = int(dropped.size());
    report.bytesFreed += qMax<qint64>(0, before - after);
    report.packsWritten = *written;
    report.packsRemoved = int(rewriteSet.packs.size());
    report.looseMoved = int(looseKept.size());
    return report;
}

int ObjectStore::removeStaleTempFiles(qint64 seconds)
{
    int removed = 0;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    const auto stale = [&](const QFileInfo &info) { return info.lastModified().toUTC() < cutoff; };
    const auto sweep = [&](const QString &dir, const QStringList &filters) {
        QDirIterator it(dir, filters, QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            it.next();
            if (stale(it.fileInfo()) && QFile::remove(it.filePath()))
                ++removed;
        }
    };
    sweep(legacyTempDirOf(m_dir), {});
    const QStringList prefixes = QDir(m_dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &prefix : prefixes) {
        if (prefix.size() == 2)
            sweep(m_dir + QLatin1Char('/') + prefix, {QStringLiteral("tmp-*")});
    }
    sweep(packDir(), {QStringLiteral("tmp-*")});
    // A pack whose index never made it (a crash between the two renames of a publish) is never read.
    QDirIterator packs(packDir(), {QStringLiteral("pack-*.pack")}, QDir::Files);
    while (packs.hasNext()) {
        packs.next();
        const QString base = packs.filePath().chopped(5);
        if (!QFileInfo::exists(base + QStringLiteral(".idx")) && stale(packs.fileInfo()) && QFile::remove(packs.filePath()))
            ++removed;
    }
    return removed;
}

} // namespace poddeck
