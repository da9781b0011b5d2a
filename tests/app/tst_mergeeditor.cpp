// The merge editor window driven by its actions (found by objectName), on a real catalogue in a
// temporary home: shop:2 and shop:3 both branch from shop:1; they change the same queue attribute
// differently (one conflict) and, apart from that, different resources.
#include "AcceleratorCheck.h"
#include "app/merge/MergeAttributeTable.h"
#include "app/merge/MergeDocumentPane.h"
#include "app/merge/MergeEditorWindow.h"
#include "app/merge/MergeTargetDialog.h"
#include "app/merge/MergeTreeModel.h"
#include "app/merge/MergeValueDialog.h"
#include "app/jobs/JobRunner.h"
#include "app/operations/VersionOperations.h"

#include "jobs/DiffMerge.h"
#include "jobs/VersionCommit.h"
#include "merge/StateFixture.h"
#include "state/SecretMask.h"
#include "store/Catalogue.h"
#include "store/StateBuilder.h"
#include "store/StateTreeReader.h"
#include "support/TestHome.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

const QString Orders = QStringLiteral("sqs/000000000000/us-east-1/queue/orders");
const QString Alerts = QStringLiteral("sns/000000000000/us-east-1/topic/alerts");
const QString Secret = QStringLiteral("secretsmanager/000000000000/us-east-1/secret/db");

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestMergeEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestHome> m_home;
    QList<Version> m_versions; // shop:1, shop:2, shop:3

    Version build(ObjectStore &store, const QJsonObject &state, const QList<ObjectId> &parents, const QString &message)
    {
        StateBuilder builder(store);
        for (auto it = state.constBegin(); it != state.constEnd(); ++it)
            if (Status st = builder.add(resourceFromJson(store, it.key(), it.value().toObject())); !st)
                qFatal("%s", qPrintable(st.error().message));
        Version meta;
        meta.parents = parents;
        meta.message = message;
        meta.author = QStringLiteral("test@example.com");
        meta.created = QDateTime::currentDateTimeUtc();
        meta.emulatorKind = QStringLiteral("moto");
        Result<Version> v = builder.finish(meta);
        if (!v)
            qFatal("%s", qPrintable(v.error().message));
        return *v;
    }

    PreparedMerge prepare()
    {
        JobContext context;
        Result<PreparedMerge> prepared = prepareMerge(m_home->path(), VersionRef{"shop", 2}, VersionRef{"shop", 3}, context);
        if (!prepared)
            qFatal("%s", qPrintable(prepared.error().message));
        return *prepared;
    }

    Result<Resource> resourceOf(const Version &version, const QString &path)
    {
        ObjectStore store(m_home->path());
        Result<QMap<QString, ObjectId>> flat = flattenStateTree(store, version.root);
        if (!flat)
            return flat.error();
        if (!flat->contains(path))
            return Error(Error::Code::NotFound, path);
        Result<QByteArray> bytes = store.get(flat->value(path));
        if (!bytes)
            return bytes.error();
        Resource r;
        Resource::fromObjectBytes(*bytes, &r);
        return r;
    }

    static QAction *action(QWidget *w, const char *name)
    {
        auto *a = w->findChild<QAction *>(QLatin1String(name));
        if (!a)
            qFatal("no action %s", name);
        return a;
    }

    static QString paneText(MergeEditorWindow &editor, MergeDocumentPane *pane)
    {
        Q_UNUSED(editor);
        return pane->editor()->toPlainText();
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<TestHome>();
        ObjectStore store(m_home->path());
        const Version v1 = build(store, parse(R"({
            "sqs/000000000000/us-east-1/queue/orders": {"QueueName":"orders","Attributes":{"VisibilityTimeout":"30"}},
            "sns/000000000000/us-east-1/topic/alerts": {"Name":"alerts"},
            "secretsmanager/000000000000/us-east-1/secret/db": {"Name":"db","SecretString":"hunter2"}
        })"), {}, QStringLiteral("base"));
        const Version v2 = build(store, parse(R"({
            "sqs/000000000000/us-east-1/queue/orders": {"QueueName":"orders","Attributes":{"VisibilityTimeout":"60"}},
            "sns/000000000000/us-east-1/topic/alerts": {"Name":"alerts"},
            "secretsmanager/000000000000/us-east-1/secret/db": {"Name":"db","SecretString":"hunter2"}
        })"), {v1.id}, QStringLiteral("ours"));
        const Version v3 = build(store, parse(R"({
            "sqs/000000000000/us-east-1/queue/orders": {"QueueName":"orders","Attributes":{"VisibilityTimeout":"90"}},
            "sns/000000000000/us-east-1/topic/alerts": {"Name":"alerts","DisplayName":"Alerts"},
            "secretsmanager/000000000000/us-east-1/secret/db": {"Name":"db","SecretString":"correct horse"}
        })"), {v1.id}, QStringLiteral("theirs"));
        Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(m_home->path());
        QVERIFY(catalogue);
        Result<QList<Version>> published = publishVersions(**catalogue, QStringLiteral("shop"), {v1, v2, v3}, store);
        QVERIFY2(published, qPrintable(published.error().message));
        m_versions = *published;
        QCOMPARE(m_versions.at(2).number, 3);
    }

    // One accelerator letter per control of the editor, in English and German ("&Cancel" and
    // "&Changed attributes:" used to share one, as did "&Auto-Solve" and "&Apply to the Instance").
    void noDuplicateAccelerators_data()
    {
        QTest::addColumn<bool>("german");
        QTest::newRow("en") << false;
        QTest::newRow("de") << true;
    }

    void noDuplicateAccelerators()
    {
        QFETCH(bool, german);
        test::ScopedGerman translation(german);
        QVERIFY(!translation.failed());
        QStringList clashes;
        {
            JobRunner jobs;
            MergeEditorWindow editor(&jobs, m_home->path(), prepare());
            editor.show();
            clashes = test::acceleratorClashes(&editor, QStringLiteral("merge editor"));
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void resolveAndRecordAVersionMerge()
    {
        JobRunner jobs;
        MergeEditorWindow editor(&jobs, m_home->path(), prepare());
        editor.show();
        QCOMPARE(editor.objectName(), QStringLiteral("mergeEditor"));
        QVERIFY(editor.windowTitle().contains(QStringLiteral("shop:3")));
        QCOMPARE(editor.result().conflictCount(), 1);
        const int ordersRow = editor.result().rowIndex(Orders);
        const int alertsRow = editor.result().rowIndex(Alerts);
        QVERIFY(ordersRow >= 0 && alertsRow >= 0);

        // Apply waits for the conflict.
        QAction *apply = action(&editor, "applyAction");
        auto *applyButton = editor.findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(!apply->isEnabled());
        QVERIFY(!applyButton->isEnabled());
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("conflictCountLabel"))->text().startsWith(QStringLiteral("1 of 1")));
        QVERIFY(!editor.findChild<QLabel *>(QStringLiteral("twoWayNotice"))->isVisible());

        // Look at the disjoint change first; then "next conflict" goes to the queue's attribute.
        editor.showRow(alertsRow);
        QCOMPARE(editor.currentRow(), alertsRow);
        QTRY_VERIFY(editor.isRowLoaded()); // one-sided rows are read in a job
        QVERIFY(paneText(editor, editor.pane(MergeSide::Theirs)).contains(QStringLiteral("\"DisplayName\": \"Alerts\"")));
        QVERIFY(editor.pane(MergeSide::Theirs)->changedLineCount() >= 1);
        QCOMPARE(editor.pane(MergeSide::Ours)->changedLineCount(), 0);
        QVERIFY(paneText(editor, editor.resultPane()).contains(QStringLiteral("Alerts")));
        apply->trigger(); // disabled: nothing happens
        QVERIFY(!editor.isApplying());

        action(&editor, "nextConflictAction")->trigger();
        QCOMPARE(editor.currentRow(), ordersRow);
        QCOMPARE(editor.currentAttribute(), 0);
        QCOMPARE(editor.currentConflict(), 0);
        QVERIFY(editor.pane(MergeSide::Ours)->conflictLineCount() >= 1);
        QVERIFY(paneText(editor, editor.pane(MergeSide::Base)).contains(QStringLiteral("\"30\"")));
        QVERIFY(paneText(editor, editor.pane(MergeSide::Ours)).contains(QStringLiteral("\"60\"")));
        QVERIFY(paneText(editor, editor.pane(MergeSide::Theirs)).contains(QStringLiteral("\"90\"")));
        auto *attributes = editor.findChild<QTreeWidget *>(QStringLiteral("attributeTable"));
        QCOMPARE(attributes->topLevelItemCount(), 1);
        QCOMPARE(attributes->topLevelItem(0)->text(0), QStringLiteral("Attributes.VisibilityTimeout"));

        action(&editor, "takeTheirsAction")->trigger();
        QCOMPARE(editor.result().unresolvedCount(), 0);
        QVERIFY(paneText(editor, editor.resultPane()).contains(QStringLiteral("\"VisibilityTimeout\": \"90\"")));
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("conflictCountLabel"))->text().startsWith(QStringLiteral("All 1")));
        QVERIFY(apply->isEnabled());
        QVERIFY(applyButton->isEnabled());
        QCOMPARE(editor.treeModel()->indexForRow(ordersRow).data(MergeTreeModel::ConflictStateRole).toInt(),
                 int(MergeTreeModel::Resolved));

        QSignalSpy merged(&editor, &MergeEditorWindow::merged);
        apply->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(merged.count(), 1, 20000);
        const Version recorded = merged.at(0).at(0).value<Version>();
        QCOMPARE(recorded.pod, QStringLiteral("shop"));
        QCOMPARE(recorded.number, 4);

        // The catalogue holds the merge with both parents, and its state both changes.
        Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(m_home->path());
        QVERIFY(catalogue);
        Result<Version> v4 = (*catalogue)->version(QStringLiteral("shop"), 4);
        QVERIFY(v4);
        QCOMPARE(v4->parents, (QList<ObjectId>{m_versions.at(1).id, m_versions.at(2).id}));
        Result<Resource> orders = resourceOf(*v4, Orders);
        QVERIFY(orders);
        QCOMPARE(orders->document.value("Attributes").toObject().value("VisibilityTimeout").toString(), QStringLiteral("90"));
        Result<Resource> alerts = resourceOf(*v4, Alerts);
        QVERIFY(alerts);
        QCOMPARE(alerts->document.value("DisplayName").toString(), QStringLiteral("Alerts"));
        Result<Resource> secret = resourceOf(*v4, Secret);
        QVERIFY(secret);
        QCOMPARE(secret->document.value("SecretString").toString(), QStringLiteral("correct horse"));
    }

    void editValueAndTakeWholeResources()
    {
        JobRunner jobs;
        MergeEditorWindow editor(&jobs, m_home->path(), prepare());
        editor.show();
        // The editor opens on the first unsolved conflict.
        QCOMPARE(editor.currentConflict(), 0);
        action(&editor, "editValueAction")->trigger();
        auto *dialog = editor.findChild<MergeValueDialog *>(QStringLiteral("mergeValueDialog"));
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"));
        QCOMPARE(edit->toPlainText(), QStringLiteral("\"60\"")); // ours while unresolved
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("valueOkButton"));
        edit->setPlainText(QStringLiteral("not json"));
        QVERIFY(!ok->isEnabled());
        edit->setPlainText(QStringLiteral("\"120\""));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(editor.result().unresolvedCount(), 0);
        QVERIFY(editor.resultPane()->editor()->toPlainText().contains(QStringLiteral("\"120\"")));

        // Taking a side with no attribute selected takes the whole resource: the base, here.
        editor.findChild<QTreeWidget *>(QStringLiteral("attributeTable"))->clearSelection();
        QCOMPARE(editor.currentAttribute(), -1);
        action(&editor, "takeBaseAction")->trigger();
        const MergeRow &orders = editor.result().rows().at(editor.result().rowIndex(Orders));
        QCOMPARE(orders.choice, MergeChoice::Base);
        QTRY_VERIFY(editor.resultPane()->editor()->toPlainText().contains(QStringLiteral("\"30\"")));
        // Choosing the attribute again goes back to merging the resource attribute by attribute.
        editor.findChild<QTreeWidget *>(QStringLiteral("attributeTable"))->topLevelItem(0)->setSelected(true);
        editor.findChild<QTreeWidget *>(QStringLiteral("attributeTable"))->setCurrentItem(
            editor.findChild<QTreeWidget *>(QStringLiteral("attributeTable"))->topLevelItem(0));
        action(&editor, "takeOursAction")->trigger();
        QCOMPARE(orders.choice, MergeChoice::Merged);
        QVERIFY(editor.resultPane()->editor()->toPlainText().contains(QStringLiteral("\"60\"")));

        // Cancel closes without recording anything.
        action(&editor, "cancelAction")->trigger();
        QVERIFY(!editor.isVisible());
        Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(m_home->path());
        QCOMPARE((*catalogue)->versions(QStringLiteral("shop"))->size(), 3);
    }

    void secretsAreMaskedUntilRevealed()
    {
        JobRunner jobs;
        MergeEditorWindow editor(&jobs, m_home->path(), prepare());
        editor.show();
        editor.showRow(editor.result().rowIndex(Secret));
        QTRY_VERIFY(editor.isRowLoaded());
        const QString masked = editor.pane(MergeSide::Theirs)->editor()->toPlainText();
        QVERIFY(masked.contains(QLatin1String(SecretMask::Mask)));
        QVERIFY(!masked.contains(QStringLiteral("correct horse")));
        QVERIFY(!editor.resultPane()->editor()->toPlainText().contains(QStringLiteral("correct horse")));
        // No window-wide reveal: the one reveal action acts on a selected attribute, its shortcut on the table.
        QVERIFY(!editor.findChild<QAction *>(QStringLiteral("revealSecretsAction")));
        QAction *reveal = action(&editor, "revealValueAction");
        QCOMPARE(reveal->shortcutContext(), Qt::WidgetShortcut);
        QVERIFY(!reveal->isEnabled()); // no attribute selected
    }

    // A Lambda function whose environment password both sides changed: the nested value is masked in the
    // attribute table and every pane, Reveal Value shows that one value, and the merge records the real
    // values (masking is display-only), also after editing the masked document.
    void nestedSecretsRevealPerValueAndMergeRealValues()
    {
        const QString function = QStringLiteral("lambda/000000000000/us-east-1/function/api");
        const auto state = [&](const char *password, const char *mode) {
            return QJsonObject{{function, QJsonObject{{"FunctionName", "api"},
                                                      {"Environment", QJsonObject{{"Variables", QJsonObject{{"DB_PASSWORD", password},
                                                                                                           {"MODE", mode}}}}}}}};
        };
        ObjectStore store(m_home->path());
        const Version base = build(store, state("pw-base", "a"), {}, QStringLiteral("base"));
        const Version ours = build(store, state("pw-ours", "b"), {base.id}, QStringLiteral("ours"));
        const Version theirs = build(store, state("pw-theirs", "a"), {base.id}, QStringLiteral("theirs"));
        Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(m_home->path());
        QVERIFY(publishVersions(**catalogue, QStringLiteral("fn"), {base, ours, theirs}, store));
        JobContext context;
        Result<PreparedMerge> prepared = prepareMerge(m_home->path(), VersionRef{"fn", 2}, VersionRef{"fn", 3}, context);
        QVERIFY(prepared);

        JobRunner jobs;
        MergeEditorWindow editor(&jobs, m_home->path(), *prepared);
        editor.show();
        QTRY_VERIFY(editor.isRowLoaded());
        auto *table = editor.findChild<QTreeWidget *>(QStringLiteral("attributeTable"));
        QCOMPARE(table->topLevelItem(0)->text(0), QStringLiteral("Environment.Variables.DB_PASSWORD"));
        QCOMPARE(editor.currentAttribute(), 0);
        const auto everything = [&] {
            QString text;
            for (int c = 0; c < MergeAttributeTable::ColumnCount; ++c)
                text += table->topLevelItem(0)->text(c) + table->topLevelItem(0)->toolTip(c);
            for (MergeSide side : {MergeSide::Base, MergeSide::Ours, MergeSide::Theirs})
                text += editor.pane(side)->editor()->toPlainText();
            return text + editor.resultPane()->editor()->toPlainText();
        };
        QVERIFY2(!everything().contains(QStringLiteral("pw-")), qPrintable(everything()));
        QVERIFY(editor.pane(MergeSide::Ours)->editor()->toPlainText().contains(QStringLiteral("\"MODE\": \"b\"")));

        // Editing a masked value is refused until it is revealed.
        action(&editor, "editValueAction")->trigger();
        QVERIFY(!editor.findChild<MergeValueDialog *>(QStringLiteral("mergeValueDialog")));
        QAction *reveal = action(&editor, "revealValueAction");
        QVERIFY(reveal->isEnabled());
        reveal->trigger();
        QVERIFY(everything().contains(QStringLiteral("pw-theirs")));
        QVERIFY(editor.pane(MergeSide::Ours)->editor()->toPlainText().contains(QStringLiteral("pw-ours")));
        QCOMPARE(reveal->text(), MergeEditorWindow::tr("&Hide Value"));
        reveal->trigger();
        QVERIFY(!everything().contains(QStringLiteral("pw-")));

        // Edit the whole resource from its masked document and change only MODE: the password the dialog
        // showed as the mask is written as its real value.
        table->clearSelection();
        action(&editor, "editValueAction")->trigger();
        auto *dialog = editor.findChild<MergeValueDialog *>(QStringLiteral("mergeValueDialog"));
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"));
        QVERIFY(edit->toPlainText().contains(QLatin1String(SecretMask::Mask)));
        QVERIFY(!edit->toPlainText().contains(QStringLiteral("pw-")));
        edit->setPlainText(edit->toPlainText().replace(QStringLiteral("\"b\""), QStringLiteral("\"c\"")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("valueOkButton")), Qt::LeftButton);
        QCOMPARE(editor.result().unresolvedCount(), 0);

        QSignalSpy merged(&editor, &MergeEditorWindow::merged);
        action(&editor, "applyAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(merged.count(), 1, 20000);
        Result<Resource> recorded = resourceOf(merged.at(0).at(0).value<Version>(), function);
        QVERIFY(recorded);
        const QJsonObject variables = recorded->document.value("Environment")["Variables"].toObject();
        QCOMPARE(variables.value("DB_PASSWORD").toString(), QStringLiteral("pw-ours"));
        QCOMPARE(variables.value("MODE").toString(), QStringLiteral("c"));
    }

    void liveModeSaysWhenItIsTwoWay()
    {
        // A live merge as prepareLiveMerge hands it over when the instance has no head (the rows here come
        // from a version merge: the editor only shows them).
        PreparedMerge merge = prepare();
        PreparedLiveMerge live;
        live.version = merge.theirs;
        live.twoWay = true;
        live.result = merge.result;
        live.store = std::make_shared<ObjectStore>(m_home->path());
        LiveMergeRequest request;
        request.home = m_home->path();
        request.ref = VersionRef{"shop", 3};
        JobRunner jobs;
        MergeEditorWindow editor(&jobs, m_home->path(), AppSettings(), QStringLiteral("http://127.0.0.1:1"), request, live);
        editor.show();
        QVERIFY(editor.isLive());
        auto *notice = editor.findChild<QLabel *>(QStringLiteral("twoWayNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("two-way merge")));
        QVERIFY(editor.windowTitle().contains(QStringLiteral("Instance")));
        QCOMPARE(editor.pane(MergeSide::Ours)->findChild<QLabel *>(QStringLiteral("oursPaneCaption"))->text(),
                 QStringLiteral("Ours — the instance"));
        editor.showRow(editor.result().rowIndex(Alerts));
        QTRY_VERIFY(editor.isRowLoaded()); // read through the prepared merge's store
        QVERIFY(editor.pane(MergeSide::Theirs)->editor()->toPlainText().contains(QStringLiteral("Alerts")));
    }

    void entryPointsOpenTheEditor()
    {
        // Merge shop:3 "into…": the dialog offers the newest other branch head, shop:2; the conflict opens
        // the editor.
        JobRunner jobs;
        QWidget window;
        VersionOperations operations(&jobs, m_home->path(), &window);
        operations.mergeInto(m_versions.at(2), m_versions);
        auto *dialog = window.findChild<MergeTargetDialog *>(QStringLiteral("mergeTargetDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->target().number, 2);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("targetCombo"))->count(), 2);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("mergeButton")), Qt::LeftButton);
        QTRY_VERIFY(window.findChild<MergeEditorWindow *>(QStringLiteral("mergeEditor")));
        auto *editor = window.findChild<MergeEditorWindow *>(QStringLiteral("mergeEditor"));
        QCOMPARE(editor->result().conflictCount(), 1);
        QSignalSpy catalogueChanged(&operations, &VersionOperations::catalogueChanged);
        action(editor, "takeOursAction")->trigger();
        action(editor, "applyAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(catalogueChanged.count(), 1, 20000);
        QCOMPARE(catalogueChanged.at(0).at(0).toString(), QStringLiteral("shop"));

        // Merging shop:2 into the merge (which holds it already) has nothing to do.
        QSignalSpy message(&operations, &VersionOperations::message);
        operations.mergeVersions(VersionRef{"shop", 4}, VersionRef{"shop", 2});
        QTRY_COMPARE(message.count(), 1);
        QVERIFY2(message.at(0).at(0).toString().startsWith(QStringLiteral("Nothing to merge")),
                 qPrintable(message.at(0).at(0).toString()));
    }

    // Not a check: writes docs/screenshots/merge-editor.png when PODDECK_MERGE_SCREENSHOT names the file
    // (run under Xvfb: xvfb-run -a -s '-screen 0 1400x900x24' env QT_QPA_PLATFORM=xcb ...).
    void screenshot()
    {
        const QString file = qEnvironmentVariable("PODDECK_MERGE_SCREENSHOT");
        if (file.isEmpty())
            QSKIP("set PODDECK_MERGE_SCREENSHOT to write a screenshot");
        ObjectStore store(m_home->path());
        const QJsonObject base = parse(R"({
            "sqs/000000000000/us-east-1/queue/orders": {"QueueName":"orders","Attributes":{"VisibilityTimeout":"30","DelaySeconds":"0","MessageRetentionPeriod":"345600"},"Tags":{"team":"shop"}},
            "sqs/000000000000/us-east-1/queue/payments": {"QueueName":"payments","Attributes":{"VisibilityTimeout":"45","DelaySeconds":"0"}},
            "sqs/000000000000/us-east-1/queue/emails": {"QueueName":"emails","Attributes":{"VisibilityTimeout":"45"}},
            "s3/000000000000/us-east-1/bucket/photos": {"Name":"photos","Versioning":"Suspended"},
            "s3/000000000000/us-east-1/bucket/photos/object/2024%2Fbeach.jpg": {"Key":"2024/beach.jpg","ContentType":"image/jpeg","@attachments":{"body":"sand and sea"}},
            "secretsmanager/000000000000/us-east-1/secret/db-password": {"Name":"db-password","SecretString":"correct horse"},
            "ssm/000000000000/us-east-1/parameter/%2Fshop%2Fcurrency": {"Name":"/shop/currency","Type":"String","Value":"EUR"}
        })");
        QJsonObject ours = base, theirs = base;
        ours.insert(Orders, parse(R"({"QueueName":"orders","Attributes":{"VisibilityTimeout":"60","DelaySeconds":"0","MessageRetentionPeriod":"345600"},"Tags":{"team":"shop","env":"prod"}})"));
        ours.insert(QStringLiteral("sqs/000000000000/us-east-1/queue/payments"), parse(R"({"QueueName":"payments","Attributes":{"VisibilityTimeout":"45","DelaySeconds":"5"}})"));
        ours.insert(QStringLiteral("sqs/000000000000/us-east-1/queue/refunds"), parse(R"({"QueueName":"refunds","Attributes":{"VisibilityTimeout":"30"}})"));
        ours.insert(QStringLiteral("secretsmanager/000000000000/us-east-1/secret/db-password"), parse(R"({"Name":"db-password","SecretString":"battery staple"})"));
        theirs.insert(Orders, parse(R"({"QueueName":"orders","Attributes":{"VisibilityTimeout":"90","DelaySeconds":"10","MessageRetentionPeriod":"345600"},"Tags":{"team":"shop"}})"));
        theirs.remove(QStringLiteral("sqs/000000000000/us-east-1/queue/payments"));
        theirs.insert(QStringLiteral("s3/000000000000/us-east-1/bucket/photos/object/2024%2Fcity.jpg"), parse(R"({"Key":"2024/city.jpg","ContentType":"image/jpeg","@attachments":{"body":"streets"}})"));
        theirs.insert(QStringLiteral("secretsmanager/000000000000/us-east-1/secret/db-password"), parse(R"({"Name":"db-password","SecretString":"tr0ub4dor"})"));
        theirs.insert(QStringLiteral("ssm/000000000000/us-east-1/parameter/%2Fshop%2Fcurrency"), parse(R"({"Name":"/shop/currency","Type":"String","Value":"USD"})"));
        const Version b = build(store, base, {}, QStringLiteral("Initial shop state"));
        const Version o = build(store, ours, {b.id}, QStringLiteral("Refunds and prod tags"));
        const Version t = build(store, theirs, {b.id}, QStringLiteral("Dollar prices, city photos"));
        Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(m_home->path());
        QVERIFY(catalogue);
        QVERIFY(publishVersions(**catalogue, QStringLiteral("demo"), {b, o, t}, store));
        JobContext context;
        Result<PreparedMerge> prepared = prepareMerge(m_home->path(), VersionRef{"demo", 2}, VersionRef{"demo", 3}, context);
        QVERIFY(prepared);
        JobRunner jobs;
        MergeEditorWindow editor(&jobs, m_home->path(), *prepared);
        editor.resize(1400, 860);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // One conflict resolved (the secret, masked), the next one selected.
        editor.showRow(editor.result().rowIndex(QStringLiteral("secretsmanager/000000000000/us-east-1/secret/db-password")));
        action(&editor, "takeTheirsAction")->trigger();
        action(&editor, "nextConflictAction")->trigger();
        while (editor.result().conflictPath(editor.currentConflict()) != Orders)
            action(&editor, "nextConflictAction")->trigger();
        QTRY_VERIFY(editor.isRowLoaded() && jobs.isIdle());
        QTest::qWait(300);
        QVERIFY(editor.grab().save(file));
        qInfo("wrote %s", qPrintable(file));
    }
};

QTEST_MAIN(TestMergeEditor)
#include "tst_mergeeditor.moc"
