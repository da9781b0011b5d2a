#include "jobs/SyncSupport.h"

#include "aws/AwsError.h"
#include "aws/RetryPolicy.h"
#include "jobs/RemoteAccess.h"
#include "jobs/Sync.h"
#include "remote/RemoteCipher.h"
#include "state/Resource.h"
#include "state/TreeObject.h"
#include "util/ErrorText.h"

#include <QCoreApplication>

namespace poddeck {

Result<RemoteSession> RemoteSession::open(const QString &home, const QString &remoteName)
{
    RemoteSession s;
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    s.catalogue = std::move(catalogue).value();
    Result<RemoteInfo> info = chooseRemote(*s.catalogue, remoteName);
    if (!info)
        return info.error();
    s.info = *info;
    Result<std::unique_ptr<Remote>> remote = openRemote(s.info);
    if (!remote)
        return remote.error();
    s.remote = std::move(remote).value();
    return s;
}

Result<QList<ObjectRef>> childrenOf(const ObjectId &id, ObjectKind kind, const QByteArray &bytes)
{
    QList<ObjectRef> out;
    QString why;
    if (kind == ObjectKind::Version) {
        Version v;
        if (!Version::fromObjectBytes(bytes, &v, &why))
            return Error(Error::Code::Corrupt, ErrorText::tr("object %1 is not a version: %2").arg(id.toHex(), why));
        out.append({v.root, ObjectKind::Tree});
    } else if (kind == ObjectKind::Tree) {
        TreeObject tree;
        if (!TreeObject::parse(bytes, &tree, &why))
            return Error(Error::Code::Corrupt, ErrorText::tr("object %1 is not a tree: %2").arg(id.toHex(), why));
        for (const TreeObject::Entry &e : std::as_const(tree.entries))
            out.append({e.id, e.kind == TreeObject::Kind::Resource ? ObjectKind::Resource : ObjectKind::Tree}); // parts are trees
    } else if (kind == ObjectKind::Resource) {
        Resource r;
        if (!Resource::fromObjectBytes(bytes, &r, &why))
            return Error(Error::Code::Corrupt, ErrorText::tr("object %1 is not a resource: %2").arg(id.toHex(), why));
        for (const AttachmentRef &a : std::as_const(r.attachments))
            for (const ObjectId &c : a.chunks)
                out.append({c, ObjectKind::Chunk});
    }
    return out;
}

void entriesBesideTwin(const TreeObject &tree, const TreeObject &twin, const std::function<void(const ObjectId &, ObjectKind)> &want,
                       const std::function<void(const ObjectId &, const ObjectId &)> &twinOf)
{
    // By kind and name: a name can carry a resource and a subtree, and a part is named after its first entry.
    const auto key = [](const TreeObject::Entry &e) { return QString(QLatin1Char(char(e.kind))) + e.name; };
    QHash<QString, const TreeObject::Entry *> byName;
    for (const TreeObject::Entry &e : std::as_const(twin.entries))
        byName.insert(key(e), &e);
    for (const TreeObject::Entry &e : std::as_const(tree.entries)) {
        const TreeObject::Entry *same = byName.value(key(e));
        if (same && same->id == e.id)
            continue; // the other side holds all of it
        const bool subtree = e.kind != TreeObject::Kind::Resource; // a subtree, or a part of a large one
        if (subtree && same)
            twinOf(e.id, same->id);
        want(e.id, subtree ? ObjectKind::Tree : ObjectKind::Resource);
    }
}

Result<QList<RemotePod>> readAllPods(Remote &remote)
{
    Result<QStringList> names = remote.listPods();
    if (!names)
        return names.error();
    QList<RemotePod> pods;
    for (const QString &name : std::as_const(*names)) {
        Result<std::optional<RemotePodState>> state = readRemotePod(remote, name);
        if (!state)
            return state.error();
        if (*state)
            pods.append((*state)->pod);
    }
    return pods;
}

Result<QSet<QString>> packsNamedByAnyPod(Remote &remote)
{
    Result<QList<RemotePod>> pods = readAllPods(remote);
    if (!pods)
        return pods.error();
    QSet<QString> named;
    for (const RemotePod &pod : std::as_const(*pods))
        for (const QString &id : pod.packs)
            named.insert(id);
    return named;
}

Error encryptedRemoteError(const QString &remoteUrl)
{
    return Error(Error::Code::Unsupported,
                 ErrorText::tr("%1 is an encrypted remote: remove this remote and add it again with its passphrase "
                                "(`poddeck-cli remote add NAME %1 --encrypt --passphrase-stdin`)").arg(remoteUrl));
}

Result<std::optional<RemotePodState>> readRemotePod(Remote &remote, const QString &name)
{
    Result<RemoteDocument> doc = remote.readPod(name);
    if (!doc) {
        if (doc.error().code == Error::Code::NotFound)
            return std::optional<RemotePodState>();
        return doc.error();
    }
    if (RemoteCipher::looksSealed(doc->bytes)) // a plain view of an encrypted remote
        return encryptedRemoteError(remote.describe());
    Result<RemotePod> pod = RemotePod::parse(doc->bytes, QStringLiteral("%1/%2").arg(remote.describe(), Remote::podKey(name)));
    if (!pod)
        return pod.error();
    return std::optional<RemotePodState>(RemotePodState{std::move(pod).value(), doc->tag});
}

Status checkRemoteHeadNotBehind(Catalogue &cat, const QString &remote, const QString &podName, const RemotePod &pod)
{
    Result<ObjectId> seen = cat.remoteRef(remote, podName);
    if (!seen || seen->isNull() || pod.head.isNull() || *seen == pod.head)
        return {}; // never seen here: nothing to compare with
    if (ancestorsOf(pod.versions, pod.head).contains(*seen))
        return {};
    const qsizetype at = pod.indexOf(pod.head);
    return Error(Error::Code::Conflict,
                 ErrorText::tr("pod '%1' on remote '%2' moved backwards: its head is now %3 (%4 versions), but this machine "
                                "saw %5 there before, which the remote no longer builds on. Someone restored an older copy of "
                                "its pod file, or replayed one. Nothing was changed here. If this machine holds the newer "
                                "versions, `poddeck-cli push %1 %2` puts them back; otherwise ask who maintains the remote")
                     .arg(podName, remote, pod.head.shortHex())
                     .arg(at >= 0 ? at + 1 : pod.versions.size())
                     .arg(seen->shortHex()));
}

bool isNewerDescription(const PodDescription &candidate, const PodDescription &current)
{
    if (!candidate.edited.isValid() || candidate.sameContent(current))
        return false;
    return !current.edited.isValid() || candidate.edited > current.edited;
}

Status recordRemoteHead(Catalogue &cat, const QString &remote, const QString &podName, const RemotePod &pod)
{
    if (pod.head.isNull() || !checkRemoteHeadNotBehind(cat, remote, podName, pod))
        return {};
    return cat.setRemoteRef(remote, podName, pod.head);
}

// ---- listing (declared in Sync.h) ----

Result<QList<RemotePodInfo>> listRemotePods(const QString &home, const QString &remoteName, JobContext &context)
{
    Result<RemoteSession> session = RemoteSession::open(home, remoteName);
    if (!session)
        return session.error();
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Listing pods on %1").arg(session->info.name));
    Result<QStringList> names = session->remote->listPods();
    if (!names)
        return names.error();
    Catalogue &cat = *session->catalogue;
    QList<RemotePodInfo> out;
    for (const QString &name : std::as_const(*names)) {
        Result<std::optional<RemotePodState>> state = readRemotePod(*session->remote, name);
        if (!state)
            return state.error();
        if (!*state)
            continue; // removed between listing and reading
        const RemotePod &pod = (*state)->pod;
        RemotePodInfo info;
        info.name = name;
        info.versions = int(pod.versions.size());
        info.updatedBy = pod.updatedBy;
        info.description = pod.description;
        QSet<QString> services;
        for (const Version &v : pod.versions)
            for (const QString &service : v.services)
                services.insert(service);
        info.services = QStringList(services.cbegin(), services.cend());
        info.services.sort();
        if (qsizetype i = pod.indexOf(pod.head); i >= 0)
            info.head = pod.versions[i];
        info.local = cat.hasPod(name);
        if (info.local) {
            Result<QList<Version>> local = cat.versions(name);
            if (!local)
                return local.error();
            QSet<ObjectId> mine;
            for (const Version &v : std::as_const(*local))
                mine.insert(v.id);
            QSet<ObjectId> theirs;
            for (const Version &v : pod.versions)
                theirs.insert(v.id);
            info.ahead = int((mine - theirs).size());
            info.behind = int((theirs - mine).size());
        }
        if (info.local) // a head that moved backwards is not recorded, so the next pull still says so
            if (Status st = recordRemoteHead(cat, session->info.name, name, pod); !st)
                return st.error();
        out.append(info);
    }
    return out;
}

Error withRetryAdvice(const Error &error, const QString &command)
{
    const QString code = AwsError::codeOf(error);
    const bool transient = error.code == Error::Code::Network || RetryPolicy::isThrottlingCode(code)
        || code == QLatin1String("InternalError") || code == QLatin1String("ServiceUnavailable") || code.startsWith(u'5');
    // Some already say how to go on ("push again ..."), in English or in the translation.
    const QString again = ErrorText::tr("again", "the word of the messages that already say to try again");
    if (!transient || error.message.contains(QLatin1String(" again")) || error.message.contains(again))
        return error;
    return Error(error.code, ErrorText::tr("%1 (the network or the remote kept failing; nothing is lost: run `poddeck-cli %2` "
                                            "again when it answers, it resumes)").arg(error.message, command));
}

} // namespace poddeck
