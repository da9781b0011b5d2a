#pragma once

#include "aws/AwsCredentials.h"
#include "remote/Remote.h"
#include "store/Catalogue.h"
#include "util/Result.h"

#include <QProcessEnvironment>
#include <memory>

namespace poddeck {

struct AddRemoteRequest
{
    QString home;
    QString name;
    QString url;
    QString accessKeyId;     // S3 only; with secretAccessKey, stored as a keychain entry
    QString secretAccessKey; // never stored anywhere but the keychain
};

// Validates the URL (and for folders, that the folder can be created), stores the secret in the keychain
// when one is given, then records the remote (name, normalized URL, accessKeyId) in the catalogue.
Result<RemoteInfo> addRemote(const AddRemoteRequest &request);
// Forgets the remote, its remote refs and its keychain entry.
Status removeRemote(const QString &home, const QString &name);

// The remote called `name`; with an empty name, the only remote there is.
Result<RemoteInfo> chooseRemote(Catalogue &catalogue, const QString &name);

// How to sign requests to a remote: its keychain entry when `remote add` stored an access key, else the
// AWS environment and profiles (AwsCredentials::resolve). Folder remotes need none.
Result<AwsCredentials> remoteCredentials(const RemoteInfo &remote,
                                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
Result<std::unique_ptr<Remote>> openRemote(const RemoteInfo &remote);

// Where a local pod stands against what a remote was last seen to hold (remote refs).
struct SyncState
{
    QString remote;
    ObjectId remoteHead;
    bool known = false; // the remote head is a version this catalogue holds; if not, the remote moved on: pull
    int ahead = -1;     // local versions the remote head does not reach (-1 when !known)
    int behind = -1;    // versions the remote head reaches that the local newest does not (-1 when !known)
};
Result<QList<SyncState>> syncStates(Catalogue &catalogue, const QString &pod);

// Every version reachable from `tip` through parents, among `versions` (tip included).
QSet<ObjectId> ancestorsOf(const QList<Version> &versions, const ObjectId &tip);

} // namespace poddeck
