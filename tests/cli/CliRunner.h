#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace poddeck::test {

// Runs the real poddeck-cli binary against a home, the way a script or CI job would.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

inline CliResult runCli(const QString &home, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(PODDECK_CLI_PATH), QStringList{QStringLiteral("--home"), home} + args);
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace poddeck::test
