// The diff view on two real versions in a temporary home, and against a real moto_server.
#include "app/MainWindow.h"
#include "app/diff/DiffActions.h"
#include "app/diff/DiffModel.h"
#include "app/diff/DiffWidget.h"
#include "app/diff/DiffWindow.h"
#include "app/history/HistoryWidget.h"
#include "app/history/VersionListModel.h"
#include "app/jobs/JobRunner.h"
#include "app/settings/AppSettings.h"

#include "jobs/VersionCommit.h"
#include "state/ResourcePath.h"
#include "store/ObjectStore.h"
#include "store/StateBuilder.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QtTest>

using namespace poddeck;
using poddeck::test::MotoServer;
using poddeck::test::TestHome;

namespace {

const QString Account = QStringLiteral("123456789012");
const QString Region = QStringLiteral("us-east-1");

QString path(const QString &service, const QString &type, const QString &id)
{
    return ResourcePath::make(service, Account, Region, type, id);
}

Resource resource(const QString &path, const QJsonObject &document)
{
    Resource r;
    r.path = path;
    r.document = document;
    return r;
}

QJsonObject queue(const QString &name, const QString &visibility)
{
    return {{QStringLiteral("QueueName"), name},
            {QStringLiteral("Attributes"), QJsonObject{{QStringLiteral("VisibilityTimeout"), visibility}}}};
}

QJsonObject parameter(const QString &value)
{
    return {{QStringLiteral("Name"), QStringLiteral("/shop/api-key")},
            {QStringLiteral("Type"), QStringLiteral("SecureString")},
            {QStringLiteral("Value"), value}};
}

QJsonObject secret(const QString &value)
{
    return {{QStringLiteral("Name"), QStringLiteral("db")}, {QStringLiteral("SecretString"), value}};
}

void commit(const QString &home, const QList<Resource> &resources, const QString &message)
{
    ObjectStore store(home);
    StateBuilder builder(store);
    for (const Resource &r : resources) {
        const Status st = builder.add(r);
        QVERIFY2(st.ok(), qPrintable(st.error().message));
    }
    Version meta;
    meta.message = message;
    meta.author = QStringLiteral("test@poddeck");
    meta.created = QDateTime::currentDateTimeUtc();
    JobContext context;
    Result<Version> v = commitVersion(home, QStringLiteral("shop"), QString(), builder, meta, store, context);
    QVERIFY2(v.ok(), qPrintable(v.error().message));
}

// The node below `parent` reached through `names`, one name per level.
QModelIndex find(const QAbstractItemModel *model, const QStringList &names, QModelIndex parent = QModelIndex())
{
    for (const QString &name : names) {
        QModelIndex next;
        for (int row = 0; row < model->rowCount(parent) && !next.isValid(); ++row)
            if (model->index(row, 0, parent).data().toString() == name)
                next = model->index(row, 0, parent);
        if (!next.isValid())
            return QModelIndex();
        parent = next;
    }
    return parent;
}

QString details(const QModelIndex &index)
{
    return index.siblingAtColumn(DiffModel::DetailsColumn).data().toString();
}

QString change(const QModelIndex &index)
{
    return index.siblingAtColumn(DiffModel::ChangeColumn).data().toString();
}

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PodDeck"));
        QCoreApplication::setApplicationName(QStringLiteral("PodDeck-diff-tests"));
        QSettings().clear();
        qputenv("AWS_MAX_ATTEMPTS", "1");
        const QString bucket = path(QStringLiteral("s3"), QStringLiteral("bucket"), QStringLiteral("photos"));
        const Resource photos = resource(bucket, {{QStringLiteral("Name"), QStringLiteral("photos")}});
        auto object = [&](const QString &key) {
            return resource(ResourcePath::child(bucket, QStringLiteral("object"), key), {{QStringLiteral("Key"), key}});
        };
        // shop:1
        commit(m_home.path(),
               {resource(path(QStringLiteral("sqs"), QStringLiteral("queue"), QStringLiteral("orders")),
                         queue(QStringLiteral("orders"), QStringLiteral("30"))),
                resource(path(QStringLiteral("sqs"), QStringLiteral("queue"), QStringLiteral("payments")),
                         queue(QStringLiteral("payments"), QStringLiteral("30"))),
                resource(path(QStringLiteral("ssm"), QStringLiteral("parameter"), QStringLiteral("/shop/api-key")),
                         parameter(QStringLiteral("sk_old_value"))),
                resource(path(QStringLiteral("secretsmanager"), QStringLiteral("secret"), QStringLiteral("db")),
                         secret(QStringLiteral("old horse battery"))),
                photos, object(QStringLiteral("2024/a.jpg"))},
               QStringLiteral("first"));
        // shop:2: orders modified, payments removed, refunds added, two secrets changed, an object added
        // below an unchanged bucket.
        commit(m_home.path(),
               {resource(path(QStringLiteral("sqs"), QStringLiteral("queue"), QStringLiteral("orders")),
                         queue(QStringLiteral("orders"), QStringLiteral("45"))),
                resource(path(QStringLiteral("sqs"), QStringLiteral("queue"), QStringLiteral("refunds")),
                         queue(QStringLiteral("refunds"), QStringLiteral("30"))),
                resource(path(QStringLiteral("ssm"), QStringLiteral("parameter"), QStringLiteral("/shop/api-key")),
                         parameter(QStringLiteral("sk_new_value"))),
                resource(path(QStringLiteral("secretsmanager"), QStringLiteral("secret"), QStringLiteral("db")),
                         secret(QStringLiteral("correct horse battery"))),
                photos, object(QStringLiteral("2024/a.jpg")), object(QStringLiteral("2024/b.jpg"))},
               QStringLiteral("second"));
    }

    void windowShowsTheChanges()
    {
        JobRunner runner;
        DiffWindow window(&runner);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        DiffWidget *diff = window.diffWidget();
        QAbstractItemModelTester tester(diff->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy compared(&window, &DiffWindow::compared);
        DiffRequest request;
        request.home = m_home.path();
        request.from.version = VersionRef{QStringLiteral("shop"), 1};
        request.to.version = VersionRef{QStringLiteral("shop"), 2};
        window.compare(request);
        QVERIFY(window.isComparing());
        QTRY_COMPARE(compared.count(), 1);
        QVERIFY2(diff->placeholderText().isEmpty(), qPrintable(diff->placeholderText()));

        QCOMPARE(diff->findChild<QLabel *>(QStringLiteral("diffAddedCount"))->text(), QStringLiteral("+2 added"));
        QCOMPARE(diff->findChild<QLabel *>(QStringLiteral("diffRemovedCount"))->text(), QStringLiteral("−1 removed"));
        QCOMPARE(diff->findChild<QLabel *>(QStringLiteral("diffModifiedCount"))->text(), QStringLiteral("~3 modified"));
        QVERIFY(diff->findChild<QLabel *>(QStringLiteral("diffTitle"))->text().contains(QStringLiteral("shop:1")));

        const QAbstractItemModel *model = diff->view()->model(); // what the view shows (through its filter)
        QCOMPARE(model->rowCount(), 4); // s3, secretsmanager, sqs, ssm
        const QStringList queues{QStringLiteral("sqs"), Account, Region, QStringLiteral("queue")};
        const QModelIndex orders = find(model, queues + QStringList{QStringLiteral("orders")});
        QVERIFY(orders.isValid());
        QCOMPARE(change(orders), QStringLiteral("modified"));
        QCOMPARE(orders.data(Qt::ForegroundRole).value<QBrush>().color(), DiffModel::changeColor(ResourceChange::Kind::Modified));
        const QModelIndex timeout = find(model, {QStringLiteral("Attributes.VisibilityTimeout")}, orders);
        QVERIFY(timeout.isValid());
        QCOMPARE(details(timeout), QStringLiteral("\"30\" → \"45\""));
        QCOMPARE(change(find(model, queues + QStringList{QStringLiteral("refunds")})), QStringLiteral("added"));
        QCOMPARE(change(find(model, queues + QStringList{QStringLiteral("payments")})), QStringLiteral("removed"));
        QCOMPARE(model->rowCount(find(model, queues + QStringList{QStringLiteral("refunds")})), 0);
        QCOMPARE(details(find(model, queues)), QStringLiteral("1 added, 1 removed, 1 modified"));

        // An object added below a bucket that did not change: the bucket groups it without a change of its own.
        const QModelIndex bucket = find(model, {QStringLiteral("s3"), Account, Region, QStringLiteral("bucket"),
                                                QStringLiteral("photos")});
        QVERIFY(bucket.isValid());
        QCOMPARE(change(bucket), QString());
        QCOMPARE(change(find(model, {QStringLiteral("object"), QStringLiteral("2024/b.jpg")}, bucket)), QStringLiteral("added"));
        QVERIFY(!find(model, {QStringLiteral("object"), QStringLiteral("2024/a.jpg")}, bucket).isValid());

        // Secrets stay masked: the secret's value by its name, the SecureString parameter by its type.
        const QModelIndex secretValue = find(model, {QStringLiteral("secretsmanager"), Account, Region,
                                                     QStringLiteral("secret"), QStringLiteral("db"),
                                                     QStringLiteral("SecretString")});
        QVERIFY(secretValue.isValid());
        QCOMPARE(details(secretValue), QStringLiteral("******** → ********"));
        const QModelIndex apiKey = find(model, {QStringLiteral("ssm"), Account, Region, QStringLiteral("parameter"),
                                                QStringLiteral("/shop/api-key"), QStringLiteral("Value")});
        QVERIFY(apiKey.isValid());
        QCOMPARE(details(apiKey), QStringLiteral("******** → ********"));
        QVERIFY(apiKey.data(DiffModel::SecretRole).toBool());
        for (const QModelIndex &index : {secretValue, apiKey})
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(DiffModel::BeforeRole), int(DiffModel::AfterRole)})
                for (int column = 0; column < DiffModel::ColumnCount; ++column) {
                    const QString shown = index.siblingAtColumn(column).data(role).toString();
                    QVERIFY2(!shown.contains(QLatin1String("horse")) && !shown.contains(QLatin1String("sk_")),
                             qPrintable(shown));
                }

        // Reveal Value on the selected secret shows that one value (and hides it again); others stay masked.
        QAction *reveal = diff->findChild<QAction *>(QStringLiteral("revealValueAction"));
        QVERIFY(reveal);
        QCOMPARE(reveal->shortcutContext(), Qt::WidgetShortcut); // never window-wide
        diff->view()->setCurrentIndex(timeout);
        QVERIFY(!reveal->isEnabled());
        diff->view()->setCurrentIndex(secretValue);
        QVERIFY(reveal->isEnabled());
        reveal->trigger();
        QVERIFY2(details(secretValue).contains(QLatin1String("horse")), qPrintable(details(secretValue)));
        QCOMPARE(details(apiKey), QStringLiteral("******** → ********"));
        QCOMPARE(reveal->text(), DiffWidget::tr("&Hide Value"));
        reveal->trigger();
        QCOMPARE(details(secretValue), QStringLiteral("******** → ********"));

        // The filter keeps matching resources with the groups above them.
        diff->findChild<QLineEdit *>(QStringLiteral("diffFilter"))->setText(QStringLiteral("refunds"));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(find(model, queues + QStringList{QStringLiteral("refunds")}).isValid());
        QVERIFY(!find(model, queues + QStringList{QStringLiteral("orders")}).isValid());
    }

    void sameVersionHasNoDifferences()
    {
        JobRunner runner;
        DiffWindow window(&runner);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy compared(&window, &DiffWindow::compared);
        DiffRequest request;
        request.home = m_home.path();
        request.from.version = VersionRef{QStringLiteral("shop"), 2};
        request.to.version = VersionRef{QStringLiteral("shop"), 2};
        window.compare(request);
        QTRY_COMPARE(compared.count(), 1);
        QVERIFY2(window.diffWidget()->placeholderText().startsWith(QStringLiteral("No differences")),
                 qPrintable(window.diffWidget()->placeholderText()));
        QCOMPARE(window.diffWidget()->model()->rowCount(), 0);

        request.to.version = VersionRef{QStringLiteral("shop"), 7};
        window.compare(request);
        QTRY_COMPARE(compared.count(), 2);
        QVERIFY2(window.diffWidget()->placeholderText().startsWith(QStringLiteral("Could not compare")),
                 qPrintable(window.diffWidget()->placeholderText()));
    }

    void historyComparesSelectedVersions()
    {
        MainWindow window(m_home.path());
        window.show();
        auto *history = window.findChild<HistoryWidget *>();
        QTRY_COMPARE(history->model()->rowCount(), 2);
        auto *compareVersions = window.findChild<QAction *>(QStringLiteral("compareVersionsAction"));
        QVERIFY(compareVersions);
        QVERIFY(!compareVersions->shortcut().isEmpty());
        QVERIFY(history->view()->actions().contains(compareVersions)); // in the context menu

        // One version selected: compared with its parent.
        QVERIFY(history->selectVersion(2));
        QTRY_VERIFY(compareVersions->isEnabled());
        auto *actions = window.findChild<DiffActions *>();
        QVERIFY(actions);
        auto pair = actions->versionsToCompare();
        QVERIFY(pair);
        QCOMPARE(pair->first.number, 1);
        QCOMPARE(pair->second.number, 2);
        // The first version has no parent to compare with.
        QVERIFY(history->selectVersion(1));
        QVERIFY(!compareVersions->isEnabled());

        // Ctrl-click a second row: the two are compared, older first.
        QTreeView *view = history->view();
        const int row2 = history->model()->rowOfNumber(2);
        const QRect rect = view->visualRect(history->model()->index(row2, VersionListModel::MessageColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
        QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
        QVERIFY(compareVersions->isEnabled());
        compareVersions->trigger();
        DiffWindow *diff = nullptr;
        QTRY_VERIFY((diff = window.findChild<DiffWindow *>(QStringLiteral("diffWindow"))));
        QVERIFY(diff->isWindow());
        QTRY_VERIFY(!diff->isComparing());
        QCOMPARE(diff->diffWidget()->model()->tree().added, 2);
        QVERIFY(diff->windowTitle().contains(QStringLiteral("shop:1 → shop:2")));
        diff->close();
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }

    void comparesWithTheInstance()
    {
        MotoServer moto;
        const QString why = moto.start();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
        qputenv("AWS_ENDPOINT_URL", moto.endpoint().toUtf8());
        AppSettings settings = AppSettings::load();
        settings.remember(moto.endpoint());
        settings.save();
        MainWindow window(m_home.path());
        window.show();
        auto *history = window.findChild<HistoryWidget *>();
        QTRY_COMPARE(history->model()->rowCount(), 2);
        QVERIFY(history->selectVersion(2));
        auto *compareLive = window.findChild<QAction *>(QStringLiteral("compareLiveAction"));
        QVERIFY(compareLive && compareLive->isEnabled());
        compareLive->trigger();
        DiffWindow *diff = nullptr;
        QTRY_VERIFY((diff = window.findChild<DiffWindow *>(QStringLiteral("diffWindow"))));
        QTRY_VERIFY_WITH_TIMEOUT(!diff->isComparing(), 60000);
        QVERIFY2(diff->diffWidget()->placeholderText().isEmpty(), qPrintable(diff->diffWidget()->placeholderText()));
        // The instance is empty: everything shop:2 holds is gone there.
        const DiffTree &tree = diff->diffWidget()->model()->tree();
        QCOMPARE(tree.added, 0);
        QCOMPARE(tree.modified, 0);
        QCOMPARE(tree.removed, 7);
        QVERIFY(diff->windowTitle().contains(moto.endpoint()));
        diff->close();
        QTRY_VERIFY_WITH_TIMEOUT(window.jobRunner()->isIdle(), 30000);
    }

private:
    TestHome m_home;
};

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
