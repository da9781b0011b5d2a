#include "Commands.h"

#include "emulator/moto/MotoEntryPoint.h"

#include <QJsonObject>
#include <QProcess>

#include <csignal>

namespace poddeck::cli {

namespace {

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

// Runs moto through PodDeck's entry point in the foreground until SIGINT or SIGTERM, so scripts and CI
// get the same moto the GUI starts: Lambda code readable, a boot id for instance heads.
int runMoto(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (default 4566; 0: a free one)."),
                                  QStringLiteral("N"), QStringLiteral("4566"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Log every request to stderr."));
    p.addOptions({port, host, verbose});
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("moto [--port N] [--host ADDR] [--verbose]"), 0, 0, &code))
        return code;
    bool ok = false;
    const uint n = p.value(port).toUInt(&ok);
    if (!ok || n > 65535)
        return ctx.fail(QStringLiteral("--port takes a number from 0 to 65535"), ExitUsage);

    MotoEntryPoint entry;
    QProcess process;
    if (Status st = entry.prepare(process, p.value(host), quint16(n), p.isSet(verbose)); !st)
        return ctx.fail(st.error());
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel); // moto's errors reach the terminal
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    process.start();
    if (!process.waitForStarted(10000))
        return ctx.fail(QStringLiteral("could not start %1: %2").arg(process.program(), process.errorString()));
    Result<QString> url = MotoEntryPoint::waitUntilListening(process);
    if (!url) {
        process.kill();
        process.waitForFinished(2000);
        QString hint;
        if (n != 0)
            hint = QStringLiteral(" (is port %1 in use? --port 0 picks a free one)").arg(n);
        return ctx.fail(url.error().message + hint);
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{"endpoint", *url}});
    else
        ctx.out() << "moto listening on " << *url << " (PodDeck's entry point; Ctrl-C stops it)\n";
    ctx.out().flush();
    while (!g_stop && process.state() != QProcess::NotRunning) {
        process.waitForFinished(200);
        process.readAllStandardOutput(); // nothing reads it; keep the pipe from filling
    }
    if (process.state() != QProcess::NotRunning) {
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(2000);
        }
        return ExitOk;
    }
    return ctx.fail(QStringLiteral("moto stopped on its own (exit code %1)").arg(process.exitCode()));
}

} // namespace

QList<Command> motoCommands()
{
    return {{QStringLiteral("moto"), {}, QStringLiteral("moto [--port N]"),
             QStringLiteral("Run moto with PodDeck's routes (Lambda code, boot id) until Ctrl-C."), runMoto}};
}

} // namespace poddeck::cli
