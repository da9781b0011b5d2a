#include "jobs/Home.h"

#include <QCoreApplication>
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
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(QStringLiteral("PodDeck"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace poddeck
