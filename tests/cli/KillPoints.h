#pragma once

#include "CliRunner.h"
#include "aws/AwsClient.h"
#include "support/MotoServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QtTest>

#include <csignal>

namespace poddeck::test {

// SIGKILL at chosen moments of a real poddeck-cli run, and the checks that follow one.
struct KillRun
{
    bool killed = false; // still running at the kill point (else it had finished by itself)
    int exitCode = -1;   // when it finished by itself
    QByteArray err;
};

// Starts poddeck-cli with `args` on `home`, SIGKILLs it `delayUs` microseconds after it started.
inline KillRun runAndKill(const QString &home, const QStringList &args, qint64 delayUs)
{
    QProcess p;
    p.start(QStringLiteral(PODDECK_CLI_PATH), QStringList{QStringLiteral("--home"), home} + args);
    KillRun run;
    if (!p.waitForStarted()) return run;
    QThread::usleep(quint64(delayUs));
    if (p.state() == QProcess::Running) {
        run.killed = true;
        ::kill(pid_t(p.processId()), SIGKILL);
    }
    p.waitForFinished();
    if (!run.killed) {
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.err = p.readAllStandardError();
    }
    return run;
}

// How long an uninterrupted run takes (us, at least 20 ms): kill points are spread over that span.
inline qint64 timeRun(const QString &home, const QStringList &args, CliResult *result = nullptr)
{
    QElapsedTimer t;
    t.start();
    const CliResult r = runCli(home, args);
    if (result) *result = r;
    return qMax<qint64>(t.nsecsElapsed() / 1000, 20000);
}

// The i-th of `points` kill delays over `fullUs`: from just after the start to just past the end.
inline qint64 killDelay(qint64 fullUs, int i, int points)
{
    return fullUs * (i + 1) / points + 300;
}

// fsck reads every object every version reaches, so "ok" means each listed version reads fully.
inline bool homeIsConsistent(const QString &home, QString *why)
{
    const CliResult fsck = runCli(home, {QStringLiteral("--json"), QStringLiteral("fsck")});
    if (fsck.exitCode != 0 || !fsck.json().object().value("ok").toBool()) {
        *why = QString::fromUtf8(fsck.out + fsck.err);
        return false;
    }
    return true;
}

// Versions of `pod` here (0 when the pod is not here).
inline int localVersions(const QString &home, const QString &pod)
{
    const CliResult list = runCli(home, {QStringLiteral("--json"), QStringLiteral("list")});
    for (const QJsonValue &p : list.json().array())
        if (p.toObject().value("name").toString() == pod) return p.toObject().value("versions").toInt();
    return 0;
}

// Versions of `pod` the remote lists (0 when it lists no such pod, -1 when the listing fails).
inline int remoteVersions(const QString &home, const QString &remote, const QString &pod)
{
    const CliResult list =
        runCli(home, {QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--remote"), remote});
    if (list.exitCode != 0) return -1;
    for (const QJsonValue &p : list.json().array())
        if (p.toObject().value("name").toString() == pod) return p.toObject().value("versions").toInt();
    return 0;
}

inline bool remoteIsConsistent(const QString &home, const QString &remote, QString *why)
{
    const CliResult fsck =
        runCli(home, {QStringLiteral("--json"), QStringLiteral("remote"), QStringLiteral("fsck"), remote});
    if (fsck.exitCode != 0 || !fsck.json().object().value("ok").toBool()) {
        *why = QString::fromUtf8(fsck.out + fsck.err);
        return false;
    }
    return true;
}

// A client of the instance a test fills the way a user's tools would (the AWS API, not PodDeck).
inline AwsClient instanceClient(const MotoServer &moto)
{
    return AwsClient(AwsConfig::forEndpoint(QUrl(moto.endpoint()), QStringLiteral("us-east-1")));
}

// Objects o<from>..o<to - 1> of `bytes` bytes each into `bucket`; false at the first that fails.
inline bool putObjects(const MotoServer &moto, const QString &bucket, int from, int to, int bytes)
{
    const AwsClient client = instanceClient(moto);
    for (int i = from; i < to; ++i)
        if (!client.send(AwsRequest::s3("PutObject", "PUT", bucket, QStringLiteral("o%1").arg(i), {}, QByteArray(bytes, 'x'))).ok())
            return false;
    return true;
}

} // namespace poddeck::test
