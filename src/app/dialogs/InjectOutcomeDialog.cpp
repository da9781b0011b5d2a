#include "app/dialogs/InjectOutcomeDialog.h"

#include "jobs/Autosave.h"
#include "state/ResourcePath.h"

#include "ui_InjectOutcomeDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>

namespace poddeck {

namespace {

QString actionText(PlanStep::Action a)
{
    switch (a) {
    case PlanStep::Action::Create: return InjectOutcomeDialog::tr("create");
    case PlanStep::Action::Update: return InjectOutcomeDialog::tr("update");
    case PlanStep::Action::Delete: return InjectOutcomeDialog::tr("delete");
    }
    return {};
}

} // namespace

InjectOutcomeDialog::InjectOutcomeDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InjectOutcomeDialog>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
}

InjectOutcomeDialog::~InjectOutcomeDialog() = default;

QTreeWidget *InjectOutcomeDialog::list() const
{
    return m_ui->outcomeList;
}

InjectOutcomeDialog *InjectOutcomeDialog::refused(const QString &versionName, const PreflightReport &preflight, QWidget *parent)
{
    auto *d = new InjectOutcomeDialog(parent);
    d->setObjectName(QStringLiteral("injectRefusedDialog"));
    d->setWindowTitle(tr("Cannot inject %1").arg(versionName));
    Ui::InjectOutcomeDialog &ui = *d->m_ui;
    ui.summaryLabel->setObjectName(QStringLiteral("refusalSummary"));
    ui.summaryLabel->setText(tr("%n resource(s) of %1 cannot be restored into this instance, so nothing was changed. "
                                "Inject the Rest applies everything else and skips these (and %2 that depend on them).",
                                nullptr, int(preflight.problems.size()))
                                 .arg(versionName)
                                 .arg(preflight.dependents.size()));
    ui.errorLabel->hide();
    ui.nextStepsLabel->hide();
    ui.outcomeList->setHeaderLabels({tr("Resource"), tr("Why"), tr("What to do")});
    for (const PreflightItem &item : preflight.all()) {
        auto *row = new QTreeWidgetItem(ui.outcomeList, {ResourcePath::display(item.path), item.reason, item.fix});
        for (int c = 0; c < 3; ++c)
            row->setToolTip(c, row->text(c));
    }
    ui.outcomeList->setRootIsDecorated(false);
    ui.outcomeList->header()->resizeSection(0, 260);
    QDialogButtonBox *buttons = ui.buttonBox;
    buttons->setStandardButtons(QDialogButtonBox::Cancel);
    QPushButton *rest = buttons->addButton(tr("Inject the &Rest"), QDialogButtonBox::AcceptRole);
    rest->setObjectName(QStringLiteral("injectRestButton"));
    rest->setAccessibleName(tr("Inject the rest, skipping what cannot be restored"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    return d;
}

InjectOutcomeDialog *InjectOutcomeDialog::failed(const QString &versionName, const InjectPlan &plan, const ApplyReport &apply,
                                                 const std::optional<Version> &autosave, QWidget *parent)
{
    auto *d = new InjectOutcomeDialog(parent);
    d->setObjectName(QStringLiteral("injectFailedDialog"));
    d->setWindowTitle(tr("Inject of %1 failed part-way").arg(versionName));
    QSet<QString> done;
    for (const ApplyReport::Item &i : apply.applied)
        done.insert(i.path);
    QList<PlanStep> notApplied;
    for (const PlanStep &s : plan.steps)
        if (!done.contains(s.path))
            notApplied.append(s);

    Ui::InjectOutcomeDialog &ui = *d->m_ui;
    ui.summaryLabel->setObjectName(QStringLiteral("failureSummary"));
    ui.summaryLabel->setText(tr("%1 of %2 changes were applied before the inject stopped; the instance is marked "
                                "modified, since it now holds neither its old state nor %3.")
                                 .arg(apply.applied.size())
                                 .arg(plan.steps.size())
                                 .arg(versionName));
    ui.errorLabel->setObjectName(QStringLiteral("failureError"));
    ui.errorLabel->setText(tr("Error: %1").arg(apply.error.message));
    ui.outcomeList->setHeaderLabels({tr("Resource"), tr("Change")});
    auto *applied = new QTreeWidgetItem(ui.outcomeList, {tr("Applied (%1)").arg(apply.applied.size())});
    applied->setData(0, Qt::UserRole, QStringLiteral("applied"));
    for (const ApplyReport::Item &i : apply.applied)
        new QTreeWidgetItem(applied, {ResourcePath::display(i.path), actionText(i.action)});
    auto *rest = new QTreeWidgetItem(ui.outcomeList, {tr("Not applied (%1)").arg(notApplied.size())});
    rest->setData(0, Qt::UserRole, QStringLiteral("notApplied"));
    for (const PlanStep &s : notApplied) {
        auto *row = new QTreeWidgetItem(rest, {ResourcePath::display(s.path), actionText(s.action)});
        if (s.path == apply.failedPath)
            row->setText(1, tr("%1 — failed").arg(actionText(s.action)));
    }
    rest->setExpanded(true); // what is missing matters most; the applied list opens on demand
    ui.outcomeList->header()->resizeSection(0, 480);
    const QString next = autosave
                             ? tr("To go back to what the instance held before, inject %1:%2 with Overwrite (%3). To "
                                  "keep what it holds now, commit it.")
                                   .arg(autosave->pod)
                                   .arg(autosave->number)
                                   .arg(Autosave::restoreCommand(*autosave))
                             : tr("Fix the cause and inject %1 again with Overwrite to start from a known state, or commit "
                                  "the instance to keep what it holds now.")
                                   .arg(versionName);
    ui.nextStepsLabel->setObjectName(QStringLiteral("nextSteps"));
    ui.nextStepsLabel->setText(tr("What to do next: %1").arg(next));
    ui.buttonBox->setStandardButtons(QDialogButtonBox::Close);
    connect(ui.buttonBox, &QDialogButtonBox::rejected, d, &QDialog::reject);
    return d;
}

} // namespace poddeck
