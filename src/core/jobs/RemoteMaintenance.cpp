#include "jobs/RemoteMaintenance.h"

#include "jobs/SyncSupport.h"
#include "store/Compression.h"
#include "store/ObjectStore.h"
#include "util/ParallelTasks.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace poddeck {

namespace {

// Whole packs are read at once: a few at a time keep memory bounded.
constexpr int PacksInFlight = 4;

struct PackFiles
{
    QStringList packs;   // ids with a .pack
    QStringList indexes; // ids with an .idx
    QStringList retired; // ids gc marked "<id>.gone" when it removed their index
};

Result<PackFiles> listPackFiles(Remote &remote)
{
    Result<QStringList> names = remote.listPackFiles();
    if (!names)
        return names.error();
    PackFiles out;
    for (const QString &name : std::as_const(*names)) {
        if (name.endsWith(QLatin1String(".pack")) && PackIndex::isPackId(name.chopped(5)))
            out.packs.append(name.chopped(5));
        else if (name.endsWith(QLatin1String(".idx")) && PackIndex::isPackId(name.chopped(4)))
            out.indexes.append(name.chopped(4));
        else if (name.endsWith(QLatin1String(".gone")) && PackIndex::isPackId(name.chopped(5)))
            out.retired.append(name.chopped(5));
    }
    return out;
}

} // namespace

Result<RemoteFsckReport> checkRemote(const QString &home, const QString &remoteName, JobContext &context)
{
    Result<RemoteSession> session = RemoteSession::open(home, remoteName);
    if (!session)
        return session.error();
    Remote &remote = *session->remote;
    RemoteFsckReport report;
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Listing packs on %1").arg(session->info.name));
    Result<PackFiles> files = listPackFiles(remote);
    if (!files)
        return files.error();
    // Entries can be checked one by one only where the index names them by content hash (not encrypted);
    // on an encrypted remote the pack's own hash covers every byte of it.
    const bool plain = remote.storesPlainIds();

    QStringList ids = files->indexes;
    for (const QString &id : std::as_const(files->packs)) {
        if (files->indexes.contains(id))
            continue;
        if (files->retired.contains(id))
            report.notes.append(ErrorText::tr("%1 is retired: no pod names it, so `gc --remote` removed its index and "
                                               "removes the pack once its grace period has passed, a day unless `--grace` (harmless)").arg(Remote::packKey(Remote::packFileName(id))));
        else
            report.notes.append(ErrorText::tr("%1 has no index: a push was interrupted while sending it (harmless; a "
                                               "push that resumes sends its objects again)").arg(Remote::packKey(Remote::packFileName(id))));
    }
    ids.sort();
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Checking the packs"), ids.size());
    QMutex mutex;
    auto problem = [&](const QString &text) {
        QMutexLocker lock(&mutex);
        report.problems.append(text);
    };
    Status st = ParallelTasks::forEach(ids.size(), [&](qsizetype i) -> Status {
        const QString &id = ids[i];
        const QString packName = Remote::packKey(Remote::packFileName(id));
        Result<PackIndex> index = remote.readPackIndex(id);
        if (!index) {
            problem(index.error().message);
            return {};
        }
        if (!files->packs.contains(id)) {
            problem(ErrorText::tr("%1 is missing (its index is there)").arg(packName));
            return {};
        }
        Result<QByteArray> bytes = remote.readPackFile(Remote::packFileName(id), Remote::MaxPackBytes);
        if (!bytes) {
            problem(ErrorText::tr("%1 cannot be read: %2").arg(packName, bytes.error().message));
            return {};
        }
        int entries = 0;
        if (ObjectId::hash(*bytes).toHex() != id) {
            problem(ErrorText::tr("%1 is damaged: its bytes no longer hash to its name").arg(packName));
        } else if (bytes->size() != index->packSize) {
            problem(ErrorText::tr("%1 is %2 bytes, but its index says %3").arg(packName).arg(bytes->size()).arg(index->packSize));
        } else if (plain) {
            for (const PackIndex::Entry &e : std::as_const(index->entries)) {
                Result<QByteArray> data = zstdDecompress(bytes->mid(e.offset, e.length), ObjectStore::MaxObjectSize);
                if (!data || ObjectId::hash(*data) != e.storageId) {
                    problem(ErrorText::tr("%1: the entry its index calls object %2 does not hold it (the index is wrong)")
                                .arg(packName, e.storageId.toHex()));
                    break;
                }
                ++entries;
            }
        } else {
            entries = int(index->entries.size());
        }
        QMutexLocker lock(&mutex);
        ++report.packsChecked;
        report.objectsChecked += entries;
        report.bytesChecked += bytes->size();
        context.advance(1, bytes->size());
        return {};
    }, PacksInFlight, context.cancelFlag());
    if (!st)
        return st.error();

    context.setStage(QCoreApplication::translate("poddeck::Stage", "Checking pod files"));
    Result<QList<RemotePod>> pods = readAllPods(remote);
    if (!pods)
        return pods.error();
    report.pods = int(pods->size());
    for (const RemotePod &pod : std::as_const(*pods))
        for (const QString &id : pod.packs)
            if (!files->indexes.contains(id))
                report.problems.append(ErrorText::tr("pod '%1' needs %2, which is missing; push the pod again from a machine that has it")
                                           .arg(pod.pod, Remote::packKey(Remote::indexFileName(id))));
    report.problems.sort();
    return report;
}

Result<RemoteGcReport> collectRemoteGarbage(const QString &home, const QString &remoteName, JobContext &context,
                                            qint64 graceSeconds)
{
    Result<RemoteSession> session = RemoteSession::open(home, remoteName);
    if (!session)
        return session.error();
    Remote &remote = *session->remote;
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Listing packs on %1").arg(session->info.name));
    Result<QList<Remote::PackFileInfo>> listed = remote.listPackFilesWithTimes();
    if (!listed)
        return listed.error();
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-graceSeconds);
    // Old enough to go: a storage that gives no times keeps everything.
    const auto old = [&](const QDateTime &t) { return graceSeconds == 0 || (t.isValid() && t <= cutoff); };
    QHash<QString, Remote::PackFileInfo> packs, indexes, marks;
    for (const Remote::PackFileInfo &f : std::as_const(*listed)) {
        const int dot = f.name.lastIndexOf(u'.');
        const QString id = f.name.left(dot), ext = f.name.mid(dot + 1);
        if (!PackIndex::isPackId(id))
            continue;
        if (ext == QLatin1String("pack"))
            packs.insert(id, f);
        else if (ext == QLatin1String("idx"))
            indexes.insert(id, f);
        else if (ext == QLatin1String("gone"))
            marks.insert(id, f);
    }
    const auto namedNow = [&remote]() { return packsNamedByAnyPod(remote); };
    Result<QSet<QString>> named = namedNow();
    if (!named)
        return named.error();
    RemoteGcReport report;
    report.packs = int(indexes.size());
    QStringList unused;
    for (auto it = indexes.cbegin(); it != indexes.cend(); ++it) {
        if (named->contains(it.key()))
            ++report.packsInUse;
        else if (!marks.contains(it.key()))
            unused.append(it.key());
    }
    unused.sort();
    const auto removePack = [&](const QString &id) -> Status {
        for (const QString &ext : {QStringLiteral(".idx"), QStringLiteral(".pack"), QStringLiteral(".gone")})
            if (Status st = remote.removePackFile(id + ext); !st)
                return st;
        report.removedPacks.append(id);
        report.removedBytes += qMax<qint64>(0, packs.value(id).size) + qMax<qint64>(0, indexes.value(id).size);
        return {};
    };

    // Step 1: retire the old unused packs.
    QStringList retiring;
    for (const QString &id : std::as_const(unused)) {
        if (!old(indexes.value(id).modified) || !old(packs.value(id).modified)) {
            report.unusedPacks.append(id);
            // The listing gives the size; only a storage that does not costs a read of the index.
            qint64 size = packs.value(id).size;
            if (size < 0) {
                Result<PackIndex> index = remote.readPackIndex(id);
                if (!index)
                    return index.error();
                size = index->packSize;
            }
            report.unusedBytes += size;
            continue;
        }
        if (Status st = remote.putPackFile(id + QStringLiteral(".gone"), QByteArray()); !st)
            return st.error();
        retiring.append(id);
    }
    if (!retiring.isEmpty()) {
        Result<QSet<QString>> again = namedNow(); // a push may have named one meanwhile
        if (!again)
            return again.error();
        for (const QString &id : std::as_const(retiring)) {
            if (again->contains(id)) {
                if (Status st = remote.removePackFile(id + QStringLiteral(".gone")); !st)
                    return st.error();
                continue;
            }
            if (Status st = remote.removePackFile(id + QStringLiteral(".idx")); !st)
                return st.error();
            report.retiredPacks.append(id);
            if (graceSeconds == 0)
                marks.insert(id, {id + QStringLiteral(".gone"), QDateTime::currentDateTimeUtc(), 0});
        }
        named = again;
    }

    // Step 2: remove retired packs after the grace period, and old packs that never got an index.
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        if (named->contains(it.key()) || !old(it->modified))
            continue;
        if (Status st = removePack(it.key()); !st)
            return st.error();
    }
    for (auto it = packs.cbegin(); it != packs.cend(); ++it) {
        if (indexes.contains(it.key()) || marks.contains(it.key()) || named->contains(it.key()))
            continue;
        if (old(it->modified)) {
            if (Status st = removePack(it.key()); !st)
                return st.error();
        } else {
            report.partialPacks.append(it.key());
        }
    }
    report.retiredPacks.sort();
    report.removedPacks.sort();
    report.partialPacks.sort();
    Result<ShareGcReport> shares = removeExpiredShares(remote, QDateTime::currentDateTimeUtc(), context);
    if (!shares)
        return shares.error();
    report.shares = *shares;
    return report;
}

} // namespace poddeck
