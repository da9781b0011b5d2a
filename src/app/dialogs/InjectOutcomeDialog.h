#pragma once

#include "jobs/InjectPreflight.h"
#include "merge/InjectPlan.h"
#include "emulator/PlanApplier.h"
#include "state/Version.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;
class QTreeWidget;

namespace poddeck {

namespace Ui {
class InjectOutcomeDialog;
}

// What an inject could not do, in a window rather than the status bar (issue 10):
// - refused(): the preflight found resources that cannot be restored and nothing changed; lists each with
//   why and what to do, and offers "Inject the Rest" (accept()) to apply the others.
// - failed(): applying stopped part-way; shows the error, what was applied and what was not (expandable),
//   and what to do next (inject the autosave with overwrite to go back).
class InjectOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    static InjectOutcomeDialog *refused(const QString &versionName, const PreflightReport &preflight, QWidget *parent);
    static InjectOutcomeDialog *failed(const QString &versionName, const InjectPlan &plan, const ApplyReport &apply,
                                       const std::optional<Version> &autosave, QWidget *parent);

    ~InjectOutcomeDialog() override;

    QTreeWidget *list() const;

private:
    // The layout (ui/InjectOutcomeDialog.ui) holds both outcomes' parts: each names the ones it shows and
    // hides the others.
    explicit InjectOutcomeDialog(QWidget *parent);

    std::unique_ptr<Ui::InjectOutcomeDialog> m_ui;
};

} // namespace poddeck
