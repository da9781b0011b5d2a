// Smaller GUI behaviours against real parts (a temporary home, a moto_server): the contents search
// finds attribute values, the inject preview shows decoded paths, Reset Instance can keep services,
// and the instance bar refreshes itself while the window is active and no job runs.
#include "app/contents/ContentsModel.h"
#include "app/contents/ContentsWidget.h"
#include "app/dialogs/InjectDialog.h"
#include "app/instance/InstanceBar.h"
#include "app/instance/ResetInstanceDialog.h"
#include "app/jobs/JobRunner.h"
#include "app/instance/InstanceOperations.h"
#include "app/settings/AppSettings.h"

#include "aws/AwsClient.h"
#include "jobs/InstanceStatus.h"
#include "jobs/VersionCommit.h"
#include "state/ResourcePath.h"
#include "store/ObjectStore.h"
#include "store/StateBuilder.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

#include <atomic>

using namespace poddeck;
using poddeck::test::MotoServer;
using poddeck::test::TestHome;

namespace {

const QString Account = QStringLiteral("123456789012");

Result<Version> commit(const QString &home, const QList<Resource> &resources)
{
    ObjectStore store(home);
    StateBuilder builder(store);
    for (const Resource &r : resources)
        if (Status st = builder.add(r); !st)
            return st.error();
    Version meta;
    meta.message = QStringLiteral("test state");
    meta.author = QStringLiteral("test@poddeck");
    meta.created = QDateTime::currentDateTimeUtc();
    JobContext context;
    return commitVersion(home, QStringLiteral("shop"), QString(), builder, meta, store, context);
}

QStringList texts(const QAbstractItemModel *model, const QModelIndex &parent = QModelIndex())
{
    QStringList list;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        list.append(index.data().toString());
        list += texts(model, index);
    }
    return list;
}

} // namespace

class TestGuiExtras : public QObject
{
    Q_OBJECT

    static Status send(AwsClient &client, const AwsRequest &request)
    {
        Result<AwsResponse> r = client.send(request);
        return r ? Status::success() : Status(r.error());
    }

    // Makes test state in the instance through the AWS API, as a user's tools would, on a job thread (the
    // client refuses the GUI thread), and waits for it.
    void onMoto(JobRunner &runner, std::function<Status(AwsClient &)> work)
    {
        bool done = false;
        runner.run(
            QStringLiteral("prepare the instance"),
            [config = AppSettings::load().awsConfig(m_moto.endpoint()), work](JobContext &) {
                AwsClient client(config);
                return work(client);
            },
            this, [&done](Status st) {
                QVERIFY2(st.ok(), qPrintable(st.error().message));
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PodDeck"));
        QCoreApplication::setApplicationName(QStringLiteral("PodDeck-guiextras-tests"));
        QSettings().clear();
        qputenv("AWS_MAX_ATTEMPTS", "1");
        const QString why = m_moto.start();
        if (!why.isEmpty())
            QFAIL(qPrintable(why)); // a missing moto fails the run, never passes it
        qputenv("AWS_ENDPOINT_URL", m_moto.endpoint().toUtf8());
        AppSettings settings = AppSettings::load();
        settings.remember(m_moto.endpoint());
        settings.save();
        Resource queue;
        queue.path = ResourcePath::make(QStringLiteral("sqs"), Account, QStringLiteral("us-east-1"),
                                        QStringLiteral("queue"), QStringLiteral("orders"));
        queue.document = {{QStringLiteral("QueueName"), QStringLiteral("orders")},
                          {QStringLiteral("Attributes"),
                           QJsonObject{{QStringLiteral("DelaySeconds"), QStringLiteral("0")},
                                       {QStringLiteral("RedrivePolicy"), QStringLiteral("dead-letter-needle")}}}};
        Resource parameter;
        parameter.path = ResourcePath::make(QStringLiteral("ssm"), Account, QStringLiteral("us-east-1"),
                                            QStringLiteral("parameter"), QStringLiteral("/shop/api-key"));
        parameter.document = {{QStringLiteral("Name"), QStringLiteral("/shop/api-key")},
                              {QStringLiteral("Type"), QStringLiteral("SecureString")},
                              {QStringLiteral("Value"), QStringLiteral("secret-needle")}};
        Result<Version> v = commit(m_home.path(), {queue, parameter});
        QVERIFY2(v.ok(), qPrintable(v.error().message));
        m_version = *v;
    }

    void init()
    {
        QVERIFY(m_moto.reset());
    }

    void contentsSearchFindsValuesButNotSecrets()
    {
        JobRunner runner;
        ContentsWidget contents(&runner);
        contents.show();
        contents.showVersion(m_home.path(), m_version);
        QTRY_VERIFY(contents.view()->model()->rowCount() == 2 && runner.isIdle());
        // "needle" is in a queue's attribute value (nested) and in a SecureString parameter's value.
        QSignalSpy jobs(&runner, &JobRunner::jobFinished);
        contents.searchEdit()->setText(QStringLiteral("needle"));
        QTRY_VERIFY(!jobs.isEmpty() && !contents.isSearching() && runner.isIdle()); // after the search job
        const QStringList shown = texts(contents.view()->model());
        QVERIFY2(shown.contains(QStringLiteral("orders")), qPrintable(shown.join(QLatin1Char(','))));
        QVERIFY2(shown.contains(QStringLiteral("Attributes")), qPrintable(shown.join(QLatin1Char(','))));
        QVERIFY2(!shown.contains(QStringLiteral("ssm")), qPrintable(shown.join(QLatin1Char(','))));
        // The match is opened: the queue resource is expanded to show its attribute.
        const QModelIndex sqs = contents.view()->model()->index(0, 0);
        QCOMPARE(sqs.data().toString(), QStringLiteral("sqs"));
        QModelIndex orders = sqs;
        while (orders.isValid() && orders.data().toString() != QLatin1String("orders"))
            orders = contents.view()->model()->index(0, 0, orders);
        QVERIFY(orders.isValid());
        QVERIFY(contents.view()->isExpanded(orders));
        const QModelIndex attributes = contents.view()->model()->index(0, ContentsModel::ValueColumn, orders);
        QVERIFY2(attributes.data().toString().contains(QLatin1String("dead-letter-needle")),
                 qPrintable(attributes.data().toString()));
        // A secret's value never matches, even once loaded.
        jobs.clear();
        contents.searchEdit()->setText(QStringLiteral("secret-needle"));
        QTRY_VERIFY(!jobs.isEmpty() && !contents.isSearching() && runner.isIdle());
        QCOMPARE(contents.view()->model()->rowCount(), 0);
    }

    void injectPreviewShowsDecodedPaths()
    {
        JobRunner runner;
        QWidget window;
        InjectDialog dialog(&runner, m_home.path(), AppSettings::load(), m_moto.endpoint(),
                            VersionRef{m_version.pod, m_version.number}, &window);
        QSignalSpy previewed(&dialog, &InjectDialog::previewFinished);
        QTRY_VERIFY_WITH_TIMEOUT(previewed.count() > 0, 30000);
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("previewTree"));
        QVERIFY(tree);
        QStringList paths;
        // Grouped by service > account > region > type; the resources are the groups' rows.
        QStringList groups;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            groups.append(tree->topLevelItem(i)->text(0) + QStringLiteral(": ") + tree->topLevelItem(i)->text(1));
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                paths.append(tree->topLevelItem(i)->child(j)->text(1));
        }
        const QRegularExpression counted(QStringLiteral("^ssm › %1 › us-east-1 › parameter: \\d+ to (create|update)").arg(Account));
        QVERIFY2(groups.filter(counted).size() == 1, qPrintable(groups.join(QLatin1Char('\n'))));
        QVERIFY2(paths.contains(QStringLiteral("ssm/%1/us-east-1/parameter//shop/api-key").arg(Account)),
                 qPrintable(paths.join(QLatin1Char('\n'))));
        QVERIFY(!paths.join(QLatin1Char('\n')).contains(QLatin1String("%2F")));
        QTRY_VERIFY(runner.isIdle());
    }

    // Every resource of the preview opens to its attribute changes: a created queue to the values it gets,
    // a parameter the instance holds with another value to that change, the SecureString masked both sides.
    void injectPreviewExpandsToAttributeChanges()
    {
        JobRunner runner;
        onMoto(runner, [](AwsClient &client) {
            return send(client, AwsRequest::json(AwsService::ssm(), QStringLiteral("PutParameter"),
                                                 {{QStringLiteral("Name"), QStringLiteral("/shop/api-key")},
                                                  {QStringLiteral("Value"), QStringLiteral("live-needle")},
                                                  {QStringLiteral("Type"), QStringLiteral("SecureString")}}));
        });
        QWidget window;
        InjectDialog dialog(&runner, m_home.path(), AppSettings::load(), m_moto.endpoint(),
                            VersionRef{m_version.pod, m_version.number}, &window);
        QSignalSpy previewed(&dialog, &InjectDialog::previewFinished);
        QTRY_VERIFY_WITH_TIMEOUT(previewed.count() > 0, 30000);
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("previewTree"));
        QVERIFY(tree);
        QHash<QString, QTreeWidgetItem *> rows; // resource path -> row
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                rows.insert(tree->topLevelItem(i)->child(j)->text(1), tree->topLevelItem(i)->child(j));
        const auto children = [](QTreeWidgetItem *row) {
            QStringList out;
            for (int i = 0; row && i < row->childCount(); ++i)
                out.append(row->child(i)->text(0) + QStringLiteral(": ") + row->child(i)->text(1));
            return out;
        };
        QTreeWidgetItem *queue = rows.value(QStringLiteral("sqs/%1/us-east-1/queue/orders").arg(Account));
        QVERIFY(queue);
        QCOMPARE(queue->text(0), QStringLiteral("create"));
        QVERIFY2(children(queue).contains(QStringLiteral("QueueName: set to \"orders\"")), qPrintable(children(queue).join('\n')));
        QVERIFY2(children(queue).filter(QStringLiteral("dead-letter-needle")).size() == 1, qPrintable(children(queue).join('\n')));
        QTreeWidgetItem *parameter = rows.value(QStringLiteral("ssm/%1/us-east-1/parameter//shop/api-key").arg(Account));
        QVERIFY(parameter);
        QCOMPARE(parameter->text(0), QStringLiteral("update"));
        const QStringList changed = children(parameter);
        QVERIFY2(changed.filter(QRegularExpression(QStringLiteral("^Value: .+ → .+"))).size() == 1, qPrintable(changed.join('\n')));
        QVERIFY2(!changed.join('\n').contains(QLatin1String("needle")), qPrintable(changed.join('\n')));
        QVERIFY(!parameter->isExpanded()); // opened by the user
        QTRY_VERIFY(runner.isIdle());
    }

    void resetKeepsUncheckedServices()
    {
        JobRunner runner;
        QWidget window;
        InstanceBar bar(&runner, m_home.path(), &window);
        bar.setAutoRefreshInterval(0);
        bar.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(bar.isReachable(), 30000);
        const AwsConfig config = AppSettings::load().awsConfig(m_moto.endpoint());
        // A queue and a parameter in the instance.
        onMoto(runner, [](AwsClient &client) {
            if (Status q = send(client, AwsRequest::json(AwsService::sqs(), QStringLiteral("CreateQueue"),
                                                         {{QStringLiteral("QueueName"), QStringLiteral("orders")}}));
                !q)
                return q;
            return send(client, AwsRequest::json(AwsService::ssm(), QStringLiteral("PutParameter"),
                                                 {{QStringLiteral("Name"), QStringLiteral("/shop/currency")},
                                                  {QStringLiteral("Value"), QStringLiteral("EUR")},
                                                  {QStringLiteral("Type"), QStringLiteral("String")}}));
        });

        InstanceOperations operations(&runner, m_home.path(), &bar, &window);
        QSignalSpy failed(&operations, &InstanceOperations::failed);
        QSignalSpy changed(&operations, &InstanceOperations::instanceChanged);
        operations.resetInstance();
        auto *box = window.findChild<ResetInstanceDialog *>(QStringLiteral("resetConfirm"));
        QVERIFY(box);
        QListWidget *list = box->findChild<QListWidget *>(QStringLiteral("resetServicesList"));
        QVERIFY(list && list->count() >= 2);
        QVERIFY(box->isWholeInstance());
        // Keep everything but sqs.
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->text() != QLatin1String("sqs"))
                list->item(row)->setCheckState(Qt::Unchecked);
        QCOMPARE(box->selectedServices(), QStringList{QStringLiteral("sqs")});
        QVERIFY(box->confirmButton()->isEnabled());
        QListWidgetItem *sqs = list->findItems(QStringLiteral("sqs"), Qt::MatchExactly).value(0);
        QVERIFY(sqs);
        sqs->setCheckState(Qt::Unchecked);
        QVERIFY(box->selectedServices().isEmpty());
        QVERIFY(!box->confirmButton()->isEnabled()); // nothing checked: nothing to reset
        sqs->setCheckState(Qt::Checked);
        QVERIFY(box->confirmButton()->isEnabled());
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));

        std::optional<InstanceStatus> status;
        runner.run(
            QStringLiteral("count"),
            [home = m_home.path(), config](JobContext &c) { return instanceStatus(home, config, true, c); }, this,
            [&status](Result<InstanceStatus> s) {
                QVERIFY2(s.ok(), qPrintable(s.error().message));
                status = *s;
            });
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 60000);
        QCOMPARE(status->resourceCounts.value(QStringLiteral("sqs")), 0);
        QCOMPARE(status->resourceCounts.value(QStringLiteral("ssm")), 1);
    }

    void instanceBarRefreshesWhileActiveAndIdle()
    {
        JobRunner runner;
        QWidget window;
        auto *bar = new InstanceBar(&runner, m_home.path(), &window);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        bar->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isReachable() && runner.isIdle(), 30000);
        QSignalSpy refreshed(bar, &InstanceBar::statusChanged);
        bar->setAutoRefreshInterval(150);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 2, 20000);

        // While a job runs, the bar waits.
        std::atomic<bool> release{false};
        auto releaseOnFailure = qScopeGuard([&] { release = true; });
        bool done = false;
        runner.run(
            QStringLiteral("busy"),
            [&release](JobContext &) -> Status {
                while (!release.load())
                    QThread::msleep(5);
                return Status::success();
            },
            this, [&done](Status) { done = true; });
        // A status read started just before the job may still land: wait until only the busy job runs.
        QTRY_VERIFY_WITH_TIMEOUT(runner.runningJobs().size() == 1, 20000);
        const int before = int(refreshed.count());
        QTest::qWait(800);
        QCOMPARE(int(refreshed.count()), before);
        release = true;
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > before, 20000);
        bar->setAutoRefreshInterval(0);
        QTRY_VERIFY(runner.isIdle());
    }

private:
    MotoServer m_moto;
    TestHome m_home;
    Version m_version;
};

QTEST_MAIN(TestGuiExtras)
#include "tst_guiextras.moc"
