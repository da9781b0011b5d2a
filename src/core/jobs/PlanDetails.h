#pragma once

#include "merge/InjectPlan.h"
#include "merge/StateDiff.h"
#include "state/SecretMask.h"
#include "util/Result.h"

namespace poddeck {

class ObjectStore;

// What each step of an inject plan does to its resource, attribute by attribute: the inject preview's
// expandable rows. Secrets are flagged with the home's mask (AttributeChange::secret; show values through
// shownValue() of DiffMerge.h).
struct PlanDetails
{
    QList<ResourceChange> changes; // in plan order: Added for create, Modified for update, Removed for delete
    SecretMask mask;
    int omitted = 0;               // steps past the limit, not described
};

// Describes up to `maxSteps` steps of `plan`; the live resources and the version's are read from `store`
// (a live snapshot's objects are there until the store goes), secrets flagged with `mask` (the home's).
Result<PlanDetails> describePlan(const InjectPlan &plan, const ObjectStore &store, const SecretMask &mask, int maxSteps);

} // namespace poddeck
