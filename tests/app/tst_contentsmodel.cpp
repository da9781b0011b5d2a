#include "jobs/ContentsLoader.h"
#include "app/contents/ContentsModel.h"
#include "app/contents/ContentsWidget.h"
#include "app/jobs/JobRunner.h"

#include "state/ResourcePath.h"
#include "store/ObjectStore.h"
#include "store/StateBuilder.h"
#include "support/TestHome.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QtTest>

using namespace poddeck;
using poddeck::test::TestHome;

namespace {

constexpr const char *Account = "123456789012";

Resource resource(const QString &service, const QString &region, const QString &type, const QString &id,
                  const QJsonObject &document)
{
    Resource r;
    r.path = ResourcePath::make(service, QString::fromLatin1(Account), region, type, id);
    r.document = document;
    return r;
}

// A small state: an S3 bucket with an object below it, a secret, a SecureString parameter, a Lambda
// function with a password in its environment, and a type with 1,500 queues (more than a page).
Version buildVersion(const QString &home)
{
    ObjectStore store(home);
    StateBuilder builder(store);
    auto add = [&](const Resource &r) {
        const Status st = builder.add(r);
        if (!st)
            qFatal("%s", qPrintable(st.error().message));
    };
    add(resource(QStringLiteral("s3"), QStringLiteral("us-east-1"), QStringLiteral("bucket"), QStringLiteral("photos"),
                 {{QStringLiteral("Name"), QStringLiteral("photos")},
                  {QStringLiteral("Tags"), QJsonObject{{QStringLiteral("team"), QStringLiteral("red")}}}}));
    Resource object;
    object.path = ResourcePath::child(
        ResourcePath::make(QStringLiteral("s3"), QString::fromLatin1(Account), QStringLiteral("us-east-1"),
                           QStringLiteral("bucket"), QStringLiteral("photos")),
        QStringLiteral("object"), QStringLiteral("2024/needle.jpg"));
    object.document = {{QStringLiteral("Key"), QStringLiteral("2024/needle.jpg")}};
    add(object);
    add(resource(QStringLiteral("secretsmanager"), QStringLiteral("us-east-1"), QStringLiteral("secret"),
                 QStringLiteral("db"),
                 {{QStringLiteral("Name"), QStringLiteral("db")}, {QStringLiteral("SecretString"), QStringLiteral("hunter2")}}));
    add(resource(QStringLiteral("ssm"), QStringLiteral("us-east-1"), QStringLiteral("parameter"), QStringLiteral("/app/key"),
                 {{QStringLiteral("Name"), QStringLiteral("/app/key")},
                  {QStringLiteral("Type"), QStringLiteral("SecureString")},
                  {QStringLiteral("Value"), QStringLiteral("s3cr3t")}}));
    add(resource(QStringLiteral("lambda"), QStringLiteral("us-east-1"), QStringLiteral("function"), QStringLiteral("api"),
                 {{QStringLiteral("FunctionName"), QStringLiteral("api")},
                  {QStringLiteral("Environment"),
                   QJsonObject{{QStringLiteral("Variables"), QJsonObject{{QStringLiteral("DB_PASSWORD"), QStringLiteral("lambda-pw")},
                                                                          {QStringLiteral("DB_HOST"), QStringLiteral("db.local")}}}}}}));
    for (int i = 0; i < 1500; ++i)
        add(resource(QStringLiteral("sqs"), QStringLiteral("eu-west-1"), QStringLiteral("queue"),
                     QStringLiteral("q%1").arg(i, 4, 10, QLatin1Char('0')), {{QStringLiteral("QueueName"), i}}));
    Version meta;
    meta.pod = QStringLiteral("demo");
    meta.number = 1;
    meta.message = QStringLiteral("test state");
    meta.created = QDateTime::currentDateTimeUtc();
    Result<Version> v = builder.finish(meta);
    if (!v || !store.flush())
        qFatal("could not build the test state");
    Version out = *v;
    out.pod = meta.pod;
    out.number = meta.number;
    return out;
}

QStringList names(const QAbstractItemModel *model, const QModelIndex &parent = QModelIndex())
{
    QStringList list;
    for (int row = 0; row < model->rowCount(parent); ++row)
        list.append(model->index(row, 0, parent).data().toString());
    return list;
}

QModelIndex child(const QAbstractItemModel *model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model->rowCount(parent); ++row)
        if (model->index(row, 0, parent).data().toString() == name)
            return model->index(row, 0, parent);
    return QModelIndex();
}

// Expands `parent` the way a view does and waits for its children.
QModelIndex load(QAbstractItemModel *model, const QModelIndex &parent, const QString &name)
{
    if (model->canFetchMore(parent))
        model->fetchMore(parent);
    QModelIndex found;
    if (!QTest::qWaitFor([&] { return (found = child(model, parent, name)).isValid(); }, 10000))
        qWarning("%s did not load", qPrintable(name));
    return found;
}

} // namespace

class TestContentsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_version = buildVersion(m_home.path());
    }

    void onlyTheFirstLevelIsReadAtFirst()
    {
        JobRunner jobs;
        ContentsModel model(&jobs); // no tester here: it fetches everything it sees
        QCOMPARE(model.rowCount(), 0);
        model.setVersion(m_home.path(), m_version);
        QTRY_COMPARE(model.rowCount(), 5);
        QCOMPARE(names(&model), (QStringList{"lambda", "s3", "secretsmanager", "sqs", "ssm"}));
        const QModelIndex s3 = model.index(0, 0);
        QCOMPARE(model.data(s3, ContentsModel::KindRole).toInt(), int(MetamodelNode::Kind::Service));
        QVERIFY(model.hasChildren(s3));
        QCOMPARE(model.rowCount(s3), 0);
        QVERIFY(model.canFetchMore(s3));
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QTRY_VERIFY(!model.isLoading());
        QTest::qWait(50);
        QCOMPARE(model.rowCount(s3), 0); // still: nobody expanded it
    }

    void passesTheModelTester()
    {
        // The tester fetches every node it is shown, so this loads the whole (small) tree.
        JobRunner jobs;
        ContentsModel model(&jobs);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersion(m_home.path(), m_version);
        QTRY_COMPARE(model.rowCount(), 5);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        model.setVersion(m_home.path(), m_version); // a reset while nothing is loading
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QTRY_VERIFY(jobs.isIdle());
    }

    void levelsDownToAttributes()
    {
        JobRunner jobs;
        ContentsModel model(&jobs);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersion(m_home.path(), m_version);
        QTRY_COMPARE(model.rowCount(), 5);
        QModelIndex index = child(&model, QModelIndex(), QStringLiteral("s3"));
        index = load(&model, index, QString::fromLatin1(Account));
        QCOMPARE(model.data(index, ContentsModel::KindRole).toInt(), int(MetamodelNode::Kind::Account));
        index = load(&model, index, QStringLiteral("us-east-1"));
        index = load(&model, index, QStringLiteral("bucket"));
        index = load(&model, index, QStringLiteral("photos"));
        QCOMPARE(model.data(index, ContentsModel::KindRole).toInt(), int(MetamodelNode::Kind::Resource));
        QCOMPARE(model.data(index, ContentsModel::PathRole).toString(),
                 QStringLiteral("s3/123456789012/us-east-1/bucket/photos"));
        // The resource's attributes, then its child type.
        const QModelIndex name = load(&model, index, QStringLiteral("Name"));
        QCOMPARE(names(&model, index), (QStringList{"Name", "Tags", "object"}));
        QCOMPARE(name.siblingAtColumn(ContentsModel::ValueColumn).data().toString(), QStringLiteral("photos"));
        // Nested attributes are there without another job.
        const QModelIndex tags = child(&model, index, QStringLiteral("Tags"));
        QVERIFY(model.hasChildren(tags));
        model.fetchMore(tags);
        QCOMPARE(names(&model, tags), QStringList{"team"});
        // Child resources below the child type.
        const QModelIndex objects = child(&model, index, QStringLiteral("object"));
        QCOMPARE(model.data(objects, ContentsModel::KindRole).toInt(), int(MetamodelNode::Kind::ChildType));
        const QModelIndex needle = load(&model, objects, QStringLiteral("2024/needle.jpg"));
        QCOMPARE(model.data(needle, ContentsModel::KindRole).toInt(), int(MetamodelNode::Kind::Resource));
        QTRY_VERIFY(!model.isLoading());
    }

    void secretsAreMaskedUntilRevealed()
    {
        JobRunner jobs;
        ContentsModel model(&jobs);
        model.setVersion(m_home.path(), m_version);
        QTRY_COMPARE(model.rowCount(), 5);
        QModelIndex index = child(&model, QModelIndex(), QStringLiteral("secretsmanager"));
        for (const QString &name : {QString::fromLatin1(Account), QStringLiteral("us-east-1"), QStringLiteral("secret"),
                                    QStringLiteral("db"), QStringLiteral("SecretString")})
            index = load(&model, index, name);
        const QModelIndex value = index.siblingAtColumn(ContentsModel::ValueColumn);
        QCOMPARE(value.data().toString(), QString::fromLatin1(SecretMask::Mask));
        QVERIFY(!value.data(Qt::ToolTipRole).toString().contains(QStringLiteral("hunter2")));
        QVERIFY(index.data(ContentsModel::SecretRole).toBool());
        QVERIFY(!child(&model, index.parent(), QStringLiteral("Name")).data(ContentsModel::SecretRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRevealed(index, true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(value.data().toString(), QStringLiteral("hunter2"));
        model.setRevealed(index, false);
        QCOMPARE(value.data().toString(), QString::fromLatin1(SecretMask::Mask));

        // SecureString parameters hide their Value.
        index = child(&model, QModelIndex(), QStringLiteral("ssm"));
        for (const QString &name : {QString::fromLatin1(Account), QStringLiteral("us-east-1"), QStringLiteral("parameter"),
                                    QStringLiteral("/app/key"), QStringLiteral("Value")})
            index = load(&model, index, name);
        QCOMPARE(index.siblingAtColumn(1).data().toString(), QString::fromLatin1(SecretMask::Mask));
        QTRY_VERIFY(!model.isLoading());
    }

    void nestedLambdaEnvironmentPasswordIsMasked()
    {
        JobRunner jobs;
        ContentsWidget widget(&jobs);
        widget.show();
        widget.showVersion(m_home.path(), m_version);
        QAbstractItemModel *model = widget.view()->model();
        QTRY_COMPARE(model->rowCount(), 5);
        QModelIndex function = child(model, QModelIndex(), QStringLiteral("lambda"));
        for (const QString &name : {QString::fromLatin1(Account), QStringLiteral("us-east-1"), QStringLiteral("function"),
                                    QStringLiteral("api")})
            function = load(model, function, name);
        const QModelIndex environment = load(model, function, QStringLiteral("Environment"));
        // The parent values show the password masked inside them, in the cell and its tool tip.
        for (const QModelIndex &parent : {environment, load(model, environment, QStringLiteral("Variables"))}) {
            const QModelIndex cell = parent.siblingAtColumn(ContentsModel::ValueColumn);
            QVERIFY2(!cell.data().toString().contains(QStringLiteral("lambda-pw")), qPrintable(cell.data().toString()));
            QVERIFY(!cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("lambda-pw")));
            QVERIFY(!cell.data(ContentsModel::RawValueRole).toString().contains(QStringLiteral("lambda-pw")));
            QVERIFY(cell.data().toString().contains(QStringLiteral("db.local")));
            QVERIFY(!parent.data(ContentsModel::SecretRole).toBool());
        }
        const QModelIndex variables = child(model, environment, QStringLiteral("Variables"));
        const QModelIndex password = load(model, variables, QStringLiteral("DB_PASSWORD"));
        QCOMPARE(password.siblingAtColumn(1).data().toString(), QString::fromLatin1(SecretMask::Mask));
        QVERIFY(password.data(ContentsModel::SecretRole).toBool());
        QCOMPARE(child(model, variables, QStringLiteral("DB_HOST")).siblingAtColumn(1).data().toString(),
                 QStringLiteral("db.local"));
        // Revealing is an action on the selected value: only that one shows.
        QAction *reveal = widget.findChild<QAction *>(QStringLiteral("revealAction"));
        widget.view()->setCurrentIndex(password);
        QVERIFY(reveal->isEnabled());
        reveal->trigger();
        QCOMPARE(password.siblingAtColumn(1).data().toString(), QStringLiteral("lambda-pw"));
        QVERIFY(!variables.siblingAtColumn(1).data().toString().contains(QStringLiteral("lambda-pw")));
        QCOMPARE(reveal->shortcutContext(), Qt::WidgetShortcut); // never window-wide
        QTRY_VERIFY(jobs.isIdle());
    }

    void bigLevelsComeInPages()
    {
        JobRunner jobs;
        ContentsModel model(&jobs);
        // No tester: it would fetch every page itself.
        model.setVersion(m_home.path(), m_version);
        QTRY_COMPARE(model.rowCount(), 5);
        QModelIndex index = child(&model, QModelIndex(), QStringLiteral("sqs"));
        for (const QString &name : {QString::fromLatin1(Account), QStringLiteral("eu-west-1"), QStringLiteral("queue")})
            index = load(&model, index, name);
        model.fetchMore(index);
        QTRY_COMPARE(model.rowCount(index), ContentsModel::PageSize);
        QVERIFY(model.canFetchMore(index));
        model.fetchMore(index); // from memory: no job
        QCOMPARE(model.rowCount(index), 1500);
        QVERIFY(!model.canFetchMore(index));
        QCOMPARE(model.index(1499, 0, index).data().toString(), QStringLiteral("q1499"));
        QTRY_VERIFY(!model.isLoading());
    }

    void anotherVersionDropsOldResults()
    {
        JobRunner jobs;
        ContentsModel model(&jobs);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersion(m_home.path(), m_version);
        model.clear(); // before the first level arrives
        QTRY_VERIFY(jobs.isIdle());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }

    void loaderFindsPathsByName()
    {
        JobContext context;
        Result<QStringList> paths = ContentsLoader::findPaths(m_home.path(), m_version.root, QStringLiteral("NEEDLE"), 10, context);
        QVERIFY2(paths.ok(), qPrintable(paths.error().message));
        QCOMPARE(paths->size(), 1);
        QVERIFY(paths->first().startsWith(QStringLiteral("s3/123456789012/us-east-1/bucket/photos/object/")));
        Result<QStringList> many = ContentsLoader::findPaths(m_home.path(), m_version.root, QStringLiteral("q1"), 5, context);
        QCOMPARE(many->size(), 5); // the limit holds
    }

    void searchLoadsTheWayToMatches()
    {
        JobRunner jobs;
        ContentsWidget widget(&jobs);
        widget.show();
        widget.showVersion(m_home.path(), m_version);
        QTreeView *view = widget.findChild<QTreeView *>(QStringLiteral("contentsTree"));
        QLineEdit *search = widget.findChild<QLineEdit *>(QStringLiteral("contentsSearch"));
        QVERIFY(view && search);
        QTRY_COMPARE(view->model()->rowCount(), 5);
        QTest::keyClicks(search, QStringLiteral("needle"));
        // Only s3 leads to a match once the search job has loaded the levels on the way.
        QTRY_VERIFY_WITH_TIMEOUT(!widget.isSearching(), 10000);
        QTRY_COMPARE(names(view->model()), QStringList{"s3"});
        const QModelIndex s3 = view->model()->index(0, 0);
        QVERIFY(view->isExpanded(s3));
        QModelIndex deepest = s3;
        while (view->model()->rowCount(deepest) > 0)
            deepest = view->model()->index(0, 0, deepest);
        QCOMPARE(deepest.parent().data().toString(), QStringLiteral("2024/needle.jpg")); // with its attributes
        search->clear();
        QTRY_COMPARE(view->model()->rowCount(), 5);
        QTRY_VERIFY(jobs.isIdle());
    }

    void revealActionWorksOnTheSelectedSecret()
    {
        JobRunner jobs;
        ContentsWidget widget(&jobs);
        widget.show();
        widget.showVersion(m_home.path(), m_version);
        QTreeView *view = widget.view();
        QTRY_COMPARE(view->model()->rowCount(), 5);
        QModelIndex index = child(view->model(), QModelIndex(), QStringLiteral("secretsmanager"));
        for (const QString &name : {QString::fromLatin1(Account), QStringLiteral("us-east-1"), QStringLiteral("secret"),
                                    QStringLiteral("db"), QStringLiteral("SecretString")})
            index = load(view->model(), index, name);
        QAction *reveal = widget.findChild<QAction *>(QStringLiteral("revealAction"));
        QVERIFY(reveal);
        view->setCurrentIndex(child(view->model(), index.parent(), QStringLiteral("Name")));
        QVERIFY(!reveal->isEnabled());
        view->setCurrentIndex(index);
        QVERIFY(reveal->isEnabled());
        QVERIFY(view->actions().contains(reveal)); // in the context menu
        reveal->trigger();
        QCOMPARE(index.siblingAtColumn(1).data().toString(), QStringLiteral("hunter2"));
        QCOMPARE(reveal->text(), ContentsWidget::tr("&Hide Value"));
        reveal->trigger();
        QCOMPARE(index.siblingAtColumn(1).data().toString(), QString::fromLatin1(SecretMask::Mask));
        QTRY_VERIFY(jobs.isIdle());
    }

private:
    TestHome m_home;
    Version m_version;
};

QTEST_MAIN(TestContentsModel)
#include "tst_contentsmodel.moc"
