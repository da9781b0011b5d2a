// The desktop app end to end against a real moto_server: commit through the Commit dialog, inject
// through the Inject dialog (with its dry-run preview), export, reset; driven with QTest, waited for
// with QTRY_*.
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/contents/ContentsModel.h"
#include "app/contents/ContentsWidget.h"
#include "app/dialogs/CommitDialog.h"
#include "app/dialogs/InjectDialog.h"
#include "app/history/HistoryWidget.h"
#include "app/history/VersionListModel.h"
#include "app/instance/InstanceBar.h"
#include "app/jobs/JobRunner.h"
#include "app/jobs/JobStatusWidget.h"
#include "app/settings/AppSettings.h"

#include "aws/AwsClient.h"
#include "jobs/Inspect.h"
#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"
#include "store/StateTreeReader.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QtTest>

using namespace poddeck;
using poddeck::test::MotoServer;
using poddeck::test::TestHome;

namespace {

constexpr int Slow = 60000; // a commit or inject against moto takes seconds, more on a busy machine

QStringList column(const QAbstractItemModel *model, int column = 0)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->index(row, column).data().toString());
    return list;
}

} // namespace

class TestGuiEndToEnd : public QObject
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
        QCoreApplication::setApplicationName(QStringLiteral("PodDeck-e2e-tests"));
        QSettings().clear();
        installTranslations(QCoreApplication::instance());
        AppSettings settings = AppSettings::load();
        settings.remember(m_moto.endpoint());
        settings.save();
        m_client.emplace(AwsConfig::forEndpoint(QUrl(m_moto.endpoint())));
    }

    void commitInjectExport()
    {
        QVERIFY(m_moto.reset());
        createQueue(QStringLiteral("orders"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(send(AwsRequest::json(AwsService::secretsManager(), QStringLiteral("CreateSecret"),
                                                {{QStringLiteral("Name"), QStringLiteral("db")},
                                                 {QStringLiteral("SecretString"), QStringLiteral("hunter2")}})));

        MainWindow window(m_home.path());
        window.show();
        auto *bar = window.findChild<InstanceBar *>(QStringLiteral("instanceBar"));
        QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("endpointCombo"))->currentText(), m_moto.endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(bar->isReachable(), Slow);
        QVERIFY(bar->findChild<QLabel *>(QStringLiteral("instanceKind"))->text().startsWith(QStringLiteral("moto")));

        // Commit through the dialog into a new pod.
        commitThroughDialog(window, QStringLiteral("shop"), QStringLiteral("orders and a secret"));
        auto *versionList = window.findChild<QTreeView *>(QStringLiteral("versionList"));
        auto *podList = window.findChild<QTreeView *>(QStringLiteral("podList"));
        QTRY_COMPARE_WITH_TIMEOUT(column(podList->model()), QStringList{"shop"}, Slow);
        QTRY_COMPARE(versionList->model()->rowCount(), 1);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Committed shop:1")),
                 qPrintable(window.statusBar()->currentMessage()));
        // The instance head is the new version.
        QTRY_VERIFY(bar->status() && bar->status()->head && bar->status()->head->number == 1);
        QTRY_VERIFY(versionList->model()->index(0, 0).data(VersionListModel::IsHeadRole).toBool());
        // Its contents: the services it holds, read level by level.
        auto *contents = window.findChild<QTreeView *>(QStringLiteral("contentsTree"));
        QTRY_VERIFY(column(contents->model()).contains(QStringLiteral("sqs")));
        QVERIFY(column(contents->model()).contains(QStringLiteral("secretsmanager")));

        // Change the instance and commit again.
        createQueue(QStringLiteral("returns"));
        commitThroughDialog(window, QStringLiteral("shop"), QStringLiteral("with returns"));
        QTRY_COMPARE_WITH_TIMEOUT(versionList->model()->rowCount(), 2, Slow);
        QCOMPARE(versionList->model()->index(0, VersionListModel::MessageColumn).data().toString(),
                 QStringLiteral("with returns"));
        QCOMPARE(versionList->model()->index(0, VersionListModel::GraphColumn).data(VersionListModel::LanesRole)
                     .toByteArray(),
                 QByteArray(1, char(Lanes::Tip)));

        // Inject version 1 with overwrite: the preview says the returns queue goes; then it does.
        auto *history = window.findChild<HistoryWidget *>();
        QVERIFY(history->selectVersion(1));
        window.findChild<QAction *>(QStringLiteral("injectAction"))->trigger();
        auto *inject = window.findChild<InjectDialog *>(QStringLiteral("injectDialog"));
        QVERIFY(inject);
        auto *strategy = inject->findChild<QComboBox *>(QStringLiteral("strategyCombo"));
        strategy->setCurrentIndex(strategy->findData(int(InjectStrategy::Overwrite)));
        QTRY_VERIFY_WITH_TIMEOUT(inject->isPreviewReady(), Slow);
        auto *preview = inject->findChild<QTreeWidget *>(QStringLiteral("previewTree"));
        QVERIFY(!inject->findChild<QLabel *>(QStringLiteral("previewSummary"))->text().isEmpty());
        // Overwrite on moto resets first: the plan lists what is loaded (the orders queue), and the returns
        // queue, which version 1 never held, is not among it.
        QStringList planned;
        for (QTreeWidgetItemIterator it(preview); *it; ++it)
            planned.append((*it)->text(0) + u' ' + (*it)->text(1));
        const QString plan = planned.join(u'\n');
        QVERIFY2(plan.contains(QStringLiteral("orders")), qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("returns")), qPrintable(plan));
        QTest::mouseClick(inject->findChild<QPushButton *>(QStringLiteral("injectButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(QStringLiteral("Injected shop:1")), Slow);
        QCOMPARE(queues(), QStringList{"orders"});
        QTRY_VERIFY(bar->status() && bar->status()->head && bar->status()->head->number == 1);

        // Export version 2 as a .pod bundle and as a LocalStack state zip.
        QVERIFY(history->selectVersion(2));
        const QString bundle = m_out.file(QStringLiteral("shop-2.pod"));
        exportThroughDialog(window, bundle, 0);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(bundle), Slow);
        // A version read through the AWS API holds no LocalStack state entries: the core says it cannot
        // be a LocalStack state zip, and the window shows that.
        const QString zip = m_out.file(QStringLiteral("shop-2.zip"));
        exportThroughDialog(window, zip, 1);
        auto *status = window.findChild<JobStatusWidget *>(QStringLiteral("jobStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->errorSummary().contains(QStringLiteral("LocalStack")), Slow);
        QVERIFY(!QFileInfo::exists(zip));
        status->clearError();

        // Reset asks, then empties the instance.
        window.findChild<QAction *>(QStringLiteral("resetAction"))->trigger();
        auto *confirm = window.findChild<QDialog *>(QStringLiteral("resetConfirm"));
        QVERIFY(confirm);
        confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(queues().isEmpty(), Slow);
        QTRY_VERIFY_WITH_TIMEOUT(window.jobRunner()->isIdle(), Slow);
        QVERIFY2(window.findChild<QWidget *>(QStringLiteral("jobError"))->isHidden(),
                 qPrintable(window.findChild<QWidget *>(QStringLiteral("jobError"))->accessibleDescription()));
    }

    // On a moto without PodDeck's code route the commit result says which functions have no code; the
    // contents tree marks them, and Attach Code… records a new version holding the zip.
    void attachCodeToFunctionWithoutCode()
    {
        MotoServer plain(MotoServer::Kind::Plain);
        const QString why = plain.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        AwsClient client(AwsConfig::forEndpoint(QUrl(plain.endpoint())));
        QVERIFY(send(AwsRequest::query(AwsService::iam(), QStringLiteral("CreateRole"),
                                       {{QStringLiteral("RoleName"), QStringLiteral("exec")},
                                        {QStringLiteral("AssumeRolePolicyDocument"), QStringLiteral("{}")}}), &client));
        const QByteArray zip = QByteArray::fromBase64( // a zip holding index.py
            "UEsDBBQAAAAAAAAAIQCbMhReFgAAABYAAAAIAAAAaW5kZXgucHlkZWYgaChlLCBjKTogcmV0dXJuIDEKUEsBAhQDFAAAAAAAAAAhAJsyFF4W"
            "AAAAFgAAAAgAAAAAAAAAAAAAAIABAAAAAGluZGV4LnB5UEsFBgAAAAABAAEANgAAADwAAAAAAA==");
        QVERIFY(zip.startsWith("PK"));
        Result<AwsResponse> created = send(AwsRequest::restJson(AwsService::lambda(), QStringLiteral("CreateFunction"), "POST",
                                                                QStringLiteral("/2015-03-31/functions"),
                                                                {{"FunctionName", "handler"},
                                                                 {"Runtime", "python3.12"},
                                                                 {"Handler", "index.h"},
                                                                 {"Role", "arn:aws:iam::123456789012:role/exec"},
                                                                 {"Code", QJsonObject{{"ZipFile", QString::fromLatin1(zip.toBase64())}}}}),
                                           &client);
        QVERIFY2(created, qPrintable(created.error().message));
        AppSettings settings = AppSettings::load();
        settings.remember(plain.endpoint());
        settings.save();

        TestHome home;
        MainWindow window(home.path());
        window.show();
        QTRY_COMPARE(window.findChild<QComboBox *>(QStringLiteral("endpointCombo"))->currentText(), plain.endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<InstanceBar *>(QStringLiteral("instanceBar"))->isReachable(), Slow);
        commitThroughDialog(window, QStringLiteral("fn"), QStringLiteral("no code"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>(QStringLiteral("missingCodeBox"))), Slow);
        QVERIFY2(box->informativeText().contains(QStringLiteral("function handler (123456789012/us-east-1)"))
                     && box->informativeText().contains(QStringLiteral("Attach Code")),
                 qPrintable(box->informativeText()));
        box->accept();

        // Down the contents tree to the function: marked, with Attach Code… enabled on it.
        auto *pane = window.findChild<ContentsWidget *>(QStringLiteral("contentsPane"));
        auto *view = window.findChild<QTreeView *>(QStringLiteral("contentsTree"));
        QModelIndex node;
        for (const char *name : {"lambda", "123456789012", "us-east-1", "function", "handler"}) {
            QModelIndex found;
            QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                         if (view->model()->canFetchMore(node))
                                             view->model()->fetchMore(node);
                                         for (int row = 0; row < view->model()->rowCount(node); ++row)
                                             if (view->model()->index(row, 0, node).data().toString() == QLatin1String(name))
                                                 found = view->model()->index(row, 0, node);
                                         return found.isValid();
                                     }()),
                                     Slow);
            node = found;
        }
        QVERIFY(node.data(ContentsModel::MissingCodeRole).toBool());
        QVERIFY(node.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Attach Code")));
        QVERIFY(!node.data(Qt::DecorationRole).value<QIcon>().isNull());
        QAction *attach = pane->attachCodeAction();
        view->setCurrentIndex(node.parent()); // the type "function": nothing to attach to
        QVERIFY(!attach->isEnabled());
        view->setCurrentIndex(node);
        QTRY_VERIFY(attach->isEnabled());
        QVERIFY(view->actions().contains(attach)); // in the tree's context menu

        const QString file = m_out.file(QStringLiteral("handler.zip"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(zip);
        f.close();
        attach->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QFileDialog *>(QStringLiteral("attachCodeDialog"))));
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setDirectory(QFileInfo(file).absolutePath());
        dialog->selectFile(file);
        static_cast<QDialog *>(dialog)->accept();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(QStringLiteral("Recorded fn:2 with the code attached")), Slow);

        // fn:2 holds the zip, fn:1 is unchanged, and fn:2's parent is fn:1.
        Result<Version> fixed = resolveVersion(home.path(), {QStringLiteral("fn"), 2});
        Result<Version> original = resolveVersion(home.path(), {QStringLiteral("fn"), 1});
        QVERIFY(fixed && original);
        QCOMPARE(fixed->parents, QList<ObjectId>{original->id});
        ObjectStore store(home.path());
        const QString path = QStringLiteral("lambda/123456789012/us-east-1/function/handler");
        Result<Resource> withCode = loadResource(store, flattenStateTree(store, fixed->root)->value(path));
        QVERIFY(withCode);
        QCOMPARE(*store.getBlob(withCode->attachments.value(QStringLiteral("code"))), zip);
        QVERIFY(!withCode->document.contains(QStringLiteral("CodeMissing")));
        QVERIFY(!loadResource(store, flattenStateTree(store, original->root)->value(path))->attachments.contains(QStringLiteral("code")));
        // The contents of fn:2 show no mark any more.
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QTreeView *>(QStringLiteral("versionList"))->model()->rowCount() == 2, Slow);
    }

private:
    // AwsClient::send() blocks, so not on the GUI thread: a thread of its own per call (test code only).
    Result<AwsResponse> send(const AwsRequest &request, const AwsClient *client = nullptr)
    {
        std::optional<Result<AwsResponse>> out;
        const AwsClient *to = client ? client : &*m_client;
        std::unique_ptr<QThread> thread(QThread::create([&] { out.emplace(to->send(request)); }));
        thread->start();
        while (!thread->wait(10))
            QCoreApplication::processEvents();
        return *out;
    }

    void createQueue(const QString &name)
    {
        const Result<AwsResponse> r = send(AwsRequest::json(AwsService::sqs(), QStringLiteral("CreateQueue"),
                                                                      {{QStringLiteral("QueueName"), name}}));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
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

    void commitThroughDialog(MainWindow &window, const QString &pod, const QString &message)
    {
        window.findChild<QAction *>(QStringLiteral("commitAction"))->trigger();
        CommitDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CommitDialog *>(QStringLiteral("commitDialog"))));
        auto *podCombo = dialog->findChild<QComboBox *>(QStringLiteral("podCombo"));
        podCombo->setCurrentText(QString());
        QTest::keyClicks(podCombo->lineEdit(), pod);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("messageEdit")), message);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("commitButton"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<CommitDialog *>(QStringLiteral("commitDialog")));
    }

    void exportThroughDialog(MainWindow &window, const QString &file, int filter)
    {
        window.findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QFileDialog *>(QStringLiteral("exportDialog"))));
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->selectNameFilter(dialog->nameFilters().at(filter));
        dialog->setDirectory(QFileInfo(file).absolutePath());
        dialog->selectFile(file);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, which is protected there
        QTRY_VERIFY(!window.findChild<QFileDialog *>(QStringLiteral("exportDialog")));
    }

    MotoServer m_moto;
    TestHome m_home;
    TestHome m_out;
    std::optional<AwsClient> m_client;
};

QTEST_MAIN(TestGuiEndToEnd)
#include "tst_gui_e2e.moc"
