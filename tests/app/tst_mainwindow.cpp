#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/EmptyStateWidget.h"
#include "app/jobs/JobRunner.h"
#include "app/jobs/JobStatusWidget.h"

#include "jobs/CommitDirectory.h"
#include "jobs/ImportExport.h"
#include "support/TestHome.h"

#include <QAction>
#include <QLineEdit>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

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

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to ~/.qttest, not the user's config
        QCoreApplication::setOrganizationName(QStringLiteral("PodDeck"));
        QCoreApplication::setApplicationName(QStringLiteral("PodDeck-tests"));
        QSettings().clear();
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
        QCOMPARE(versionList->model()->index(0, 0).data().toInt(), 2);
        QCOMPARE(versionList->model()->index(0, 1).data().toString(), QStringLiteral("second"));
        QCOMPARE(versionList->model()->index(0, 2).data().toString(), QStringLiteral("test@poddeck"));

        podList->setCurrentIndex(podList->model()->index(1, 0));
        QTRY_COMPARE(versionList->model()->rowCount(), 1);
        QCOMPARE(versionList->model()->index(0, 1).data().toString(), QStringLiteral("only"));

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
        QCOMPARE(versionList->model()->index(0, 1).data().toString(), QStringLiteral("v2"));
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
        const QStringList expected{QStringLiteral("importAction"), QStringLiteral("refreshAction"),
                                   QStringLiteral("quitAction"), QStringLiteral("filterAction"),
                                   QStringLiteral("cancelJobAction")};
        for (const QString &name : expected)
            QVERIFY2(window.findChild<QAction *>(name), qPrintable(name));
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
        QVERIFY(QSettings().contains(QStringLiteral("mainWindow/splitter")));
        MainWindow again(m_home.path());
        QCOMPARE(again.size(), QSize(900, 600));
    }

private:
    TestHome m_home;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
