#include "app/podlist/PodListModel.h"
#include "app/podlist/PodListWidget.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QtTest>

using namespace poddeck;

namespace {

PodInfo pod(const QString &name, int versions, qint64 bytes, const QString &when, const QStringList &services)
{
    PodInfo p;
    p.name = name;
    p.versionCount = versions;
    p.bytes = bytes;
    p.lastChange = QDateTime::fromString(when, Qt::ISODate);
    p.services = services;
    return p;
}

QList<PodInfo> threePods()
{
    return {pod(QStringLiteral("alpha"), 3, 5000, QStringLiteral("2024-05-01T10:00:00Z"), {QStringLiteral("s3")}),
            pod(QStringLiteral("Beta"), 1, 100, QStringLiteral("2024-06-01T10:00:00Z"),
                {QStringLiteral("s3"), QStringLiteral("sqs")}),
            pod(QStringLiteral("gamma"), 0, 0, QStringLiteral("2024-04-01T10:00:00Z"), {})};
}

QStringList column0(const QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}

} // namespace

class TestPodListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyModel()
    {
        PodListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(PodListModel::ColumnCount));
        QCOMPARE(model.headerData(PodListModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(model.headerData(PodListModel::SizeColumn, Qt::Horizontal).toString(), QStringLiteral("Size"));
    }

    void cellsShowThePods()
    {
        PodListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPods(threePods());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, PodListModel::NameColumn).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(model.index(0, PodListModel::VersionsColumn).data().toInt(), 3);
        QCOMPARE(model.index(1, PodListModel::ServicesColumn).data().toString(), QStringLiteral("s3, sqs"));
        QVERIFY(!model.index(0, PodListModel::SizeColumn).data().toString().isEmpty());
        QVERIFY(!model.index(0, PodListModel::LastChangeColumn).data().toString().isEmpty());
        // A pod without versions has no size to speak of.
        QVERIFY(model.index(2, PodListModel::SizeColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, PodListModel::SizeColumn).data(PodListModel::SortRole).toLongLong(), 5000);
        QCOMPARE(model.index(1, PodListModel::LastChangeColumn).data(PodListModel::SortRole).toDateTime(),
                 QDateTime::fromString(QStringLiteral("2024-06-01T10:00:00Z"), Qt::ISODate));
        QCOMPARE(model.index(1, 3).data(PodListModel::PodNameRole).toString(), QStringLiteral("Beta"));
        QCOMPARE(model.rowOf(QStringLiteral("beta")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("delta")), -1);

        model.setPods(threePods().mid(1));
        QCOMPARE(model.rowCount(), 2);
        model.setPods({});
        QCOMPARE(model.rowCount(), 0);
    }

    void widgetSortsAndFilters()
    {
        PodListWidget widget;
        QAbstractItemModelTester tester(widget.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&widget, &PodListWidget::currentPodChanged);
        widget.setPods(threePods());
        const QAbstractItemModel *shown = widget.view()->model();
        QCOMPARE(column0(shown), (QStringList{"alpha", "Beta", "gamma"})); // by name, ignoring case
        QCOMPARE(widget.currentPod(), QStringLiteral("alpha"));
        QCOMPARE(changed.count(), 0); // setPods says nothing: its caller knows

        widget.view()->sortByColumn(PodListModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(column0(shown), (QStringList{"alpha", "Beta", "gamma"}));
        widget.view()->sortByColumn(PodListModel::LastChangeColumn, Qt::DescendingOrder);
        QCOMPARE(column0(shown), (QStringList{"Beta", "alpha", "gamma"}));
        widget.view()->sortByColumn(PodListModel::NameColumn, Qt::AscendingOrder);

        QTest::keyClicks(widget.filterEdit(), QStringLiteral("MM"));
        QCOMPARE(column0(shown), QStringList{"gamma"});
        QCOMPARE(widget.currentPod(), QStringLiteral("gamma"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("gamma"));
        widget.filterEdit()->setText(QStringLiteral("nothing"));
        QCOMPARE(shown->rowCount(), 0);
        QCOMPARE(widget.currentPod(), QString());
        widget.filterEdit()->clear();
        QCOMPARE(shown->rowCount(), 3);

        // Selecting a pod the filter hides clears the filter rather than failing.
        widget.filterEdit()->setText(QStringLiteral("alp"));
        QVERIFY(widget.selectPod(QStringLiteral("BETA")));
        QVERIFY(widget.filterEdit()->text().isEmpty());
        QCOMPARE(widget.currentPod(), QStringLiteral("Beta"));
        QVERIFY(!widget.selectPod(QStringLiteral("delta")));

        // Reloading keeps the current pod.
        widget.setPods(threePods());
        QCOMPARE(widget.currentPod(), QStringLiteral("Beta"));
        widget.setPods(threePods(), QStringLiteral("gamma"));
        QCOMPARE(widget.currentPod(), QStringLiteral("gamma"));
        widget.setPods({});
        QCOMPARE(widget.currentPod(), QString());
        QVERIFY(widget.isEmpty());
    }

    void objectNames()
    {
        PodListWidget widget;
        QVERIFY(widget.findChild<QTreeView *>(QStringLiteral("podList")));
        QVERIFY(widget.findChild<QLineEdit *>(QStringLiteral("podFilter")));
    }
};

QTEST_MAIN(TestPodListModel)
#include "tst_podlistmodel.moc"
