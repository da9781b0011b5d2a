// Writes screenshots of PodDeck's main views for docs/screenshots/ (run by screenshots.sh under Xvfb).
// A tool, not the app: it may wait with a local event loop, which the app itself never does.
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/contents/ContentsModel.h"
#include "app/contents/ContentsWidget.h"
#include "app/diff/DiffWindow.h"
#include "app/dialogs/CommitDialog.h"
#include "app/dialogs/PropertiesDialog.h"
#include "app/dialogs/InjectDialog.h"
#include "app/history/HistoryWidget.h"
#include "app/history/VersionListModel.h"
#include "app/instance/InstanceBar.h"
#include "app/jobs/JobRunner.h"
#include "app/podlist/PodListWidget.h"
#include "app/settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QThread>
#include <QTreeWidget>
#include <QTreeView>

#include <functional>

using namespace poddeck;

namespace {

bool waitUntil(const std::function<bool()> &done, int ms = 20000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return done();
}

void settle(int ms = 400)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

QString g_suffix; // "-de" for the German run

void save(QWidget *widget, const QString &dir, const QString &name)
{
    settle();
    const QString file = QDir(dir).filePath(QString(name).replace(QLatin1String(".png"), g_suffix + QLatin1String(".png")));
    if (!widget->grab().save(file))
        qWarning("could not write %s", qPrintable(file));
    else
        qInfo("wrote %s", qPrintable(file));
}

// Expands the contents tree along the first child at each level, `depth` levels down.
void expandFirst(QTreeView *view, const QString &service, int depth)
{
    QAbstractItemModel *model = view->model();
    QModelIndex index;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == service)
            index = model->index(row, 0);
    for (int level = 0; level < depth && index.isValid(); ++level) {
        view->expand(index);
        waitUntil([&] { return model->rowCount(index) > 0; }, 10000);
        const QModelIndex next = model->index(0, 0, index);
        if (!next.isValid())
            break;
        index = next;
    }
    view->setCurrentIndex(index);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PodDeck"));
    QApplication::setApplicationName(QStringLiteral("PodDeck-screenshots"));
    installTranslations(&app);
    QCommandLineParser parser;
    const QCommandLineOption home(QStringLiteral("home"), QStringLiteral("Demo home"), QStringLiteral("DIR"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output directory"), QStringLiteral("DIR"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), QStringLiteral("moto endpoint"), QStringLiteral("URL"));
    const QCommandLineOption pod(QStringLiteral("pod"), QStringLiteral("Pod to show"), QStringLiteral("NAME"));
    const QCommandLineOption suffix(QStringLiteral("suffix"), QStringLiteral("File name suffix"), QStringLiteral("TEXT"));
    const QCommandLineOption only(QStringLiteral("main-only"), QStringLiteral("Only the main window"));
    parser.addOptions({home, out, endpoint, pod, suffix, only});
    parser.process(app);
    g_suffix = parser.value(suffix);
    QDir().mkpath(parser.value(out));
    const QString dir = parser.value(out);

    {
        AppSettings settings;
        settings.remember(parser.value(endpoint));
        settings.save();
    }
    MainWindow window(parser.value(home));
    window.resize(1440, 820);
    window.show();
    auto *bar = window.findChild<InstanceBar *>(QStringLiteral("instanceBar"));
    auto *pods = window.findChild<PodListWidget *>();
    auto *history = window.findChild<HistoryWidget *>();
    auto *contents = window.findChild<ContentsWidget *>();
    waitUntil([&] { return !pods->isEmpty() && bar->isReachable(); });
    pods->selectPod(parser.value(pod));
    waitUntil([&] { return history->pod() == parser.value(pod) && history->model()->rowCount() > 0; });
    // The secret of the newest version, masked.
    waitUntil([&] { return contents->view()->model()->rowCount() > 0; });
    expandFirst(contents->view(), QStringLiteral("secretsmanager"), 5);
    expandFirst(contents->view(), QStringLiteral("sqs"), 4);
    waitUntil([&] { return window.jobRunner()->isIdle(); });
    save(&window, dir, QStringLiteral("main-window.png"));
    if (parser.isSet(only))
        return 0;

    // Searching the contents.
    contents->searchEdit()->setText(QStringLiteral("photo"));
    waitUntil([&] { return !contents->isSearching(); });
    waitUntil([&] { return window.jobRunner()->isIdle(); });
    save(&window, dir, QStringLiteral("contents-search.png"));
    contents->searchEdit()->clear();

    // The commit dialog.
    window.findChild<QAction *>(QStringLiteral("commitAction"))->trigger();
    if (auto *commit = window.findChild<CommitDialog *>(QStringLiteral("commitDialog"))) {
        commit->findChild<QPlainTextEdit *>(QStringLiteral("messageEdit"))->setPlainText(QStringLiteral("Orders before the migration"));
        commit->findChild<QLineEdit *>(QStringLiteral("servicesEdit"))->setText(QStringLiteral("sqs, s3"));
        save(commit, dir, QStringLiteral("commit-dialog.png"));
        commit->reject();
    }

    // The inject dialog with its dry-run preview.
    history->selectVersion(1);
    window.findChild<QAction *>(QStringLiteral("injectAction"))->trigger();
    if (auto *inject = window.findChild<InjectDialog *>(QStringLiteral("injectDialog"))) {
        inject->resize(820, 560);
        waitUntil([&] { return window.jobRunner()->isIdle(); });
        // Open the updated resources to their attribute changes.
        if (auto *tree = inject->findChild<QTreeWidget *>(QStringLiteral("previewTree")))
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                    if (QTreeWidgetItem *row = tree->topLevelItem(i)->child(j); row->text(0) == QLatin1String("update"))
                        row->setExpanded(true);
        settle();
        save(inject, dir, QStringLiteral("inject-dialog.png"));
        inject->reject();
    }

    // The settings.
    window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    if (auto *settings = window.findChild<QDialog *>(QStringLiteral("settingsDialog"))) {
        save(settings, dir, QStringLiteral("settings-dialog.png"));
        settings->reject();
    }

    // Version > Properties with where the space goes, once measured.
    history->selectVersion(history->model()->version(0).number);
    window.findChild<QAction *>(QStringLiteral("propertiesAction"))->trigger();
    if (auto *properties = window.findChild<PropertiesDialog *>(QStringLiteral("propertiesDialog"))) {
        waitUntil([&] { return window.jobRunner()->isIdle(); });
        settle();
        save(properties, dir, QStringLiteral("properties-dialog.png"));
        properties->reject();
    }

    // The diff view: the newest version against its parent.
    history->selectVersion(history->model()->version(0).number);
    window.findChild<QAction *>(QStringLiteral("compareVersionsAction"))->trigger();
    if (auto *diff = window.findChild<DiffWindow *>(QStringLiteral("diffWindow"))) {
        waitUntil([&] { return !diff->isComparing(); });
        save(diff, dir, QStringLiteral("diff-view.png"));
        diff->close();
    }

    // Nothing answers: the bar says so and offers a local moto_server.
    bar->setEndpoint(QStringLiteral("http://127.0.0.1:9"));
    waitUntil([&] { return !bar->problem().isEmpty(); });
    save(&window, dir, QStringLiteral("instance-unreachable.png"));
    bar->setEndpoint(parser.value(endpoint)); // leave the settings pointing at the demo
    waitUntil([&] { return window.jobRunner()->isIdle(); });

    // The jobs panel, holding the jobs this run started (the failed check of the unreachable endpoint
    // too), while a comparison with the instance reads it.
    window.findChild<QAction *>(QStringLiteral("toggleJobsAction"))->trigger();
    window.findChild<QAction *>(QStringLiteral("compareLiveAction"))->trigger();
    window.activateWindow();
    save(&window, dir, QStringLiteral("jobs-panel.png"));
    window.findChild<QAction *>(QStringLiteral("toggleJobsAction"))->trigger();
    waitUntil([&] { return window.jobRunner()->isIdle(); });
    return 0;
}
