#include "jobs/PlanDetails.h"

#include "jobs/DiffMerge.h"

namespace poddeck {

Result<PlanDetails> describePlan(const InjectPlan &plan, const ObjectStore &store, const SecretMask &mask, int maxSteps)
{
    PlanDetails details;
    details.mask = mask;
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
