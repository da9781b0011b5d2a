#include "jobs/RemotePacks.h"

#include "store/ObjectStore.h"
#include "util/ParallelTasks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>

#include <algorithm>

namespace poddeck {

namespace {

// Packs that upload at once: each is large, so a few keep the line full without crowding memory.
constexpr int PacksInFlight = 4;

} // namespace

RemotePacks::RemotePacks(Remote &remote, const QString &home) : m_remote(remote)
{
    if (!home.isEmpty())
        m_cacheDir = home + QStringLiteral("/cache/remote-packs/") + ObjectId::hash(remote.describe().toUtf8()).shortHex(16);
}

Result<PackIndex> RemotePacks::readIndex(const QString &packId)
{
    const QString cached = m_cacheDir.isEmpty() ? QString() : m_cacheDir + u'/' + Remote::indexFileName(packId);
    if (!cached.isEmpty()) {
        QFile f(cached);
        if (f.open(QIODevice::ReadOnly) && f.size() <= PackIndex::MaxBytes)
            if (Result<PackIndex> index = PackIndex::parse(f.readAll(), packId, cached))
                return index;
    }
    Result<PackIndex> index = m_remote.readPackIndex(packId);
    if (index && !cached.isEmpty() && QDir().mkpath(m_cacheDir)) {
        QSaveFile out(cached); // a cache: losing it costs one read, so no fsync
        if (out.open(QIODevice::WriteOnly)) {
            out.write(index->toBytes());
            out.commit();
        }
    }
    return index;
}

void RemotePacks::add(const PackIndex &index)
{
    m_indexes.insert(index.packId, index);
    for (const PackIndex::Entry &e : index.entries)
        m_where.insert(e.storageId, {index.packId, e.offset, e.length});
}

Status RemotePacks::load(const QStringList &packIds, JobContext &context)
{
    QStringList todo;
    for (const QString &id : packIds)
        if (!m_indexes.contains(id) && !todo.contains(id))
            todo.append(id);
    QMutex mutex;
    return ParallelTasks::forEach(todo.size(), [&](qsizetype i) -> Status {
        Result<PackIndex> index = readIndex(todo[i]);
        if (!index)
            return index.error();
        QMutexLocker lock(&mutex);
        add(*index);
        return {};
    }, ParallelTasks::RemoteInFlight, context.cancelFlag());
}

Result<QStringList> RemotePacks::loadAll(JobContext &context)
{
    Result<QStringList> files = m_remote.listPackFiles();
    if (!files)
        return files.error();
    QStringList indexed;
    for (const QString &name : std::as_const(*files)) {
        const QString id = name.chopped(4);
        if (name.endsWith(QLatin1String(".idx")) && PackIndex::isPackId(id))
            indexed.append(id);
    }
    if (Status st = load(indexed, context); !st)
        return st.error();
    return indexed;
}

std::optional<RemotePacks::Location> RemotePacks::find(const ObjectId &id) const
{
    auto it = m_where.constFind(m_remote.storageId(id));
    if (it == m_where.cend())
        return std::nullopt;
    return *it;
}

QSet<QString> RemotePacks::packsHolding(const QList<ObjectId> &ids) const
{
    QSet<QString> out;
    for (const ObjectId &id : ids)
        if (std::optional<Location> at = find(id))
            out.insert(at->packId);
    return out;
}

QList<RemotePacks::Range> RemotePacks::plan(const QList<ObjectId> &ids) const
{
    QHash<QString, QList<std::pair<Location, ObjectId>>> byPack;
    for (const ObjectId &id : ids)
        if (std::optional<Location> at = find(id))
            byPack[at->packId].append({*at, id});
    QList<Range> out;
    for (auto it = byPack.begin(); it != byPack.end(); ++it) {
        auto &entries = it.value();
        std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first.offset < b.first.offset; });
        Range current;
        for (const auto &[at, id] : entries) {
            const qint64 end = current.offset + current.length;
            if (current.items.isEmpty() || at.offset - end > MaxGap || at.offset + at.length - current.offset > MaxRange ||
                current.items.size() >= MaxRangeItems) {
                if (!current.items.isEmpty())
                    out.append(current);
                current = Range{it.key(), at.offset, 0, {}};
            }
            if (at.offset < current.offset + current.length) // the same object listed twice
                continue;
            current.items.append({id, at.offset - current.offset, at.length});
            current.length = at.offset + at.length - current.offset;
        }
        if (!current.items.isEmpty())
            out.append(current);
    }
    return out;
}

Result<QStringList> RemotePacks::upload(const ObjectStore &store, const QList<ObjectId> &ordered, JobContext &context,
                                        const std::function<void(int, qint64)> &progress)
{
    // Cut the list into packs by stored size; entries grow by a few bytes when sealed, which does not matter.
    QList<QList<ObjectId>> groups;
    qint64 size = 0;
    for (const ObjectId &id : ordered) {
        const qint64 bytes = qMax<qint64>(0, [&] { Result<qint64> n = store.storedSize(id); return n ? *n : 0; }());
        if (groups.isEmpty() || (size > 0 && size + bytes > Remote::PackTarget)) {
            groups.append(QList<ObjectId>());
            size = 0;
        }
        groups.last().append(id);
        size += bytes;
    }
    QStringList created;
    QMutex mutex;
    Status st = ParallelTasks::forEach(groups.size(), [&](qsizetype g) -> Status {
        PackBuilder pack;
        for (const ObjectId &id : std::as_const(groups[g])) {
            Result<QByteArray> data = store.getCompressed(id);
            if (!data)
                return data.error();
            Result<QByteArray> entry = m_remote.packEntry(id, *data);
            if (!entry)
                return entry.error();
            pack.append(m_remote.storageId(id), *entry);
        }
        const PackIndex index = pack.finish();
        if (Status put = m_remote.putPackFile(Remote::packFileName(index.packId), pack.bytes()); !put)
            return put;
        if (Status put = m_remote.putPackIndex(index); !put)
            return put;
        if (!m_cacheDir.isEmpty() && QDir().mkpath(m_cacheDir)) {
            QSaveFile out(m_cacheDir + u'/' + Remote::indexFileName(index.packId));
            if (out.open(QIODevice::WriteOnly)) {
                out.write(index.toBytes());
                out.commit();
            }
        }
        QMutexLocker lock(&mutex);
        add(index);
        created.append(index.packId);
        if (progress)
            progress(pack.count(), pack.size());
        return {};
    }, PacksInFlight, context.cancelFlag());
    if (!st)
        return st.error();
    created.sort();
    return created;
}

} // namespace poddeck
