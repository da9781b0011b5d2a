#include "jobs/PlanDetails.h"

#include "jobs/DiffMerge.h"
#include "jobs/SecretMarks.h"
#include "store/Catalogue.h"

namespace poddeck {

Result<PlanDetails> describePlan(const QString &home, const InjectPlan &plan, const ObjectStore &store, int maxSteps)
{
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    Result<SecretMask> mask = SecretMarks::mask(**catalogue);
    if (!mask)
        return mask.error();
    PlanDetails details;
    details.mask = *mask;
    for (const PlanStep &step : plan.steps) {
        if (details.changes.size() >= maxSteps) {
            ++details.omitted;
            continue;
        }
        ResourceChange change;
        change.path = step.path;
        switch (step.action) {
        case PlanStep::Action::Create: change.kind = ResourceChange::Kind::Added; change.after = step.after; break;
        case PlanStep::Action::Update:
            change.kind = ResourceChange::Kind::Modified;
            change.before = step.before;
            change.after = step.after;
            break;
        case PlanStep::Action::Delete: change.kind = ResourceChange::Kind::Removed; change.before = step.before; break;
        }
        if (Status st = StateDiff::describeChange(store, change); !st)
            return st.error();
        details.changes.append(change);
    }
    flagSecrets(store, details.mask, details.changes);
    return details;
}

} // namespace poddeck
