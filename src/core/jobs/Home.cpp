#include "jobs/Home.h"

#include <QDir>
#include <QStandardPaths>

namespace poddeck {

QString resolveHome(const QString &explicitHome)
{
    if (!explicitHome.isEmpty())
        return QDir(explicitHome).absolutePath();
    const QString env = qEnvironmentVariable("PODDECK_HOME");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    // GenericDataLocation + our name, not AppDataLocation: the latter adds the organization name, which
    // the GUI sets and the CLI does not, and both must find the same home.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/PodDeck");
}

} // namespace poddeck
