#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/EmptyStateWidget.h"
#include "app/contents/ContentsModel.h"
#include "AcceleratorCheck.h"
#include "app/dialogs/PropertiesDialog.h"
#include "app/dialogs/SpaceChart.h"
#include "app/dialogs/SettingsDialog.h"
#include "app/history/DragExportCache.h"
#include "app/history/HistoryWidget.h"
#include "app/history/VersionListModel.h"
#include "app/history/VersionMimeData.h"
#include "app/instance/InstanceBar.h"
#include "app/jobs/JobRunner.h"
#include "app/jobs/JobStatusWidget.h"

#include "jobs/CommitDirectory.h"
#include "jobs/ImportExport.h"
#include "support/TestHome.h"

#include <QAction>
#include <QRegularExpression>
#include <QMenu>
#include <QMenuBar>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QLineEdit>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QTabWidget>
#include <QTreeView>
#include <QTcpServer>
#include <QTranslator>
#include <QtTest>

#include <sys/stat.h>

using namespace poddeck;
using poddeck::test::TestHome;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(bytes);
}

// Commits `files` (relative path -> contents) as a new version of `pod` in `home`.
void commit(const QString &home, const QString &pod, const QMap<QString, QByteArray> &files, const QString &message)
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        writeFile(dir.filePath(it.key()), it.value());
    JobContext context;
    Result<Version> v = commitDirectory(CommitDirectoryRequest{home, pod, dir.path(), message, QStringLiteral("test@poddeck")},
                                        context);
    QVERIFY2(v.ok(), qPrintable(v.error().message));
}

QStringList names(const QAbstractItemModel *model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->index(row, 0).data().toString());
    return list;
}

// What a file manager's drop does: enter, then drop, on the window.
bool dropFiles(QWidget *target, const QStringList &files)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &file : files)
        urls.append(QUrl::fromLocalFile(file));
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

int modeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // free again once `server` is gone
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to ~/.qttest, not the user's config
        QCoreApplication::setOrganizationName(QStringLiteral("PodDeck"));
        QCoreApplication::setApplicationName(QStringLiteral("PodDeck-mainwindow-tests"));
        QSettings().clear();
        // The instance bar probes at start: nothing listens here, and it should say so at once.
        qputenv("AWS_ENDPOINT_URL", QStringLiteral("http://127.0.0.1:%1").arg(closedPort()).toUtf8());
        qputenv("AWS_MAX_ATTEMPTS", "1");
        installTranslations(QCoreApplication::instance()); // English plurals: "2 versions"
        commit(m_home.path(), QStringLiteral("alpha"), {{QStringLiteral("a.txt"), "one"}}, QStringLiteral("first"));
        commit(m_home.path(), QStringLiteral("alpha"), {{QStringLiteral("a.txt"), "two"}}, QStringLiteral("second"));
        commit(m_home.path(), QStringLiteral("beta"), {{QStringLiteral("b/c.json"), "{}"}}, QStringLiteral("only"));
    }

    void listsPodsAndVersions()
    {
        MainWindow window(m_home.path());
        window.show();
        QVERIFY(window.windowTitle().contains(QStringLiteral("PodDeck")));
        QVERIFY(window.windowTitle().contains(m_home.path()));
        auto *podList = window.findChild<QTreeView *>(QStringLiteral("podList"));
        auto *versionList = window.findChild<QTreeView *>(QStringLiteral("versionList"));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("podFilter"));
        QVERIFY(podList && versionList && filter);

        QTRY_COMPARE(names(podList->model()), (QStringList{"alpha", "beta"}));
        // The first pod becomes current and its history shows, newest first.
        QTRY_COMPARE(versionList->model()->rowCount(), 2);
        QCOMPARE(versionList->model()->index(0, VersionListModel::NumberColumn).data().toInt(), 2);
        QCOMPARE(versionList->model()->index(0, VersionListModel::MessageColumn).data().toString(), QStringLiteral("second"));
        QCOMPARE(versionList->model()->index(0, VersionListModel::AuthorColumn).data().toString(), QStringLiteral("test@poddeck"));

        podList->setCurrentIndex(podList->model()->index(1, 0));
        QTRY_COMPARE(versionList->model()->rowCount(), 1);
        QCOMPARE(versionList->model()->index(0, VersionListModel::MessageColumn).data().toString(), QStringLiteral("only"));

        QTest::keyClicks(filter, QStringLiteral("alp"));
        QCOMPARE(names(podList->model()), QStringList{"alpha"});
        QTRY_COMPARE(versionList->model()->rowCount(), 2);
        filter->clear();
        QCOMPARE(podList->model()->rowCount(), 2);
        QVERIFY(window.jobRunner());
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }

    void refreshShowsNewVersions()
    {
        TestHome home;
        commit(home.path(), QStringLiteral("solo"), {{QStringLiteral("x"), "1"}}, QStringLiteral("v1"));
        MainWindow window(home.path());
        window.show();
        auto *versionList = window.findChild<QTreeView *>(QStringLiteral("versionList"));
        QTRY_COMPARE(versionList->model()->rowCount(), 1);
        commit(home.path(), QStringLiteral("solo"), {{QStringLiteral("x"), "2"}}, QStringLiteral("v2"));
        auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
        refresh->trigger();
        QTRY_COMPARE(versionList->model()->rowCount(), 2);
        QCOMPARE(versionList->model()->index(0, VersionListModel::MessageColumn).data().toString(), QStringLiteral("v2"));
    }

    // Every menu (and the menu bar) gives each accelerator letter to one entry only, in English and German.
    void noDuplicateAccelerators_data()
    {
        QTest::addColumn<bool>("german");
        QTest::newRow("en") << false;
        QTest::newRow("de") << true;
    }

    // Progress stages come from core; the German UI shows them in German (the CLI, with no translator,
    // in English).
    void coreStagesAreTranslated()
    {
        QStringList stages;
        {
            test::ScopedGerman translation;
            QVERIFY(!translation.failed());
            TestHome home; // not m_home: the other tests count its pods
            QTemporaryDir dir;
            writeFile(dir.filePath(QStringLiteral("x.txt")), "x");
            JobContext context([&stages](const JobContext::Progress &p) {
                if (!stages.contains(p.stage))
                    stages.append(p.stage);
            });
            Result<Version> v = commitDirectory({home.path(), QStringLiteral("stages"), dir.path(), QStringLiteral("m"),
                                                 QStringLiteral("t@h")},
                                                context);
            QVERIFY(v.ok());
        }
        QVERIFY2(stages.contains(QStringLiteral("Dateien werden gespeichert")), qPrintable(stages.join(QLatin1Char('|'))));
        QVERIFY2(stages.contains(QStringLiteral("Version wird geschrieben")), qPrintable(stages.join(QLatin1Char('|'))));
    }

    void noDuplicateAccelerators()
    {
        QFETCH(bool, german);
        test::ScopedGerman translation(german);
        QVERIFY(!translation.failed());
        MainWindow window(m_home.path());
        QStringList clashes;
        auto check = [&clashes](const QString &where, const QList<QAction *> &actions) {
            QHash<QChar, QString> taken;
            for (QAction *a : actions) {
                const QString text = a->text();
                const qsizetype amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
                if (a->isSeparator() || amp < 0)
                    continue;
                const QChar key = text.at(amp + 1).toLower();
                if (taken.contains(key))
                    clashes.append(QStringLiteral("%1: \"%2\" and \"%3\" share &%4").arg(where, taken.value(key), text, key));
                else
                    taken.insert(key, text);
            }
        };
        check(QStringLiteral("menu bar"), window.menuBar()->actions());
        for (QAction *top : window.menuBar()->actions())
            if (QMenu *menu = top->menu())
                check(top->text(), menu->actions());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void emptyCatalogueSaysWhatToDo()
    {
        TestHome home;
        MainWindow window(home.path());
        window.show();
        auto *empty = window.findChild<EmptyStateWidget *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No pods yet")));
        QVERIFY(empty->text().contains(QStringLiteral("poddeck-cli commit")));
        QVERIFY(!window.findChild<QTreeView *>(QStringLiteral("versionList"))->isVisible());
        // Nothing answers at the endpoint: the first step offered is starting a local moto_server.
        QTRY_COMPARE(empty->primary(), EmptyStateWidget::Primary::StartMoto);
        auto *primary = empty->findChild<QPushButton *>(QStringLiteral("emptyStatePrimary"));
        QVERIFY(primary->isVisible());
        QCOMPARE(primary->text(), QStringLiteral("Start a Local moto_server"));
        QVERIFY(empty->text().contains(QStringLiteral("nothing answers")));
    }

    void droppingGarbageReportsTheCoresError()
    {
        TestHome home;
        const QString garbage = home.file(QStringLiteral("garbage.pod"));
        writeFile(garbage, "this is neither a tar nor a zip");
        MainWindow window(m_home.path());
        window.show();
        auto *podList = window.findChild<QTreeView *>(QStringLiteral("podList"));
        QTRY_COMPARE(podList->model()->rowCount(), 2);

        QVERIFY(dropFiles(&window, {garbage}));
        auto *status = window.findChild<JobStatusWidget *>(QStringLiteral("jobStatus"));
        QVERIFY(status);
        QTRY_VERIFY(!status->errorSummary().isEmpty());
        QVERIFY2(status->errorSummary().contains(QStringLiteral("garbage.pod")), qPrintable(status->errorSummary()));
        auto *errorButton = window.statusBar()->findChild<QToolButton *>(QStringLiteral("jobError"));
        QVERIFY(errorButton && errorButton->isVisible());
        QTRY_VERIFY(window.jobRunner()->isIdle());
        QCOMPARE(podList->model()->rowCount(), 2); // nothing was added
    }

    void droppingABundleImportsAndSelectsIt()
    {
        // A .pod bundle of a pod this home does not have, written by the core's export.
        TestHome other;
        commit(other.path(), QStringLiteral("gamma"), {{QStringLiteral("g"), "1"}}, QStringLiteral("g1"));
        commit(other.path(), QStringLiteral("gamma"), {{QStringLiteral("g"), "2"}}, QStringLiteral("g2"));
        const QString bundle = other.file(QStringLiteral("gamma.pod"));
        JobContext context;
        Result<QList<Version>> exported = exportVersion(
            ExportRequest{other.path(), VersionRef{QStringLiteral("gamma"), 0}, true, bundle, ExportFormat::Pod}, context);
        QVERIFY2(exported.ok(), qPrintable(exported.error().message));

        TestHome home;
        commit(home.path(), QStringLiteral("alpha"), {{QStringLiteral("a"), "1"}}, QStringLiteral("a1"));
        MainWindow window(home.path());
        window.show();
        auto *podList = window.findChild<QTreeView *>(QStringLiteral("podList"));
        auto *versionList = window.findChild<QTreeView *>(QStringLiteral("versionList"));
        QTRY_COMPARE(podList->model()->rowCount(), 1);

        QVERIFY(dropFiles(&window, {bundle}));
        QTRY_COMPARE(names(podList->model()), (QStringList{"alpha", "gamma"}));
        QTRY_COMPARE(podList->currentIndex().data().toString(), QStringLiteral("gamma"));
        QTRY_COMPARE(versionList->model()->rowCount(), 2);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Imported 2 versions of pod 'gamma'")),
                 qPrintable(window.statusBar()->currentMessage()));
        auto *status = window.findChild<JobStatusWidget *>(QStringLiteral("jobStatus"));
        QVERIFY(status->errorSummary().isEmpty());
    }

    void actionsHaveNamesAndShortcuts()
    {
        MainWindow window(m_home.path());
        const QStringList expected{
            QStringLiteral("importAction"),       QStringLiteral("refreshAction"),
            QStringLiteral("quitAction"),         QStringLiteral("filterAction"),
            QStringLiteral("cancelJobAction"),    QStringLiteral("commitAction"),
            QStringLiteral("injectAction"),       QStringLiteral("resetAction"),
            QStringLiteral("exportAction"),       QStringLiteral("deleteVersionAction"),
            QStringLiteral("deletePodAction"),    QStringLiteral("propertiesAction"),
            QStringLiteral("settingsAction"),     QStringLiteral("searchContentsAction"),
            QStringLiteral("refreshInstanceAction"), QStringLiteral("revealAction")};
        for (const QString &name : expected)
            QVERIFY2(window.findChild<QAction *>(name), qPrintable(name));
        // Revealing a secret acts on the selected value in its view, never from anywhere in the window.
        QAction *reveal = window.findChild<QAction *>(QStringLiteral("revealAction"));
        QVERIFY(!window.actions().contains(reveal));
        QCOMPARE(reveal->shortcutContext(), Qt::WidgetShortcut);
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("importAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_I));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("quitAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_Q));
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->objectName().isEmpty() || action->objectName().startsWith(QLatin1String("_q_")))
                continue; // Qt's own (tool bar toggle, menu actions, the line edit's clear button)
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
            QVERIFY2(!action->property("accessibleName").toString().isEmpty(), qPrintable(action->objectName()));
            QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
        }
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("jobStatus")));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("commitAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("injectAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_J));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("exportAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_E));
        // No two actions share a shortcut.
        QSet<QString> seen;
        for (QAction *action : actions) {
            if (action->shortcut().isEmpty())
                continue;
            const QString key = action->shortcut().toString();
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
        }
        // The main views have their names.
        for (const char *name : {"instanceBar", "endpointCombo", "startMotoButton", "contentsTree", "contentsSearch",
                                 "versionList", "podList"})
            QVERIFY2(window.findChild<QWidget *>(QLatin1String(name)), name);
    }

    void historyShowsTheGraphColumn()
    {
        MainWindow window(m_home.path());
        window.show();
        auto *versionList = window.findChild<QTreeView *>(QStringLiteral("versionList"));
        QTRY_COMPARE(versionList->model()->rowCount(), 2);
        const QByteArray lanes = versionList->model()->index(0, VersionListModel::GraphColumn)
                                     .data(VersionListModel::LanesRole).toByteArray();
        QCOMPARE(lanes.size(), 1);
        QCOMPARE(lanes.at(0), char(Lanes::Tip));
        QVERIFY(versionList->columnWidth(VersionListModel::GraphColumn) > 0);
    }

    void contentsShowTheSelectedVersion()
    {
        MainWindow window(m_home.path());
        window.show();
        auto *versionList = window.findChild<QTreeView *>(QStringLiteral("versionList"));
        auto *contents = window.findChild<QTreeView *>(QStringLiteral("contentsTree"));
        QVERIFY(contents);
        QTRY_COMPARE(versionList->model()->rowCount(), 2);
        // Only the first level is read at first: the "files" service of a directory commit.
        QTRY_COMPARE(contents->model()->rowCount(), 1);
        QCOMPARE(contents->model()->index(0, 0).data().toString(), QStringLiteral("files"));
        QVERIFY(contents->model()->hasChildren(contents->model()->index(0, 0)));
        QCOMPARE(contents->model()->rowCount(contents->model()->index(0, 0)), 0); // not loaded yet
        contents->expand(contents->model()->index(0, 0));
        QTRY_COMPARE(contents->model()->rowCount(contents->model()->index(0, 0)), 1);
    }

    void propertiesShowTheVersion()
    {
        MainWindow window(m_home.path());
        window.show();
        auto *versionList = window.findChild<QTreeView *>(QStringLiteral("versionList"));
        QTRY_COMPARE(versionList->model()->rowCount(), 2);
        QTRY_VERIFY(window.currentVersion().has_value());
        window.findChild<QAction *>(QStringLiteral("propertiesAction"))->trigger();
        auto *dialog = window.findChild<PropertiesDialog *>(QStringLiteral("propertiesDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("propertyMessage"))->text(), QStringLiteral("second"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("propertyNumber"))->text(), QStringLiteral("2"));
        // Where the space goes, measured in a job: one service, and both versions newest first.
        QTRY_VERIFY(dialog->findChild<QTabWidget *>(QStringLiteral("spaceTabs"))->isVisible());
        SpaceChart *services = dialog->servicesChart();
        QCOMPARE(services->rows().size(), 1);
        QCOMPARE(services->rows().first().label, QStringLiteral("files"));
        QVERIFY(services->rows().first().value > 0);
        QVERIFY2(services->rowText(0).contains(QStringLiteral("1 resource,")), qPrintable(services->rowText(0)));
        SpaceChart *history = dialog->historyChart();
        QCOMPARE(history->rows().size(), 2);
        QCOMPARE(history->rows().at(0).label, QStringLiteral("2 (this version)"));
        QCOMPARE(history->rows().at(0).note, QStringLiteral("second"));
        QCOMPARE(history->rows().at(1).label, QStringLiteral("1"));
        QVERIFY(history->rows().at(0).value > 0 && history->rows().at(1).value > 0);
        QVERIFY2(dialog->spaceSummary()->text().contains(QStringLiteral("in 2 versions")),
                 qPrintable(dialog->spaceSummary()->text()));
        dialog->reject();
    }

    void exportWritesABundle()
    {
        TestHome out;
        MainWindow window(m_home.path());
        window.show();
        auto *versionList = window.findChild<QTreeView *>(QStringLiteral("versionList"));
        QTRY_COMPARE(versionList->model()->rowCount(), 2);
        QTRY_VERIFY(window.currentVersion().has_value());
        window.findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
        auto *dialog = window.findChild<QFileDialog *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        const QString file = out.file(QStringLiteral("alpha-2.pod"));
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setDirectory(out.path());
        dialog->selectFile(file);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, which is protected there
        QTRY_VERIFY(QFileInfo::exists(file));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Exported 1 version")));
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }

    void deleteVersionAsksFirst()
    {
        TestHome home;
        commit(home.path(), QStringLiteral("solo"), {{QStringLiteral("x"), "1"}}, QStringLiteral("v1"));
        commit(home.path(), QStringLiteral("solo"), {{QStringLiteral("x"), "2"}}, QStringLiteral("v2"));
        MainWindow window(home.path());
        window.show();
        auto *versionList = window.findChild<QTreeView *>(QStringLiteral("versionList"));
        QTRY_COMPARE(versionList->model()->rowCount(), 2);
        QTRY_VERIFY(window.currentVersion().has_value());
        auto *action = window.findChild<QAction *>(QStringLiteral("deleteVersionAction"));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_Delete));

        action->trigger(); // cancelled: nothing happens
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("deleteConfirm"));
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QCOMPARE(versionList->model()->rowCount(), 2);

        action->trigger();
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("deleteConfirm"))));
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE(versionList->model()->rowCount(), 1);
        QCOMPARE(versionList->model()->index(0, VersionListModel::MessageColumn).data().toString(), QStringLiteral("v1"));
    }

    void versionDragCarriesTheVersion()
    {
        MainWindow window(m_home.path());
        window.show();
        auto *history = window.findChild<HistoryWidget *>();
        QTRY_COMPARE(history->model()->rowCount(), 2);
        // Qt asks for the mime data when a drag starts; its file URL waits for the export job.
        std::unique_ptr<QMimeData> mime(history->model()->mimeData({history->model()->index(0, 0)}));
        QVERIFY(mime);
        const std::optional<VersionMimeData::Ref> ref = VersionMimeData::decode(mime.get());
        QVERIFY(ref);
        QCOMPARE(ref->pod, QStringLiteral("alpha"));
        QCOMPARE(ref->number, 2);
        QVERIFY(mime->hasUrls());
        QCOMPARE(mime->urls().size(), 1);
        const QString file = mime->urls().first().toLocalFile();
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(file.endsWith(QLatin1String("alpha-2.pod")));
        QVERIFY(file.startsWith(DragExportCache::rootOf(m_home.path())));

        // Dropped on the instance bar, it asks how to inject.
        auto *bar = window.findChild<InstanceBar *>(QStringLiteral("instanceBar"));
        QSignalSpy inject(bar, &InstanceBar::injectRequested);
        const QPoint pos = bar->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(bar, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(bar, &drop);
        QCOMPARE(inject.count(), 1);
        QTRY_VERIFY(window.findChild<QDialog *>(QStringLiteral("injectDialog")));
        // The window itself does not take its own drags as imports.
        QDragEnterEvent onWindow(window.rect().center(), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &onWindow);
        QVERIFY(!onWindow.isAccepted());
        window.findChild<QDialog *>(QStringLiteral("injectDialog"))->reject();
        QTRY_VERIFY(window.jobRunner()->isIdle());
        // The drag is over, but a file manager may still be copying the file it asked for: it stays a
        // while, and goes with the window at the latest.
        mime.reset();
        QVERIFY(QFileInfo::exists(file));
    }

    // Issue 11: a bundle (with secrets) is written only when a drag starts, privately, and goes with it.
    void dragExportIsPrivateAndGoesWithTheDrag()
    {
        const QString root = DragExportCache::rootOf(m_home.path());
        const auto dragDirs = [&root] {
            return QDir(root).entryList({QStringLiteral("drag-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
        };
        QString dir;
        {
            MainWindow window(m_home.path());
            window.show();
            auto *history = window.findChild<HistoryWidget *>();
            QTRY_COMPARE(history->model()->rowCount(), 2);
            QStringList jobs;
            connect(window.jobRunner(), &JobRunner::jobStarted, this, [&jobs](Job *job) { jobs << job->title(); });
            QVERIFY(history->selectVersion(2));
            QVERIFY(history->selectVersion(1));
            QTest::qWait(1000); // longer than the pre-export delay PodDeck used to have
            QTRY_VERIFY(window.jobRunner()->isIdle());
            QVERIFY(!jobs.isEmpty()); // the contents view loaded the selection
            QVERIFY2(jobs.filter(QStringLiteral("dragging")).isEmpty(), qPrintable(jobs.join(QLatin1Char('\n'))));
            QCOMPARE(dragDirs(), QStringList());
            QVERIFY(!QFileInfo::exists(QDir::tempPath() + QStringLiteral("/poddeck-drag-%1").arg(QCoreApplication::applicationPid())));

            std::unique_ptr<QMimeData> mime(history->model()->mimeData({history->model()->index(1, 0)}));
            QCOMPARE(dragDirs().size(), 1);
            dir = QDir(root).filePath(dragDirs().first());
            QVERIFY(dir.contains(QStringLiteral("/drag-%1-").arg(QCoreApplication::applicationPid())));
            QCOMPARE(modeOf(dir), 0700);
            QTRY_VERIFY(window.jobRunner()->isIdle());
            const QString file = dir + QStringLiteral("/alpha-1.pod");
            QVERIFY(QFileInfo::exists(file));
            QCOMPARE(modeOf(file), 0600);
            // A drag nobody took the file from (cancelled, or dropped inside PodDeck): gone at once.
            mime.reset();
            QTRY_VERIFY(!QFileInfo::exists(dir));

            // One that a drop target asked for stays until the window goes.
            mime.reset(history->model()->mimeData({history->model()->index(0, 0)}));
            QCOMPARE(mime->urls().size(), 1);
            dir = QFileInfo(mime->urls().first().toLocalFile()).path();
            mime.reset();
            QTRY_VERIFY(window.jobRunner()->isIdle());
            QVERIFY(QFileInfo::exists(dir));
        }
        QVERIFY(!QFileInfo::exists(dir));
        QCOMPARE(dragDirs(), QStringList());
    }

    void staleDragDirectoriesAreSwept()
    {
        TestHome home;
        // The pid of a process that has exited (and was reaped by the shell).
        QProcess shell;
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("true & echo $!; wait")});
        QVERIFY(shell.waitForFinished());
        const qint64 dead = shell.readAllStandardOutput().trimmed().toLongLong();
        QVERIFY(dead > 0);
        const QString root = DragExportCache::rootOf(home.path());
        const QString stale = root + QStringLiteral("/drag-%1-AbC123").arg(dead);
        const QString mine = root + QStringLiteral("/drag-%1-XyZ789").arg(QCoreApplication::applicationPid());
        const QString legacy = QDir::tempPath() + QStringLiteral("/poddeck-drag-%1").arg(dead);
        for (const QString &dir : {stale, mine, legacy})
            writeFile(dir + QStringLiteral("/abc/alpha-1.pod"), "secret");

        QCOMPARE(DragExportCache::sweepStale(home.path()), 2);
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(!QFileInfo::exists(legacy));
        QVERIFY(QFileInfo::exists(mine)); // this process is alive: its drag may be going on

        // The window sweeps at start.
        writeFile(stale + QStringLiteral("/alpha-1.pod"), "secret");
        MainWindow window(home.path());
        QVERIFY(!QFileInfo::exists(stale));
    }

    void settingsAreKept()
    {
        MainWindow window(m_home.path());
        window.show();
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        auto *dialog = window.findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("endpointsEdit"))
            ->setPlainText(QStringLiteral("http://127.0.0.1:1\nhttp://127.0.0.1:2"));
        dialog->findChild<QLineEdit *>(QStringLiteral("regionsEdit"))->setText(QStringLiteral("eu-west-1, us-east-1"));
        auto *credentials = dialog->findChild<QComboBox *>(QStringLiteral("credentialsCombo"));
        credentials->setCurrentIndex(1);
        dialog->findChild<QLineEdit *>(QStringLiteral("profileEdit"))->setText(QStringLiteral("dev"));
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        const AppSettings saved = AppSettings::load();
        QCOMPARE(saved.endpoints, (QStringList{"http://127.0.0.1:1", "http://127.0.0.1:2"}));
        QCOMPARE(saved.defaultRegions, (QStringList{"eu-west-1", "us-east-1"}));
        QCOMPARE(saved.credentials, AppSettings::Credentials::Profile);
        QCOMPARE(saved.profile, QStringLiteral("dev"));
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("endpointCombo"));
        QVERIFY(combo->findText(QStringLiteral("http://127.0.0.1:2")) >= 0);
        QTRY_VERIFY(window.jobRunner()->isIdle());
        QSettings().remove(QStringLiteral("instance"));
    }

    void germanTranslationIsBuiltIn()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/poddeck_de.qm")));
        QCOMPARE(german.translate("poddeck::MainWindowActions", "&Commit…"), QStringLiteral("&Committen…"));
        QCOMPARE(german.translate("poddeck::InjectDialog", "&Strategy:"), QStringLiteral("&Strategie:")); // from the .ui
        QCOMPARE(german.translate("poddeck::HistoryWidget", "History of %1 (%n version(s))", nullptr, 2),
                 QStringLiteral("Verlauf von %1 (%n Versionen)"));
    }

    void geometryIsRemembered()
    {
        {
            MainWindow window(m_home.path());
            window.show();
            window.resize(900, 600);
            QTRY_COMPARE(window.size(), QSize(900, 600));
            window.close();
        }
        QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
        QVERIFY(QSettings().contains(QStringLiteral("mainWindow/panes")));
        MainWindow again(m_home.path());
        QCOMPARE(again.size(), QSize(900, 600));
    }

private:
    TestHome m_home;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
