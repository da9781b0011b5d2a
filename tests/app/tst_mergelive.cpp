// The reviewed deep-merge inject end to end against a real moto_server: the Inject dialog with the
// deep-merge strategy and no conflict rule hands over to the merge editor, the conflict is resolved
// there, and apply changes the instance and records a merge version with two parents.
#include "app/MainWindow.h"
#include "app/dialogs/InjectDialog.h"
#include "app/history/HistoryWidget.h"
#include "app/instance/InstanceBar.h"
#include "app/jobs/JobRunner.h"
#include "app/merge/MergeEditorWindow.h"
#include "app/settings/AppSettings.h"

#include "aws/AwsClient.h"
#include "jobs/CommitInstance.h"
#include "jobs/InjectVersion.h"
#include "store/Catalogue.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QTreeView>
#include <QtTest>

using namespace poddeck;
using poddeck::test::MotoServer;
using poddeck::test::TestHome;

namespace {
constexpr int Slow = 60000;
}

class TestMergeLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = m_moto.start();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PodDeck"));
        QCoreApplication::setApplicationName(QStringLiteral("PodDeck-mergelive-tests"));
        QSettings().clear();
        AppSettings settings = AppSettings::load();
        settings.remember(m_moto.endpoint());
        settings.save();
        m_config = AppSettings::load().awsConfig(m_moto.endpoint());
        m_client.emplace(m_config);
    }

    void deepMergeThroughTheEditor()
    {
        QVERIFY(m_moto.reset());
        // shop:1: orders (visibility 30). shop:2 from it: visibility 90 and an "extra" queue. Then shop:1 is
        // injected again (the head), and the instance changes the visibility to 60 and adds "local".
        const QString orders = createQueue(QStringLiteral("orders"));
        setVisibility(orders, QStringLiteral("30"));
        const Version v1 = commit(QStringLiteral("one"));
        setVisibility(orders, QStringLiteral("90"));
        createQueue(QStringLiteral("extra"));
        const Version v2 = commit(QStringLiteral("two"));
        QCOMPARE(v2.number, 2);
        {
            JobContext context;
            InjectRequest inject{m_home.path(), VersionRef{"shop", 1}, InjectStrategy::Overwrite, Prefer::None, false, m_config};
            inject.autosave = false; // setup: keep "shop" the only pod, the one the window opens with
            Result<InjectReport> injected = inThread([&] { return injectVersion(inject, context); });
            QVERIFY2(injected && !injected->apply.error.isError(), "inject shop:1");
        }
        QCOMPARE(queues(), QStringList{"orders"});
        setVisibility(orders, QStringLiteral("60"));
        createQueue(QStringLiteral("local"));

        MainWindow window(m_home.path());
        window.show();
        auto *bar = window.findChild<InstanceBar *>(QStringLiteral("instanceBar"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isReachable(), Slow);
        QTRY_VERIFY(bar->status() && bar->status()->head && bar->status()->head->number == 1);
        auto *versionList = window.findChild<QTreeView *>(QStringLiteral("versionList"));
        QTRY_COMPARE_WITH_TIMEOUT(versionList->model()->rowCount(), 2, Slow);
        QVERIFY(window.findChild<HistoryWidget *>()->selectVersion(2));

        // The Inject dialog: deep merge without a rule offers to review the conflicts.
        window.findChild<QAction *>(QStringLiteral("injectAction"))->trigger();
        auto *inject = window.findChild<InjectDialog *>(QStringLiteral("injectDialog"));
        QVERIFY(inject);
        auto *strategy = inject->findChild<QComboBox *>(QStringLiteral("strategyCombo"));
        strategy->setCurrentIndex(strategy->findData(int(InjectStrategy::DeepMerge)));
        QTRY_VERIFY_WITH_TIMEOUT(inject->isPreviewReady(), Slow);
        auto *button = inject->findChild<QPushButton *>(QStringLiteral("injectButton"));
        QVERIFY(button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("&Review Conflicts…"));
        QTest::mouseClick(button, Qt::LeftButton);

        // The editor, once the instance is read.
        QPointer<MergeEditorWindow> editor;
        QTRY_VERIFY_WITH_TIMEOUT((editor = window.findChild<MergeEditorWindow *>(QStringLiteral("mergeEditor"))), Slow);
        QVERIFY(editor->isLive());
        QVERIFY(!editor->findChild<QLabel *>(QStringLiteral("twoWayNotice"))->isVisibleTo(editor));
        QVERIFY(editor->result().conflictCount() >= 1);
        bool visibility = false;
        for (int i = 0; i < editor->result().conflictCount(); ++i)
            visibility |= editor->result().conflictKey(i).contains(QStringLiteral("VisibilityTimeout"));
        QVERIFY2(visibility, "the visibility timeout is the conflict");
        QVERIFY(!editor->findChild<QAction *>(QStringLiteral("applyAction"))->isEnabled());
        while (editor->result().unresolvedCount() > 0) {
            editor->findChild<QAction *>(QStringLiteral("nextConflictAction"))->trigger();
            editor->findChild<QAction *>(QStringLiteral("takeTheirsAction"))->trigger();
        }
        QVERIFY(editor->findChild<QAction *>(QStringLiteral("applyAction"))->isEnabled());
        editor->findChild<QAction *>(QStringLiteral("applyAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(editor.isNull(), Slow); // closes (and is deleted) once applied
        QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Merged shop:2 into the instance")));

        // The instance holds both sides' changes, and the merge is recorded as its head.
        QCOMPARE(queues(), (QStringList{"extra", "local", "orders"}));
        QCOMPARE(visibilityOf(orders), QStringLiteral("90"));
        Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(m_home.path());
        QVERIFY(catalogue);
        Result<Version> v3 = (*catalogue)->version(QStringLiteral("shop"), 3);
        QVERIFY(v3);
        QCOMPARE(v3->parents, (QList<ObjectId>{v1.id, v2.id}));
        QTRY_VERIFY_WITH_TIMEOUT(bar->status() && bar->status()->head && bar->status()->head->number == 3, Slow);
        QTRY_COMPARE_WITH_TIMEOUT(versionList->model()->rowCount(), 3, Slow);
    }

    // The inject preview of a deep merge lists what stays deleted on the head's word, and says why the
    // merge is two-way once the emulator restarted.
    void deepMergePreviewShowsKeptDeletedAndStaleHead()
    {
        QVERIFY(m_moto.reset());
        createQueue(QStringLiteral("orders"));
        const QString gone = createQueue(QStringLiteral("gone"));
        const Version v = commit(QStringLiteral("two queues"));
        QVERIFY(send(AwsRequest::json(AwsService::sqs(), QStringLiteral("DeleteQueue"), {{QStringLiteral("QueueUrl"), gone}})).ok());

        auto preview = [&](QTreeWidget **tree, QLabel **summary) -> std::unique_ptr<InjectDialog> {
            auto dialog = std::make_unique<InjectDialog>(&m_runner, m_home.path(), AppSettings::load(), m_moto.endpoint(),
                                                         VersionRef{v.pod, v.number});
            auto *strategy = dialog->findChild<QComboBox *>(QStringLiteral("strategyCombo"));
            strategy->setCurrentIndex(strategy->findData(int(InjectStrategy::DeepMerge)));
            *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("previewTree"));
            *summary = dialog->findChild<QLabel *>(QStringLiteral("previewSummary"));
            return dialog;
        };
        QTreeWidget *tree = nullptr;
        QLabel *summary = nullptr;
        {
            auto dialog = preview(&tree, &summary);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreviewReady() && summary->text().contains(QStringLiteral("kept deleted")), Slow);
            QStringList rows;
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                rows.append(tree->topLevelItem(i)->text(0) + QLatin1Char(' ') + tree->topLevelItem(i)->text(1));
            QVERIFY2(rows.filter(QStringLiteral("keep deleted sqs/")).size() == 1 && rows.filter(QStringLiteral("/gone")).size() == 1,
                     qPrintable(rows.join(QLatin1Char('\n'))));
            QTRY_VERIFY(m_runner.isIdle());
        }

        QVERIFY(m_moto.restart().isEmpty()); // its state is gone: the head no longer applies
        {
            auto dialog = preview(&tree, &summary);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreviewReady() && summary->text().contains(QStringLiteral("no longer applies")), Slow);
            QVERIFY2(summary->text().contains(QStringLiteral("head shop:%1 no longer applies").arg(v.number)), qPrintable(summary->text()));
            QVERIFY(!summary->text().contains(QStringLiteral("kept deleted")));
            QTRY_VERIFY(m_runner.isIdle());
        }
    }

private:
    JobRunner m_runner;

    // The AWS client and the core jobs block, and want this thread's event loop free: run them on a
    // thread of their own (test code only).
    template<typename F>
    auto inThread(F work) -> decltype(work())
    {
        std::optional<decltype(work())> out;
        std::unique_ptr<QThread> thread(QThread::create([&] { out.emplace(work()); }));
        thread->start();
        while (!thread->wait(10))
            QCoreApplication::processEvents();
        return std::move(*out);
    }

    Result<AwsResponse> send(const AwsRequest &request)
    {
        return inThread([&] { return m_client->send(request); });
    }

    QString createQueue(const QString &name)
    {
        const Result<AwsResponse> r = send(AwsRequest::json(AwsService::sqs(), QStringLiteral("CreateQueue"),
                                                            {{QStringLiteral("QueueName"), name}}));
        return r ? r->json.value(QStringLiteral("QueueUrl")).toString() : QString();
    }

    void setVisibility(const QString &url, const QString &seconds)
    {
        const Result<AwsResponse> r = send(AwsRequest::json(
            AwsService::sqs(), QStringLiteral("SetQueueAttributes"),
            {{QStringLiteral("QueueUrl"), url},
             {QStringLiteral("Attributes"), QJsonObject{{QStringLiteral("VisibilityTimeout"), seconds}}}}));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
    }

    QString visibilityOf(const QString &url)
    {
        const Result<AwsResponse> r = send(AwsRequest::json(
            AwsService::sqs(), QStringLiteral("GetQueueAttributes"),
            {{QStringLiteral("QueueUrl"), url}, {QStringLiteral("AttributeNames"), QJsonArray{QStringLiteral("All")}}}));
        return r ? r->json.value(QStringLiteral("Attributes")).toObject().value(QStringLiteral("VisibilityTimeout")).toString()
                 : QStringLiteral("error");
    }

    QStringList queues()
    {
        Result<AwsResponse> r = send(AwsRequest::json(AwsService::sqs(), QStringLiteral("ListQueues")));
        QStringList names;
        if (!r)
            return {QStringLiteral("error")};
        for (const QJsonValue &url : r->json.value(QStringLiteral("QueueUrls")).toArray())
            names.append(url.toString().section(QLatin1Char('/'), -1));
        names.sort();
        return names;
    }

    Version commit(const QString &message)
    {
        JobContext context;
        CommitInstanceRequest request;
        request.home = m_home.path();
        request.pod = QStringLiteral("shop");
        request.message = message;
        request.config = m_config;
        request.filter.services = {QStringLiteral("sqs")};
        Result<CommitInstanceReport> done = inThread([&] { return commitInstance(request, context); });
        if (!done)
            qFatal("commit failed: %s", qPrintable(done.error().message));
        return done->version;
    }

    MotoServer m_moto;
    TestHome m_home;
    AwsConfig m_config;
    std::optional<AwsClient> m_client;
};

QTEST_MAIN(TestMergeLive)
#include "tst_mergelive.moc"
