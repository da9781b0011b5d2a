#include "Commands.h"
#include "jobs/Home.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace poddeck;
using namespace poddeck::cli;

namespace {

QList<Command> allCommands()
{
    return instanceCommands() + podCommands() + diffCommands() + fileCommands() + remoteCommands() + maintenanceCommands()
           + motoCommands();
}

int usage(CliContext &ctx, int code)
{
    QTextStream &o = ctx.out();
    o << "Usage: poddeck-cli [--home DIR] [--json] [--quiet | --progress] COMMAND [ARGS]\n\n"
      << "Version control for the state of your local cloud. POD means a pod's newest version, POD:N its\n"
      << "version N. Home: --home, else $PODDECK_HOME, else " << resolveHome() << ".\n\nCommands:\n";
    for (const Command &c : allCommands())
        o << "  " << c.synopsis.leftJustified(44) << " " << c.summary << "\n";
    o << "\nLong commands show progress on stderr when it is a terminal; --quiet hides it, --progress prints it\n"
      << "as one line per stage even when stderr is a file (CI logs).\n"
      << "\nRun `poddeck-cli COMMAND --help` for a command's options.\n";
    o.flush();
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    PrivateFiles::restrictUmask(); // homes and bundles hold secrets: nothing we write is for other users
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("PodDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PODDECK_VERSION));

    CliContext ctx;
    QString explicitHome;
    const QStringList raw = app.arguments();
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const QString &a = raw[i];
        if (a == QLatin1String("--json")) {
            ctx.json = true;
        } else if (a == QLatin1String("--quiet")) {
            ctx.quiet = true;
        } else if (a == QLatin1String("--progress")) {
            ctx.forceProgress = true;
        } else if (a == QLatin1String("--home")) {
            if (i + 1 >= raw.size())
                return ctx.fail(QStringLiteral("--home needs a directory"), ExitUsage);
            explicitHome = raw[++i];
        } else if (a.startsWith(QLatin1String("--home="))) {
            explicitHome = a.mid(7);
        } else if (ctx.command.isEmpty() && (a == QLatin1String("--version") || a == QLatin1String("-v"))) {
            ctx.out() << "poddeck-cli " << PODDECK_VERSION << "\n";
            return ExitOk;
        } else if (ctx.command.isEmpty() && (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("help"))) {
            return usage(ctx, ExitOk);
        } else if (ctx.command.isEmpty() && a.startsWith(QLatin1Char('-'))) {
            return ctx.fail(QStringLiteral("unknown option %1 before the command (see `poddeck-cli --help`)").arg(a), ExitUsage);
        } else {
            if (ctx.command.isEmpty())
                ctx.command = a;
            ctx.args.append(a);
        }
    }
    if (ctx.command.isEmpty())
        return usage(ctx, ExitUsage);
    ctx.home = resolveHome(explicitHome);
    for (const QString &warning : PrivateFiles::secureHome(ctx.home))
        QTextStream(stderr) << "poddeck-cli: warning: " << warning << "\n";
    for (const Command &c : allCommands())
        if (c.name == ctx.command || c.aliases.contains(ctx.command))
            return c.run(ctx);
    return ctx.fail(QStringLiteral("unknown command '%1' (see `poddeck-cli --help`)").arg(ctx.command), ExitUsage);
}
