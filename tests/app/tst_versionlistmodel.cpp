#include "app/history/HistoryWidget.h"
#include "app/history/VersionListModel.h"

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
