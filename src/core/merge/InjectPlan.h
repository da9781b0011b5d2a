#pragma once

#include "state/ObjectId.h"
#include "util/Result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace poddeck {

// How a version goes into a running instance (DESIGN.md "Inject strategies"; LocalStack's names).
enum class InjectStrategy { Overwrite, AccountRegionMerge, ServiceMerge, DeepMerge };
enum class Prefer { None, Ours, Theirs }; // deep-merge conflicts: ours = the live instance, theirs = the version

QString strategyName(InjectStrategy s);
Result<InjectStrategy> parseStrategy(const QString &name);

struct PlanStep
{
    enum class Action { Create, Update, Delete };
    Action action;
    QString path;
    ObjectId before; // live resource (Update, Delete)
    ObjectId after;  // resource to write (Create, Update)
    static QString actionName(Action a);
};

struct MergeConflict
{
    QString path;
    ObjectId base, ours, theirs; // null = absent on that side
    QString key;                 // attribute conflicts: the key ("Attributes.X", "attachment:body"); empty: the whole resource
    QString description;         // what happened, when the merge said it; empty: describe() derives it from the ids
    QString describe() const;    // "changed on both sides", "deleted in the instance, changed in the version" ...
};

// path -> resource object id, for one whole state.
using StateMap = QMap<QString, ObjectId>;

struct InjectPlan
{
    InjectStrategy strategy = InjectStrategy::AccountRegionMerge;
    bool resetFirst = false;         // overwrite on an emulator with a fast reset
    bool twoWay = false;             // deep-merge without an instance head
    QList<PlanStep> steps;           // unordered: the applier orders them by restore rank
    QList<MergeConflict> conflicts;  // deep-merge only, those left after --prefer
    QStringList keptDeleted;         // deep-merge: held by the head and the version, deleted on the instance
    QStringList notes;
    int count(PlanStep::Action a) const;
};

// The plan that makes `live` hold `version` under `strategy`. `base` is the instance head's state
// (deep-merge only; null: a two-way merge in which the version wins nothing it did not add or change).
// `canReset`: the instance can be reset fast (moto, LocalStack), so overwrite resets and loads.
// For deep-merge this is the coarse, resource-level plan (a resource changed on both sides is one
// conflict); injectVersion() runs the attribute-level live merge of jobs/LiveMerge.h instead.
InjectPlan planInject(InjectStrategy strategy, const StateMap &live, const StateMap &version, const StateMap *base,
                      Prefer prefer, bool canReset);

// The steps that turn `from` into `to`: create what only `to` holds, update what differs, delete what
// only `from` holds (a live merge applies live -> merged this way).
InjectPlan planChanges(InjectStrategy strategy, const StateMap &from, const StateMap &to);

} // namespace poddeck
