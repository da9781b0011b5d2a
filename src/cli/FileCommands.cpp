#include "Commands.h"

#include "jobs/CommitDirectory.h"

#include <QJsonObject>

namespace poddeck::cli {

namespace {

int runCommit(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("pod"), QStringLiteral("The pod to commit into (created if new)."));
    const QCommandLineOption fromDir(QStringLiteral("from-dir"), QStringLiteral("Snapshot the files of DIR."), QStringLiteral("DIR"));
    const QCommandLineOption message(QStringList{QStringLiteral("m"), QStringLiteral("message")},
                                     QStringLiteral("The version's message."), QStringLiteral("MSG"));
    const QCommandLineOption author(QStringLiteral("author"), QStringLiteral("Author (default: $PODDECK_AUTHOR or user@host)."), QStringLiteral("NAME"));
    p.addOptions({fromDir, message, author});
    int code = 0;
    const QString synopsis = QStringLiteral("commit POD --from-dir DIR [-m MSG]");
    if (!ctx.parse(p, synopsis, 1, 1, &code))
        return code;
    if (!p.isSet(fromDir))
        return ctx.fail(QStringLiteral("commit needs --from-dir DIR (committing a running emulator comes with the emulator layer)"), ExitUsage);
    CommitDirectoryRequest req{ctx.home, p.positionalArguments().at(0), p.value(fromDir), p.value(message), p.value(author)};
    JobContext job;
    Result<Version> v = commitDirectory(req, job);
    if (!v)
        return ctx.fail(v.error());
    if (ctx.json)
        ctx.printJson(v->toJson());
    else
        ctx.out() << QStringLiteral("Committed %1:%2 (%3): %4 resources\n").arg(v->pod).arg(v->number).arg(v->id.shortHex()).arg(v->resourceCount);
    return ExitOk;
}

} // namespace

QList<Command> fileCommands()
{
    return {
        {QStringLiteral("commit"), {QStringLiteral("save")}, QStringLiteral("commit POD --from-dir DIR [-m MSG]"),
         QStringLiteral("Record a new version of a pod."), runCommit},
    };
}

} // namespace poddeck::cli
