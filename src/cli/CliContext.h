#pragma once

#include "util/Error.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace poddeck::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitConflicts = 3 };

// What every command gets: the resolved home, output mode and the command's own arguments.
class CliContext
{
public:
    QString home;
    bool json = false;
    QString command;
    QStringList args; // the command's arguments, without global options; args[0] is the command name

    QTextStream &out();
    // One line on stderr: "poddeck-cli: <message>". Returns the exit code to use.
    int fail(const QString &message, int code = ExitFailure);
    int fail(const Error &error);
    void printJson(const QJsonValue &value);

    // Parses args with `parser` (which gets --help added); on a usage error prints it and returns false
    // with *exitCode set.
    bool parse(QCommandLineParser &parser, const QString &synopsis, int minPositional, int maxPositional, int *exitCode);
};

} // namespace poddeck::cli
