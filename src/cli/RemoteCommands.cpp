#include "Commands.h"

#include "jobs/RemoteAccess.h"
#include "jobs/RemoteMaintenance.h"
#include "jobs/Share.h"
#include "jobs/Sync.h"
#include "store/Catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace poddeck::cli {

namespace {

QString humanBytes(qint64 n)
{
    return QLocale::c().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
}

// Secrets from stdin, one per line, so `printf '%s\n' "$SECRET" | ...` and a here-string both work; with
// both --secret-access-key-stdin and --passphrase-stdin, the secret comes first. One QFile for all lines:
// a second one would miss what the first buffered.
QString readSecretFromStdin()
{
    static QFile in;
    if (!in.isOpen() && !in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// The passphrase of an encrypted remote: stdin with --passphrase-stdin, else the environment variable.
QString readPassphrase(bool fromStdin)
{
    if (fromStdin)
        return readSecretFromStdin();
    return qEnvironmentVariable(RemotePassphraseEnv);
}

int runRemoteAdd(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), QStringLiteral("A name for the remote."));
    p.addPositionalArgument(QStringLiteral("url"), QStringLiteral("s3://bucket/prefix[?endpoint=URL&region=R&style=path|virtual] or file:///path"));
    const QCommandLineOption keyId(QStringLiteral("access-key-id"), QStringLiteral("Access key id for an S3 remote."), QStringLiteral("ID"));
    const QCommandLineOption secretStdin(QStringLiteral("secret-access-key-stdin"),
                                         QStringLiteral("Read the secret access key from stdin and store it in the OS keychain."));
    const QCommandLineOption encrypt(QStringLiteral("encrypt"),
                                     QStringLiteral("Encrypt everything pushed (AES-256-GCM, key from a passphrase kept in the OS keychain). "
                                                    "For a remote set up elsewhere: checks the passphrase."));
    const QCommandLineOption passphraseStdin(QStringLiteral("passphrase-stdin"),
                                             QStringLiteral("Read the passphrase from stdin (after the secret access key, if both); "
                                                            "else $PODDECK_REMOTE_PASSPHRASE."));
    const QCommandLineOption insecure(QStringLiteral("allow-insecure-http"),
                                      QStringLiteral("Accept an http:// endpoint on another host (credentials and data travel unencrypted)."));
    p.addOptions({keyId, secretStdin, encrypt, passphraseStdin, insecure});
    int code = 0;
    const QString synopsis = QStringLiteral("remote add NAME URL [--access-key-id ID --secret-access-key-stdin] [--encrypt [--passphrase-stdin]] [--allow-insecure-http]");
    if (!ctx.parse(p, synopsis, 2, 2, &code))
        return code;
    if (p.isSet(keyId) != p.isSet(secretStdin))
        return ctx.fail(QStringLiteral("--access-key-id and --secret-access-key-stdin go together"), ExitUsage);
    if (p.isSet(passphraseStdin) && !p.isSet(encrypt))
        return ctx.fail(QStringLiteral("--passphrase-stdin goes with --encrypt"), ExitUsage);
    AddRemoteRequest req{ctx.home, p.positionalArguments().at(0), p.positionalArguments().at(1), p.value(keyId), {}, false, {},
                         p.isSet(insecure)};
    if (p.isSet(secretStdin)) {
        req.secretAccessKey = readSecretFromStdin();
        if (req.secretAccessKey.isEmpty())
            return ctx.fail(QStringLiteral("no secret access key on stdin"), ExitUsage);
    }
    if (p.isSet(encrypt)) {
        req.encrypt = true;
        req.passphrase = readPassphrase(p.isSet(passphraseStdin));
        if (req.passphrase.isEmpty())
            return ctx.fail(p.isSet(passphraseStdin) ? QStringLiteral("no passphrase on stdin")
                                                     : QStringLiteral("--encrypt needs a passphrase: --passphrase-stdin, or set %1")
                                                           .arg(QLatin1String(RemotePassphraseEnv)),
                            ExitUsage);
    }
    QStringList warnings;
    Result<RemoteInfo> r = addRemote(req, &warnings);
    if (!r)
        return ctx.fail(r.error());
    for (const QString &w : std::as_const(warnings))
        ctx.warn(w);
    if (ctx.json)
        ctx.printJson(QJsonObject{{"name", r->name}, {"url", r->url}, {"keychain", p.isSet(keyId)}, {"encrypted", r->isEncrypted()},
                                  {"insecureHttp", r->allowsInsecureHttp()}});
    else
        ctx.out() << QStringLiteral("Added remote '%1' (%2)%3%4%5\n").arg(r->name, r->url,
                         p.isSet(keyId) ? QStringLiteral("; its secret is in the OS keychain") : QString(),
                         r->isEncrypted() ? QStringLiteral("; everything pushed is encrypted (without the passphrase nothing on it can be read)")
                                          : QString(),
                         r->allowsInsecureHttp() ? QStringLiteral("; WARNING: plain http, credentials and data travel unencrypted")
                                                 : QString());
    return ExitOk;
}

int runRemotePassphrase(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), QStringLiteral("An encrypted remote."));
    const QCommandLineOption passphraseStdin(QStringLiteral("passphrase-stdin"),
                                             QStringLiteral("Read the passphrase from stdin; else $PODDECK_REMOTE_PASSPHRASE."));
    p.addOption(passphraseStdin);
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("remote passphrase NAME [--passphrase-stdin]"), 1, 1, &code))
        return code;
    const QString passphrase = readPassphrase(p.isSet(passphraseStdin));
    if (passphrase.isEmpty())
        return ctx.fail(QStringLiteral("no passphrase: give it on stdin with --passphrase-stdin, or set %1").arg(QLatin1String(RemotePassphraseEnv)),
                        ExitUsage);
    const QString name = p.positionalArguments().at(0);
    if (Status st = setRemotePassphrase(ctx.home, name, passphrase); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{"remote", name}, {"stored", true}});
    else
        ctx.out() << QStringLiteral("The passphrase of remote '%1' is right and now in the OS keychain.\n").arg(name);
    return ExitOk;
}

int runRemoteList(CliContext &ctx)
{
    QCommandLineParser p;
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("remote list"), 0, 0, &code))
        return code;
    Result<std::unique_ptr<Catalogue>> cat = Catalogue::open(ctx.home);
    if (!cat)
        return ctx.fail(cat.error());
    Result<QList<RemoteInfo>> remotes = (*cat)->remotes();
    if (!remotes)
        return ctx.fail(remotes.error());
    if (ctx.json) {
        QJsonArray list;
        for (const RemoteInfo &r : std::as_const(*remotes))
            list.append(QJsonObject{{"name", r.name}, {"url", r.url}, {"accessKeyId", r.options.value("accessKeyId")},
                                    {"encrypted", r.isEncrypted()}});
        ctx.printJson(list);
        return ExitOk;
    }
    if (remotes->isEmpty())
        ctx.out() << "No remotes. Add one with `poddeck-cli remote add NAME URL`.\n";
    for (const RemoteInfo &r : std::as_const(*remotes))
        ctx.out() << QStringLiteral("%1 %2%3\n").arg(r.name, -16).arg(r.url, r.isEncrypted() ? QStringLiteral("  (encrypted)") : QString());
    return ExitOk;
}

int runRemoteRemove(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The remote to forget (its contents stay)."));
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("remote remove NAME"), 1, 1, &code))
        return code;
    if (Status st = removeRemote(ctx.home, p.positionalArguments().at(0)); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{"removed", p.positionalArguments().at(0)}});
    else
        ctx.out() << "Removed remote '" << p.positionalArguments().at(0) << "' (nothing on it was deleted).\n";
    return ExitOk;
}

int runRemoteFsck(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The remote to check (default: the only one)."));
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("remote fsck [NAME]"), 0, 1, &code))
        return code;
    JobContext job = ctx.job();
    Result<RemoteFsckReport> r = checkRemote(ctx.home, p.positionalArguments().value(0), job);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{"ok", r->ok()}, {"pods", r->pods}, {"packs", r->packsChecked}, {"objects", r->objectsChecked},
                                  {"bytes", double(r->bytesChecked)}, {"problems", QJsonArray::fromStringList(r->problems)},
                                  {"notes", QJsonArray::fromStringList(r->notes)}});
    } else {
        for (const QString &note : std::as_const(r->notes))
            ctx.out() << "note: " << note << "\n";
        for (const QString &problem : std::as_const(r->problems))
            ctx.out() << "problem: " << problem << "\n";
        ctx.out() << QStringLiteral("%1 packs (%2, %3 objects) and %4 pod files checked: %5\n")
                         .arg(r->packsChecked).arg(humanBytes(r->bytesChecked)).arg(r->objectsChecked).arg(r->pods)
                         .arg(r->ok() ? QStringLiteral("all good") : QStringLiteral("%1 problems").arg(r->problems.size()));
    }
    if (!r->ok())
        return ctx.fail(QStringLiteral("remote fsck found %1 problems; push the affected pods again from a machine that has "
                                       "them (a push sends what the remote lacks)").arg(r->problems.size()));
    return ExitOk;
}

int runRemote(CliContext &ctx)
{
    const QString sub = ctx.args.value(1);
    CliContext subCtx = ctx;
    subCtx.args = ctx.args.mid(1);
    if (sub == QLatin1String("add"))
        return runRemoteAdd(subCtx);
    if (sub == QLatin1String("list") || sub == QLatin1String("ls"))
        return runRemoteList(subCtx);
    if (sub == QLatin1String("remove") || sub == QLatin1String("rm"))
        return runRemoteRemove(subCtx);
    if (sub == QLatin1String("passphrase"))
        return runRemotePassphrase(subCtx);
    if (sub == QLatin1String("fsck"))
        return runRemoteFsck(subCtx);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        ctx.out() << "Usage: poddeck-cli remote add NAME URL [--access-key-id ID --secret-access-key-stdin] [--encrypt [--passphrase-stdin]] [--allow-insecure-http]\n"
                  << "       poddeck-cli remote list\n"
                  << "       poddeck-cli remote remove NAME\n"
                  << "       poddeck-cli remote passphrase NAME [--passphrase-stdin]\n"
                  << "       poddeck-cli remote fsck [NAME]\n";
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return ctx.fail(QStringLiteral("unknown remote command '%1' (add, list, remove, passphrase, fsck)").arg(sub), ExitUsage);
}

int runPush(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("pod[:N]"), QStringLiteral("The version to push with its history (POD alone: its newest)."));
    p.addPositionalArgument(QStringLiteral("remote"), QStringLiteral("The remote (default: the only one)."));
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("push POD[:N] [REMOTE]"), 1, 2, &code))
        return code;
    Result<VersionRef> ref = VersionRef::parse(p.positionalArguments().at(0));
    if (!ref)
        return ctx.fail(ref.error());
    JobContext job = ctx.job();
    Result<PushReport> r = pushPod({ctx.home, *ref, p.positionalArguments().value(1)}, job);
    if (!r)
        return ctx.fail(r.error().message, r.error().code == Error::Code::Conflict ? ExitConflicts : ExitFailure);
    if (r->layoutUpgraded)
        ctx.warn(QStringLiteral("remote '%1' kept one file per object; this push upgraded its layout to packs (a PodDeck "
                                "without packs cannot read pods pushed from now on: upgrade it on every machine)").arg(r->remote));
    if (ctx.json) {
        ctx.printJson(QJsonObject{{"pod", r->pod},
                                  {"remote", r->remote},
                                  {"head", r->head.id.toHex()},
                                  {"upToDate", r->upToDate},
                                  {"versionsPushed", r->versionsPushed},
                                  {"objectsConsidered", r->objectsConsidered},
                                  {"objectsPresent", r->objectsPresent},
                                  {"objectsResent", r->objectsResent},
                                  {"objectsUploaded", r->objectsUploaded},
                                  {"bytesUploaded", double(r->bytesUploaded)},
                                  {"packsUploaded", r->packsUploaded},
                                  {"layoutUpgraded", r->layoutUpgraded},
                                  {"descriptionPushed", r->descriptionPushed}});
    } else if (r->upToDate && r->descriptionPushed) {
        ctx.out() << QStringLiteral("Remote '%1' already has %2:%3; sent the pod's new description\n").arg(r->remote, r->pod).arg(r->head.number);
    } else if (r->upToDate) {
        ctx.out() << QStringLiteral("Remote '%1' already has %2:%3; nothing to push\n").arg(r->remote, r->pod).arg(r->head.number);
    } else {
        ctx.out() << QStringLiteral("Pushed %1:%2 to '%3': %4 new version%5, %6 objects uploaded (%7)%8\n")
                         .arg(r->pod).arg(r->head.number).arg(r->remote).arg(r->versionsPushed)
                         .arg(r->versionsPushed == 1 ? "" : "s").arg(r->objectsUploaded).arg(humanBytes(r->bytesUploaded))
                         .arg(r->objectsPresent ? QStringLiteral(", %1 were there already").arg(r->objectsPresent) : QString());
    }
    return ExitOk;
}

QJsonObject pullJson(const PullReport &r)
{
    QJsonArray versions;
    for (const Version &v : r.versions)
        versions.append(v.toJson());
    return QJsonObject{{"pod", r.pod}, {"remote", r.remote}, {"remoteHead", r.remoteHead.toHex()},
                       {"versionsAdded", r.versionsAdded}, {"objectsDownloaded", r.objectsDownloaded}, {"objectsWalked", r.objectsWalked},
                       {"bytesDownloaded", double(r.bytesDownloaded)}, {"requests", r.requests}, {"versions", versions},
                       {"descriptionUpdated", r.descriptionUpdated}};
}

int printPull(CliContext &ctx, const PullReport &r, const char *verb)
{
    if (ctx.json) {
        ctx.printJson(pullJson(r));
        return ExitOk;
    }
    int headNumber = 0;
    for (const Version &v : r.versions)
        if (v.id == r.remoteHead)
            headNumber = v.number;
    ctx.out() << QStringLiteral("%1 pod '%2' from '%3': %4 new version%5, %6 objects downloaded (%7)")
                     .arg(QLatin1String(verb), r.pod, r.remote).arg(r.versionsAdded).arg(r.versionsAdded == 1 ? "" : "s")
                     .arg(r.objectsDownloaded).arg(humanBytes(r.bytesDownloaded));
    if (headNumber > 0)
        ctx.out() << QStringLiteral("; the remote's head is %1:%2").arg(r.pod).arg(headNumber);
    ctx.out() << "\n";
    return ExitOk;
}

int runPull(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("pod[:N]"), QStringLiteral("The pod (POD:N: the remote's version N and its history)."));
    p.addPositionalArgument(QStringLiteral("remote"), QStringLiteral("The remote (default: the only one)."));
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("pull POD[:N] [REMOTE]"), 1, 2, &code))
        return code;
    Result<VersionRef> ref = VersionRef::parse(p.positionalArguments().at(0));
    if (!ref)
        return ctx.fail(ref.error());
    JobContext job = ctx.job();
    Result<PullReport> r = pullPod({ctx.home, ref->pod, ref->number, p.positionalArguments().value(1), false}, job);
    if (!r)
        return ctx.fail(r.error());
    return printPull(ctx, *r, "Pulled");
}

int runClone(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("remote"), QStringLiteral("The remote."));
    p.addPositionalArgument(QStringLiteral("pod"), QStringLiteral("The pod to copy here with all its versions."));
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("clone REMOTE POD"), 2, 2, &code))
        return code;
    JobContext job = ctx.job();
    Result<PullReport> r = pullPod({ctx.home, p.positionalArguments().at(1), 0, p.positionalArguments().at(0), true}, job);
    if (!r)
        return ctx.fail(r.error());
    return printPull(ctx, *r, "Cloned");
}

int runShare(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("pod[:N]"), QStringLiteral("The version to share (POD alone: its newest)."));
    p.addPositionalArgument(QStringLiteral("remote"), QStringLiteral("The remote that holds the bundle (default: the only one)."));
    const QCommandLineOption expires(QStringLiteral("expires"),
                                     QStringLiteral("How long the link works: 24h (default), 7d (the most S3 allows), 30m. "
                                                    "After that, `gc --remote` (or the bucket's lifecycle rule) deletes the bundle."),
                                     QStringLiteral("DURATION"), QStringLiteral("24h"));
    const QCommandLineOption plaintext(QStringLiteral("plaintext"),
                                       QStringLiteral("On an encrypted remote, upload this bundle unencrypted (by default it is "
                                                      "encrypted under a key that only the link's #key= part carries)."));
    p.addOptions({expires, plaintext});
    int code = 0;
    const QString synopsis = QStringLiteral("share POD[:N] [REMOTE] [--expires 24h] [--plaintext]");
    if (!ctx.parse(p, synopsis, 1, 2, &code))
        return code;
    Result<VersionRef> ref = VersionRef::parse(p.positionalArguments().at(0));
    if (!ref)
        return ctx.fail(ref.error());
    Result<int> seconds = parseDuration(p.value(expires));
    if (!seconds)
        return ctx.fail(seconds.error());
    JobContext job = ctx.job();
    Result<ShareReport> r = shareVersion({ctx.home, *ref, p.positionalArguments().value(1), *seconds, p.isSet(plaintext)}, job);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{"url", r->url}, {"id", r->id}, {"version", r->version.toJson()}, {"bytes", double(r->bytes)},
                                  {"expires", r->expires.toString(Qt::ISODate)}, {"encrypted", r->encrypted},
                                  {"notes", QJsonArray::fromStringList(r->notes)}});
    } else {
        // The link alone on stdout, so `url=$(poddeck-cli share ...)` works; what to know about it on stderr.
        ctx.out() << r->url << "\n";
        ctx.out().flush();
        QTextStream err(stderr);
        err << "Expires " << r->expires.toString(Qt::ISODate)
            << (r->encrypted ? "; the bundle is encrypted: whoever imports it needs the whole link, #key=... included" : "")
            << ".\n";
        for (const QString &note : std::as_const(r->notes))
            ctx.warn(note);
    }
    return ExitOk;
}

} // namespace

QList<Command> remoteCommands()
{
    return {
        {QStringLiteral("remote"), {}, QStringLiteral("remote add|list|remove|passphrase|fsck ..."),
         QStringLiteral("Manage remotes (S3 buckets, folders)."), runRemote},
        {QStringLiteral("push"), {}, QStringLiteral("push POD[:N] [REMOTE]"),
         QStringLiteral("Upload a pod's versions to a remote."), runPush},
        {QStringLiteral("pull"), {}, QStringLiteral("pull POD[:N] [REMOTE]"),
         QStringLiteral("Download a pod's versions from a remote."), runPull},
        {QStringLiteral("clone"), {}, QStringLiteral("clone REMOTE POD"),
         QStringLiteral("Copy a pod from a remote that is not here yet."), runClone},
        {QStringLiteral("share"), {}, QStringLiteral("share POD[:N] [REMOTE] [--expires 24h] [--plaintext]"),
         QStringLiteral("Upload a version as a bundle and print a link to it."), runShare},
    };
}

} // namespace poddeck::cli
