// Writes docs/screenshots/remotes*.png, remote-add.png and remote-browser.png: the pod list with sync
// badges, the remotes dialog, the add dialog and Browse Remote with described pods. screenshots.sh makes
// the demo home (pods committed from moto, described and pushed to folder remotes with poddeck-cli, so no
// keychain) and runs this under Xvfb, in English and, with --suffix -de --only remote-browser, in German.
// A tool, not the app: it may wait with a local event loop, which the app itself never does.
#include "ScreenshotWriter.h"

#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/jobs/JobRunner.h"
#include "app/podlist/PodListWidget.h"
#include "app/remotes/RemoteBrowserDialog.h"
#include "app/remotes/RemoteOperations.h"
#include "app/remotes/RemotesDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace poddeck;

namespace {

// Remotes > Add, filled in for a MinIO bucket.
void addDialog(QDialog *remotes, ScreenshotWriter &shots)
{
    remotes->findChild<QPushButton *>(QStringLiteral("addRemoteButton"))->click();
    auto *add = remotes->findChild<QDialog *>(QStringLiteral("remoteAddDialog"));
    if (!add)
        return shots.missing(QStringLiteral("remote-add"), QStringLiteral("no add dialog"));
    add->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("minio"));
    auto *url = add->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    url->setText(QStringLiteral("s3://pods/team?endpoint=http://nas.local:9000&region=eu-central-1"));
    url->setCursorPosition(0);
    add->findChild<QLineEdit *>(QStringLiteral("accessKeyEdit"))->setText(QStringLiteral("AKIAEXAMPLE"));
    add->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(QStringLiteral("not-a-real-secret"));
    shots.save(add, QStringLiteral("remote-add"));
    add->reject();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PodDeck"));
    QApplication::setApplicationName(QStringLiteral("PodDeck-remotes-screenshots"));
    installTranslations(&app);
    QCommandLineParser parser;
    const QCommandLineOption homeOption(QStringLiteral("home"), QStringLiteral("Demo home (screenshots.sh makes it)"),
                                        QStringLiteral("DIR"));
    parser.addOption(homeOption);
    ScreenshotWriter shots;
    shots.addOptions(parser);
    parser.process(app);
    shots.read(parser);
    const QString home = parser.value(homeOption);
    if (home.isEmpty())
        qFatal("--home DIR is required (tests/app/screenshots.sh makes the demo home)");

    MainWindow window(home);
    window.resize(1280, 640);
    window.show();
    auto *pods = window.findChild<PodListWidget *>();
    if (!waitUntil([&] { return !pods->isEmpty() && window.remoteOperations()->remotesLoaded() && window.jobRunner()->isIdle(); })
        || !pods->selectPod(QStringLiteral("orders"))) {
        shots.missing(QStringLiteral("remotes-podlist"), QStringLiteral("no pod orders or no remotes in the demo home"));
        return shots.finish();
    }
    waitUntil([&] { return window.jobRunner()->isIdle(); });
    shots.save(&window, QStringLiteral("remotes-podlist"));

    if (shots.wants(QStringLiteral("remotes")) || shots.wants(QStringLiteral("remote-add"))) {
        window.findChild<QAction *>(QStringLiteral("remotesAction"))->trigger();
        if (auto *dialog = window.findChild<RemotesDialog *>(QStringLiteral("remotesDialog"))) {
            auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("remotesTable"));
            waitUntil([&] { return table->topLevelItemCount() == 2; });
            table->setCurrentItem(table->findItems(QStringLiteral("team"), Qt::MatchExactly).value(0));
            auto *test = dialog->findChild<QPushButton *>(QStringLiteral("testConnection"));
            test->click(); // disabled until the answer is shown
            waitUntil([&] { return test->isEnabled(); });
            shots.save(dialog, QStringLiteral("remotes"));
            addDialog(dialog, shots);
            dialog->reject();
        } else {
            shots.missing(QStringLiteral("remotes"), QStringLiteral("no remotes dialog"));
        }
        waitUntil([&] { return window.jobRunner()->isIdle(); });
    }

    if (shots.wants(QStringLiteral("remote-browser"))) {
        window.findChild<QAction *>(QStringLiteral("browseRemoteAction"))->trigger();
        if (auto *browser = window.findChild<RemoteBrowserDialog *>(QStringLiteral("remoteBrowserDialog"))) {
            browser->findChild<QComboBox *>(QStringLiteral("remoteCombo"))->setCurrentText(QStringLiteral("team"));
            auto *view = browser->findChild<QTreeView *>(QStringLiteral("podView"));
            if (waitUntil([&] { return view->model()->rowCount() == 3 && window.jobRunner()->isIdle(); })) {
                view->setCurrentIndex(view->model()->index(2, 0));
                shots.save(browser, QStringLiteral("remote-browser"));
            } else {
                shots.missing(QStringLiteral("remote-browser"), QStringLiteral("the remote does not list 3 pods"));
            }
            browser->reject();
        } else {
            shots.missing(QStringLiteral("remote-browser"), QStringLiteral("no Browse Remote dialog"));
        }
        waitUntil([&] { return window.jobRunner()->isIdle(); });
    }
    return shots.finish();
}
