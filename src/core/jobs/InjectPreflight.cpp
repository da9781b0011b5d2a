#include "jobs/InjectPreflight.h"

#include "bundle/LocalStackZip.h"
#include "emulator/AdapterRegistry.h"
#include "jobs/LiveState.h"
#include "state/ResourcePath.h"
#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QSet>

namespace poddeck {

namespace {

bool covers(const SnapshotFilter &filter, const QString &path)
{
    const QStringList seg = ResourcePath::segments(path);
    if (filter.services.isEmpty() || !filter.services.contains(seg.value(0)))
        return false;
    return seg.value(2) == QLatin1String("global") || filter.regions.isEmpty() || filter.regions.contains(seg.value(2));
}

bool isNative(const QStringList &seg)
{
    return seg.value(0) == QLatin1String(LocalStackZip::OtherService) || seg.value(3) == QLatin1String(LocalStackZip::StateType);
}

// The top-level resource a child lives in (an S3 object's or object version's bucket, a message's queue);
// empty for top-level resources. Not the immediate parent: children may sit under a path that is no
// resource of its own (the older versions of an S3 key whose latest entry is a delete marker), and an
// adapter names finer dependencies itself (dependencies()).
QString parentOf(const QString &path)
{
    return path.count(QLatin1Char('/')) > 4 ? path.section(QLatin1Char('/'), 0, 4) : QString();
}

// A child resource (a layer version) that a pod from before such children existed keeps inside its parent:
// the parent is there and holds no children at all, so it restores the child itself.
bool heldInsideParent(const StateMap &after, const QString &dep)
{
    const QString parent = parentOf(dep);
    if (parent.isEmpty() || !after.contains(parent))
        return false;
    const QString below = parent + u'/';
    const auto next = after.lowerBound(below);
    return next == after.cend() || !next.key().startsWith(below);
}

} // namespace

QString PreflightItem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unrestorable: return QStringLiteral("unrestorable");
    case Kind::Unserved: return QStringLiteral("unserved");
    case Kind::MissingDependency: return QStringLiteral("missing-dependency");
    case Kind::Dependent: return QStringLiteral("dependent");
    }
    return {};
}

QJsonObject PreflightItem::toJson() const
{
    QJsonObject o{{"path", path}, {"kind", kindName(kind)}, {"reason", reason}, {"fix", fix}};
    if (!dependency.isEmpty())
        o.insert("dependency", dependency);
    return o;
}

QString PreflightItem::describe() const
{
    return QStringLiteral("%1: %2. %3").arg(ResourcePath::display(path), reason, fix);
}

Result<PreflightReport> preflightPlan(const InjectPlan &plan, const PreflightInput &input)
{
    // What the instance holds once the plan is applied.
    StateMap after = plan.resetFirst ? StateMap() : input.live;
    for (const PlanStep &step : plan.steps) {
        if (step.action == PlanStep::Action::Delete)
            after.remove(step.path);
        else
            after.insert(step.path, step.after);
    }
    const QString endpoint = input.emulator ? input.emulator->endpoint : QString();
    PreflightReport report;
    QSet<QString> bad;
    QHash<QString, QStringList> dependenciesOf;
    auto problem = [&](PreflightItem::Kind kind, const QString &path, const QString &reason, const QString &fix,
                       const QString &dependency = QString()) {
        report.problems.append(PreflightItem{kind, path, reason, fix, dependency});
        bad.insert(path);
    };

    for (const PlanStep &step : plan.steps) {
        if (step.action == PlanStep::Action::Delete)
            continue;
        const QStringList seg = ResourcePath::segments(step.path);
        const QString service = seg.value(0);
        if (isNative(seg)) {
            problem(PreflightItem::Kind::Unrestorable, step.path,
                    ErrorText::tr("it is LocalStack's own state, which only LocalStack with its state API can load"),
                    ErrorText::tr("Inject it into such a LocalStack, or inject the rest without it"));
            continue;
        }
        const std::shared_ptr<ServiceAdapter> adapter = adapterFor(service);
        if (!adapter) {
            problem(PreflightItem::Kind::Unserved, step.path,
                    ErrorText::tr("PodDeck cannot write %1 resources through the AWS APIs").arg(service),
                    ErrorText::tr("Inject it into an emulator whose own state API loads it, or inject the rest without it"));
            continue;
        }
        if (input.emulator && !input.emulator->services.isEmpty() && !input.emulator->services.contains(service)) {
            problem(PreflightItem::Kind::Unserved, step.path,
                    ErrorText::tr("the emulator at %1 does not run %2").arg(endpoint, service),
                    ErrorText::tr("Start it with %1 enabled (LocalStack: SERVICES), or inject the rest without it").arg(service));
            continue;
        }
        Result<Resource> resource = loadResource(*input.store, step.after);
        if (!resource)
            return resource.error();
        std::optional<Resource> live;
        if (step.action == PlanStep::Action::Update && !step.before.isNull()) {
            Result<Resource> l = loadResource(*input.store, step.before);
            if (!l)
                return l.error();
            live = *l;
        }
        if (const QString why = adapter->unrestorable(*resource, live ? &*live : nullptr); !why.isEmpty()) {
            // The adapter may say what to do on a line of its own; else the code is what is missing.
            const QString fix = why.contains(u'\n') ? why.section(u'\n', 1)
                                                    : ErrorText::tr("Commit it again where its code can be read (moto started by "
                                                                "PodDeck) or attach the code to the version, or inject the rest "
                                                                "without it");
            problem(PreflightItem::Kind::Unrestorable, step.path, why.section(u'\n', 0, 0), fix);
            continue;
        }
        QStringList deps = adapter->dependencies(*resource);
        if (const QString parent = parentOf(step.path); !parent.isEmpty())
            deps.prepend(parent);
        dependenciesOf.insert(step.path, deps);
        for (const QString &dep : std::as_const(deps)) {
            if (after.contains(dep) || !adapterFor(ResourcePath::service(dep)))
                continue; // present, or of a service PodDeck cannot look at
            if (heldInsideParent(after, dep))
                continue;
            if (!plan.resetFirst && !covers(input.covered, dep)) {
                if (!input.existsOnInstance)
                    continue;
                Result<bool> exists = input.existsOnInstance(dep);
                if (!exists)
                    return Error(exists.error().code, ErrorText::tr("checking what %1 needs: %2; nothing was changed")
                                                          .arg(ResourcePath::display(step.path), exists.error().message));
                if (*exists)
                    continue;
            }
            problem(PreflightItem::Kind::MissingDependency, step.path,
                    (plan.resetFirst ? ErrorText::tr("it needs %1, which neither the version nor the instance (after its reset) holds")
                                     : ErrorText::tr("it needs %1, which neither the version nor the instance holds"))
                        .arg(ResourcePath::display(dep)),
                    ErrorText::tr("Create it on the instance or commit it with the version, or inject the rest without it"), dep);
            break;
        }
    }

    // Whatever needs a problem is skipped with it, transitively.
    for (bool grew = true; grew;) {
        grew = false;
        for (auto it = dependenciesOf.cbegin(); it != dependenciesOf.cend(); ++it) {
            if (bad.contains(it.key()))
                continue;
            for (const QString &dep : it.value()) {
                if (!bad.contains(dep))
                    continue;
                report.dependents.append(PreflightItem{PreflightItem::Kind::Dependent, it.key(),
                                                       ErrorText::tr("it needs %1, which cannot be restored").arg(ResourcePath::display(dep)),
                                                       ErrorText::tr("It is skipped with it"), dep});
                bad.insert(it.key());
                grew = true;
                break;
            }
        }
    }
    return report;
}

Result<PreflightReport> preflightInstance(const InjectPlan &plan, const AwsConfig &config, const EmulatorInfo &emulator,
                                          ObjectStore &store, const StateMap &live, const SnapshotFilter &covered,
                                          JobContext &context)
{
    PreflightInput input{&emulator, &store, live, covered, {}};
    QHash<QString, StateMap> read; // "service/region" -> what the instance holds there
    input.existsOnInstance = [&](const QString &path) -> Result<bool> {
        const QStringList seg = ResourcePath::segments(path);
        const QString region = seg.value(2) == QLatin1String("global") ? config.region : seg.value(2);
        const QString key = seg.value(0) + u'/' + region;
        if (!read.contains(key)) {
            context.setStage(QCoreApplication::translate("poddeck::Stage", "Looking for %1 on the instance").arg(ResourcePath::display(path)));
            SnapshotFilter filter;
            filter.services = {seg.value(0)};
            filter.regions = {region};
            Result<LiveState> state = readLiveState(config, emulator, filter, store, context);
            if (!state)
                return state.error();
            read.insert(key, state->resources);
        }
        return read.value(key).contains(path);
    };
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Checking the plan"));
    return preflightPlan(plan, input);
}

void skipUnrestorable(InjectPlan &plan, const PreflightReport &report)
{
    QSet<QString> skip;
    for (const PreflightItem &item : report.all())
        skip.insert(item.path);
    if (skip.isEmpty())
        return;
    plan.steps.erase(std::remove_if(plan.steps.begin(), plan.steps.end(),
                                    [&](const PlanStep &s) { return s.action != PlanStep::Action::Delete && skip.contains(s.path); }),
                     plan.steps.end());
}

QString preflightRefusal(const PreflightReport &report)
{
    QStringList lines;
    for (const PreflightItem &item : report.all())
        lines << item.describe();
    return ErrorText::tr("%n resource(s) cannot be restored, so nothing was changed (inject the rest with "
                     "--skip-unrestorable):\n%1", nullptr, int(report.problems.size()))
        .arg(lines.join(QLatin1Char('\n')));
}

} // namespace poddeck
