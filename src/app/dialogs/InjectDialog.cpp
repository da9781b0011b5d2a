#include "app/dialogs/InjectDialog.h"

#include "app/diff/DiffTree.h"
#include "app/jobs/JobRunner.h"
#include "jobs/DiffMerge.h"
#include "state/ResourcePath.h"

#include "ui_InjectDialog.h"

#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace poddeck {

namespace {

constexpr int MaxPreviewRows = 2000;
constexpr int MaxAttributeRows = 200; // per resource


} // namespace

InjectDialog::InjectDialog(JobRunner *jobs, const QString &home, const AppSettings &settings, const QString &endpoint,
                           const VersionRef &ref, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InjectDialog>()), m_jobs(jobs), m_home(home), m_settings(settings),
      m_endpoint(endpoint), m_ref(ref)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("injectDialog"));
    m_ui->versionLabel->setText(tr("Inject version %1 into the instance at %2.").arg(ref.toString(), endpoint));
    for (InjectStrategy s : {InjectStrategy::AccountRegionMerge, InjectStrategy::ServiceMerge, InjectStrategy::DeepMerge,
                             InjectStrategy::Overwrite})
        m_ui->strategyCombo->addItem(strategyTitle(s), int(s));
    m_ui->preferCombo->addItem(tr("Resolve them in the merge editor"), int(Prefer::None));
    m_ui->preferCombo->addItem(tr("Keep the instance's value"), int(Prefer::Ours));
    m_ui->preferCombo->addItem(tr("Take the version's value"), int(Prefer::Theirs));
    m_ui->previewTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Inject"));
    ok->setObjectName(QStringLiteral("injectButton"));
    ok->setEnabled(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->strategyCombo, &QComboBox::currentIndexChanged, this, &InjectDialog::preview);
    connect(m_ui->preferCombo, &QComboBox::currentIndexChanged, this, &InjectDialog::preview);
    preview();
}

InjectDialog::~InjectDialog() = default;

InjectStrategy InjectDialog::strategy() const
{
    return InjectStrategy(m_ui->strategyCombo->currentData().toInt());
}

Prefer InjectDialog::prefer() const
{
    return Prefer(m_ui->preferCombo->currentData().toInt());
}

QString InjectDialog::strategyTitle(InjectStrategy s)
{
    switch (s) {
    case InjectStrategy::Overwrite:
        return tr("Overwrite (the instance becomes the version)");
    case InjectStrategy::AccountRegionMerge:
        return tr("Account/region merge");
    case InjectStrategy::ServiceMerge:
        return tr("Service merge (resource by resource)");
    case InjectStrategy::DeepMerge:
        return tr("Deep merge (three-way)");
    }
    return QString();
}

QString InjectDialog::strategyHelp(InjectStrategy s)
{
    switch (s) {
    case InjectStrategy::Overwrite:
        return tr("Empties the instance, then loads the version.");
    case InjectStrategy::AccountRegionMerge:
        return tr("For each service in the version, its account/region state replaces the instance's; "
                  "everything else stays.");
    case InjectStrategy::ServiceMerge:
        return tr("Adds and updates resource by resource; the version wins where both have the same resource.");
    case InjectStrategy::DeepMerge:
        return tr("Merges the instance's changes since its head with the version's, child by child "
                  "(S3 objects, DynamoDB items).");
    }
    return QString();
}

void InjectDialog::preview()
{
    const InjectStrategy s = strategy();
    m_ui->strategyHelp->setText(strategyHelp(s));
    m_ui->preferCombo->setEnabled(s == InjectStrategy::DeepMerge);
    m_ui->preferLabel->setEnabled(s == InjectStrategy::DeepMerge);
    m_previewReady = false;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->previewTree->clear();
    m_ui->previewSummary->setText(tr("Working out what would change…"));
    InjectRequest r;
    r.home = m_home;
    r.ref = m_ref;
    r.strategy = s;
    r.prefer = s == InjectStrategy::DeepMerge ? prefer() : Prefer::None;
    r.dryRun = true;
    r.details = true;
    m_jobs->run(
        tr("Planning the inject of %1").arg(m_ref.toString()),
        [r, settings = m_settings, endpoint = m_endpoint](JobContext &c) mutable {
            r.config = settings.awsConfig(endpoint);
            return injectVersion(r, c);
        },
        this, m_latest.wrap([this](Result<InjectReport> report) {
            if (!report)
                m_ui->previewSummary->setText(tr("Cannot inject: %1").arg(report.error().message));
            else
                showPlan(*report);
            Q_EMIT previewFinished();
        }));
}

void InjectDialog::showPlan(const InjectReport &report)
{
    const InjectPlan &plan = report.plan;
    // Grouped by service > account > region > type, each group with its counts; what cannot be restored
    // comes first, in a group of its own.
    enum class Kind { Create, Update, Delete, Conflict, KeptDeleted }; // a row's action, in count order
    const auto word = [this](Kind k) {
        switch (k) {
        case Kind::Create: return tr("create");
        case Kind::Update: return tr("update");
        case Kind::Delete: return tr("delete");
        case Kind::Conflict: return tr("conflict");
        case Kind::KeptDeleted: break;
        }
        return tr("keep deleted");
    };
    // Whole phrases per action, with plural forms ("3 to create"), not a number glued to the row's word.
    const auto countText = [this](Kind k, int n) {
        switch (k) {
        case Kind::Create: return tr("%n to create", nullptr, n);
        case Kind::Update: return tr("%n to update", nullptr, n);
        case Kind::Delete: return tr("%n to delete", nullptr, n);
        case Kind::Conflict: return tr("%n conflict(s)", nullptr, n);
        case Kind::KeptDeleted: break;
        }
        return tr("%n kept deleted", nullptr, n);
    };
    struct Group
    {
        QTreeWidgetItem *item = nullptr;
        QMap<Kind, int> counts; // action -> rows
        bool attention = false;    // a conflict or something that cannot be restored: shown expanded
    };
    QMap<QString, Group> groups;
    QList<QTreeWidgetItem *> items;
    int rows = 0;
    auto add = [&](Kind kind, const QString &path, const QString &tip, const QColor &color,
                   bool attention) -> QTreeWidgetItem * {
        const QStringList seg = ResourcePath::segments(path);
        QStringList head;
        for (int i = 0; i < 4 && i < seg.size(); ++i)
            head.append(ResourcePath::decodeSegment(seg.at(i)));
        const QString key = head.join(QStringLiteral(" › "));
        Group &g = groups[key];
        if (!g.item) {
            g.item = new QTreeWidgetItem(QStringList{key, QString()});
            g.item->setFirstColumnSpanned(false);
            items.append(g.item);
        }
        ++g.counts[kind];
        g.attention = g.attention || attention;
        if (++rows > MaxPreviewRows)
            return nullptr;
        auto *row = new QTreeWidgetItem(g.item, QStringList{word(kind), ResourcePath::display(path)});
        if (!tip.isEmpty())
            row->setToolTip(1, tip);
        if (color.isValid())
            row->setForeground(0, color);
        return row;
    };
    // Each resource opens to its attribute changes (what the dry run read from both sides), secrets masked.
    QHash<QString, const ResourceChange *> details;
    if (report.details)
        for (const ResourceChange &c : report.details->changes)
            details.insert(c.path, &c);
    auto addDetails = [&](QTreeWidgetItem *row, const QString &path) {
        const ResourceChange *change = details.value(path);
        if (!row || !change)
            return;
        int shown = 0;
        for (const AttributeChange &a : change->attributes) {
            if (++shown > MaxAttributeRows)
                break;
            const QString before = DiffTree::valueText(shownValue(report.details->mask, *change, a, a.before));
            const QString after = DiffTree::valueText(shownValue(report.details->mask, *change, a, a.after));
            const QString text = a.kind == AttributeChange::Kind::Added     ? tr("set to %1").arg(after)
                                 : a.kind == AttributeChange::Kind::Removed ? tr("removed (was %1)").arg(before)
                                                                            : tr("%1 → %2").arg(before, after);
            auto *item = new QTreeWidgetItem(row, QStringList{a.keyText(), text});
            item->setToolTip(1, text);
        }
        for (const AttachmentChange &a : change->attachments) {
            if (++shown > MaxAttributeRows)
                break;
            const auto size = [](qint64 bytes) { return QLocale().formattedDataSize(bytes); };
            const QString text = a.kind == AttributeChange::Kind::Added     ? tr("%1 of data").arg(size(a.after.size))
                                 : a.kind == AttributeChange::Kind::Removed ? tr("removed (was %1)").arg(size(a.before.size))
                                                                            : tr("%1 → %2").arg(size(a.before.size), size(a.after.size));
            new QTreeWidgetItem(row, QStringList{tr("%1 (attachment)").arg(a.name), text});
        }
        const int total = int(change->attributes.size() + change->attachments.size());
        if (total > MaxAttributeRows)
            new QTreeWidgetItem(row, QStringList{QString(), tr("… and %n more", nullptr, total - MaxAttributeRows)});
    };
    const QColor red(0xd6, 0x27, 0x28);

    // Preflight: what cannot be restored (the inject then refuses, and offers to inject the rest).
    if (!report.preflight.ok()) {
        auto *warnings = new QTreeWidgetItem(QStringList{tr("Cannot be restored"), tr("%n resource(s)", nullptr, int(report.preflight.all().size()))});
        warnings->setForeground(0, red);
        for (const PreflightItem &item : report.preflight.all()) {
            auto *row = new QTreeWidgetItem(warnings, QStringList{tr("cannot restore"), ResourcePath::display(item.path)});
            row->setToolTip(1, item.describe());
            row->setForeground(0, red);
        }
        items.append(warnings);
    }
    for (const PlanStep &step : plan.steps) {
        const Kind kind = step.action == PlanStep::Action::Create   ? Kind::Create
                          : step.action == PlanStep::Action::Update ? Kind::Update
                                                                    : Kind::Delete;
        addDetails(add(kind, step.path, QString(), QColor(), false), step.path);
    }
    for (const MergeConflict &conflict : plan.conflicts)
        add(Kind::Conflict, conflict.path, conflict.describe(), red, true);
    // Deep merge: what stays deleted because the instance head says the instance deleted it. Shown, so
    // a head that is wrong about the instance never drops things silently.
    for (const QString &path : plan.keptDeleted)
        add(Kind::KeptDeleted, path,
            tr("The instance head and the version hold it, the instance does not: the head says it was deleted on the "
               "instance, so the merge keeps it deleted"),
            QColor(0x8c, 0x56, 0x4b), false);
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QStringList counts;
        for (auto c = it->counts.cbegin(); c != it->counts.cend(); ++c)
            counts.append(countText(c.key(), c.value()));
        it->item->setText(1, counts.join(QStringLiteral(", ")));
        QFont bold = it->item->font(0);
        bold.setBold(true);
        it->item->setFont(0, bold);
        if (it->attention)
            it->item->setForeground(1, red);
    }
    if (rows > MaxPreviewRows)
        items.append(new QTreeWidgetItem(QStringList{QString(), tr("… and %n more (the counts above include them)", nullptr,
                                                                    rows - MaxPreviewRows)}));
    m_ui->previewTree->addTopLevelItems(items);
    // Small plans open fully; big ones show their groups, with what needs attention open.
    for (QTreeWidgetItem *item : std::as_const(items)) {
        const bool attention = item->foreground(0).color() == red || item->foreground(1).color() == red;
        item->setExpanded(rows <= 200 || attention);
    }
    QString summary = tr("%1 to create, %2 to update, %3 to delete")
                          .arg(plan.count(PlanStep::Action::Create))
                          .arg(plan.count(PlanStep::Action::Update))
                          .arg(plan.count(PlanStep::Action::Delete));
    if (!plan.keptDeleted.isEmpty())
        summary += tr(", %n kept deleted", nullptr, int(plan.keptDeleted.size()));
    if (plan.resetFirst)
        summary = tr("Reset the instance first; then %1").arg(summary);
    // A deep merge without a rule goes on to the merge editor, where the conflicts are resolved.
    const bool review = strategy() == InjectStrategy::DeepMerge && prefer() == Prefer::None;
    if (!plan.conflicts.isEmpty())
        summary += QLatin1String(". ") + (review ? tr("%n conflict(s): resolve them in the merge editor.", nullptr,
                                                      int(plan.conflicts.size()))
                                                 : tr("%n conflict(s): choose what wins to go on.", nullptr,
                                                      int(plan.conflicts.size())));
    if (!report.preflight.ok())
        summary += QLatin1String(". ") + tr("%n resource(s) cannot be restored: the inject will offer to skip them.", nullptr,
                                            int(report.preflight.problems.size()));
    if (!plan.notes.isEmpty())
        summary += QLatin1Char('\n') + plan.notes.join(QLatin1Char('\n'));
    m_ui->previewSummary->setText(summary);
    m_previewReady = plan.conflicts.isEmpty() || review;
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(review && !plan.conflicts.isEmpty() ? tr("&Review Conflicts…") : tr("&Inject"));
    ok->setEnabled(m_previewReady);
}

} // namespace poddeck
