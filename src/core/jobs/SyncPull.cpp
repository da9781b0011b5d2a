// Pull: download what the store lacks, verify it, then make the versions visible in one transaction.
#include "jobs/Sync.h"

#include "jobs/GcLock.h"
#include "jobs/RemoteAccess.h"
#include "jobs/RemotePacks.h"
#include "jobs/SyncSupport.h"
#include "jobs/VersionCommit.h"
#include "state/TreeObject.h"
#include "store/StateTreeReader.h"
#include "util/ParallelTasks.h"
#include "store/ObjectStore.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>

#include <limits>
#include <optional>

namespace poddeck {

namespace {

// Fetches the objects of `versions` the store lacks, level by level (versions, then their trees, then
// resources, then chunks), skipping every subtree the store already holds. Objects in packs come as byte
// ranges (nearby entries of one pack in one read; push writes packs in this level order, so a level is a
// few ranges), others as loose objects. Each object is verified by putCompressed() and stays pending
// (invisible) until the caller flushes the store.
// Only the subtree of a published version (`complete`) is skipped: an object the store holds says nothing
// about what it reaches, since a flush killed halfway renames some objects of an unpublished version into
// place and not others, and gc drops unreachable objects in any order. Other objects already here are
// read locally and their children looked for like the rest.
class Fetcher
{
public:
    // `twinRoot`: the root of a version published here (the pod's newest), walked beside each pulled version's
    // tree: a subtree it holds under the same name is complete, so a pull reads what changed, not the state.
    Fetcher(Remote &remote, RemotePacks &packs, ObjectStore &store, JobContext &context, const PullLimits &limits,
            QSet<ObjectId> complete, const ObjectId &twinRoot)
        : m_remote(remote), m_packs(packs), m_store(store), m_context(context), m_limits(limits), m_complete(std::move(complete)),
          m_twinRoot(twinRoot)
    {
    }

    Status run(const QList<ObjectId> &versions)
    {
        QList<ObjectRef> level;
        for (const ObjectId &id : versions)
            level.append({id, ObjectKind::Version});
        while (!level.isEmpty()) {
            if (Status st = download(level); !st)
                return st;
            Result<QList<ObjectRef>> next = children(level);
            if (!next)
                return next.error();
            level = *next;
        }
        return {};
    }

    // Reads ahead the entries of `packIds` the store lacks: packs that pushes of the wanted versions wrote,
    // so they hold what those versions added (RemotePod::pushes). A few parallel range reads then replace
    // the walk's round trip per level; the walk that follows still checks every object and fetches what
    // these did not hold. An encrypted remote's index names entries by sealed names only, so there the
    // packs are read whole (up to MaxSealedAhead) and each entry is opened when the walk asks for it.
    static constexpr qint64 MaxSealedAhead = 256ll * 1024 * 1024;
    Status readAhead(const QStringList &packIds)
    {
        if (packIds.isEmpty())
            return {};
        if (!m_remote.storesPlainIds())
            return readAheadSealed(packIds);
        QList<ObjectId> missing;
        for (const QString &packId : packIds)
            for (const PackIndex::Entry &e : m_packs.indexes().value(packId).entries)
                if (!m_fetched.contains(e.storageId) && !m_store.contains(e.storageId)) {
                    missing.append(e.storageId);
                    m_fetched.insert(e.storageId);
                }
        if (missing.isEmpty())
            return {};
        if (m_fetched.size() > m_limits.maxObjects)
            return overBudget(ErrorText::tr("more than %1 objects").arg(m_limits.maxObjects), PullLimits::MaxObjectsVariable,
                              QStringLiteral("20000000"));
        const QList<RemotePacks::Range> ranges = m_packs.plan(missing);
        m_context.setStage(QCoreApplication::translate("poddeck::Stage", "Downloading objects"), missing.size());
        QMutex progress;
        return ParallelTasks::forEach(ranges.size(), [&](qsizetype i) { return fetchRange(ranges[i], progress); },
                                      ParallelTasks::RemoteInFlight, m_context.cancelFlag());
    }

    Status readAheadSealed(const QStringList &packIds)
    {
        qint64 total = 0;
        for (const QString &packId : packIds)
            total += m_packs.indexes().value(packId).packSize;
        if (total > MaxSealedAhead)
            return {}; // the walk reads ranges instead of holding that much
        if (Status st = countBytes(total); !st)
            return st;
        m_context.setStage(QCoreApplication::translate("poddeck::Stage", "Downloading objects"));
        QMutex mutex;
        return ParallelTasks::forEach(packIds.size(), [&](qsizetype i) -> Status {
            const PackIndex index = m_packs.indexes().value(packIds[i]);
            ++m_requests;
            Result<QByteArray> data = m_remote.readPackFile(Remote::packFileName(index.packId), index.packSize);
            if (!data)
                return Error(data.error().code, ErrorText::tr("%1; nothing was added").arg(data.error().message));
            if (data->size() != index.packSize)
                return Error(Error::Code::Corrupt, ErrorText::tr("pack %1 on remote %2 is not as long as its index says; "
                                                                  "nothing was added").arg(index.packId, m_remote.describe()));
            QMutexLocker lock(&mutex);
            for (const PackIndex::Entry &e : index.entries)
                m_sealedAhead.insert(e.storageId, data->mid(e.offset, e.length));
            m_context.advance(int(index.entries.size()), data->size());
            return {};
        }, ParallelTasks::RemoteInFlight, m_context.cancelFlag());
    }

    int objects() const { return m_objects.load(); }
    qint64 bytes() const { return m_bytes.load(); }
    int requests() const { return m_requests.load(); }
    int walked() const { return m_walked; }
    // Trees of the walk stored in parts: the walk read each object alone; checkParts() reads them whole.
    Status checkParts() const
    {
        for (const ObjectId &id : m_partLists)
            if (Result<TreeObject> whole = readTree(m_store, id); !whole)
                return Error(Error::Code::Corrupt, ErrorText::tr("%1 (on remote %2); nothing was added")
                                                       .arg(whole.error().message, m_remote.describe()));
        return {};
    }

private:
    Status download(const QList<ObjectRef> &level)
    {
        QList<ObjectId> missing;
        for (const ObjectRef &w : level)
            if (!m_store.contains(w.id))
                missing.append(w.id);
        for (const ObjectId &id : std::as_const(missing))
            m_fetched.insert(id);
        if (!m_sealedAhead.isEmpty()) {
            QList<ObjectId> notAhead;
            for (const ObjectId &id : std::as_const(missing)) {
                const QByteArray sealed = m_sealedAhead.take(m_remote.storageId(id));
                if (sealed.isNull()) {
                    notAhead.append(id);
                    continue;
                }
                Result<QByteArray> entry = m_remote.openPackEntry(id, sealed);
                if (!entry)
                    return Error(Error::Code::Corrupt, ErrorText::tr("%1; nothing was added").arg(entry.error().message));
                if (Status st = store(id, *entry); !st)
                    return st;
            }
            missing = notAhead;
        }
        if (missing.isEmpty())
            return {};
        if (m_fetched.size() > m_limits.maxObjects)
            return overBudget(ErrorText::tr("more than %1 objects").arg(m_limits.maxObjects), PullLimits::MaxObjectsVariable,
                              QStringLiteral("20000000"));
        // Objects the pod's packs do not hold may sit in other packs (a pod file written before them, or
        // another pod's): look through every pack once before falling back to loose objects.
        QList<ObjectId> loose;
        for (const ObjectId &id : std::as_const(missing))
            if (!m_packs.find(id))
                loose.append(id);
        if (!loose.isEmpty() && !m_loadedAll) {
            m_loadedAll = true;
            if (Result<QStringList> all = m_packs.loadAll(m_context); !all)
                return all.error();
            QList<ObjectId> still;
            for (const ObjectId &id : std::as_const(loose))
                if (!m_packs.find(id))
                    still.append(id);
            loose = still;
        }
        const QList<RemotePacks::Range> ranges = m_packs.plan(missing);
        m_context.setStage(QCoreApplication::translate("poddeck::Stage", "Downloading objects"), missing.size());
        QMutex progress;
        return ParallelTasks::forEach(ranges.size() + loose.size(), [&](qsizetype i) -> Status {
            if (i < ranges.size())
                return fetchRange(ranges[i], progress);
            const ObjectId &id = loose[i - ranges.size()];
            ++m_requests;
            Result<QByteArray> data = m_remote.getObject(id);
            if (!data) {
                if (data.error().code == Error::Code::Corrupt) // an encrypted remote's integrity check
                    return Error(Error::Code::Corrupt, ErrorText::tr("%1; nothing was added").arg(data.error().message));
                return data.error();
            }
            if (Status st = countBytes(data->size()); !st)
                return st;
            if (Status st = store(id, *data); !st)
                return st;
            QMutexLocker lock(&progress);
            m_context.advance(1, data->size());
            return {};
        }, ParallelTasks::RemoteInFlight, m_context.cancelFlag());
    }

    Status fetchRange(const RemotePacks::Range &range, QMutex &progress)
    {
        ++m_requests;
        Result<QByteArray> data = m_remote.readPackRange(Remote::packFileName(range.packId), range.offset, range.length);
        if (!data)
            return Error(data.error().code, ErrorText::tr("%1; nothing was added").arg(data.error().message));
        if (Status st = countBytes(data->size()); !st)
            return st;
        for (const RemotePacks::Range::Item &item : range.items) {
            Result<QByteArray> entry = m_remote.openPackEntry(item.id, data->mid(item.offset, item.length));
            if (!entry)
                return Error(Error::Code::Corrupt, ErrorText::tr("%1; nothing was added").arg(entry.error().message));
            if (Status st = store(item.id, *entry); !st)
                return st;
        }
        QMutexLocker lock(&progress);
        m_context.advance(range.items.size(), data->size());
        return {};
    }

    Status countBytes(qint64 size)
    {
        if (m_bytes.fetch_add(size) + size > m_limits.maxBytes)
            return overBudget(ErrorText::tr("more than %1 bytes").arg(m_limits.maxBytes), PullLimits::MaxBytesVariable,
                              QStringLiteral("200G"));
        return {};
    }

    Status store(const ObjectId &id, const QByteArray &compressed)
    {
        Status st = m_store.putCompressed(id, compressed);
        if (!st && st.error().code == Error::Code::Io) // this disk failed (full, read-only), not the remote's data
            return Error(st.error().code, ErrorText::tr("%1; nothing was added").arg(st.error().message));
        if (!st)
            return Error(Error::Code::Corrupt, ErrorText::tr("object %1 on remote %2 is corrupt (%3); nothing was added")
                                                   .arg(id.toHex(), m_remote.describe(), st.error().message));
        ++m_objects;
        return {};
    }

    Error overBudget(const QString &what, const char *variable, const QString &example) const
    {
        return Error(Error::Code::LimitExceeded,
                     ErrorText::tr("this pull from remote %1 would download %2, the limit of one pull; nothing was added. "
                                    "If the pod really is this large, raise the limit, e.g. %3=%4")
                         .arg(m_remote.describe(), what, QLatin1String(variable), example));
    }

    // What the objects of a level point to and the store lacks. Objects already in the store before this
    // pull stand for their whole subtree (a store never holds a tree without what it reaches).
    Result<QList<ObjectRef>> children(const QList<ObjectRef> &level)
    {
        QList<ObjectRef> out;
        auto want = [&](const ObjectId &id, ObjectKind kind) {
            if (m_seen.contains(id))
                return;
            m_seen.insert(id);
            out.append({id, kind});
        };
        for (const ObjectRef &w : level) {
            if (w.kind == ObjectKind::Chunk || m_complete.contains(w.id))
                continue;
            Result<QByteArray> bytes = m_store.get(w.id);
            if (!bytes)
                return bytes.error();
            ++m_walked;
            // A list of parts: checked whole once the walk is done.
            if (w.kind == ObjectKind::Tree && TreeObject::bytesArePartList(*bytes))
                m_partLists.append(w.id);
            if (w.kind == ObjectKind::Tree && m_twins.contains(w.id)) {
                if (Result<bool> done = childrenBesideTwin(w.id, *bytes, want); !done)
                    return done.error();
                else if (*done)
                    continue;
            }
            Result<QList<ObjectRef>> refs = childrenOf(w.id, w.kind, *bytes);
            if (!refs)
                return Error(Error::Code::Corrupt, ErrorText::tr("%1 (on remote %2)").arg(refs.error().message, m_remote.describe()));
            for (const ObjectRef &r : std::as_const(*refs)) {
                if (w.kind == ObjectKind::Version && r.kind == ObjectKind::Tree && !m_twinRoot.isNull()) {
                    if (r.id == m_twinRoot)
                        continue; // the same state as a version published here
                    m_twins.insert(r.id, m_twinRoot);
                }
                want(r.id, r.kind);
            }
        }
        return out;
    }

    // The entries of tree `id` that its twin (the tree at the same place in a published version) does not
    // hold as they are; trees among them get the twin's subtree of the same name as their own twin. False
    // when the twin cannot be read as a tree (then every entry is walked, as without a twin).
    template<typename Want>
    Result<bool> childrenBesideTwin(const ObjectId &id, const QByteArray &bytes, Want &want)
    {
        QString why;
        TreeObject tree, twin;
        if (!TreeObject::parse(bytes, &tree, &why))
            return Error(Error::Code::Corrupt, ErrorText::tr("object %1 is not a tree: %2 (on remote %3)").arg(id.toHex(), why, m_remote.describe()));
        Result<QByteArray> twinBytes = m_store.get(m_twins.value(id));
        if (!twinBytes || !TreeObject::parse(*twinBytes, &twin))
            return false;
        entriesBesideTwin(tree, twin, want, [this](const ObjectId &sub, const ObjectId &itsTwin) { m_twins.insert(sub, itsTwin); });
        return true;
    }

    Remote &m_remote;
    RemotePacks &m_packs;
    bool m_loadedAll = false;
    ObjectStore &m_store;
    JobContext &m_context;
    const PullLimits m_limits;
    const QSet<ObjectId> m_complete; // versions published here: all they reach is here
    const ObjectId m_twinRoot;
    QHash<ObjectId, ObjectId> m_twins; // a pulled tree -> the tree at its place in a published version
    int m_walked = 0;
    QSet<ObjectId> m_seen;
    std::atomic<int> m_objects{0};
    std::atomic<qint64> m_bytes{0};
    std::atomic<int> m_requests{0};
    QSet<ObjectId> m_fetched; // downloaded by this pull
    QList<ObjectId> m_partLists;
    QHash<ObjectId, QByteArray> m_sealedAhead; // by storage id: entries read ahead on an encrypted remote
};

// "200G", "512M", "64k" (binary units) or a plain number.
std::optional<qint64> parseAmount(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,15})\\s*([kKmMgGtT]?)[bB]?$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    const int shift = unit.isEmpty() ? 0 : 10 * int(QStringLiteral("kmgt").indexOf(unit) + 1);
    const qint64 n = m.captured(1).toLongLong();
    if (n > (std::numeric_limits<qint64>::max() >> shift))
        return std::nullopt;
    return n << shift;
}

} // namespace

Result<PullLimits> PullLimits::fromEnvironment()
{
    PullLimits limits;
    for (const auto &[variable, field] : {std::pair{MaxBytesVariable, &PullLimits::maxBytes},
                                          std::pair{MaxObjectsVariable, &PullLimits::maxObjects}}) {
        const QString value = qEnvironmentVariable(variable);
        if (value.isEmpty())
            continue;
        const std::optional<qint64> amount = parseAmount(value);
        if (!amount || *amount <= 0)
            return Error(Error::Code::InvalidArgument, ErrorText::tr("%1='%2' is not a positive amount (like 200G, 500M or 1000000)")
                                                           .arg(QLatin1String(variable), value));
        limits.*field = *amount;
    }
    return limits;
}

namespace {

Result<PullReport> pullOnce(const PullRequest &request, JobContext &context);

} // namespace

Result<PullReport> pullPod(const PullRequest &request, JobContext &context)
{
    Result<PullReport> r = pullOnce(request, context);
    if (!r) {
        const QString ref = request.number > 0 ? QStringLiteral("%1:%2").arg(request.pod).arg(request.number) : request.pod;
        return withRetryAdvice(r.error(), request.clone ? QStringLiteral("clone %1 %2").arg(request.remote, request.pod)
                                                        : QStringLiteral("pull %1 %2").arg(ref, request.remote).trimmed());
    }
    return r;
}

namespace {

Result<PullReport> pullOnce(const PullRequest &request, JobContext &context)
{
    if (Status st = Catalogue::validatePodName(request.pod); !st)
        return st.error();
    const Result<PullLimits> limits = PullLimits::fromEnvironment();
    if (!limits)
        return limits.error();
    Result<RemoteSession> session = RemoteSession::open(request.home, request.remote);
    if (!session)
        return session.error();
    Catalogue &cat = *session->catalogue;
    PullReport report;
    report.pod = request.pod;
    report.remote = session->info.name;
    if (request.clone && cat.hasPod(request.pod) && cat.pod(request.pod)->versionCount > 0)
        return Error(Error::Code::Conflict, ErrorText::tr("pod '%1' exists here already; use `poddeck-cli pull %1 %2`")
                                                .arg(request.pod, session->info.name));

    context.setStage(QCoreApplication::translate("poddeck::Stage", "Reading pod '%1' on %2").arg(request.pod, session->info.name));
    Result<std::optional<RemotePodState>> state = readRemotePod(*session->remote, request.pod);
    if (!state)
        return state.error();
    if (!*state || (*state)->pod.versions.isEmpty())
        return Error(Error::Code::NotFound, ErrorText::tr("remote '%1' has no pod '%2' (see `poddeck-cli list --remote %1`)")
                                                .arg(session->info.name, request.pod));
    const RemotePod &remotePod = (*state)->pod;
    report.remoteHead = remotePod.head;
    if (Status st = checkRemoteHeadNotBehind(cat, session->info.name, request.pod, remotePod); !st)
        return st.error();

    QList<Version> wanted = remotePod.versions;
    if (request.number > 0) {
        if (request.number > remotePod.versions.size())
            return Error(Error::Code::NotFound, ErrorText::tr("pod '%1' on remote '%2' has %n version(s); there is no %1:%3", nullptr,
                                                              int(remotePod.versions.size()))
                                                    .arg(request.pod, session->info.name)
                                                    .arg(request.number));
        const QSet<ObjectId> keep = ancestorsOf(remotePod.versions, remotePod.versions[request.number - 1].id);
        wanted.clear();
        for (const Version &v : remotePod.versions)
            if (keep.contains(v.id))
                wanted.append(v);
    }
    QList<ObjectId> ids;
    for (const Version &v : std::as_const(wanted))
        ids.append(v.id);

    // Until the versions are published: gc must not remove what the pull stores or finds already stored.
    Result<std::unique_ptr<GcLock>> gcLock = GcLock::acquire(request.home, GcLock::Mode::Shared, context);
    if (!gcLock)
        return gcLock.error();
    ObjectStore store(request.home);
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Reading the pack indexes"), remotePod.packs.size());
    RemotePacks packs(*session->remote, request.home);
    if (Status st = packs.load(remotePod.packs, context); !st)
        return st.error();
    QSet<ObjectId> complete;
    const Version *newestHere = nullptr;
    Result<QList<Version>> here = cat.allVersions();
    if (here)
        for (const Version &v : std::as_const(*here)) {
            complete.insert(v.id);
            if (v.pod == request.pod && (!newestHere || v.number > newestHere->number))
                newestHere = &v;
        }
    Fetcher fetcher(*session->remote, packs, store, context, *limits, complete, newestHere ? newestHere->root : ObjectId());
    const QSet<ObjectId> wantedIds(ids.cbegin(), ids.cend());
    QStringList ahead;
    for (const RemotePod::Push &p : remotePod.pushes)
        if (wantedIds.contains(p.head) && !complete.contains(p.head))
            for (const QString &pack : p.packs)
                if (remotePod.packs.contains(pack) && !ahead.contains(pack))
                    ahead.append(pack);
    Status fetched = fetcher.readAhead(ahead);
    if (fetched)
        fetched = fetcher.run(ids);
    if (fetched)
        fetched = fetcher.checkParts();
    report.objectsDownloaded = fetcher.objects();
    report.bytesDownloaded = fetcher.bytes();
    report.requests = fetcher.requests();
    report.objectsWalked = fetcher.walked();
    if (!fetched) {
        store.discardPending();
        return fetched.error();
    }

    // Nothing becomes visible unless every version is complete here. The fetch above is that check: it
    // walked every object the versions reach, verified each it downloaded against its hash, and stopped
    // only at versions published here before (Fetcher says why not at any object the store held). Versions
    // are read from their verified objects (the pod file's entries are only informative).
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Verifying versions"), wanted.size());
    QList<Version> versions;
    for (const ObjectId &id : std::as_const(ids)) {
        Result<QByteArray> bytes = store.get(id);
        Version v;
        QString why;
        if (!bytes || !Version::fromObjectBytes(*bytes, &v, &why)) {
            store.discardPending();
            return Error(Error::Code::Corrupt, ErrorText::tr("version %1 from remote '%2' cannot be read: %3; nothing was added")
                                                   .arg(id.toHex(), session->info.name, bytes ? why : bytes.error().message));
        }
        v.pod = request.pod;
        versions.append(v);
    }
    if (context.isCancelled()) {
        store.discardPending();
        return Error(Error::Code::Cancelled, ErrorText::tr("pull cancelled; nothing was added"));
    }

    context.setStage(QCoreApplication::translate("poddeck::Stage", "Recording versions"));
    const int before = cat.hasPod(request.pod) ? cat.pod(request.pod)->versionCount : 0;
    Result<QList<Version>> published = publishVersions(cat, request.pod, versions, store);
    if (!published)
        return published.error();
    report.versions = *published;
    Result<PodInfo> pulled = cat.pod(request.pod);
    if (!pulled)
        return pulled.error();
    report.versionsAdded = pulled->versionCount - before;
    if (isNewerDescription(remotePod.description, pulled->description)) {
        if (Status st = cat.describePod(request.pod, remotePod.description); !st)
            return st.error();
        report.descriptionUpdated = true;
    }
    if (Status st = cat.setRemoteRef(session->info.name, request.pod, remotePod.head); !st)
        return st.error();
    return report;
}

} // namespace

} // namespace poddeck
