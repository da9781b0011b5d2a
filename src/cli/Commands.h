#pragma once

#include "CliContext.h"

#include <QList>

namespace poddeck::cli {

struct Command
{
    QString name;
    QStringList aliases;
    QString synopsis;
    QString summary;
    int (*run)(CliContext &);
};

// Each group of commands registers itself here; main() dispatches by name.
QList<Command> podCommands();         // list, versions, inspect, delete, secret-marks
QList<Command> fileCommands();        // import, export
QList<Command> instanceCommands();    // status, commit, inject, reset
QList<Command> maintenanceCommands(); // gc, fsck
QList<Command> diffCommands();        // diff, merge
QList<Command> remoteCommands();      // remote, push, pull, clone, share
QList<Command> motoCommands();        // moto

} // namespace poddeck::cli
