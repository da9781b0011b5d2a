#include "app/history/HistoryWidget.h"
#include "app/history/VersionListModel.h"
#include "app/history/HistoryGraphDelegate.h"

#include <QAbstractItemModelTester>
#include <QTreeView>
#include <QtTest>

using namespace poddeck;

namespace {

Version version(int number, const QString &message)
{
    Version v;
    v.pod = QStringLiteral("demo");
    v.number = number;
    v.message = message;
    v.author = QStringLiteral("ana@example");
    v.created = QDateTime(QDate(2024, 5, number), QTime(12, 0), Qt::UTC);
    v.services = {QStringLiteral("files")};
    v.resourceCount = 2;
    v.bytes = 2048 * number;
    v.id = ObjectId::hash(message.toUtf8());
    return v;
}

} // namespace

class TestVersionListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestFirst()
    {
        VersionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(VersionListModel::ColumnCount));
        model.setVersions(QStringLiteral("demo"), {version(1, QStringLiteral("first")),
                                                   version(3, QStringLiteral("third\nwith details")),
                                                   version(2, QStringLiteral("second"))});
        QCOMPARE(model.pod(), QStringLiteral("demo"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, VersionListModel::NumberColumn).data().toInt(), 3);
        QCOMPARE(model.index(1, VersionListModel::NumberColumn).data().toInt(), 2);
        QCOMPARE(model.index(2, VersionListModel::NumberColumn).data().toInt(), 1);
        QCOMPARE(model.version(0).number, 3);
    }

    void columns()
    {
        VersionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Version v = version(3, QStringLiteral("third\nwith details"));
        model.setVersions(QStringLiteral("demo"), {v});
        // The message column shows the first line; its tooltip all of it.
        QCOMPARE(model.index(0, VersionListModel::MessageColumn).data().toString(), QStringLiteral("third"));
        QCOMPARE(model.index(0, VersionListModel::MessageColumn).data(Qt::ToolTipRole).toString(), v.message);
        QCOMPARE(model.index(0, VersionListModel::AuthorColumn).data().toString(), QStringLiteral("ana@example"));
        QVERIFY(!model.index(0, VersionListModel::DateColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, VersionListModel::ServicesColumn).data().toString(), QStringLiteral("files"));
        QVERIFY(!model.index(0, VersionListModel::SizeColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, VersionListModel::IdColumn).data().toString(),
                 v.id.toHex().left(VersionListModel::ShortIdDigits));
        QCOMPARE(model.index(0, VersionListModel::IdColumn).data(Qt::ToolTipRole).toString(), v.id.toHex());
        QCOMPARE(model.index(0, 0).data(VersionListModel::VersionIdRole).toString(), v.id.toHex());
        QCOMPARE(model.headerData(VersionListModel::NumberColumn, Qt::Horizontal).toString(), QStringLiteral("Version"));
        QCOMPARE(model.headerData(VersionListModel::IdColumn, Qt::Horizontal).toString(), QStringLiteral("Id"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.pod().isEmpty());
    }

    void lanesAreKeptWithRows()
    {
        VersionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // 1 <- 2 <- 4, 1 <- 3 (a branch), 5 merges 4 and 3.
        Version v1 = version(1, QStringLiteral("one")), v2 = version(2, QStringLiteral("two")),
                v3 = version(3, QStringLiteral("three")), v4 = version(4, QStringLiteral("four")),
                v5 = version(5, QStringLiteral("five"));
        v2.parents = {v1.id};
        v3.parents = {v1.id};
        v4.parents = {v2.id};
        v5.parents = {v4.id, v3.id};
        model.setVersions(QStringLiteral("demo"), {v1, v2, v3, v4, v5});
        QCOMPARE(model.lanes().maxLanes(), 2);
        const QByteArray top = model.index(0, VersionListModel::GraphColumn).data(VersionListModel::LanesRole).toByteArray();
        QCOMPARE(top, QByteArray().append(char(Lanes::MergeTip)).append(char(Lanes::Merge)));
        const QByteArray bottom = model.index(4, VersionListModel::GraphColumn).data(VersionListModel::LanesRole).toByteArray();
        QCOMPARE(bottom, QByteArray().append(char(Lanes::Initial)).append(char(Lanes::Fork)));
        QVERIFY(model.index(0, VersionListModel::GraphColumn).data(Qt::DisplayRole).isNull()); // painted, not written
        QCOMPARE(model.headerData(VersionListModel::GraphColumn, Qt::Horizontal).toString(), QStringLiteral("Graph"));
        QCOMPARE(model.rowOfNumber(3), 2);
        QCOMPARE(model.rowOfNumber(9), -1);

        model.setHead(v4.id);
        QVERIFY(model.index(1, 0).data(VersionListModel::IsHeadRole).toBool());
        QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, 0).data(VersionListModel::IsHeadRole).toBool());
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
    }

    void graphDelegatePaints()
    {
        HistoryWidget widget;
        Version v1 = version(1, QStringLiteral("one")), v2 = version(2, QStringLiteral("two")),
                v3 = version(3, QStringLiteral("three"));
        v2.parents = {v1.id};
        v3.parents = {v1.id};
        widget.resize(600, 200);
        widget.setVersions(QStringLiteral("demo"), {v1, v2, v3});
        widget.show();
        QImage image(widget.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        widget.render(&image);
        // Some pixel of the graph column has a lane colour.
        const QRect cell = widget.view()->visualRect(widget.view()->model()->index(2, VersionListModel::GraphColumn));
        const QPoint origin = widget.view()->viewport()->mapTo(&widget, cell.topLeft());
        bool coloured = false;
        for (int x = 0; x < cell.width() && !coloured; ++x)
            for (int y = 0; y < cell.height() && !coloured; ++y) {
                const QColor c = image.pixelColor(origin + QPoint(x, y));
                coloured = c.saturation() > 100;
            }
        QVERIFY(coloured);
    }

    void historyWidgetStates()
    {
        HistoryWidget widget;
        QVERIFY(widget.findChild<QTreeView *>(QStringLiteral("versionList")));
        QVERIFY(!widget.placeholderText().isEmpty()); // no pod: says to pick one
        widget.showPod(QStringLiteral("demo"));
        QCOMPARE(widget.pod(), QStringLiteral("demo"));
        widget.setVersions(QStringLiteral("demo"), {version(1, QStringLiteral("a")), version(2, QStringLiteral("b"))});
        QVERIFY(widget.placeholderText().isEmpty());
        QCOMPARE(widget.view()->model()->rowCount(), 2);
        QCOMPARE(widget.view()->currentIndex().row(), 0);
        widget.setVersions(QStringLiteral("demo"), {});
        QVERIFY(widget.placeholderText().contains(QStringLiteral("no versions")));
        widget.showError(QStringLiteral("demo"), QStringLiteral("disk on fire"));
        QVERIFY(widget.placeholderText().contains(QStringLiteral("disk on fire")));
    }
};

QTEST_MAIN(TestVersionListModel)
#include "tst_versionlistmodel.moc"
