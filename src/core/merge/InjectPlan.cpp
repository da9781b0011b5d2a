#include "merge/InjectPlan.h"

#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QSet>

namespace poddeck {

QString strategyName(InjectStrategy s)
{
    switch (s) {
    case InjectStrategy::Overwrite: return QStringLiteral("overwrite");
    case InjectStrategy::AccountRegionMerge: return QStringLiteral("account-region-merge");
    case InjectStrategy::ServiceMerge: return QStringLiteral("service-merge");
    case InjectStrategy::DeepMerge: return QStringLiteral("deep-merge");
    }
    return {};
}

Result<InjectStrategy> parseStrategy(const QString &name)
{
    for (InjectStrategy s : {InjectStrategy::Overwrite, InjectStrategy::AccountRegionMerge, InjectStrategy::ServiceMerge,
                             InjectStrategy::DeepMerge})
        if (strategyName(s) == name)
            return s;
    return Error(Error::Code::InvalidArgument,
                 ErrorText::tr("unknown strategy '%1'; use overwrite, account-region-merge, service-merge or deep-merge").arg(name));
}

QString PlanStep::actionName(Action a)
{
    switch (a) {
    case Action::Create: return QStringLiteral("create");
    case Action::Update: return QStringLiteral("update");
    case Action::Delete: return QStringLiteral("delete");
    }
    return {};
}

QString MergeConflict::describe() const
{
    if (!description.isEmpty())
        return description;
    if (ours.isNull())
        return ErrorText::tr("deleted in the instance, changed in the version");
    if (theirs.isNull())
        return ErrorText::tr("changed in the instance, deleted in the version");
    if (base.isNull())
        return ErrorText::tr("added differently in the instance and the version");
    return ErrorText::tr("changed differently in the instance and the version");
}

int InjectPlan::count(PlanStep::Action a) const
{
    int n = 0;
    for (const PlanStep &s : steps)
        n += s.action == a;
    return n;
}

namespace {

// service/account/region: the unit account-region-merge replaces.
QString scopeOf(const QString &path)
{
    return path.section(QLatin1Char('/'), 0, 2);
}

void toward(InjectPlan &plan, const QString &path, const ObjectId &live, const ObjectId &target)
{
    if (live == target)
        return;
    if (target.isNull())
        plan.steps.append({PlanStep::Action::Delete, path, live, {}});
    else if (live.isNull())
        plan.steps.append({PlanStep::Action::Create, path, {}, target});
    else
        plan.steps.append({PlanStep::Action::Update, path, live, target});
}

} // namespace

InjectPlan planChanges(InjectStrategy strategy, const StateMap &from, const StateMap &to)
{
    InjectPlan plan;
    plan.strategy = strategy;
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        toward(plan, it.key(), it.value(), to.value(it.key()));
    for (auto it = to.cbegin(); it != to.cend(); ++it)
        if (!from.contains(it.key()))
            toward(plan, it.key(), {}, it.value());
    return plan;
}

InjectPlan planInject(InjectStrategy strategy, const StateMap &live, const StateMap &version, const StateMap *base,
                      Prefer prefer, bool canReset)
{
    InjectPlan plan;
    plan.strategy = strategy;
    switch (strategy) {
    case InjectStrategy::Overwrite:
        if (canReset) {
            plan.resetFirst = true;
            for (auto it = version.cbegin(); it != version.cend(); ++it)
                plan.steps.append({PlanStep::Action::Create, it.key(), {}, it.value()});
            plan.notes << ErrorText::tr("the instance is reset first; afterwards it holds exactly the version");
        } else {
            plan.steps = planChanges(strategy, live, version).steps;
        }
        break;
    case InjectStrategy::AccountRegionMerge: {
        QSet<QString> scopes;
        for (auto it = version.cbegin(); it != version.cend(); ++it)
            scopes.insert(scopeOf(it.key()));
        for (auto it = live.cbegin(); it != live.cend(); ++it)
            if (scopes.contains(scopeOf(it.key())))
                toward(plan, it.key(), it.value(), version.value(it.key()));
        for (auto it = version.cbegin(); it != version.cend(); ++it)
            if (!live.contains(it.key()))
                toward(plan, it.key(), {}, it.value());
        break;
    }
    case InjectStrategy::ServiceMerge:
        for (auto it = version.cbegin(); it != version.cend(); ++it)
            toward(plan, it.key(), live.value(it.key()), it.value());
        break;
    case InjectStrategy::DeepMerge: {
        const StateMap empty;
        const StateMap &b = base ? *base : empty;
        plan.twoWay = !base;
        if (!base)
            plan.notes << ErrorText::tr("the instance has no head version, so this is a two-way merge: what the "
                                         "version holds is added or updated, nothing is deleted");
        QSet<QString> paths;
        for (const StateMap *m : {&live, &version, &b})
            for (auto it = m->cbegin(); it != m->cend(); ++it)
                paths.insert(it.key());
        QStringList sorted(paths.cbegin(), paths.cend());
        std::sort(sorted.begin(), sorted.end());
        for (const QString &path : sorted) {
            const ObjectId o = live.value(path), t = version.value(path), bb = b.value(path);
            if (o == t)
                continue;
            if (!base) { // two-way: the version adds and changes, never deletes
                if (!t.isNull())
                    toward(plan, path, o, t);
                continue;
            }
            if (o == bb) { // only the version changed it
                toward(plan, path, o, t);
                continue;
            }
            if (t == bb) // only the instance changed it: keep
                continue;
            const MergeConflict conflict{path, bb, o, t, {}, {}};
            if (prefer == Prefer::Theirs)
                toward(plan, path, o, t);
            else if (prefer == Prefer::None)
                plan.conflicts.append(conflict);
        }
        break;
    }
    }
    return plan;
}

} // namespace poddeck
