#include "app/MainWindow.h"
#include "app/history/HistoryWidget.h"
#include "app/history/VersionMimeData.h"
#include "app/jobs/JobRunner.h"
#include "app/podlist/PodListModel.h"
#include "app/podlist/PodListWidget.h"
#include "app/remotes/CloneDialog.h"
#include "app/remotes/RemoteOperations.h"
#include "app/remotes/RemotePanel.h"
#include "app/remotes/RemotesDialog.h"

#include "aws/AwsClient.h"
#include "jobs/CommitDirectory.h"
#include "jobs/ImportExport.h"
#include "jobs/RemoteAccess.h"
#include "jobs/Sync.h"
#include "remote/ShareCipher.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QAction>
#include <QClipboard>
#include <QInputDialog>
#include <QLabel>
#include <QMimeData>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTcpServer>
#include <QTreeView>
#include <QTreeWidget>
#include <QThread>
#include <QtTest>

using namespace poddeck;
using poddeck::test::MotoServer;
using poddeck::test::TestHome;

namespace {

void commit(const QString &home, const QString &pod, const QByteArray &contents, const QString &message)
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("state.txt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(contents);
    f.close();
    JobContext context;
    Result<Version> v = commitDirectory(CommitDirectoryRequest{home, pod, dir.path(), message, QStringLiteral("test@poddeck")}, context);
    QVERIFY2(v.ok(), qPrintable(v.error().message));
}

Result<RemoteInfo> addRemoteAt(const QString &home, const QString &name, const QString &url)
{
    AddRemoteRequest request;
    request.home = home;
    request.name = name;
    request.url = url;
    return addRemote(request);
}

// Runs `work` on a thread of its own and returns what it returns: AwsClient::send() waits for the
// network and refuses the GUI thread (and a QFuture's result() could run the work right here).
QString offGuiThread(std::function<QString()> work)
{
    QString out = QStringLiteral("timed out");
    std::unique_ptr<QThread> worker(QThread::create([&out, &work] { out = work(); }));
    worker->start();
    worker->wait(60000);
    return out;
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QStringList syncOf(MainWindow &window, const QString &pod)
{
    PodListModel *model = window.findChild<PodListWidget *>()->model();
    const int row = model->rowOf(pod);
    if (row < 0)
        return {QStringLiteral("<no pod %1>").arg(pod)};
    return model->index(row, PodListModel::SyncColumn).data(PodListModel::SyncStateRole).toStringList();
}

int versionsOf(MainWindow &window, const QString &pod)
{
    PodListModel *model = window.findChild<PodListWidget *>()->model();
    const int row = model->rowOf(pod);
    return row < 0 ? -1 : model->pods().at(row).versionCount;
}

// Waits until the window has read its pods and remotes.
bool ready(MainWindow &window)
{
    return window.remoteOperations()->remotesLoaded() && window.jobRunner()->isIdle();
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

template<typename T>
T *waitForChild(QObject *parent, const QString &name)
{
    T *found = nullptr;
    QElapsedTimer timer;
    timer.start();
    while (!(found = parent->findChild<T *>(name)) && timer.elapsed() < 10000)
        QTest::qWait(20);
    return found;
}

} // namespace

class TestRemotesGui : public QObject
{
    Q_OBJECT

    TestHome m_a;       // pushes
    TestHome m_b;       // clones
    QTemporaryDir m_remoteDir;
    MotoServer m_moto;
    QString m_motoWhyNot;
    QSet<int> m_ran;

    // The first four functions are the steps of one story; each also runs alone (`tst_remotesgui
    // cloneInSecondHome`): it first runs the steps before it that have not run. False when one failed.
    bool require(int steps)
    {
        using Step = void (TestRemotesGui::*)();
        static const Step story[] = {&TestRemotesGui::addFolderRemoteThroughDialog, &TestRemotesGui::pushThroughActionAndBadges,
                                     &TestRemotesGui::cloneInSecondHome, &TestRemotesGui::pushConflictExplainsAndPullWorks};
        for (int i = 0; i < steps; ++i) {
            if (m_ran.contains(i))
                continue;
            (this->*story[i])();
            if (QTest::currentTestFailed())
                return false;
        }
        return true;
    }
    bool step(int index)
    {
        if (!require(index))
            return false;
        m_ran.insert(index);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PodDeck"));
        QCoreApplication::setApplicationName(QStringLiteral("PodDeck-remotesgui-tests"));
        QSettings().clear();
        qputenv("AWS_ENDPOINT_URL", QStringLiteral("http://127.0.0.1:%1").arg(closedPort()).toUtf8());
        qputenv("AWS_MAX_ATTEMPTS", "1");
        // S3 remotes without a stored key sign with these (moto accepts any); keep ~/.aws out of the test.
        qputenv("AWS_ACCESS_KEY_ID", "test");
        qputenv("AWS_SECRET_ACCESS_KEY", "test");
        qputenv("AWS_SHARED_CREDENTIALS_FILE", QFile::encodeName(m_remoteDir.filePath("no-credentials")));
        qunsetenv("AWS_PROFILE");
        QVERIFY(m_remoteDir.isValid());
        commit(m_a.path(), QStringLiteral("alpha"), "one", QStringLiteral("first"));
        m_motoWhyNot = m_moto.start();
    }

    // Settings' remotes dialog: add a folder remote by objectName, test the connection.
    void addFolderRemoteThroughDialog()
    {
        if (!step(0))
            return;
        MainWindow window(m_a.path());
        QTRY_VERIFY(ready(window));
        QVERIFY(window.remoteOperations()->remotes().isEmpty());
        action(window, "remotesAction")->trigger();
        auto *dialog = waitForChild<RemotesDialog>(&window, QStringLiteral("remotesDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(window.jobRunner()->isIdle());
        auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("remotesTable"));
        QCOMPARE(table->topLevelItemCount(), 0);

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addRemoteButton")), Qt::LeftButton);
        auto *add = waitForChild<QDialog>(dialog, QStringLiteral("remoteAddDialog"));
        QVERIFY(add);
        // An unparsable URL keeps the dialog open with the core's message.
        add->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("team"));
        add->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(QStringLiteral("ftp://nowhere"));
        QTest::mouseClick(add->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        auto *error = add->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QTRY_VERIFY(error->text().startsWith(QStringLiteral("Could not add the remote")));
        QVERIFY(add->isVisible());

        add->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(QUrl::fromLocalFile(m_remoteDir.filePath("team")).toString());
        QTest::mouseClick(add->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog->findChild<QDialog *>(QStringLiteral("remoteAddDialog")));
        QTRY_COMPARE(table->topLevelItemCount(), 1);
        QCOMPARE(table->topLevelItem(0)->text(0), QStringLiteral("team"));
        QVERIFY(table->topLevelItem(0)->text(2).contains(QStringLiteral("folder")));

        table->setCurrentItem(table->topLevelItem(0));
        auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResult"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnection")), Qt::LeftButton);
        QTRY_VERIFY2(result->text().startsWith(QStringLiteral("Connected: 0")), qPrintable(result->text()));

        // The panel and the operations learn of the new remote.
        QTRY_COMPARE(window.remoteOperations()->remotes().size(), 1);
        auto *list = window.findChild<QListWidget *>(QStringLiteral("remoteList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("team"));
        dialog->reject();
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }

    // Push through the action; the badges follow: in sync, ahead after a commit, in sync after a push.
    void pushThroughActionAndBadges()
    {
        if (!step(1))
            return;
        MainWindow window(m_a.path());
        QTRY_VERIFY(ready(window));
        QTRY_COMPARE(window.findChild<PodListWidget *>()->currentPod(), QStringLiteral("alpha"));
        QCOMPARE(syncOf(window, QStringLiteral("alpha")), QStringList());

        action(window, "pushAction")->trigger();
        QTRY_VERIFY(QFile::exists(m_remoteDir.filePath("team/pods/alpha.json")));
        QTRY_COMPARE(syncOf(window, QStringLiteral("alpha")), QStringList{QStringLiteral("team:in-sync")});

        commit(m_a.path(), QStringLiteral("alpha"), "two", QStringLiteral("second"));
        window.refresh();
        QTRY_COMPARE(syncOf(window, QStringLiteral("alpha")), QStringList{QStringLiteral("team:ahead")});
        PodListModel *model = window.findChild<PodListWidget *>()->model();
        const QModelIndex badge = model->index(model->rowOf(QStringLiteral("alpha")), PodListModel::SyncColumn);
        QCOMPARE(badge.data().toString(), QStringLiteral("↑1"));
        QVERIFY(badge.data(Qt::ToolTipRole).toString().contains(QStringLiteral("ahead")));

        // The second push: drag the new version from the history onto the remote in the panel.
        auto *history = window.findChild<HistoryWidget *>();
        QTRY_VERIFY(history->selectVersion(2));
        QTRY_VERIFY(window.currentVersion() && window.currentVersion()->number == 2);
        const Version v = *window.currentVersion();
        auto *list = window.findChild<QListWidget *>(QStringLiteral("remoteList"));
        QCOMPARE(list->count(), 1);
        VersionMimeData mime(v.pod, v.number, v.id);
        const QPoint pos = list->visualItemRect(list->item(0)).center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(list->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(list->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(list->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(syncOf(window, QStringLiteral("alpha")), QStringList{QStringLiteral("team:in-sync")});
        QCOMPARE(badge.data().toString(), QStringLiteral("✓"));
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }

    // A second home clones the pod through the clone action and its dialog.
    void cloneInSecondHome()
    {
        if (!step(2))
            return;
        Result<RemoteInfo> added = addRemoteAt(m_b.path(), QStringLiteral("team"),
                                               QUrl::fromLocalFile(m_remoteDir.filePath("team")).toString());
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        MainWindow window(m_b.path());
        QTRY_VERIFY(ready(window));
        QCOMPARE(versionsOf(window, QStringLiteral("alpha")), -1);
        action(window, "cloneAction")->trigger();
        auto *dialog = waitForChild<CloneDialog>(&window, QStringLiteral("cloneDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->count(), 1);
        dialog->list()->setCurrentRow(0);
        QCOMPARE(dialog->pod(), QStringLiteral("alpha"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cloneButton")), Qt::LeftButton);
        QTRY_COMPARE(versionsOf(window, QStringLiteral("alpha")), 2);
        QTRY_COMPARE(syncOf(window, QStringLiteral("alpha")), QStringList{QStringLiteral("team:in-sync")});
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }

    // Home B pushes first; home A's push of a diverged pod is told to pull and merge; pulling works.
    void pushConflictExplainsAndPullWorks()
    {
        if (!step(3))
            return;
        commit(m_b.path(), QStringLiteral("alpha"), "three-b", QStringLiteral("from b"));
        JobContext context;
        Result<PushReport> pushed = pushPod(PushRequest{m_b.path(), VersionRef{QStringLiteral("alpha"), 0}, QString()}, context);
        QVERIFY2(pushed.ok(), qPrintable(pushed.error().message));
        commit(m_a.path(), QStringLiteral("alpha"), "three-a", QStringLiteral("from a"));

        MainWindow window(m_a.path());
        QTRY_VERIFY(ready(window));
        action(window, "pushAction")->trigger();
        auto *box = waitForChild<QMessageBox>(&window, QStringLiteral("pushConflictMessage"));
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(QStringLiteral("Pull")), qPrintable(box->informativeText()));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("pullNowButton")), Qt::LeftButton);
        QTRY_COMPARE(versionsOf(window, QStringLiteral("alpha")), 4);
        // A's own commit does not build on B's: the pod has diverged until A merges and pushes.
        QTRY_COMPARE(syncOf(window, QStringLiteral("alpha")), QStringList{QStringLiteral("team:diverged")});
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }

    // Copy share link puts a file:// URL on the clipboard; pasting it in a fresh home imports the version.
    void shareLinkAndPaste()
    {
        if (!require(1)) // the folder remote
            return;
        QString url;
        {
            MainWindow window(m_a.path());
            QTRY_VERIFY(ready(window));
            QTRY_VERIFY(window.currentVersion().has_value());
            QGuiApplication::clipboard()->clear();
            action(window, "copyShareLinkAction")->trigger();
            QTRY_VERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("file://")));
            url = QGuiApplication::clipboard()->text();
            QVERIFY(QFile::exists(QUrl(url).toLocalFile()));
            QTRY_VERIFY(window.jobRunner()->isIdle());
        }
        TestHome fresh;
        MainWindow window(fresh.path());
        QTRY_VERIFY(ready(window));
        QCOMPARE(window.findChild<PodListWidget *>()->model()->rowCount(), 0);
        action(window, "pasteImportAction")->trigger();
        QTRY_COMPARE(versionsOf(window, QStringLiteral("alpha")), 1);
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }

    // A link to an encrypted share carries its key after '#': pasting it keeps the key (also for file://
    // links, whose fragment a file path would drop) and imports the decrypted bundle.
    void pasteEncryptedShareLink()
    {
        const QString bundle = m_remoteDir.filePath("alpha.pod");
        const QString sealed = m_remoteDir.filePath("alpha-sealed.pod");
        JobContext context;
        Result<QList<Version>> exported = exportVersion({m_a.path(), VersionRef{QStringLiteral("alpha"), 1}, false, bundle}, context);
        QVERIFY2(exported.ok(), qPrintable(exported ? QString() : exported.error().message));
        const QByteArray key = ShareCipher::newKey();
        QVERIFY(ShareCipher::sealFile(key, bundle, sealed).ok());
        TestHome fresh;
        MainWindow window(fresh.path());
        QTRY_VERIFY(ready(window));
        QGuiApplication::clipboard()->setText(QUrl::fromLocalFile(sealed).toString() + u'#' + ShareCipher::fragmentFor(key));
        action(window, "pasteImportAction")->trigger();
        QTRY_COMPARE(versionsOf(window, QStringLiteral("alpha")), 1);
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }

    // Settings lead to the remotes dialog too.
    void settingsOpenRemotes()
    {
        if (!require(1)) // the folder remote
            return;
        MainWindow window(m_a.path());
        QTRY_VERIFY(ready(window));
        action(window, "settingsAction")->trigger();
        auto *settings = waitForChild<QDialog>(&window, QStringLiteral("settingsDialog"));
        QVERIFY(settings);
        QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("remotesButton")), Qt::LeftButton);
        auto *dialog = waitForChild<RemotesDialog>(settings, QStringLiteral("remotesDialog"));
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("remotesTable"))->topLevelItemCount(), 1);
        dialog->reject();
        settings->reject();
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }

    // A secret goes to the keychain or nowhere: without a keychain the dialog says so and adds nothing.
    void secretNeedsKeychain()
    {
        TestHome home;
        MainWindow window(home.path());
        QTRY_VERIFY(ready(window));
        action(window, "remotesAction")->trigger();
        auto *dialog = waitForChild<RemotesDialog>(&window, QStringLiteral("remotesDialog"));
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addRemoteButton")), Qt::LeftButton);
        auto *add = waitForChild<QDialog>(dialog, QStringLiteral("remoteAddDialog"));
        QVERIFY(add);
        add->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("keyed"));
        add->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(QStringLiteral("s3://team-pods/keyed?endpoint=http://127.0.0.1:9"));
        add->findChild<QLineEdit *>(QStringLiteral("accessKeyEdit"))->setText(QStringLiteral("AKIDTEST"));
        auto *secret = add->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        secret->setText(QStringLiteral("s3cr3t-value"));
        QTest::mouseClick(add->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("remotesTable"));
        auto *error = add->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QTRY_VERIFY(!dialog->findChild<QDialog *>(QStringLiteral("remoteAddDialog")) ||
                    error->text().startsWith(QStringLiteral("Could not add")));
        if (QPointer<QDialog>(dialog->findChild<QDialog *>(QStringLiteral("remoteAddDialog")))) {
            QVERIFY2(error->text().contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(error->text()));
            QVERIFY(!error->text().contains(QStringLiteral("s3cr3t-value")));
            QTRY_VERIFY(window.jobRunner()->isIdle());
            QCOMPARE(table->topLevelItemCount(), 0);
        } else { // a keychain runs (dbus-run-session with gnome-keyring)
            QTRY_COMPARE(table->topLevelItemCount(), 1);
            QCOMPARE(table->topLevelItem(0)->text(2), QStringLiteral("OS keychain (access key AKIDTEST)"));
            QTRY_VERIFY(window.jobRunner()->isIdle());
            // Nothing answers on that port: added, with a warning that its conditional writes were not checked.
            auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResult"));
            QVERIFY2(result->text().contains(QStringLiteral("could not check")), qPrintable(result->text()));
        }
        // The catalogue never holds the secret.
        QFile db(home.file(QStringLiteral("catalogue.db")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("s3cr3t-value"));
        dialog->reject();
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }

    // An S3 remote on a real moto_server: the connection test lists its pods, or says why it cannot.
    void s3TestConnection()
    {
        if (!m_motoWhyNot.isEmpty())
            QFAIL(qPrintable(m_motoWhyNot));
        const QString created = offGuiThread([endpoint = m_moto.endpoint()] {
            const AwsClient client(AwsConfig::forEndpoint(QUrl(endpoint)));
            const Result<AwsResponse> r = client.send(AwsRequest::s3(QStringLiteral("CreateBucket"), "PUT", QStringLiteral("team-pods")));
            return r ? QString() : r.error().message;
        });
        QVERIFY2(created.isEmpty(), qPrintable(created));
        TestHome home;
        commit(home.path(), QStringLiteral("gamma"), "g", QStringLiteral("g"));
        for (const QString &bucket : {QStringLiteral("team-pods"), QStringLiteral("no-such-bucket")}) {
            Result<RemoteInfo> added =
                addRemoteAt(home.path(), bucket, QStringLiteral("s3://%1/gui?endpoint=%2").arg(bucket, m_moto.endpoint()));
            // The core checks buckets when it opens them, not when it records them.
            QVERIFY2(added.ok(), qPrintable(added.error().message));
        }
        const QString pushed = offGuiThread([home = home.path()] {
            JobContext context;
            const Result<PushReport> r = pushPod(PushRequest{home, VersionRef{QStringLiteral("gamma"), 0}, QStringLiteral("team-pods")}, context);
            return r ? QString() : r.error().message;
        });
        QVERIFY2(pushed.isEmpty(), qPrintable(pushed));

        MainWindow window(home.path());
        QTRY_VERIFY(ready(window));
        action(window, "remotesAction")->trigger();
        auto *dialog = waitForChild<RemotesDialog>(&window, QStringLiteral("remotesDialog"));
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("remotesTable"));
        QTRY_COMPARE(table->topLevelItemCount(), 2);
        auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResult"));
        auto *test = dialog->findChild<QPushButton *>(QStringLiteral("testConnection"));
        for (int i = 0; i < 2; ++i) {
            table->setCurrentItem(table->topLevelItem(i));
            QVERIFY(table->topLevelItem(i)->text(2).contains(QStringLiteral("AWS environment")));
            QTest::mouseClick(test, Qt::LeftButton);
            if (table->topLevelItem(i)->text(0) == QLatin1String("team-pods"))
                QTRY_VERIFY2(result->text().startsWith(QStringLiteral("Connected: 1")), qPrintable(result->text()));
            else
                QTRY_VERIFY2(result->text().startsWith(QStringLiteral("Connection failed:")) &&
                                 result->text().contains(QStringLiteral("no-such-bucket")),
                             qPrintable(result->text()));
        }
        dialog->reject();
        QTRY_VERIFY(window.jobRunner()->isIdle());

        // Share on S3 (two remotes: the user picks one): a presigned http link lands on the clipboard...
        QTRY_VERIFY(window.currentVersion().has_value());
        QGuiApplication::clipboard()->clear();
        action(window, "copyShareLinkAction")->trigger();
        auto *choose = waitForChild<QInputDialog>(&window, QStringLiteral("chooseRemoteDialog"));
        QVERIFY(choose);
        choose->setTextValue(QStringLiteral("team-pods"));
        choose->accept();
        QTRY_VERIFY2(QGuiApplication::clipboard()->text().startsWith(m_moto.endpoint()),
                     qPrintable(QGuiApplication::clipboard()->text()));
        const QUrl link(QGuiApplication::clipboard()->text());
        QTRY_VERIFY(window.jobRunner()->isIdle());

        // ...and dropping it on another home's window imports the version.
        TestHome other;
        MainWindow receiver(other.path());
        QTRY_VERIFY(ready(receiver));
        QMimeData mime;
        mime.setUrls({link});
        const QPoint pos = receiver.rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&receiver, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&receiver, &drop);
        QTRY_COMPARE(versionsOf(receiver, QStringLiteral("gamma")), 1);
        QTRY_VERIFY(receiver.jobRunner()->isIdle());
    }
};

QTEST_MAIN(TestRemotesGui)
#include "tst_remotesgui.moc"
