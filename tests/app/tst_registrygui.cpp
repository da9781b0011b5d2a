#include "app/MainWindow.h"
#include "app/dialogs/InjectDialog.h"
#include "app/dialogs/PropertiesDialog.h"
#include "app/history/HistoryWidget.h"
#include "app/instance/InstanceBar.h"
#include "app/jobs/JobRunner.h"
#include "app/podlist/PodListModel.h"
#include "app/podlist/PodListWidget.h"
#include "app/remotes/CloneDialog.h"
#include "app/remotes/RemoteBrowserDialog.h"
#include "app/remotes/RemoteBrowserModel.h"
#include "app/remotes/RemoteOperations.h"
#include "app/remotes/RemotePodMimeData.h"

#include "jobs/CommitDirectory.h"
#include "jobs/PodQueries.h"
#include "jobs/RemoteAccess.h"
#include "jobs/Sync.h"
#include "support/TestHome.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTcpServer>
#include <QTreeView>
#include <QtTest>

using namespace poddeck;
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

void addFolderRemote(const QString &home, const QString &url)
{
    AddRemoteRequest request;
    request.home = home;
    request.name = QStringLiteral("team");
    request.url = url;
    const Result<RemoteInfo> added = addRemote(request);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
}

void describe(const QString &home, const QString &pod, const QString &text, const QStringList &labels)
{
    DescribeRequest request;
    request.home = home;
    request.pod = pod;
    request.text = text;
    request.labels = labels;
    JobContext context;
    const Result<PodInfo> done = describePod(request, context);
    QVERIFY2(done.ok(), qPrintable(done.error().message));
}

void push(const QString &home, const QString &pod)
{
    JobContext context;
    const Result<PushReport> pushed = pushPod(PushRequest{home, VersionRef{pod, 0}, QString()}, context);
    QVERIFY2(pushed.ok(), qPrintable(pushed.error().message));
}

bool ready(MainWindow &window)
{
    return window.remoteOperations()->remotesLoaded() && window.jobRunner()->isIdle();
}

int versionsOf(MainWindow &window, const QString &pod)
{
    PodListModel *model = window.findChild<PodListWidget *>()->model();
    const int row = model->rowOf(pod);
    return row < 0 ? -1 : model->pods().at(row).versionCount;
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

// The rows a view shows in `column`, top to bottom.
QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, column).data().toString());
    return out;
}

} // namespace

// Issue 13's pod registry in the window: Properties edits a pod's description and labels, the pod list's
// tooltip and the Clone dialog show them, and Remote > Browse Remote… lists, searches, clones (double-click)
// and clones-and-injects (drag onto the instance bar) against a folder remote.
class TestRegistryGui : public QObject
{
    Q_OBJECT

    TestHome m_a;       // describes and pushes
    QTemporaryDir m_remoteDir;
    QString m_url;

    // Opens Browse Remote and waits until it lists both pods; null when it does not.
    static RemoteBrowserDialog *openBrowser(MainWindow &window)
    {
        action(window, "browseRemoteAction")->trigger();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            auto *dialog = window.findChild<RemoteBrowserDialog *>(QStringLiteral("remoteBrowserDialog"));
            if (dialog && dialog->findChild<QTreeView *>(QStringLiteral("podView"))->model()->rowCount() == 2)
                return dialog;
            QTest::qWait(20);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PodDeck"));
        QCoreApplication::setApplicationName(QStringLiteral("PodDeck-registrygui-tests"));
        QSettings().clear();
        QTcpServer closed; // the instance bar looks at an endpoint where nothing answers
        closed.listen(QHostAddress::LocalHost, 0);
        qputenv("AWS_ENDPOINT_URL", QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()).toUtf8());
        qputenv("AWS_MAX_ATTEMPTS", "1");
        QVERIFY(m_remoteDir.isValid());
        m_url = QUrl::fromLocalFile(m_remoteDir.filePath(QStringLiteral("team"))).toString();
        commit(m_a.path(), QStringLiteral("alpha"), "one", QStringLiteral("first alpha"));
        commit(m_a.path(), QStringLiteral("beta"), "two", QStringLiteral("first beta"));
        addFolderRemote(m_a.path(), m_url);
    }

    // Properties checks what is typed, saves through a job, and the pod list's tooltip shows the result.
    void propertiesEditsDescription()
    {
        MainWindow window(m_a.path());
        QTRY_VERIFY(ready(window));
        QVERIFY(window.findChild<PodListWidget *>()->selectPod(QStringLiteral("alpha")));
        QTRY_VERIFY(window.currentVersion() && window.currentVersion()->pod == QLatin1String("alpha"));
        action(window, "propertiesAction")->trigger();
        PropertiesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<PropertiesDialog *>(QStringLiteral("propertiesDialog"))));
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("podDescriptionEdit"));
        auto *labels = dialog->findChild<QLineEdit *>(QStringLiteral("podLabelsEdit"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveDescriptionButton"));
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("podDescriptionStatus"));
        QVERIFY(text && labels && save && status);
        QTRY_VERIFY(text->isEnabled()); // read by a job
        QVERIFY(!save->isEnabled());    // nothing changed yet

        text->setPlainText(QStringLiteral("Checkout demo with the orders queue"));
        QTest::keyClicks(labels, QStringLiteral("demo, team-a ") + QString(PodDescription::MaxLabelLength + 1, u'x'));
        QVERIFY(!save->isEnabled());
        QVERIFY2(status->text().contains(QStringLiteral("too long")), qPrintable(status->text()));
        labels->setText(QStringLiteral("demo, team-a DEMO"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Saved")), qPrintable(status->text()));
        QCOMPARE(labels->text(), QStringLiteral("demo team-a")); // as stored: deduplicated, sorted
        QVERIFY(!save->isEnabled());

        JobContext context;
        const Result<PodInfo> stored = loadPod(m_a.path(), QStringLiteral("alpha"), context);
        QVERIFY(stored.ok());
        QCOMPARE(stored->description.text, QStringLiteral("Checkout demo with the orders queue"));
        QCOMPARE(stored->description.labels, (QStringList{QStringLiteral("demo"), QStringLiteral("team-a")}));

        PodListModel *model = window.findChild<PodListWidget *>()->model();
        QTRY_VERIFY(model->index(model->rowOf(QStringLiteral("alpha")), PodListModel::NameColumn)
                        .data(Qt::ToolTipRole).toString().contains(QStringLiteral("Checkout demo")));
        const QString tip = model->index(model->rowOf(QStringLiteral("alpha")), PodListModel::NameColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Labels: demo, team-a")), qPrintable(tip));
        const QString other = model->index(model->rowOf(QStringLiteral("beta")), PodListModel::NameColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(other.contains(QStringLiteral("No description yet")), qPrintable(other));
        dialog->reject();
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }

    // The Clone dialog shows the description and labels of the pod picked.
    void cloneDialogShowsDescription()
    {
        describe(m_a.path(), QStringLiteral("alpha"), QStringLiteral("Checkout demo with the orders queue"),
                 {QStringLiteral("demo"), QStringLiteral("team-a")});
        describe(m_a.path(), QStringLiteral("beta"), QStringLiteral("Payments sandbox"), {QStringLiteral("payments")});
        push(m_a.path(), QStringLiteral("alpha"));
        push(m_a.path(), QStringLiteral("beta"));
        TestHome b;
        addFolderRemote(b.path(), m_url);
        MainWindow window(b.path());
        QTRY_VERIFY(ready(window));
        action(window, "cloneAction")->trigger();
        CloneDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CloneDialog *>(QStringLiteral("cloneDialog"))));
        QCOMPARE(dialog->list()->count(), 2);
        auto *details = dialog->findChild<QLabel *>(QStringLiteral("clonePodDetails"));
        QVERIFY(details);
        dialog->list()->setCurrentRow(0);
        QCOMPARE(dialog->pod(), QStringLiteral("alpha"));
        QVERIFY2(details->text().contains(QStringLiteral("Checkout demo with the orders queue")), qPrintable(details->text()));
        QVERIFY2(details->text().contains(QStringLiteral("Labels: demo, team-a")), qPrintable(details->text()));
        dialog->list()->setCurrentRow(1);
        QVERIFY2(details->text().contains(QStringLiteral("Payments sandbox")), qPrintable(details->text()));
        QVERIFY(!details->text().contains(QStringLiteral("Checkout")));
        dialog->reject();
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }

    // Browse Remote lists every pod with the registry's fields, searches by name, description and label,
    // and a double-click clones.
    void browseListsSearchesAndClones()
    {
        if (!QFile::exists(m_remoteDir.filePath(QStringLiteral("team/pods/beta.json"))))
            cloneDialogShowsDescription(); // pushes both pods
        TestHome b;
        addFolderRemote(b.path(), m_url);
        MainWindow window(b.path());
        QTRY_VERIFY(ready(window));
        RemoteBrowserDialog *dialog = openBrowser(window);
        QVERIFY(dialog);
        auto *view = dialog->findChild<QTreeView *>(QStringLiteral("podView"));
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QTRY_VERIFY(window.jobRunner()->isIdle());
        QAbstractItemModel *rows = view->model();
        QCOMPARE(column(rows, RemoteBrowserModel::NameColumn), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        QCOMPARE(column(rows, RemoteBrowserModel::DescriptionColumn),
                 (QStringList{QStringLiteral("Checkout demo with the orders queue"), QStringLiteral("Payments sandbox")}));
        QCOMPARE(column(rows, RemoteBrowserModel::LabelsColumn), (QStringList{QStringLiteral("demo, team-a"), QStringLiteral("payments")}));
        QVERIFY(!column(rows, RemoteBrowserModel::ServicesColumn).first().isEmpty());
        QVERIFY(!column(rows, RemoteBrowserModel::SizeColumn).first().isEmpty());
        QVERIFY2(column(rows, RemoteBrowserModel::NewestColumn).first().contains(QStringLiteral("first alpha")),
                 qPrintable(column(rows, RemoteBrowserModel::NewestColumn).first()));
        QVERIFY(!column(rows, RemoteBrowserModel::PushedByColumn).first().isEmpty());
        QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().startsWith(QStringLiteral("2 pod")),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));

        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        for (const auto &[needle, expected] : {std::pair{QStringLiteral("PAYMENTS"), QStringLiteral("beta")},  // a label
                                               std::pair{QStringLiteral("orders queue"), QStringLiteral("alpha")}, // the text
                                               std::pair{QStringLiteral("alp"), QStringLiteral("alpha")},          // the name
                                               std::pair{QStringLiteral("team-a"), QStringLiteral("alpha")}}) {
            search->setText(needle);
            QCOMPARE(column(rows, RemoteBrowserModel::NameColumn), QStringList{expected});
        }
        search->setText(QStringLiteral("nothing like it"));
        QCOMPARE(rows->rowCount(), 0);
        search->clear();
        QCOMPARE(rows->rowCount(), 2);

        // Double-click clones, with the description; the browser then marks the pod as here.
        QCOMPARE(versionsOf(window, QStringLiteral("beta")), -1);
        const QModelIndex beta = rows->index(1, RemoteBrowserModel::NameColumn);
        view->scrollTo(beta);
        const QPoint at = view->visualRect(beta).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTRY_COMPARE(versionsOf(window, QStringLiteral("beta")), 1);
        PodListModel *pods = window.findChild<PodListWidget *>()->model();
        QCOMPARE(pods->pods().at(pods->rowOf(QStringLiteral("beta"))).description.labels, QStringList{QStringLiteral("payments")});
        QTRY_COMPARE(column(rows, RemoteBrowserModel::NameColumn), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta (here)")}));
        dialog->reject();
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }

    // A row dragged onto the instance bar is cloned and its newest version goes to the inject dialog; a pod
    // this home has already is pulled instead, and its newest version (by the remote's head) offered.
    void dragOntoInstanceBarClonesAndInjects()
    {
        if (!QFile::exists(m_remoteDir.filePath(QStringLiteral("team/pods/beta.json"))))
            cloneDialogShowsDescription();
        TestHome b;
        addFolderRemote(b.path(), m_url);
        commit(b.path(), QStringLiteral("other"), "x", QStringLiteral("x")); // so alpha's numbers here are its own
        MainWindow window(b.path());
        QTRY_VERIFY(ready(window));
        RemoteBrowserDialog *dialog = openBrowser(window);
        QVERIFY(dialog);
        auto *view = dialog->findChild<QTreeView *>(QStringLiteral("podView"));
        auto *bar = window.findChild<InstanceBar *>();
        QVERIFY(bar);

        auto dropRow = [&](int row) {
            const QModelIndex index = view->model()->index(row, RemoteBrowserModel::NameColumn);
            std::unique_ptr<QMimeData> mime(view->model()->mimeData({index}));
            QVERIFY(mime);
            QCOMPARE(RemotePodMimeData::decode(mime.get())->remote, QStringLiteral("team"));
            const QPoint pos = bar->rect().center();
            QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(bar, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(bar, &drop);
            QVERIFY(drop.isAccepted());
        };
        dropRow(0); // alpha, not here yet
        QTRY_COMPARE(versionsOf(window, QStringLiteral("alpha")), 1);
        InjectDialog *inject = nullptr;
        QTRY_VERIFY((inject = window.findChild<InjectDialog *>(QStringLiteral("injectDialog"))));
        QCOMPARE(inject->ref().toString(), QStringLiteral("alpha:1"));
        inject->reject();
        QTRY_VERIFY(!window.findChild<InjectDialog *>(QStringLiteral("injectDialog")));

        // Someone pushes a second alpha; dragging it again pulls (alpha is here) and offers alpha:2.
        commit(m_a.path(), QStringLiteral("alpha"), "one and a half", QStringLiteral("second alpha"));
        push(m_a.path(), QStringLiteral("alpha"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QTRY_COMPARE(column(view->model(), RemoteBrowserModel::NameColumn).first(), QStringLiteral("alpha (here)"));
        QTRY_VERIFY(window.jobRunner()->isIdle());
        dropRow(0);
        QTRY_COMPARE(versionsOf(window, QStringLiteral("alpha")), 2);
        QTRY_VERIFY((inject = window.findChild<InjectDialog *>(QStringLiteral("injectDialog"))));
        QCOMPARE(inject->ref().toString(), QStringLiteral("alpha:2"));
        inject->reject();
        dialog->reject();
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }
};

QTEST_MAIN(TestRegistryGui)
#include "tst_registrygui.moc"
