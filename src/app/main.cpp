#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/launch/SingleInstance.h"
#include "jobs/Home.h"
#include "util/PrivateFiles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

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
    QApplication::setDesktopFileName(QStringLiteral("io.poddeck.PodDeck")); // packaging/io.poddeck.PodDeck.desktop

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
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Pod bundles, LocalStack state zips or share links to import."),
                                 QStringLiteral("[FILE.pod|STATE.zip|URL...]"));
    parser.process(app);

    const QString home = parser.isSet(homeOption) ? poddeck::resolveHome(parser.value(homeOption)) : defaultHome;
    for (const QString &warning : poddeck::PrivateFiles::secureHome(home))
        qWarning("%s", qPrintable(warning));
    // A second launch for the same home (a double-click on a .pod while PodDeck runs) hands its files to
    // the running window and ends.
    const QStringList files = poddeck::SingleInstance::importable(parser.positionalArguments(), QDir::currentPath());
    poddeck::SingleInstance instance(home);
    if (instance.handOver(files))
        return 0;
    instance.listen();

    poddeck::MainWindow window(home);
    QObject::connect(&instance, &poddeck::SingleInstance::argumentsReceived, &window, [&window](const QStringList &more) {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.raise();
        window.activateWindow();
        window.importFiles(more);
    });
    window.show();
    if (!files.isEmpty())
        QTimer::singleShot(0, &window, [&window, files] { window.importFiles(files); });
    return app.exec();
}
