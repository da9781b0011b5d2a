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
    // Client-side encryption of everything pushed (EncryptedRemote). The passphrase goes to the keychain
    // only ("encryption@<url>"); the catalogue records just that the remote is encrypted. When the remote
    // already holds keys/poddeck.json (added on another machine), the passphrase must open it.
    bool encrypt = false;
    QString passphrase;
    // An http:// endpoint on a host other than this machine is refused unless this is set.
    bool allowInsecureHttp = false;
};

// Validates the URL (and for folders, that the folder can be created), stores the secret in the keychain
// when one is given, then records the remote (name, normalized URL, accessKeyId) in the catalogue.
// With `encrypt`, it also contacts the remote: it writes a new key file, or checks the passphrase against
// the one there, and stores the passphrase in the keychain.
// `warnings` (optional) receives what the user should know but does not stop the add: a folder whose file
// system cannot claim pod files safely, or a storage that could not be reached to check.
Result<RemoteInfo> addRemote(const AddRemoteRequest &request, QStringList *warnings = nullptr);
// Forgets the remote, its remote refs and its keychain entries (secret, passphrase).
Status removeRemote(const QString &home, const QString &name);

// The environment variable that stands in for the keychain's passphrase of encrypted remotes (CI).
inline constexpr const char *RemotePassphraseEnv = "PODDECK_REMOTE_PASSPHRASE";

// Checks `passphrase` against the key file of encrypted remote `name` and stores it in the keychain
// (when it was lost or changed on this machine). InvalidArgument when it is wrong.
Status setRemotePassphrase(const QString &home, const QString &name, const QString &passphrase);

// The passphrase of an encrypted remote: its keychain entry, else $PODDECK_REMOTE_PASSPHRASE.
Result<QString> remotePassphrase(const RemoteInfo &remote,
                                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// The remote called `name`; with an empty name, the only remote there is.
Result<RemoteInfo> chooseRemote(Catalogue &catalogue, const QString &name);

// How to sign requests to a remote: its keychain entry when `remote add` stored an access key, else the
// AWS environment and profiles (AwsCredentials::resolve). Folder remotes need none.
Result<AwsCredentials> remoteCredentials(const RemoteInfo &remote,
                                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
// A connection to the remote; for encrypted remotes an EncryptedRemote, which checks the passphrase.
Result<std::unique_ptr<Remote>> openRemote(const RemoteInfo &remote);

// Where a local pod stands against what a remote was last seen to hold (remote refs).
struct SyncState
{
    QString remote;
    ObjectId remoteHead;
    bool known = false; // the remote head is a version this catalogue holds; if not, the remote moved on: pull
    int ahead = -1;     // local versions the remote head does not reach (-1 when !known)
    // Versions the remote head reaches that the newest local version the remote lacks does not reach:
    // with ahead > 0 the pod has diverged and needs a merge before a push (-1 when !known; 0 when the
    // remote holds every local version).
    int behind = -1;
};
Result<QList<SyncState>> syncStates(Catalogue &catalogue, const QString &pod);
// The same from refs already read (Catalogue::allRemoteRefs()), in remote-name order.
Result<QList<SyncState>> syncStates(Catalogue &catalogue, const QString &pod,
                                    const QList<QPair<QString, ObjectId>> &remoteRefs);

// Every version reachable from `tip` through parents, among `versions` (tip included).
QSet<ObjectId> ancestorsOf(const QList<Version> &versions, const ObjectId &tip);

} // namespace poddeck
