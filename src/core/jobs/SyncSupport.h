#pragma once

#include "remote/Remote.h"
#include "state/TreeObject.h"
#include "store/Catalogue.h"

#include <functional>
#include <memory>
#include <optional>

namespace poddeck {

// What push, pull, share and listing open first: the catalogue, the chosen remote and a connection to it.
struct RemoteSession
{
    std::unique_ptr<Catalogue> catalogue;
    RemoteInfo info;
    std::unique_ptr<Remote> remote;

    static Result<RemoteSession> open(const QString &home, const QString &remoteName);
};

// The graph of a version as push and pull walk it, level by level: a version points to its root tree, a
// tree to subtrees and resources, a resource to the chunks of its attachments. Push writes packs in this
// order and pull reads in it, so each level of a pull is a few contiguous byte ranges.
enum class ObjectKind { Version, Tree, Resource, Chunk };

struct ObjectRef
{
    ObjectId id;
    ObjectKind kind;
};

// What the object `bytes` of `kind` points to (chunks point to nothing). Corrupt, saying what `id` is not,
// when the bytes do not parse as that kind.
Result<QList<ObjectRef>> childrenOf(const ObjectId &id, ObjectKind kind, const QByteArray &bytes);

// The entries of `tree` that `twin` (the tree at the same place in a state the other side holds in full:
// a version published here for pull, the remote's head for push) does not hold as they are. Each is
// handed to `want` with its kind; a subtree whose twin has a subtree of the same name gets that as its
// own twin through `twinOf(subtree, itsTwin)`, and so does a part of a large node whose twin has a part
// of the same name (TreeObject.h). So pull and push read what changed, not the whole state.
void entriesBesideTwin(const TreeObject &tree, const TreeObject &twin, const std::function<void(const ObjectId &, ObjectKind)> &want,
                       const std::function<void(const ObjectId &, const ObjectId &)> &twinOf);

// A pod file as read, with the tag a conditional write must present.
struct RemotePodState
{
    RemotePod pod;
    QString tag;
};

// What a plain (unencrypted) view of an encrypted remote says when it meets ciphertext or a key file.
Error encryptedRemoteError(const QString &remoteUrl);

// The pod's file on the remote; an empty optional when the remote has no such pod.
Result<std::optional<RemotePodState>> readRemotePod(Remote &remote, const QString &name);

// Every pod file on the remote, read and parsed.
Result<QList<RemotePod>> readAllPods(Remote &remote);
// The packs some pod file on the remote names.
Result<QSet<QString>> packsNamedByAnyPod(Remote &remote);

// A pod file on a remote only grows: each push adds versions on top of the head. So the head this machine
// last saw there must be the remote's head or one of its ancestors. When it is not, someone put back an
// older pod file (a restored backup, or a replay of an old sealed copy by someone without the key), and
// trusting it would silently move this pod backwards: refused with what happened and the way out (a push
// of the versions this machine holds puts the newer head back).
Status checkRemoteHeadNotBehind(Catalogue &cat, const QString &remote, const QString &podName, const RemotePod &pod);

// Whether `candidate` should replace `current` when a pod's description meets another copy on sync: it was
// edited later (an undescribed copy is older than any edit) and says something else.
bool isNewerDescription(const PodDescription &candidate, const PodDescription &current);

// A push, pull or clone stopped by the network or a busy remote (after the client's retries): nothing was
// lost and running it again resumes, so the message says so. Other errors are returned as they are.
Error withRetryAdvice(const Error &error, const QString &command);

// Records the remote's head as last seen here, unless it would move the record backwards.
Status recordRemoteHead(Catalogue &cat, const QString &remote, const QString &podName, const RemotePod &pod);

} // namespace poddeck
