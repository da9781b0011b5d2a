// Push: upload what the remote lacks, then move the remote's head conditionally.
#include "jobs/Sync.h"

#include "jobs/CommitDirectory.h"
#include "jobs/RemoteAccess.h"
#include "jobs/RemotePacks.h"
#include "jobs/SyncSupport.h"
#include "remote/EncryptedRemote.h"
#include "util/ParallelTasks.h"
#include "store/ObjectStore.h"
#include "state/TreeObject.h"
#include "state/Version.h"
#include "store/StateTreeReader.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <algorithm>

namespace poddeck {

namespace {

Error pullFirst(const QString &pod, const QString &remote)
{
    return Error(Error::Code::Conflict,
                 ErrorText::tr("the remote has versions you don't have: pull and merge first "
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

// The objects `versions` reach, in the order a pull reads them (see ObjectKind), leaving out every subtree
// that the tree at the same place under `twinRoot` (the root of the remote's head, all of which the remote
// holds) holds as it is. So a push reads what changed, not the whole state. What is left may still be on
// the remote (a resource moved elsewhere, chunks shared with other resources): the remote's pack indexes
// answer that. `treeParts` is set when a tree it walked is stored in parts.
Result<QList<ObjectId>> pushOrder(const ObjectStore &store, const QList<ObjectId> &versions, const ObjectId &twinRoot,
                                  bool *treeParts)
{
    QList<ObjectId> out;
    QSet<ObjectId> seen;
    QHash<ObjectId, ObjectId> twins; // a tree to push -> the tree at its place under twinRoot
    QList<ObjectRef> level;
    for (const ObjectId &id : versions)
        level.append({id, ObjectKind::Version});
    while (!level.isEmpty()) {
        QList<ObjectRef> next;
        const auto want = [&](const ObjectId &id, ObjectKind kind) {
            if (!seen.contains(id))
                next.append({id, kind});
        };
        for (const ObjectRef &ref : std::as_const(level)) {
            if (seen.contains(ref.id))
                continue;
            seen.insert(ref.id);
            out.append(ref.id);
            if (ref.kind == ObjectKind::Chunk) {
                if (!store.contains(ref.id))
                    return Error(Error::Code::NotFound, ErrorText::tr("object %1 (an attachment chunk) is missing").arg(ref.id.toHex()));
                continue;
            }
            Result<QByteArray> bytes = store.get(ref.id);
            if (!bytes)
                return bytes.error();
            // A list of parts: the pod file says so.
            if (ref.kind == ObjectKind::Tree && TreeObject::bytesArePartList(*bytes))
                *treeParts = true;
            TreeObject tree, twin;
            if (ref.kind == ObjectKind::Tree && twins.contains(ref.id) && TreeObject::parse(*bytes, &tree)) {
                Result<QByteArray> twinBytes = store.get(twins.value(ref.id));
                if (twinBytes && TreeObject::parse(*twinBytes, &twin)) {
                    entriesBesideTwin(tree, twin, want, [&](const ObjectId &id, const ObjectId &itsTwin) { twins.insert(id, itsTwin); });
                    continue;
                }
            }
            Result<QList<ObjectRef>> children = childrenOf(ref.id, ref.kind, *bytes);
            if (!children)
                return children.error();
            for (const ObjectRef &c : std::as_const(*children)) {
                if (ref.kind == ObjectKind::Version && !twinRoot.isNull()) {
                    if (c.id == twinRoot)
                        continue; // the same state as the remote's head
                    twins.insert(c.id, twinRoot);
                }
                want(c.id, c.kind);
            }
        }
        level = next;
    }
    return out;
}

// A pack this push names that no pod named before (one it reuses, or one it wrote) may be one `gc --remote`
// is retiring: gc removes the index of a pack no pod names once it is older than gc's grace period (after
// marking it "<id>.gone"), and removes the pack a grace period later. If gc took the index between this push
// reading (or writing) it and writing the pod file, the index is put back (this push holds it) and the mark
// removed, so the pack stays.
Status keepNamedPacks(Remote &remote, const RemotePacks &packs, const QSet<QString> &named)
{
    if (named.isEmpty())
        return {};
    Result<QStringList> files = remote.listPackFiles();
    if (!files)
        return files.error();
    const QSet<QString> present(files->cbegin(), files->cend());
    for (const QString &id : named) {
        if (!present.contains(Remote::packFileName(id)))
            return Error(Error::Code::Conflict,
                         ErrorText::tr("pack %1, which this push names, was removed from the remote while it ran (by `gc "
                                       "--remote --prune-now`?); push again").arg(id));
        if (present.contains(Remote::indexFileName(id)) && !present.contains(id + QStringLiteral(".gone")))
            continue;
        if (!present.contains(Remote::indexFileName(id)))
            if (Status st = remote.putPackIndex(packs.indexes().value(id)); !st)
                return st;
        if (Status st = remote.removePackFile(id + QStringLiteral(".gone")); !st)
            return st;
    }
    return {};
}

// The objects of `packed` (found in packs) to send again: those in a pack that no pod names (left by a
// push that was killed or lost the race to a pod file) and of which this push needs less than three
// quarters. Naming a pack keeps all of it for good (pod files only grow), so a mostly unneeded leftover
// would stay on the remote as garbage; sent again, its objects go into this push's pack and `gc --remote`
// removes the leftover whole. Pod files are read only when such a pack comes up.
Result<QSet<ObjectId>> objectsOfThinLeftovers(Remote &remote, const RemotePacks &packs, const QList<ObjectId> &packed,
                                              const RemotePod &pod)
{
    QHash<QString, QList<ObjectId>> byPack;
    QHash<QString, qint64> needed;
    for (const ObjectId &id : packed) {
        const std::optional<RemotePacks::Location> at = packs.find(id);
        if (!at || pod.packs.contains(at->packId))
            continue;
        byPack[at->packId].append(id);
        needed[at->packId] += at->length;
    }
    QStringList thin;
    for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
        qint64 total = 0;
        for (const PackIndex::Entry &e : packs.indexes().value(it.key()).entries)
            total += e.length;
        if (it.value() * 4 < total * 3)
            thin.append(it.key());
    }
    if (thin.isEmpty())
        return QSet<ObjectId>();
    Result<QSet<QString>> named = packsNamedByAnyPod(remote);
    if (!named)
        return named.error();
    QSet<ObjectId> out;
    for (const QString &id : std::as_const(thin))
        if (!named->contains(id))
            for (const ObjectId &o : std::as_const(byPack[id]))
                out.insert(o);
    return out;
}

Result<PushReport> pushOnce(const PushRequest &request, JobContext &context);

} // namespace

Result<PushReport> pushPod(const PushRequest &request, JobContext &context)
{
    Result<PushReport> r = pushOnce(request, context);
    if (!r) {
        const QString ref = request.ref.number > 0 ? QStringLiteral("%1:%2").arg(request.ref.pod).arg(request.ref.number) : request.ref.pod;
        return withRetryAdvice(r.error(), QStringLiteral("push %1 %2").arg(ref, request.remote).trimmed());
    }
    return r;
}

namespace {

Result<PushReport> pushOnce(const PushRequest &request, JobContext &context)
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
        return Error(Error::Code::NotFound, ErrorText::tr("no pod named '%1' (see `poddeck-cli list`)").arg(request.ref.pod));
    Result<QList<Version>> local = cat.versions(request.ref.pod);
    if (!local)
        return local.error();
    if (local->isEmpty())
        return Error(Error::Code::NotFound, ErrorText::tr("pod '%1' has no versions to push").arg(request.ref.pod));
    Result<Version> target = cat.version(request.ref.pod, request.ref.number);
    if (!target)
        return target.error();
    const QString pod = target->pod; // the catalogue's spelling

    context.setStage(QCoreApplication::translate("poddeck::Stage", "Reading pod '%1' on %2").arg(pod, session->info.name));
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

    // The newer description wins: this pod's when it was edited here after the remote's copy.
    Result<PodInfo> localPod = cat.pod(pod);
    if (!localPod)
        return localPod.error();
    const bool describe = isNewerDescription(localPod->description, remotePod.description);
    if (describe)
        remotePod.description = localPod->description;

    const QSet<ObjectId> ancestors = ancestorsOf(*local, target->id);
    if (remotePod.contains(target->id)) {
        // No new version; the remote may even be ahead of this one. Only a newer description is sent.
        report.upToDate = true;
        report.head = *target;
        if (Status st = recordRemoteHead(cat, session->info.name, pod, remotePod); !st)
            return st.error();
        if (describe) {
            context.setStage(QCoreApplication::translate("poddeck::Stage", "Updating pod '%1' on %2").arg(pod, session->info.name));
            Result<QString> written = remote.writePod(pod, remotePod.toBytes(), tag);
            if (!written) {
                if (written.error().code == Error::Code::Conflict)
                    return Error(Error::Code::Conflict, ErrorText::tr("someone updated pod '%1' on remote '%2' at the same time; "
                                                                       "push again to send its description")
                                                            .arg(pod, session->info.name));
                return written.error();
            }
            report.descriptionPushed = true;
        }
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
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Finding what changed"));
    ObjectId twinRoot;
    if (!remotePod.head.isNull()) {
        Result<QByteArray> headBytes = store.get(remotePod.head);
        Version head;
        if (headBytes && Version::fromObjectBytes(*headBytes, &head))
            twinRoot = head.root;
    }
    QList<ObjectId> newVersions;
    for (const Version &v : std::as_const(toPush))
        newVersions.append(v.id);
    bool treeParts = false;
    Result<QList<ObjectId>> ordered = pushOrder(store, newVersions, twinRoot, &treeParts);
    if (!ordered)
        return Error(ordered.error().code, ErrorText::tr("%1:%2 cannot be pushed: %3 (run `poddeck-cli fsck`)")
                                               .arg(pod).arg(target->number).arg(ordered.error().message));
    const QList<ObjectId> &candidates = *ordered;
    report.objectsConsidered = int(candidates.size());

    // What the remote holds already: objects in any pack (from every index, cached here), then, on a remote
    // that still holds loose objects (the layout before packs), those too.
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Checking which objects %1 has").arg(session->info.name), candidates.size());
    RemotePacks packs(remote, request.home);
    Result<QStringList> existingPacks = packs.loadAll(context);
    if (!existingPacks)
        return existingPacks.error();
    QList<ObjectId> notPacked;
    QList<ObjectId> packed;
    for (const ObjectId &id : candidates)
        (packs.find(id) ? packed : notPacked).append(id);
    Result<QSet<ObjectId>> resend = objectsOfThinLeftovers(remote, packs, packed, remotePod);
    if (!resend)
        return resend.error();
    if (!resend->isEmpty()) {
        packed.removeIf([&](const ObjectId &id) { return resend->contains(id); });
        report.objectsResent = int(resend->size());
    }
    QSet<ObjectId> present(packed.cbegin(), packed.cend());
    Result<bool> loose = remote.hasLooseObjects();
    if (!loose)
        return loose.error();
    if (*loose) {
        if (existingPacks->isEmpty()) {
            report.layoutUpgraded = true;
            context.setStage(QCoreApplication::translate("poddeck::Stage",
                                                         "Remote %1 keeps one file per object (the layout before "
                                                         "packs); upgrading it: new objects go into packs from now on")
                                 .arg(session->info.name));
        }
        Result<QSet<ObjectId>> there = presentOnRemote(remote, notPacked, context);
        if (!there)
            return there.error();
        present.unite(*there);
    }
    report.objectsPresent = int(present.size());
    QList<ObjectId> missing;
    for (const ObjectId &id : candidates)
        if (!present.contains(id))
            missing.append(id);

    context.setStage(QCoreApplication::translate("poddeck::Stage", "Uploading objects"), missing.size());
    int uploaded = 0;
    qint64 bytes = 0;
    Result<QStringList> created = packs.upload(store, missing, context, [&](int objects, qint64 packBytes) {
        uploaded += objects;
        bytes += packBytes;
        ++report.packsUploaded;
        context.advance(objects, packBytes);
    });
    report.objectsUploaded = uploaded;
    report.bytesUploaded = bytes;
    if (!created)
        return Error(created.error().code, ErrorText::tr("%1 (%2 of %n object(s) uploaded; push again to send the rest)", nullptr,
                                                         int(missing.size()))
                                               .arg(created.error().message)
                                               .arg(uploaded));
    if (Status st = remote.flush(); !st)
        return st.error();

    // The pod file names every pack its versions need: those it named, those holding objects found present,
    // and the new ones.
    QSet<QString> podPacks(remotePod.packs.cbegin(), remotePod.packs.cend());
    const QSet<QString> reused = packs.packsHolding(packed).subtract(podPacks); // packs other pushes wrote
    podPacks.unite(reused);
    for (const QString &id : std::as_const(*created))
        podPacks.insert(id);
    remotePod.packs = QStringList(podPacks.cbegin(), podPacks.cend());
    remotePod.packs.sort();

    context.setStage(QCoreApplication::translate("poddeck::Stage", "Updating pod '%1' on %2").arg(pod, session->info.name));
    remotePod.versions.append(toPush);
    remotePod.treeParts = remotePod.treeParts || treeParts;
    remotePod.addPush(target->id, *created);
    remotePod.head = target->id;
    remotePod.updatedBy = defaultAuthor();
    Result<QString> written = remote.writePod(pod, remotePod.toBytes(), tag);
    if (!written) {
        if (written.error().code == Error::Code::Conflict)
            return pullFirst(pod, session->info.name);
        return written.error();
    }
    // Its own packs too: a push that ran longer than gc's grace period between uploading a pack and naming it
    // may find that pack retired as well.
    QSet<QString> newlyNamed = reused;
    for (const QString &id : std::as_const(*created))
        newlyNamed.insert(id);
    if (Status st = keepNamedPacks(remote, packs, newlyNamed); !st)
        return st.error();
    if (Status st = cat.setRemoteRef(session->info.name, pod, target->id); !st)
        return st.error();
    report.head = *target;
    report.versionsPushed = int(toPush.size());
    report.descriptionPushed = describe;
    return report;
}

} // namespace

} // namespace poddeck
