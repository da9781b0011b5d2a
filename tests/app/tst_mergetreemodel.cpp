// MergeTreeModel on a real three-way merge of small states in a temporary store: the grouping by path,
// the conflict marks and how they follow resolutions, checked with QAbstractItemModelTester.
#include "app/merge/MergeTreeModel.h"

#include "merge/StateFixture.h"
#include "merge/ThreeWayMerge.h"
#include "state/ResourcePath.h"
#include "support/TestHome.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

class TestMergeTreeModel : public QObject
{
    Q_OBJECT

    static QJsonObject parse(const char *json) { return QJsonDocument::fromJson(json).object(); }

    TestHome m_home;
    std::unique_ptr<ObjectStore> m_store;
    std::optional<MergeResult> m_result;
    const QString m_object = ResourcePath::child(QStringLiteral("s3/000000000000/us-east-1/bucket/photos"),
                                                 QStringLiteral("object"), QStringLiteral("2024/beach.jpg"));

    QModelIndex find(const MergeTreeModel &model, const QStringList &names)
    {
        QModelIndex index;
        for (const QString &name : names) {
            QModelIndex next;
            for (int r = 0; r < model.rowCount(index); ++r)
                if (model.index(r, 0, index).data().toString() == name)
                    next = model.index(r, 0, index);
            if (!next.isValid())
                return QModelIndex();
            index = next;
        }
        return index;
    }

    // The unresolved mark, as the model hands it out for a conflicting resource.
    qint64 unresolvedIcon(const MergeTreeModel &model)
    {
        return find(model, {"sqs", "000000000000", "us-east-1", "queue", "gone"}).data(Qt::DecorationRole).value<QIcon>().cacheKey();
    }

    QStringList names(const MergeTreeModel &model, const QModelIndex &parent = QModelIndex())
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(parent); ++r)
            out.append(model.index(r, 0, parent).data().toString());
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<ObjectStore>(m_home.path());
        // orders: both changed VisibilityTimeout (a conflict) and theirs DelaySeconds; gone: ours changed it,
        // theirs deleted it (a whole-resource conflict); alerts: ours only; a photo: theirs only.
        QJsonObject base = parse(R"({
            "sqs/000000000000/us-east-1/queue/orders": {"Attributes":{"VisibilityTimeout":"30","DelaySeconds":"0"}},
            "sqs/000000000000/us-east-1/queue/gone": {"QueueName":"gone"},
            "sns/000000000000/us-east-1/topic/alerts": {"Name":"alerts"},
            "s3/000000000000/us-east-1/bucket/photos": {"Name":"photos"}
        })");
        QJsonObject ours = parse(R"({
            "sqs/000000000000/us-east-1/queue/orders": {"Attributes":{"VisibilityTimeout":"60","DelaySeconds":"0"}},
            "sqs/000000000000/us-east-1/queue/gone": {"QueueName":"gone","Attributes":{"DelaySeconds":"4"}},
            "sns/000000000000/us-east-1/topic/alerts": {"Name":"alerts","DisplayName":"Alerts"},
            "s3/000000000000/us-east-1/bucket/photos": {"Name":"photos"}
        })");
        QJsonObject theirs = parse(R"({
            "sqs/000000000000/us-east-1/queue/orders": {"Attributes":{"VisibilityTimeout":"90","DelaySeconds":"5"}},
            "sns/000000000000/us-east-1/topic/alerts": {"Name":"alerts"},
            "s3/000000000000/us-east-1/bucket/photos": {"Name":"photos"}
        })");
        theirs.insert(m_object, parse(R"({"Key":"2024/beach.jpg","@attachments":{"body":"sand"}})"));
        const ObjectId b = buildState(*m_store, base), o = buildState(*m_store, ours), t = buildState(*m_store, theirs);
        Result<MergeResult> merged = ThreeWayMerge(*m_store).merge(b, o, t);
        QVERIFY2(merged, qPrintable(merged.error().message));
        m_result = *merged;
        QCOMPARE(m_result->rows().size(), 4);
        QCOMPARE(m_result->conflictCount(), 2);
    }

    void passesTheModelTesterThroughResolutions()
    {
        MergeTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(&*m_result);
        QVERIFY(model.rowCount() > 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_result->resolve(0, MergeSide::Theirs));
        model.refresh();
        QVERIFY(changed.count() > 0);
        QCOMPARE(m_result->resolveAll(MergeSide::Ours), 1);
        model.refresh();
        model.setResult(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void groupsByServiceAccountRegionTypeResource()
    {
        MergeTreeModel model;
        model.setResult(&*m_result);
        QStringList services = names(model);
        services.sort();
        QCOMPARE(services, (QStringList{"s3", "sns", "sqs"}));
        const QModelIndex queues = find(model, {"sqs", "000000000000", "us-east-1", "queue"});
        QVERIFY(queues.isValid());
        QStringList queueNames = names(model, queues);
        queueNames.sort();
        QCOMPARE(queueNames, (QStringList{"gone", "orders"}));
        // A child resource sits under its parent's child type, with its id decoded.
        const QModelIndex photo = find(model, {"s3", "000000000000", "us-east-1", "bucket", "photos", "object", "2024/beach.jpg"});
        QVERIFY(photo.isValid());
        QCOMPARE(photo.data(MergeTreeModel::PathRole).toString(), m_object);
        const int row = photo.data(MergeTreeModel::MergeRowRole).toInt();
        QCOMPARE(m_result->rows().at(row).path, m_object);
        QCOMPARE(model.indexForRow(row), photo);
        // The bucket itself has no row: it is a group here.
        QCOMPARE(find(model, {"s3", "000000000000", "us-east-1", "bucket", "photos"}).data(MergeTreeModel::MergeRowRole).toInt(), -1);
        QCOMPARE(photo.siblingAtColumn(MergeTreeModel::ChangeColumn).data().toString(), QStringLiteral("added in theirs"));
        QCOMPARE(photo.siblingAtColumn(MergeTreeModel::ResultColumn).data().toString(), QStringLiteral("theirs"));
    }

    void marksFollowResolutions()
    {
        MergeTreeModel model;
        model.setResult(&*m_result);
        const QModelIndex sqs = find(model, {"sqs"});
        const QModelIndex orders = find(model, {"sqs", "000000000000", "us-east-1", "queue", "orders"});
        const QModelIndex gone = find(model, {"sqs", "000000000000", "us-east-1", "queue", "gone"});
        const QModelIndex alerts = find(model, {"sns", "000000000000", "us-east-1", "topic", "alerts"});
        QCOMPARE(sqs.data(MergeTreeModel::UnresolvedRole).toInt(), 2);
        QCOMPARE(sqs.data(MergeTreeModel::ConflictStateRole).toInt(), int(MergeTreeModel::Unresolved));
        QCOMPARE(sqs.data(Qt::DecorationRole).value<QIcon>().cacheKey(), unresolvedIcon(model));
        QCOMPARE(orders.data(MergeTreeModel::ConflictStateRole).toInt(), int(MergeTreeModel::Unresolved));
        QCOMPARE(orders.siblingAtColumn(MergeTreeModel::ChangeColumn).data().toString(),
                 QStringLiteral("changed on both sides"));
        QCOMPARE(orders.siblingAtColumn(MergeTreeModel::ResultColumn).data().toString(),
                 QStringLiteral("merged, 1 unresolved"));
        QCOMPARE(gone.siblingAtColumn(MergeTreeModel::ChangeColumn).data().toString(),
                 QStringLiteral("changed in ours, deleted in theirs"));
        QCOMPARE(alerts.data(MergeTreeModel::ConflictStateRole).toInt(), int(MergeTreeModel::NoConflict));
        QVERIFY(alerts.data(Qt::DecorationRole).value<QIcon>().cacheKey() != unresolvedIcon(model));
        QCOMPARE(alerts.siblingAtColumn(MergeTreeModel::ChangeColumn).data().toString(), QStringLiteral("changed in ours"));

        // Resolve the attribute conflict of orders: the queue is resolved, the group still holds "gone".
        const int ordersConflict = m_result->conflicts().at(0).row == orders.data(MergeTreeModel::MergeRowRole).toInt() ? 0 : 1;
        QVERIFY(m_result->resolve(ordersConflict, MergeSide::Theirs));
        model.refresh();
        QCOMPARE(orders.data(MergeTreeModel::ConflictStateRole).toInt(), int(MergeTreeModel::Resolved));
        const qint64 resolvedMark = orders.data(Qt::DecorationRole).value<QIcon>().cacheKey();
        QVERIFY(resolvedMark != unresolvedIcon(model)); // the resolved mark
        QVERIFY(resolvedMark != alerts.data(Qt::DecorationRole).value<QIcon>().cacheKey());
        QCOMPARE(orders.siblingAtColumn(MergeTreeModel::ResultColumn).data().toString(), QStringLiteral("merged"));
        QCOMPARE(sqs.data(MergeTreeModel::UnresolvedRole).toInt(), 1);

        QVERIFY(m_result->resolve(1 - ordersConflict, MergeSide::Ours));
        model.refresh();
        QCOMPARE(sqs.data(MergeTreeModel::UnresolvedRole).toInt(), 0);
        QCOMPARE(sqs.data(MergeTreeModel::ConflictStateRole).toInt(), int(MergeTreeModel::Resolved));
        // Groups mark only what is open.
        QCOMPARE(sqs.data(Qt::DecorationRole).value<QIcon>().cacheKey(),
                 alerts.data(Qt::DecorationRole).value<QIcon>().cacheKey());
        QCOMPARE(gone.siblingAtColumn(MergeTreeModel::ResultColumn).data().toString(), QStringLiteral("ours"));
    }
};

QTEST_MAIN(TestMergeTreeModel)
#include "tst_mergetreemodel.moc"
