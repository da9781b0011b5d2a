// Writes docs/screenshots/remotes*.png, remote-add.png and remote-browser.png: the remotes dialog, the add
// dialog, the pod list with sync badges and Browse Remote with described pods, on demo data it makes
// itself (folder remotes, so no keychain or network). screenshots.sh runs it under Xvfb, in English and,
// with --suffix -de --only remote-browser, in German:
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/tests/app/poddeck_remotes_screenshots --out docs/screenshots
// A tool, not the app: it may wait with a local event loop, which the app itself never does.
#include "ScreenshotWriter.h"

#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/jobs/JobRunner.h"
#include "app/podlist/PodListWidget.h"
#include "app/remotes/RemoteBrowserDialog.h"
#include "app/remotes/RemoteOperations.h"
#include "app/remotes/RemotesDialog.h"
#include "jobs/CommitDirectory.h"
#include "jobs/PodQueries.h"
#include "jobs/RemoteAccess.h"
#include "jobs/Sync.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QComboBox>
#include <QTreeView>
#include <QTreeWidget>

using namespace poddeck;

namespace {

void check(const Status &st)
{
    if (!st) {
        qCritical("%s", qPrintable(st.error().message));
        ::exit(1);
    }
}

void commit(const QString &home, const QString &pod, const QByteArray &contents, const QString &message)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("state.json")));
    f.open(QIODevice::WriteOnly);
    f.write(contents);
    f.close();
    JobContext c;
    check(Status(commitDirectory(CommitDirectoryRequest{home, pod, dir.path(), message, QStringLiteral("ana@example.com")}, c)));
}

void addFolderRemote(const QString &home, const QString &name, const QString &dir)
{
    AddRemoteRequest r;
    r.home = home;
    r.name = name;
    r.url = QUrl::fromLocalFile(dir).toString();
    check(Status(addRemote(r)));
}

void describe(const QString &home, const QString &pod, const QString &text, const QStringList &labels)
{
    DescribeRequest r;
    r.home = home;
    r.pod = pod;
    r.text = text;
    r.labels = labels;
    JobContext c;
    check(Status(describePod(r, c)));
}

void push(const QString &home, const QString &pod, const QString &remote)
{
    JobContext c;
    check(Status(pushPod(PushRequest{home, VersionRef{pod, 0}, remote}, c)));
}

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
    ScreenshotWriter shots;
    shots.addOptions(parser);
    parser.process(app);
    shots.read(parser);
    // Who pushed (Browse Remote's "Pushed by"): the demo's people, not whoever runs this.
    qputenv("PODDECK_AUTHOR", "ana@example.com");

    // Demo: "team" and "archive" folder remotes; shop in sync, orders one version ahead, billing changed
    // by a teammate (behind), notes never pushed.
    QTemporaryDir work;
    const QString home = work.filePath(QStringLiteral("home"));
    const QString mate = work.filePath(QStringLiteral("mate"));
    const QString team = work.filePath(QStringLiteral("remotes/team"));
    addFolderRemote(home, QStringLiteral("team"), team);
    addFolderRemote(home, QStringLiteral("archive"), work.filePath(QStringLiteral("remotes/archive")));
    commit(home, QStringLiteral("shop"), "{\"queues\":1}", QStringLiteral("Initial shop state"));
    commit(home, QStringLiteral("shop"), "{\"queues\":2}", QStringLiteral("Add the refunds queue"));
    commit(home, QStringLiteral("orders"), "{\"tables\":1}", QStringLiteral("Orders table"));
    commit(home, QStringLiteral("billing"), "{\"topics\":1}", QStringLiteral("Billing topic"));
    commit(home, QStringLiteral("notes"), "{\"stage\":\"dev\"}", QStringLiteral("Runbook"));
    describe(home, QStringLiteral("shop"), QStringLiteral("Checkout demo: orders and refunds queues, seeded carts"),
             {QStringLiteral("demo"), QStringLiteral("team-shop")});
    describe(home, QStringLiteral("orders"), QStringLiteral("Orders table with a week of test orders"),
             {QStringLiteral("dynamodb"), QStringLiteral("fixtures")});
    describe(home, QStringLiteral("billing"), QStringLiteral("Billing topic and alert subscriptions"), {QStringLiteral("team-payments")});
    for (const char *pod : {"shop", "orders", "billing"})
        push(home, QString::fromLatin1(pod), QStringLiteral("team"));
    push(home, QStringLiteral("shop"), QStringLiteral("archive"));
    commit(home, QStringLiteral("orders"), "{\"tables\":2}", QStringLiteral("Orders index"));
    addFolderRemote(mate, QStringLiteral("team"), team);
    {
        JobContext c;
        check(Status(pullPod(PullRequest{mate, QStringLiteral("billing"), 0, QStringLiteral("team"), true}, c)));
    }
    qputenv("PODDECK_AUTHOR", "ben@example.com");
    commit(mate, QStringLiteral("billing"), "{\"topics\":2}", QStringLiteral("Billing alerts"));
    push(mate, QStringLiteral("billing"), QStringLiteral("team"));
    qputenv("PODDECK_AUTHOR", "ana@example.com");
    {
        JobContext c; // what "Clone from Remote" lists records the teammate's new head as a remote ref
        check(Status(listRemotePods(home, QStringLiteral("team"), c)));
    }

    MainWindow window(home);
    window.resize(1280, 640);
    window.show();
    auto *pods = window.findChild<PodListWidget *>();
    waitUntil([&] { return !pods->isEmpty() && window.remoteOperations()->remotesLoaded() && window.jobRunner()->isIdle(); });
    pods->selectPod(QStringLiteral("orders"));
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
            waitUntil([&] { return view->model()->rowCount() == 3 && window.jobRunner()->isIdle(); });
            view->setCurrentIndex(view->model()->index(2, 0));
            shots.save(browser, QStringLiteral("remote-browser"));
            browser->reject();
        } else {
            shots.missing(QStringLiteral("remote-browser"), QStringLiteral("no Browse Remote dialog"));
        }
        waitUntil([&] { return window.jobRunner()->isIdle(); });
    }
    return shots.finish();
}
