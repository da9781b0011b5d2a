#pragma once

#include "jobs/JobContext.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace poddeck::cli {

class CliProgress;

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitConflicts = 3 };

// What every command gets: the resolved home, output mode and the command's own arguments.
class CliContext
{
public:
    QString home;
    bool json = false;
    QString command;
    QStringList args; // the command's arguments, without global options; args[0] is the command name
    bool quiet = false;         // --quiet: no progress
    bool forceProgress = false; // --progress: progress even when stderr is no terminal (one line per stage)

    // The JobContext a command runs its operation with: its progress goes to stderr (CliProgress) when
    // stderr is a terminal or --progress asks for it. out() and fail() end the progress display first.
    JobContext job();
    void finishProgress();

    QTextStream &out();
    // One line on stderr: "poddeck-cli: <message>". Returns the exit code to use.
    int fail(const QString &message, int code = ExitFailure);
    int fail(const Error &error);
    // A line on stderr that does not stop the command (stdout may be JSON).
    void warn(const QString &message);
    void printJson(const QJsonValue &value);

    // Parses args with `parser` (which gets --help added); on a usage error prints it and returns false
    // with *exitCode set.
    bool parse(QCommandLineParser &parser, const QString &synopsis, int minPositional, int maxPositional, int *exitCode);

private:
    std::shared_ptr<CliProgress> m_progress; // shared by the copies subcommands make
};

} // namespace poddeck::cli
