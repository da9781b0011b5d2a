#include "Commands.h"

#include "jobs/Maintenance.h"
#include "jobs/RemoteMaintenance.h"
#include "util/DurationText.h"

#include <QLocale>

#include <QJsonArray>
#include <QJsonObject>

namespace poddeck::cli {

namespace {

int runRemoteGc(CliContext &ctx, const QString &remote, qint64 graceSeconds)
{
    JobContext job = ctx.job();
    Result<RemoteGcReport> r = collectRemoteGarbage(ctx.home, remote, job, graceSeconds);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{"packs", r->packs}, {"packsInUse", r->packsInUse},
                                  {"unusedPacks", QJsonArray::fromStringList(r->unusedPacks)},
                                  {"reclaimableBytes", double(r->unusedBytes)},
                                  {"partialPacks", QJsonArray::fromStringList(r->partialPacks)},
                                  {"retiredPacks", QJsonArray::fromStringList(r->retiredPacks)},
                                  {"removedPacks", QJsonArray::fromStringList(r->removedPacks)},
                                  {"removed", int(r->removedPacks.size())}, {"removedBytes", double(r->removedBytes)},
                                  {"sharesRemoved", QJsonArray::fromStringList(r->shares.removed)},
                                  {"shareBytesRemoved", double(r->shares.removedBytes)}, {"sharesKept", r->shares.kept}});
        return ExitOk;
    }
    const auto size = [](qint64 bytes) { return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat); };
    ctx.out() << QStringLiteral("Removed %1 expired shared bundles (%2); %3 shares still live.\n")
                     .arg(r->shares.removed.size()).arg(size(r->shares.removedBytes)).arg(r->shares.kept);
    ctx.out() << QStringLiteral("%1 packs, %2 named by pods. Removed %3 packs no pod names (%4); retired %5 more (their "
                                "index is gone; the pack goes at a gc once the grace period has passed again).\n")
                     .arg(r->packs).arg(r->packsInUse).arg(r->removedPacks.size()).arg(size(r->removedBytes)).arg(r->retiredPacks.size());
    if (!r->unusedPacks.isEmpty() || !r->partialPacks.isEmpty())
        ctx.out() << QStringLiteral("Kept for now: %1 packs (%2) no pod names and %3 without an index, younger than the grace "
                                    "period (a push in progress or one that resumes may still need them).\n")
                         .arg(r->unusedPacks.size()).arg(size(r->unusedBytes)).arg(r->partialPacks.size());
    return ExitOk;
}

int runGc(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption prune(QStringLiteral("prune-now"),
                                   QStringLiteral("Also remove unreachable objects written in the last hour (gc waits for commits, imports and pulls in progress)."));
    const QCommandLineOption remote(QStringLiteral("remote"),
                                    QStringLiteral("Work on remote NAME instead: delete its expired shared bundles and the packs no pod names (in two "
                                                   "steps a grace period apart, see --grace; with --prune-now at once, only when no push to it runs)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption grace(QStringLiteral("grace"),
                                   QStringLiteral("With --remote: how old a pack no pod names must be before each of the two steps "
                                                  "(default 24h; e.g. 2d when pushes to it run longer than a day)."),
                                   QStringLiteral("DURATION"));
    p.addOptions({prune, remote, grace});
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("gc [--prune-now] [--remote NAME [--grace 24h]]"), 0, 0, &code))
        return code;
    if (p.isSet(grace) && (!p.isSet(remote) || p.isSet(prune)))
        return ctx.fail(Error(Error::Code::InvalidArgument, QStringLiteral("--grace goes with --remote NAME, and not with --prune-now")));
    if (p.isSet(remote)) {
        qint64 graceSeconds = p.isSet(prune) ? 0 : RemoteGcGraceSeconds;
        if (p.isSet(grace)) {
            Result<qint64> seconds = parseDurationText(p.value(grace));
            if (!seconds)
                return ctx.fail(seconds.error());
            if (*seconds < 1)
                return ctx.fail(Error(Error::Code::InvalidArgument, QStringLiteral("--grace must be at least 1s; for no grace at all, use --prune-now")));
            graceSeconds = *seconds;
        }
        return runRemoteGc(ctx, p.value(remote), graceSeconds);
    }
    JobContext job = ctx.job(); // shows "Waiting for commits ..." while writers hold the home
    Result<GcReport> r = collectGarbage(ctx.home, p.isSet(prune) ? 0 : 3600, job);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{"reachable", r->reachable}, {"removed", r->removed}, {"bytesFreed", double(r->bytesFreed)},
                                  {"tempFilesRemoved", r->tempFilesRemoved}, {"packsWritten", r->packsWritten},
                                  {"packsRemoved", r->packsRemoved}, {"looseObjectsPacked", r->looseMoved}});
    else {
        ctx.out() << QStringLiteral("%1 objects in use, %2 removed (%3 bytes freed)\n").arg(r->reachable).arg(r->removed).arg(r->bytesFreed);
        if (r->packsRemoved > 0 || r->looseMoved > 0)
            ctx.out() << QStringLiteral("repacked: %1 packs and %2 loose objects into %3 packs\n")
                             .arg(r->packsRemoved)
                             .arg(r->looseMoved)
                             .arg(r->packsWritten);
    }
    return ExitOk;
}

int runFsck(CliContext &ctx)
{
    QCommandLineParser p;
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("fsck"), 0, 0, &code))
        return code;
    JobContext job;
    Result<FsckReport> r = checkHome(ctx.home, job);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{"ok", r->ok()}, {"versions", r->versionsChecked}, {"objects", r->objectsChecked},
                                  {"problems", QJsonArray::fromStringList(r->problems)}});
    else {
        for (const QString &problem : std::as_const(r->problems))
            ctx.out() << "problem: " << problem << "\n";
        ctx.out() << QStringLiteral("%1 versions and %2 objects checked: %3\n")
                         .arg(r->versionsChecked)
                         .arg(r->objectsChecked)
                         .arg(r->ok() ? QStringLiteral("all good") : QStringLiteral("%1 problems").arg(r->problems.size()));
    }
    if (!r->ok())
        return ctx.fail(QStringLiteral("fsck found %1 problems; restore the damaged versions from a remote or a .pod file, or delete them")
                            .arg(r->problems.size()));
    return ExitOk;
}

} // namespace

QList<Command> maintenanceCommands()
{
    return {
        {QStringLiteral("gc"), {}, QStringLiteral("gc [--prune-now] [--remote NAME]"), QStringLiteral("Remove objects no version uses."), runGc},
        {QStringLiteral("fsck"), {}, QStringLiteral("fsck"), QStringLiteral("Verify every version and object."), runFsck},
    };
}

} // namespace poddeck::cli
