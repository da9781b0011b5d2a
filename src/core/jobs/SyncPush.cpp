// Push: upload what the remote lacks, then move the remote's head conditionally.
#include "jobs/Sync.h"

#include "jobs/CommitDirectory.h"
#include "jobs/RemoteAccess.h"
#include "jobs/SyncSupport.h"
#include "remote/EncryptedRemote.h"
#include "util/ParallelTasks.h"
#include "store/ObjectStore.h"
#include "store/StateTreeReader.h"

#include <QHash>
#include <QMutex>

#include <algorithm>

namespace poddeck {

namespace {

Error pullFirst(const QString &pod, const QString &remote)
{
    return Error(Error::Code::Conflict,
                 QStringLiteral("the remote has versions you don't have: pull and merge first "
                                "(`poddeck-cli pull %1 %2`, merge, then push again)").arg(pod, remote));
}

// Which candidates the remote already stores. HEAD per object costs one request each; listing a two-hex
// prefix costs one request per 1,000 objects the remote holds there. List when candidates crowd the prefixes.
// Listings name objects by storage id (a keyed hash on encrypted remotes), so candidates are matched by theirs.
Result<QSet<ObjectId>> presentOnRemote(Remote &remote, const QList<ObjectId> &candidates, JobContext &context)
{
    QHash<ObjectId, ObjectId> byStorageId;
    QSet<QString> prefixes;
    for (const ObjectId &id : candidates) {
        const ObjectId stored = remote.storageId(id);
        byStorageId.insert(stored, id);
        prefixes.insert(stored.toHex().left(2));
    }
    QSet<ObjectId> present;
    QMutex mutex;
    const std::atomic<bool> *cancel = context.cancelFlag();
    if (candidates.size() >= 4 * prefixes.size() && candidates.size() > 256) {
        const QStringList list(prefixes.cbegin(), prefixes.cend());
        Status st = ParallelTasks::forEach(list.size(), [&](qsizetype i) -> Status {
            Result<QSet<ObjectId>> there = remote.listObjects(list[i]);
            if (!there)
                return there.error();
            QMutexLocker lock(&mutex);
            for (const ObjectId &stored : std::as_const(*there))
                if (auto it = byStorageId.constFind(stored); it != byStorageId.cend())
                    present.insert(*it);
            return {};
        }, ParallelTasks::RemoteInFlight, cancel);
        if (!st)
            return st.error();
        return present;
    }
    Status st = ParallelTasks::forEach(candidates.size(), [&](qsizetype i) -> Status {
        Result<bool> has = remote.hasObject(candidates[i]);
        if (!has)
            return has.error();
        if (*has) {
            QMutexLocker lock(&mutex);
            present.insert(candidates[i]);
        }
        return {};
    }, ParallelTasks::RemoteInFlight, cancel);
    if (!st)
        return st.error();
    return present;
}

} // namespace

Result<PushReport> pushPod(const PushRequest &request, JobContext &context)
{
    Result<RemoteSession> session = RemoteSession::open(request.home, request.remote);
    if (!session)
        return session.error();
    Catalogue &cat = *session->catalogue;
    Remote &remote = *session->remote;
    PushReport report;
    report.pod = request.ref.pod;
    report.remote = session->info.name;

    if (!cat.hasPod(request.ref.pod))
        return Error(Error::Code::NotFound, QStringLiteral("no pod named '%1' (see `poddeck-cli list`)").arg(request.ref.pod));
    Result<QList<Version>> local = cat.versions(request.ref.pod);
    if (!local)
        return local.error();
    if (local->isEmpty())
        return Error(Error::Code::NotFound, QStringLiteral("pod '%1' has no versions to push").arg(request.ref.pod));
    Result<Version> target = cat.version(request.ref.pod, request.ref.number);
    if (!target)
        return target.error();
    const QString pod = target->pod; // the catalogue's spelling

    context.setStage(QStringLiteral("Reading pod '%1' on %2").arg(pod, session->info.name));
    Result<std::optional<RemotePodState>> state = readRemotePod(remote, pod);
    if (!state)
        return state.error();
    RemotePod remotePod;
    QString tag;
    if (*state) {
        remotePod = (*state)->pod;
        tag = (*state)->tag;
    } else if (!session->info.isEncrypted()) {
        // A new pod: make sure a plain view of an encrypted remote never adds plaintext to it.
        Result<bool> encrypted = EncryptedRemote::hasKeyFile(remote);
        if (!encrypted)
            return encrypted.error();
        if (*encrypted)
            return encryptedRemoteError(remote.describe());
    }
    remotePod.pod = pod;

    const QSet<ObjectId> ancestors = ancestorsOf(*local, target->id);
    if (remotePod.contains(target->id)) {
        // Nothing new; the remote may even be ahead of this version.
        report.upToDate = true;
        report.head = *target;
        if (Status st = recordRemoteHead(cat, session->info.name, pod, remotePod); !st)
            return st.error();
        return report;
    }
    if (!remotePod.head.isNull() && !ancestors.contains(remotePod.head))
        return pullFirst(pod, session->info.name);

    // Versions to add, parents first (local numbers grow with parents), and the versions the remote has that
    // they build on: objects those reach are on the remote already.
    QList<Version> toPush;
    for (const Version &v : std::as_const(*local))
        if (ancestors.contains(v.id) && !remotePod.contains(v.id))
            toPush.append(v);
    const ObjectStore store(request.home);
    QSet<ObjectId> shared;
    context.setStage(QStringLiteral("Finding what changed"));
    QList<ObjectId> bases;
    if (!remotePod.head.isNull())
        bases.append(remotePod.head);
    for (const Version &v : std::as_const(toPush))
        for (const ObjectId &p : v.parents)
            if (remotePod.contains(p) && !bases.contains(p))
                bases.append(p);
    for (const ObjectId &base : std::as_const(bases))
        if (Status st = collectReachable(store, base, shared, false, false); !st)
            return st.error();
    QSet<ObjectId> seen = shared;
    for (const Version &v : std::as_const(toPush))
        if (Status st = collectReachable(store, v.id, seen, false, true); !st)
            return Error(st.error().code, QStringLiteral("%1:%2 cannot be pushed: %3 (run `poddeck-cli fsck`)")
                                              .arg(pod).arg(v.number).arg(st.error().message));
    QList<ObjectId> candidates;
    for (const ObjectId &id : std::as_const(seen))
        if (!shared.contains(id))
            candidates.append(id);
    std::sort(candidates.begin(), candidates.end());
    report.objectsConsidered = int(candidates.size());

    context.setStage(QStringLiteral("Checking %1 objects on %2").arg(candidates.size()).arg(session->info.name));
    Result<QSet<ObjectId>> present = presentOnRemote(remote, candidates, context);
    if (!present)
        return present.error();
    report.objectsPresent = int(present->size());
    QList<ObjectId> missing;
    for (const ObjectId &id : std::as_const(candidates))
        if (!present->contains(id))
            missing.append(id);

    context.setStage(QStringLiteral("Uploading objects"), missing.size());
    std::atomic<qint64> bytes{0};
    std::atomic<int> uploaded{0};
    QMutex progressMutex;
    Status sent = ParallelTasks::forEach(missing.size(), [&](qsizetype i) -> Status {
        Result<QByteArray> data = store.getCompressed(missing[i]);
        if (!data)
            return data.error();
        if (Status st = remote.putObject(missing[i], *data); !st)
            return st;
        bytes += data->size();
        ++uploaded;
        QMutexLocker lock(&progressMutex);
        context.advance(1, data->size());
        return {};
    }, ParallelTasks::RemoteInFlight, context.cancelFlag());
    report.objectsUploaded = uploaded.load();
    report.bytesUploaded = bytes.load();
    if (!sent)
        return Error(sent.error().code, QStringLiteral("%1 (%2 of %3 objects uploaded; push again to send the rest)")
                                            .arg(sent.error().message).arg(uploaded.load()).arg(missing.size()));
    if (Status st = remote.flush(); !st)
        return st.error();

    context.setStage(QStringLiteral("Updating pod '%1' on %2").arg(pod, session->info.name));
    remotePod.versions.append(toPush);
    remotePod.head = target->id;
    remotePod.updatedBy = defaultAuthor();
    Result<QString> written = remote.writePod(pod, remotePod.toBytes(), tag);
    if (!written) {
        if (written.error().code == Error::Code::Conflict)
            return pullFirst(pod, session->info.name);
        return written.error();
    }
    if (Status st = cat.setRemoteRef(session->info.name, pod, target->id); !st)
        return st.error();
    report.head = *target;
    report.versionsPushed = int(toPush.size());
    return report;
}

} // namespace poddeck
