#pragma once

#include "jobs/InjectPreflight.h"
#include "merge/InjectPlan.h"
#include "emulator/PlanApplier.h"
#include "state/Version.h"

#include <QDialog>
#include <optional>

class QPushButton;
class QTreeWidget;

namespace poddeck {

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

    QTreeWidget *list() const { return m_list; }

private:
    explicit InjectOutcomeDialog(QWidget *parent);

    QTreeWidget *m_list = nullptr;
};

} // namespace poddeck
