#pragma once

#include "remote/Remote.h"
#include "store/Catalogue.h"

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

} // namespace poddeck
