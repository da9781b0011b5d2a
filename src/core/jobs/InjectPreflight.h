#pragma once

#include "aws/AwsConfig.h"
#include "emulator/AwsApiSnapshot.h"
#include "emulator/EmulatorInfo.h"
#include "jobs/JobContext.h"
#include "merge/InjectPlan.h"
#include "util/Result.h"

#include <QJsonObject>
#include <functional>

namespace poddeck {

class ObjectStore;

// One resource of a plan that cannot be applied, or that depends on one (DESIGN.md "Inject order").
struct PreflightItem
{
    enum class Kind {
        Unrestorable,      // the version lacks what re-creates it (Lambda code, LocalStack's own state)
        Unserved,          // the target cannot serve its service (no adapter, service not running)
        MissingDependency, // needs a resource neither the version nor the instance holds
        Dependent,         // depends on another item: skipped with it
    };
    Kind kind = Kind::Unrestorable;
    QString path;       // encoded resource path
    QString reason;     // why, in words
    QString fix;        // what the user can do
    QString dependency; // MissingDependency, Dependent: the path it needs

    static QString kindName(Kind kind); // "unrestorable", "unserved", "missing-dependency", "dependent"
    QJsonObject toJson() const;
    QString describe() const; // "<path>: <reason>. <fix>"
};

struct PreflightReport
{
    QList<PreflightItem> problems;   // what cannot be applied
    QList<PreflightItem> dependents; // what depends on a problem: skipped with it
    bool ok() const { return problems.isEmpty(); }
    QList<PreflightItem> all() const { return problems + dependents; }
};

struct PreflightInput
{
    const EmulatorInfo *emulator = nullptr;
    const ObjectStore *store = nullptr;
    StateMap live;          // the instance as read for the plan (empty when it is reset first)
    SnapshotFilter covered; // what `live` covers (no services: nothing was read)
    // Whether a resource outside `covered` exists on the instance (reads its service and region).
    // Null: such dependencies are not checked.
    std::function<Result<bool>(const QString &path)> existsOnInstance;
};

// Checks every create and update of `plan` before anything changes: that its service can be written at
// the target, that the version holds what re-creates it (ServiceAdapter::unrestorable), and that what
// it depends on (ServiceAdapter::dependencies, a child's parent) will exist after the plan, in the
// version or on the instance. Errors only when the instance cannot be read.
Result<PreflightReport> preflightPlan(const InjectPlan &plan, const PreflightInput &input);

// preflightPlan() for a plan about to go into the instance at `config`: dependencies outside `covered`
// are looked up on the instance, one read per service and region.
Result<PreflightReport> preflightInstance(const InjectPlan &plan, const AwsConfig &config, const EmulatorInfo &emulator,
                                          ObjectStore &store, const StateMap &live, const SnapshotFilter &covered,
                                          JobContext &context);

// Drops the steps of every problem and dependent from `plan` (report.all() says which).
void skipUnrestorable(InjectPlan &plan, const PreflightReport &report);

// The refusal as one message: "N resources cannot be restored; nothing was changed: ..." with each item.
QString preflightRefusal(const PreflightReport &report);

} // namespace poddeck
