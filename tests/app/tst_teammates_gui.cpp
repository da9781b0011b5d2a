#include "app/MainWindow.h"
#include "app/jobs/JobRunner.h"
#include "app/podlist/PodListModel.h"
#include "app/podlist/PodListWidget.h"
#include "app/remotes/CloneDialog.h"
#include "app/remotes/RemoteOperations.h"

#include "aws/AwsClient.h"
#include "jobs/CommitInstance.h"
#include "jobs/InjectVersion.h"
#include "jobs/RemoteAccess.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QTcpServer>
#include <QThread>
#include <QtTest>

using namespace poddeck;
using poddeck::test::MotoServer;
using poddeck::test::TestHome;

// Issue 6's two-teammates story with push, clone and pull driven through the window's actions, a real
// moto S3 bucket as the remote, and a separate moto emulator per teammate. Ana commits her queue and
// pushes; Ben clones, injects into his emulator, fixes a value, commits and pushes; Ana pulls the fix and
// injects it. Commit and inject go through the core here (their dialogs have tests of their own).
class TestTeammatesGui : public QObject
{
    Q_OBJECT

    TestHome m_ana, m_ben;
    QTemporaryDir m_scratch;
    MotoServer m_motoAna; // Ana's emulator, and the S3 server holding the team's bucket
    MotoServer m_motoBen; // Ben's emulator

    static AwsConfig configOf(const MotoServer &moto)
    {
        return AwsConfig::forEndpoint(QUrl(moto.endpoint()), QStringLiteral("us-east-1"));
    }

    // AwsClient and the commit/inject jobs block on the network, which the GUI thread must not.
    template<typename Work>
    static auto offGuiThread(Work work)
    {
        std::optional<decltype(work())> out;
        std::unique_ptr<QThread> worker(QThread::create([&] { out.emplace(work()); }));
        worker->start();
        while (!worker->wait(20))
            QCoreApplication::processEvents();
        return std::move(*out);
    }

    static Result<AwsResponse> send(const MotoServer &moto, const AwsRequest &request)
    {
        return offGuiThread([&] { return AwsClient(configOf(moto)).send(request); });
    }

    static QString queueUrl(const MotoServer &moto)
    {
        Result<AwsResponse> r = send(moto, AwsRequest::json(AwsService::sqs(), "GetQueueUrl", {{"QueueName", "orders"}}));
        return r ? r->json.value("QueueUrl").toString() : QString();
    }

    static QString visibilityTimeout(const MotoServer &moto)
    {
        Result<AwsResponse> r = send(moto, AwsRequest::json(AwsService::sqs(), "GetQueueAttributes",
                                                            {{"QueueUrl", queueUrl(moto)},
                                                             {"AttributeNames", QJsonArray{"VisibilityTimeout"}}}));
        return r ? r->json.value("Attributes").toObject().value("VisibilityTimeout").toString() : r.error().message;
    }

    static Result<CommitInstanceReport> commit(const QString &home, const MotoServer &moto, const QString &message)
    {
        CommitInstanceRequest request;
        request.home = home;
        request.pod = QStringLiteral("shop");
        request.message = message;
        request.config = configOf(moto);
        request.filter.services = {QStringLiteral("sqs")};
        request.filter.regions = {QStringLiteral("us-east-1")};
        return offGuiThread([&] {
            JobContext context;
            return commitInstance(request, context);
        });
    }

    static Result<InjectReport> inject(const QString &home, const MotoServer &moto, int number)
    {
        InjectRequest request;
        request.home = home;
        request.ref = VersionRef{QStringLiteral("shop"), number};
        request.strategy = InjectStrategy::Overwrite;
        request.config = configOf(moto);
        return offGuiThread([&] {
            JobContext context;
            return injectVersion(request, context);
        });
    }

    QString remoteUrl() const
    {
        return QStringLiteral("s3://team-pods/pods?endpoint=%1&region=us-east-1").arg(m_motoAna.endpoint());
    }

    static bool ready(MainWindow &window)
    {
        return window.remoteOperations()->remotesLoaded() && window.jobRunner()->isIdle();
    }

    static QStringList syncOf(MainWindow &window)
    {
        PodListModel *model = window.findChild<PodListWidget *>()->model();
        const int row = model->rowOf(QStringLiteral("shop"));
        return row < 0 ? QStringList{QStringLiteral("<no pod>")}
                       : model->index(row, PodListModel::SyncColumn).data(PodListModel::SyncStateRole).toStringList();
    }

    static int versionsOf(MainWindow &window)
    {
        PodListModel *model = window.findChild<PodListWidget *>()->model();
        const int row = model->rowOf(QStringLiteral("shop"));
        return row < 0 ? -1 : model->pods().at(row).versionCount;
    }

    static void trigger(MainWindow &window, const char *name)
    {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QTRY_VERIFY2(action->isEnabled(), name);
        action->trigger();
    }

    static void addTeamRemote(const QString &home, const QString &url)
    {
        AddRemoteRequest request;
        request.home = home;
        request.name = QStringLiteral("team");
        request.url = url;
        const Result<RemoteInfo> added = addRemote(request);
        QVERIFY2(added.ok(), qPrintable(added.error().message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PodDeck"));
        QCoreApplication::setApplicationName(QStringLiteral("PodDeck-teammates-tests"));
        QSettings().clear();
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        qputenv("AWS_ENDPOINT_URL", QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()).toUtf8());
        // The S3 remote signs with these when no key is in the keychain (moto accepts any); no ~/.aws.
        qputenv("AWS_ACCESS_KEY_ID", "test");
        qputenv("AWS_SECRET_ACCESS_KEY", "test");
        qputenv("AWS_SHARED_CREDENTIALS_FILE", QFile::encodeName(m_scratch.filePath("no-credentials")));
        qunsetenv("AWS_PROFILE");
        if (const QString why = m_motoAna.start(); !why.isEmpty())
            QFAIL(qPrintable("moto_server is not available: " + why));
        if (const QString why = m_motoBen.start(); !why.isEmpty())
            QFAIL(qPrintable("moto_server is not available: " + why));
    }

    void pushCloneFixPushPull()
    {
        QVERIFY(send(m_motoAna, AwsRequest::s3("CreateBucket", "PUT", "team-pods")).ok());
        QVERIFY(send(m_motoAna, AwsRequest::json(AwsService::sqs(), "CreateQueue",
                                                 {{"QueueName", "orders"}, {"Attributes", QJsonObject{{"VisibilityTimeout", "30"}}}}))
                    .ok());
        Result<CommitInstanceReport> committed = commit(m_ana.path(), m_motoAna, QStringLiteral("orders queue"));
        QVERIFY2(committed.ok(), qPrintable(committed.error().message));
        addTeamRemote(m_ana.path(), remoteUrl());
        addTeamRemote(m_ben.path(), remoteUrl());

        { // Ana pushes through the Push action.
            MainWindow window(m_ana.path());
            QTRY_VERIFY(ready(window));
            trigger(window, "pushAction");
            QTRY_COMPARE_WITH_TIMEOUT(syncOf(window), QStringList{QStringLiteral("team:in-sync")}, 30000);
            QTRY_VERIFY(window.jobRunner()->isIdle());
        }

        { // Ben clones through the Clone dialog, which lists what the bucket holds.
            MainWindow window(m_ben.path());
            QTRY_VERIFY(ready(window));
            QCOMPARE(versionsOf(window), -1);
            trigger(window, "cloneAction");
            CloneDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<CloneDialog *>(QStringLiteral("cloneDialog"))));
            QTRY_COMPARE_WITH_TIMEOUT(dialog->list()->count(), 1, 20000);
            dialog->list()->setCurrentRow(0);
            QCOMPARE(dialog->pod(), QStringLiteral("shop"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cloneButton")), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(versionsOf(window), 1, 30000);
            QTRY_VERIFY(window.jobRunner()->isIdle());
        }

        // Ben loads it into his own emulator, fixes the timeout there and commits the fix.
        Result<InjectReport> injected = inject(m_ben.path(), m_motoBen, 1);
        QVERIFY2(injected.ok() && injected->apply.ok(), injected ? qPrintable(injected->apply.error.message)
                                                                 : qPrintable(injected.error().message));
        QCOMPARE(visibilityTimeout(m_motoBen), QStringLiteral("30"));
        QVERIFY(send(m_motoBen, AwsRequest::json(AwsService::sqs(), "SetQueueAttributes",
                                                 {{"QueueUrl", queueUrl(m_motoBen)},
                                                  {"Attributes", QJsonObject{{"VisibilityTimeout", "90"}}}}))
                    .ok());
        committed = commit(m_ben.path(), m_motoBen, QStringLiteral("orders: longer timeout"));
        QVERIFY2(committed.ok(), qPrintable(committed.error().message));

        { // Ben pushes the fix through the Push action; his badge shows one to push first.
            MainWindow window(m_ben.path());
            QTRY_VERIFY(ready(window));
            QTRY_COMPARE(syncOf(window), QStringList{QStringLiteral("team:ahead")});
            trigger(window, "pushAction");
            QTRY_COMPARE_WITH_TIMEOUT(syncOf(window), QStringList{QStringLiteral("team:in-sync")}, 30000);
            QTRY_VERIFY(window.jobRunner()->isIdle());
        }

        { // Ana pulls through the Pull action.
            MainWindow window(m_ana.path());
            QTRY_VERIFY(ready(window));
            QCOMPARE(versionsOf(window), 1);
            trigger(window, "pullAction");
            QTRY_COMPARE_WITH_TIMEOUT(versionsOf(window), 2, 30000);
            QTRY_COMPARE(syncOf(window), QStringList{QStringLiteral("team:in-sync")});
            QTRY_VERIFY(window.jobRunner()->isIdle());
        }

        // Ana's emulator gets Ben's fix.
        injected = inject(m_ana.path(), m_motoAna, 2);
        QVERIFY2(injected.ok() && injected->apply.ok(), injected ? qPrintable(injected->apply.error.message)
                                                                 : qPrintable(injected.error().message));
        QCOMPARE(visibilityTimeout(m_motoAna), QStringLiteral("90"));
    }
};

QTEST_MAIN(TestTeammatesGui)
#include "tst_teammates_gui.moc"
