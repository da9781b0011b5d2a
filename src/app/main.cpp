#include "app/MainWindow.h"
#include "app/Translations.h"
#include "jobs/Home.h"
#include "util/PrivateFiles.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    poddeck::PrivateFiles::restrictUmask(); // homes hold secrets: nothing we write is for other users
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PodDeck"));
    // Resolved before the organization name is set: AppDataLocation includes it, and poddeck-cli (which
    // sets none) must find the same default home (~/.local/share/PodDeck, not .../PodDeck/PodDeck).
    const QString defaultHome = poddeck::resolveHome();
    QApplication::setOrganizationName(QStringLiteral("PodDeck"));
    QApplication::setApplicationVersion(QStringLiteral(PODDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("poddeck"));

    poddeck::installTranslations(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Version control for the state of your local cloud."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption homeOption(
        QStringLiteral("home"),
        QApplication::translate("main", "The PodDeck home to open (default: $PODDECK_HOME, else %1).")
            .arg(defaultHome),
        QApplication::translate("main", "directory"));
    parser.addOption(homeOption);
    parser.process(app);

    const QString home = parser.isSet(homeOption) ? poddeck::resolveHome(parser.value(homeOption)) : defaultHome;
    for (const QString &warning : poddeck::PrivateFiles::secureHome(home))
        qWarning("%s", qPrintable(warning));
    poddeck::MainWindow window(home);
    window.show();
    return app.exec();
}
