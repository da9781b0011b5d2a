#include "jobs/RemoteAccess.h"

#include "remote/EncryptedRemote.h"
#include "remote/Keychain.h"
#include "remote/RemoteUrl.h"
#include "store/NameRules.h"
#include "util/ErrorText.h"

#include <QHash>
#include <QJsonObject>

namespace poddeck {

namespace {

const QString AccessKeyOption = QStringLiteral("accessKeyId");
const QString EncryptedOption = QStringLiteral("encrypted");
const QString InsecureHttpOption = QStringLiteral("allowInsecureHttp");

Error insecureHttpRefused(const QString &name, const RemoteUrl &url)
{
    return Error(Error::Code::InvalidArgument,
                 ErrorText::tr("remote '%1' uses plain http to %2: credentials and pod data would cross the network unencrypted. "
                                "Use an https:// endpoint, or add the remote again with --allow-insecure-http "
                                "(GUI: \"Allow plain http\") if this network is trusted")
                     .arg(name, url.endpoint.host()));
}

// What `remote add` signs with on S3: the key it was given, else the AWS environment or profile.
AwsCredentials addCredentials(const AddRemoteRequest &request, const RemoteUrl &url)
{
    if (url.kind != RemoteUrl::Kind::S3)
        return {};
    if (request.accessKeyId.isEmpty())
        return AwsCredentials::resolve();
    AwsCredentials credentials;
    credentials.accessKeyId = request.accessKeyId;
    credentials.secretAccessKey = request.secretAccessKey;
    return credentials;
}

// Sets up or checks the encryption of a remote being added, then keeps the passphrase in the keychain.
// Without a keychain, the environment variable may stand in (CI), as it does when the remote is opened.
Status setUpEncryption(const AddRemoteRequest &request, const RemoteUrl &url)
{
    if (request.passphrase.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("an encrypted remote needs a passphrase (--passphrase-stdin or %1)").arg(QLatin1String(RemotePassphraseEnv)));
    Result<std::unique_ptr<Remote>> inner = Remote::open(url, addCredentials(request, url));
    if (!inner)
        return inner.error();
    Result<std::unique_ptr<EncryptedRemote>> encrypted = EncryptedRemote::setUp(std::move(inner).value(), request.passphrase, request.name);
    if (!encrypted)
        return encrypted.error();
    Status stored = Keychain::writeSecret(Keychain::passphraseKeyFor(url.toString()), request.passphrase);
    if (!stored) {
        const QString fromEnv = QProcessEnvironment::systemEnvironment().value(QLatin1String(RemotePassphraseEnv));
        if (stored.error().code == Error::Code::Unsupported && fromEnv == request.passphrase)
            return {};
        return Error(stored.error().code, ErrorText::tr("cannot store the passphrase of remote '%1' in the keychain: %2 (or set %3)")
                                              .arg(request.name, stored.error().message, QLatin1String(RemotePassphraseEnv)));
    }
    return {};
}

} // namespace

// Pod files are only safe where conditional writes hold (two teammates pushing at once must not overwrite
// each other's versions): tried once at `remote add`. S3 storage that ignores the conditions is refused; a
// folder whose file system cannot claim files without replacing them, or a storage that cannot be reached
// now, is added with a warning.
Status checkConditionalWrites(const AddRemoteRequest &request, const RemoteUrl &url, QStringList &warnings)
{
    Result<std::unique_ptr<Remote>> remote = Remote::open(url, addCredentials(request, url));
    if (!remote)
        return remote.error();
    Result<QString> problem = (*remote)->checkConditionalWrites();
    if (!problem) {
        warnings.append(ErrorText::tr("could not check that %1 honours conditional writes (%2); pushes rely on it")
                            .arg(url.toString(), problem.error().message));
        return {};
    }
    if (problem->isEmpty())
        return {};
    if (url.kind == RemoteUrl::Kind::Folder) {
        warnings.append(ErrorText::tr("%1 does not honour conditional writes: %2. Two people pushing at once could overwrite "
                                  "each other's versions; push from one machine at a time, or use a local disk or an S3 bucket")
                            .arg(url.toString(), *problem));
        return {};
    }
    return Error(Error::Code::Unsupported,
                 ErrorText::tr("%1 does not honour conditional writes: %2. Two people pushing at once could overwrite each "
                           "other's versions. Use storage that does (AWS S3, MinIO, Ceph, LocalStack, moto)")
                     .arg(url.toString(), *problem));
}

Result<RemoteInfo> addRemote(const AddRemoteRequest &request, QStringList *warnings)
{
    if (Status st = validateRemoteName(request.name); !st)
        return st.error();
    Result<RemoteUrl> url = RemoteUrl::parse(request.url);
    if (!url)
        return url.error();
    if (url->isInsecureHttp() && !request.allowInsecureHttp)
        return insecureHttpRefused(request.name, *url);
    const bool hasKey = !request.accessKeyId.isEmpty();
    if (hasKey != !request.secretAccessKey.isEmpty())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("give both an access key id and its secret, or neither"));
    if (hasKey && url->kind != RemoteUrl::Kind::S3)
        return Error(Error::Code::InvalidArgument, ErrorText::tr("folder remotes take no credentials"));
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(request.home);
    if (!catalogue)
        return catalogue.error();
    if (Result<RemoteInfo> existing = (*catalogue)->remote(request.name); existing)
        return Error(Error::Code::Conflict, ErrorText::tr("a remote named '%1' already exists (remove it first)").arg(request.name));
    if (!request.encrypt && !request.passphrase.isEmpty())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("a passphrase is only for encrypted remotes (--encrypt)"));
    if (url->kind == RemoteUrl::Kind::Folder && !request.encrypt) {
        Result<std::unique_ptr<Remote>> folder = Remote::open(*url, {});
        if (!folder)
            return folder.error();
        // Plain pushes would mix plaintext into it (S3 remotes are checked at the first push instead).
        Result<bool> encrypted = EncryptedRemote::hasKeyFile(**folder);
        if (!encrypted)
            return encrypted.error();
        if (*encrypted)
            return Error(Error::Code::InvalidArgument, ErrorText::tr("%1 is an encrypted remote: add it with --encrypt and its passphrase")
                                                           .arg(url->toString()));
    }
    QStringList notes;
    if (Status st = checkConditionalWrites(request, *url, notes); !st)
        return st.error();
    if (warnings)
        *warnings = notes;
    QJsonObject options;
    if (url->isInsecureHttp())
        options.insert(InsecureHttpOption, true);
    if (request.encrypt) {
        if (Status st = setUpEncryption(request, *url); !st)
            return st.error();
        options.insert(EncryptedOption, true);
    }
    if (hasKey) {
        const QString key = Keychain::keyFor(url->toString(), request.accessKeyId);
        if (Status st = Keychain::writeSecret(key, request.secretAccessKey); !st)
            return Error(st.error().code, ErrorText::tr("cannot store the secret of remote '%1': %2").arg(request.name, st.error().message));
        options.insert(AccessKeyOption, request.accessKeyId);
    }
    if (Status st = (*catalogue)->addRemote(request.name, url->toString(), options); !st)
        return st.error();
    return (*catalogue)->remote(request.name);
}

Status removeRemote(const QString &home, const QString &name)
{
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    Result<RemoteInfo> info = (*catalogue)->remote(name);
    if (!info)
        return info.error();
    const QString accessKey = info->options.value(AccessKeyOption).toString();
    if (Status st = (*catalogue)->removeRemote(name); !st)
        return st;
    if (info->isEncrypted())
        if (Status st = Keychain::removeSecret(Keychain::passphraseKeyFor(info->url)); !st && st.error().code != Error::Code::Unsupported)
            return Error(st.error().code, ErrorText::tr("remote '%1' is removed, but its passphrase could not be removed from the keychain: %2")
                                              .arg(name, st.error().message));
    if (!accessKey.isEmpty())
        if (Status st = Keychain::removeSecret(Keychain::keyFor(info->url, accessKey)); !st)
            return Error(st.error().code, ErrorText::tr("remote '%1' is removed, but its keychain entry could not be: %2").arg(name, st.error().message));
    return {};
}

Result<RemoteInfo> chooseRemote(Catalogue &catalogue, const QString &name)
{
    if (!name.isEmpty())
        return catalogue.remote(name);
    Result<QList<RemoteInfo>> all = catalogue.remotes();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error(Error::Code::NotFound, ErrorText::tr("no remote configured; add one with `poddeck-cli remote add NAME URL`"));
    if (all->size() > 1) {
        QStringList names;
        for (const RemoteInfo &r : std::as_const(*all))
            names.append(r.name);
        return Error(Error::Code::InvalidArgument, ErrorText::tr("several remotes are configured (%1); name one").arg(names.join(QLatin1String(", "))));
    }
    return all->first();
}

Result<AwsCredentials> remoteCredentials(const RemoteInfo &remote, const QProcessEnvironment &env)
{
    const QString accessKey = remote.options.value(AccessKeyOption).toString();
    if (accessKey.isEmpty())
        return AwsCredentials::resolve(env);
    Result<QString> secret = Keychain::readSecret(Keychain::keyFor(remote.url, accessKey));
    if (secret) {
        AwsCredentials c;
        c.accessKeyId = accessKey;
        c.secretAccessKey = *secret;
        return c;
    }
    // The environment is the non-interactive path (CI): it stands in when the keychain cannot answer.
    const AwsCredentials fromEnv = AwsCredentials::fromEnvironment(env);
    if (fromEnv.isValid())
        return fromEnv;
    return Error(secret.error().code, ErrorText::tr("no secret for remote '%1' (access key %2): %3")
                                          .arg(remote.name, accessKey, secret.error().message));
}

Result<std::unique_ptr<Remote>> openRemote(const RemoteInfo &remote)
{
    Result<RemoteUrl> url = RemoteUrl::parse(remote.url);
    if (!url)
        return url.error();
    if (url->isInsecureHttp() && !remote.allowsInsecureHttp())
        return insecureHttpRefused(remote.name, *url);
    AwsCredentials credentials;
    if (url->kind == RemoteUrl::Kind::S3) {
        Result<AwsCredentials> c = remoteCredentials(remote);
        if (!c)
            return c.error();
        credentials = *c;
    }
    Result<std::unique_ptr<Remote>> plain = Remote::open(*url, credentials);
    if (!plain || !remote.isEncrypted())
        return plain;
    Result<QString> passphrase = remotePassphrase(remote);
    if (!passphrase)
        return passphrase.error();
    Result<std::unique_ptr<EncryptedRemote>> encrypted = EncryptedRemote::open(std::move(plain).value(), *passphrase, remote.name);
    if (!encrypted)
        return encrypted.error();
    return std::unique_ptr<Remote>(std::move(encrypted).value());
}

Result<QString> remotePassphrase(const RemoteInfo &remote, const QProcessEnvironment &env)
{
    Result<QString> stored = Keychain::readSecret(Keychain::passphraseKeyFor(remote.url));
    if (stored && !stored->isEmpty())
        return stored;
    const QString fromEnv = env.value(QLatin1String(RemotePassphraseEnv));
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString why = stored ? ErrorText::tr("the keychain entry is empty") : stored.error().message;
    return Error(Error::Code::NotFound,
                 ErrorText::tr("no passphrase for encrypted remote '%1' (%2): run `poddeck-cli remote passphrase %1 --passphrase-stdin` "
                                "to store it in the keychain, or set %3")
                     .arg(remote.name, why, QLatin1String(RemotePassphraseEnv)));
}

Status setRemotePassphrase(const QString &home, const QString &name, const QString &passphrase)
{
    if (passphrase.isEmpty())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("the passphrase cannot be empty"));
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    Result<RemoteInfo> info = (*catalogue)->remote(name);
    if (!info)
        return info.error();
    if (!info->isEncrypted())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("remote '%1' is not encrypted").arg(name));
    Result<RemoteUrl> url = RemoteUrl::parse(info->url);
    if (!url)
        return url.error();
    if (url->isInsecureHttp() && !info->allowsInsecureHttp())
        return insecureHttpRefused(name, *url);
    AwsCredentials credentials;
    if (url->kind == RemoteUrl::Kind::S3) {
        Result<AwsCredentials> c = remoteCredentials(*info);
        if (!c)
            return c.error();
        credentials = *c;
    }
    Result<std::unique_ptr<Remote>> plain = Remote::open(*url, credentials);
    if (!plain)
        return plain.error();
    if (Result<std::unique_ptr<EncryptedRemote>> checked = EncryptedRemote::open(std::move(plain).value(), passphrase, name); !checked)
        return checked.error();
    if (Status st = Keychain::writeSecret(Keychain::passphraseKeyFor(info->url), passphrase); !st)
        return Error(st.error().code, ErrorText::tr("cannot store the passphrase of remote '%1' in the keychain: %2").arg(name, st.error().message));
    return {};
}

QSet<ObjectId> ancestorsOf(const QList<Version> &versions, const ObjectId &tip)
{
    QHash<ObjectId, const Version *> byId;
    for (const Version &v : versions)
        byId.insert(v.id, &v);
    QSet<ObjectId> out;
    QList<ObjectId> stack{tip};
    while (!stack.isEmpty()) {
        const ObjectId id = stack.takeLast();
        if (out.contains(id) || !byId.contains(id))
            continue;
        out.insert(id);
        stack.append(byId.value(id)->parents);
    }
    return out;
}

Result<QList<SyncState>> syncStates(Catalogue &catalogue, const QString &pod)
{
    Result<QList<RemoteInfo>> remotes = catalogue.remotes();
    if (!remotes)
        return remotes.error();
    QList<QPair<QString, ObjectId>> refs;
    for (const RemoteInfo &r : std::as_const(*remotes)) {
        Result<ObjectId> head = catalogue.remoteRef(r.name, pod);
        if (head)
            refs.append({r.name, *head});
    }
    return syncStates(catalogue, pod, refs);
}

Result<QList<SyncState>> syncStates(Catalogue &catalogue, const QString &pod,
                                    const QList<QPair<QString, ObjectId>> &remoteRefs)
{
    QList<SyncState> out;
    QList<Version> versions;
    bool loaded = false;
    for (const auto &[remoteName, head] : remoteRefs) {
        if (!loaded) {
            Result<QList<Version>> all = catalogue.versions(pod);
            if (!all)
                return all.error();
            versions = *all;
            loaded = true;
        }
        SyncState s;
        s.remote = remoteName;
        s.remoteHead = head;
        const QSet<ObjectId> remote = ancestorsOf(versions, head);
        s.known = remote.contains(head);
        if (s.known) {
            QSet<ObjectId> all;
            for (const Version &v : std::as_const(versions))
                all.insert(v.id);
            s.ahead = int((all - remote).size());
            // Behind is measured from the newest version the remote lacks (what the user would push),
            // not from the newest version: after pulling a teammate's diverging version, the pulled one
            // is the newest, yet the user's own unpushed commit does not build on it, so the pod has
            // diverged (ahead and behind) and needs a merge before a push.
            const Version *tip = nullptr;
            for (const Version &v : std::as_const(versions))
                if (!remote.contains(v.id) && (!tip || v.number > tip->number))
                    tip = &v;
            s.behind = tip ? int((remote - ancestorsOf(versions, tip->id)).size()) : 0;
        }
        out.append(s);
    }
    return out;
}

} // namespace poddeck
