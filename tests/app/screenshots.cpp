// Writes screenshots of PodDeck's main views for docs/screenshots/ (run by screenshots.sh under Xvfb,
// once in English and once in German with --suffix -de and the pictures the docs show in both).
// A tool, not the app: it may wait with a local event loop, which the app itself never does.
#include "ScreenshotWriter.h"

#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/contents/ContentsWidget.h"
#include "app/diff/DiffWindow.h"
#include "app/dialogs/CommitDialog.h"
#include "app/dialogs/InjectDialog.h"
#include "app/dialogs/PropertiesDialog.h"
#include "app/history/HistoryWidget.h"
#include "app/history/VersionListModel.h"
#include "app/instance/DriftButton.h"
#include "app/instance/InstanceBar.h"
#include "app/jobs/JobRunner.h"
#include "app/podlist/PodListWidget.h"
#include "app/settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace poddeck;

namespace {

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

// The window and what the pictures need from it.
struct Demo
{
    MainWindow &window;
    ScreenshotWriter &shots;
    QString endpoint;
    QString stateScript; // screenshot_state.py: changes the live instance the way a user would (boto3)
    InstanceBar *bar = window.findChild<InstanceBar *>(QStringLiteral("instanceBar"));
    PodListWidget *pods = window.findChild<PodListWidget *>();
    HistoryWidget *history = window.findChild<HistoryWidget *>();
    ContentsWidget *contents = window.findChild<ContentsWidget *>();

    void trigger(const char *action) { window.findChild<QAction *>(QLatin1String(action))->trigger(); }
    bool idle() { return waitUntil([&] { return window.jobRunner()->isIdle(); }); }
    bool selectPod(const QString &pod)
    {
        pods->selectPod(pod);
        return waitUntil([&] { return history->pod() == pod && history->model()->rowCount() > 0; });
    }
    bool driftIs(InstanceDrift::State state)
    {
        return waitUntil([&] {
            const auto &drift = bar->driftButton()->drift();
            return drift && drift->state == state && window.jobRunner()->isIdle();
        });
    }
    bool changeInstance(const QString &action)
    {
        QProcess python;
        // The German run's LC_ALL names a locale the system may lack; python needs none (and pyenv's
        // bash shim would warn about it on every call).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        python.setProcessEnvironment(env);
        python.setProcessChannelMode(QProcess::ForwardedChannels);
        python.start(QStringLiteral("python3"), {stateScript, endpoint, action});
        const bool ok = python.waitForFinished(60000) && python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0;
        if (!ok)
            qWarning("%s %s failed (exit %d)", qPrintable(stateScript), qPrintable(action), python.exitCode());
        return ok;
    }
};

// The inject dialog's dry-run preview of shop:1 over the instance, updated resources opened to their
// attribute changes.
void injectPreview(Demo &d)
{
    d.history->selectVersion(1);
    d.trigger("injectAction");
    auto *inject = d.window.findChild<InjectDialog *>(QStringLiteral("injectDialog"));
    if (!inject)
        return d.shots.missing(QStringLiteral("inject-dialog"), QStringLiteral("no inject dialog"));
    inject->resize(820, 560);
    if (!waitUntil([&] { return inject->isPreviewReady(); }))
        return d.shots.missing(QStringLiteral("inject-dialog"), QStringLiteral("the preview did not finish"));
    int opened = 0;
    if (auto *tree = inject->findChild<QTreeWidget *>(QStringLiteral("previewTree")))
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                if (QTreeWidgetItem *row = tree->topLevelItem(i)->child(j); row->text(0) == InjectDialog::tr("update")) {
                    row->setExpanded(true);
                    ++opened;
                }
    if (opened == 0)
        d.shots.missing(QStringLiteral("inject-dialog"), QStringLiteral("no update row to open"));
    d.shots.save(inject, QStringLiteral("inject-dialog"));
    inject->reject();
}

// Version > Properties of the newest version, with where the space goes once measured.
void properties(Demo &d)
{
    d.history->selectVersion(d.history->model()->version(0).number);
    d.trigger("propertiesAction");
    auto *dialog = d.window.findChild<PropertiesDialog *>(QStringLiteral("propertiesDialog"));
    if (!dialog)
        return d.shots.missing(QStringLiteral("properties-dialog"), QStringLiteral("no properties dialog"));
    d.idle();
    d.shots.save(dialog, QStringLiteral("properties-dialog"));
    dialog->reject();
}

// The instance bar after someone changed the instance: "4 changes since shop:6" (a queue added, an
// object deleted, a parameter changed, which adds a version of it).
void drift(Demo &d)
{
    if (!d.changeInstance(QStringLiteral("drift")))
        return d.shots.missing(QStringLiteral("instance-drift"), QStringLiteral("could not change the instance"));
    d.bar->refresh();
    if (!d.driftIs(InstanceDrift::State::Changed))
        return d.shots.missing(QStringLiteral("instance-drift"), QStringLiteral("the bar shows no changes"));
    d.shots.save(d.bar, QStringLiteral("instance-drift"));
}

// An inject that fails part-way: "uploads" holds a role and a bucket, and another account took the
// bucket's name meanwhile, so the role is created and the bucket is not.
void injectFailure(Demo &d)
{
    const QString name = QStringLiteral("inject-failed");
    if (!d.changeInstance(QStringLiteral("clash")) || !d.selectPod(QStringLiteral("uploads")))
        return d.shots.missing(name, QStringLiteral("no clash, or no pod uploads"));
    d.history->selectVersion(1);
    d.trigger("injectAction");
    auto *inject = d.window.findChild<InjectDialog *>(QStringLiteral("injectDialog"));
    if (!inject)
        return d.shots.missing(name, QStringLiteral("no inject dialog"));
    auto *strategy = inject->findChild<QComboBox *>(QStringLiteral("strategyCombo"));
    strategy->setCurrentIndex(strategy->findData(int(InjectStrategy::ServiceMerge)));
    if (!waitUntil([&] { return inject->isPreviewReady(); }))
        return d.shots.missing(name, QStringLiteral("the preview did not finish"));
    inject->findChild<QPushButton *>(QStringLiteral("injectButton"))->click();
    QDialog *failed = nullptr;
    waitUntil([&] { return (failed = d.window.findChild<QDialog *>(QStringLiteral("injectFailedDialog"))) != nullptr; }, 60000);
    if (!failed)
        return d.shots.missing(name, QStringLiteral("the inject did not fail"));
    d.idle();
    failed->findChild<QTreeWidget *>(QStringLiteral("outcomeList"))->expandAll();
    d.shots.save(failed, name);
    failed->close();
}

// Searching the contents.
void contentsSearch(Demo &d)
{
    d.contents->searchEdit()->setText(QStringLiteral("photo"));
    if (!waitUntil([&] { return !d.contents->isSearching(); }))
        return d.shots.missing(QStringLiteral("contents-search"), QStringLiteral("the search did not finish"));
    d.idle();
    d.shots.save(&d.window, QStringLiteral("contents-search"));
    d.contents->searchEdit()->clear();
}

void commitDialog(Demo &d)
{
    d.trigger("commitAction");
    auto *commit = d.window.findChild<CommitDialog *>(QStringLiteral("commitDialog"));
    if (!commit)
        return d.shots.missing(QStringLiteral("commit-dialog"), QStringLiteral("no commit dialog"));
    commit->findChild<QPlainTextEdit *>(QStringLiteral("messageEdit"))->setPlainText(QStringLiteral("Orders before the migration"));
    commit->findChild<QLineEdit *>(QStringLiteral("servicesEdit"))->setText(QStringLiteral("sqs, s3"));
    d.shots.save(commit, QStringLiteral("commit-dialog"));
    commit->reject();
}

void settingsDialog(Demo &d)
{
    d.trigger("settingsAction");
    auto *settings = d.window.findChild<QDialog *>(QStringLiteral("settingsDialog"));
    if (!settings)
        return d.shots.missing(QStringLiteral("settings-dialog"), QStringLiteral("no settings dialog"));
    d.shots.save(settings, QStringLiteral("settings-dialog"));
    settings->reject();
}

// The diff view: the newest version against its parent.
void diffView(Demo &d)
{
    d.history->selectVersion(d.history->model()->version(0).number);
    d.trigger("compareVersionsAction");
    auto *diff = d.window.findChild<DiffWindow *>(QStringLiteral("diffWindow"));
    if (!diff)
        return d.shots.missing(QStringLiteral("diff-view"), QStringLiteral("no diff window"));
    if (!waitUntil([&] { return !diff->isComparing(); }))
        return d.shots.missing(QStringLiteral("diff-view"), QStringLiteral("the comparison did not finish"));
    d.shots.save(diff, QStringLiteral("diff-view"));
    diff->close();
}

// Nothing answers: the bar says so and offers a local moto_server.
void unreachable(Demo &d)
{
    d.bar->setEndpoint(QStringLiteral("http://127.0.0.1:9"));
    if (waitUntil([&] { return !d.bar->problem().isEmpty(); }))
        d.shots.save(&d.window, QStringLiteral("instance-unreachable"));
    else
        d.shots.missing(QStringLiteral("instance-unreachable"), QStringLiteral("the bar shows no problem"));
    d.bar->setEndpoint(d.endpoint); // leave the settings pointing at the demo
    waitUntil([&] { return d.bar->isReachable(); });
    d.idle();
}

// The jobs panel, holding the jobs this run started (the failed check of the unreachable endpoint too),
// while a comparison with the instance reads it.
void jobsPanel(Demo &d)
{
    d.trigger("toggleJobsAction");
    d.trigger("compareLiveAction");
    d.window.activateWindow();
    d.shots.save(&d.window, QStringLiteral("jobs-panel"));
    d.trigger("toggleJobsAction");
    d.idle();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PodDeck"));
    QApplication::setApplicationName(QStringLiteral("PodDeck-screenshots"));
    installTranslations(&app); // as the app does: the locale (LANG / LANGUAGE) picks German
    QCommandLineParser parser;
    const QCommandLineOption home(QStringLiteral("home"), QStringLiteral("Demo home"), QStringLiteral("DIR"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), QStringLiteral("moto endpoint"), QStringLiteral("URL"));
    const QCommandLineOption pod(QStringLiteral("pod"), QStringLiteral("Pod to show"), QStringLiteral("NAME"));
    const QCommandLineOption state(QStringLiteral("state-script"), QStringLiteral("screenshot_state.py"), QStringLiteral("FILE"));
    parser.addOptions({home, endpoint, pod, state});
    ScreenshotWriter shots;
    shots.addOptions(parser);
    parser.process(app);
    shots.read(parser);

    {
        AppSettings settings;
        settings.remember(parser.value(endpoint));
        settings.save();
    }
    MainWindow window(parser.value(home));
    window.resize(1440, 820);
    window.show();
    Demo d{window, shots, parser.value(endpoint), parser.value(state)};
    const bool ready = waitUntil([&] { return !d.pods->isEmpty() && d.bar->isReachable(); }) && d.selectPod(parser.value(pod))
                       && waitUntil([&] { return d.contents->view()->model()->rowCount() > 0; });
    if (!ready) {
        shots.missing(QStringLiteral("main-window"), QStringLiteral("no pods, no instance or no contents"));
        return shots.finish();
    }
    // The secret of the newest version, masked.
    expandFirst(d.contents->view(), QStringLiteral("secretsmanager"), 5);
    expandFirst(d.contents->view(), QStringLiteral("sqs"), 4);
    if (!d.driftIs(InstanceDrift::State::InSync))
        shots.missing(QStringLiteral("instance-in-sync"), QStringLiteral("the instance is not in sync with its head"));
    shots.save(&window, QStringLiteral("main-window"));
    shots.save(d.bar, QStringLiteral("instance-in-sync"));

    // In this order (the jobs panel shows the jobs before it); the last two change the instance.
    const QList<std::pair<QString, void (*)(Demo &)>> steps = {
        {QStringLiteral("contents-search"), contentsSearch}, {QStringLiteral("commit-dialog"), commitDialog},
        {QStringLiteral("inject-dialog"), injectPreview},    {QStringLiteral("settings-dialog"), settingsDialog},
        {QStringLiteral("properties-dialog"), properties},   {QStringLiteral("diff-view"), diffView},
        {QStringLiteral("instance-unreachable"), unreachable}, {QStringLiteral("jobs-panel"), jobsPanel},
        {QStringLiteral("instance-drift"), drift},           {QStringLiteral("inject-failed"), injectFailure},
    };
    for (const auto &[name, step] : steps)
        if (shots.wants(name))
            step(d);
    d.idle();
    return shots.finish();
}
