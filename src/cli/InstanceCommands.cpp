#include "Commands.h"

#include "emulator/AdapterRegistry.h"
#include "jobs/CommitDirectory.h"
#include "jobs/CommitInstance.h"
#include "jobs/InjectVersion.h"
#include "jobs/InstanceConfig.h"
#include "jobs/InstanceStatus.h"
#include "state/ResourcePath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace poddeck::cli {

namespace {

const QCommandLineOption &endpointOption()
{
    static const QCommandLineOption o(QStringLiteral("endpoint"),
                                      QStringLiteral("The emulator (default: $AWS_ENDPOINT_URL, else http://localhost:4566)."),
                                      QStringLiteral("URL"));
    return o;
}

QStringList listValue(const QCommandLineParser &p, const QCommandLineOption &o)
{
    QStringList out;
    for (const QString &v : p.values(o))
        for (const QString &item : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(item.trimmed());
    return out;
}

int runStatus(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption quick(QStringLiteral("no-count"), QStringLiteral("Skip counting resources (faster)."));
    p.addOptions({endpointOption(), quick});
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("status [--endpoint URL] [--no-count]"), 0, 0, &code))
        return code;
    JobContext job;
    Result<InstanceStatus> st = instanceStatus(ctx.home, instanceConfig(p.value(endpointOption())), !p.isSet(quick), job);
    if (!st)
        return ctx.fail(st.error());
    const EmulatorInfo &e = st->emulator;
    if (ctx.json) {
        QJsonObject o = e.toJson();
        QJsonObject counts;
        for (auto it = st->resourceCounts.cbegin(); it != st->resourceCounts.cend(); ++it)
            counts.insert(it.key(), it.value());
        o.insert("resourceCounts", counts);
        o.insert("regions", QJsonArray::fromStringList(st->regions));
        o.insert("head", st->head ? QJsonValue(QJsonObject{{"pod", st->head->pod}, {"number", st->head->number}, {"id", st->head->version.toHex()}})
                                  : QJsonValue());
        ctx.printJson(o);
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    out << "endpoint:  " << e.endpoint << "\n";
    out << "kind:      " << e.kindName() << (e.version.isEmpty() ? QString() : QStringLiteral(" ") + e.version) << "\n";
    out << "health:    " << (e.healthy ? "healthy" : "not healthy") << "\n";
    out << "account:   " << e.account << "\n";
    if (!e.services.isEmpty())
        out << "services:  " << e.services.join(QLatin1String(", ")) << "\n";
    if (e.kind == EmulatorInfo::Kind::LocalStack)
        out << "state API: " << (e.stateApi ? "available" : "not available") << "\n";
    out << "head:      " << (st->head ? QStringLiteral("%1:%2 (%3)").arg(st->head->pod).arg(st->head->number).arg(st->head->version.shortHex())
                                      : QStringLiteral("none (nothing committed or injected here yet)"))
        << "\n";
    if (!st->resourceCounts.isEmpty()) {
        out << "resources:";
        for (auto it = st->resourceCounts.cbegin(); it != st->resourceCounts.cend(); ++it)
            out << " " << it.key() << "=" << it.value();
        out << "\n";
        out << "regions:   " << (st->regions.isEmpty() ? QStringLiteral("-") : st->regions.join(QLatin1String(", "))) << "\n";
    }
    if (!e.notice.isEmpty())
        out << "note:      " << e.notice << "\n";
    return ExitOk;
}

int runCommit(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("pod"), QStringLiteral("The pod to commit into (created if new)."));
    const QCommandLineOption message(QStringList{QStringLiteral("m"), QStringLiteral("message")},
                                     QStringLiteral("The version's message."), QStringLiteral("MSG"));
    const QCommandLineOption services(QStringLiteral("services"), QStringLiteral("Only these services (comma-separated)."), QStringLiteral("LIST"));
    const QCommandLineOption regions(QStringLiteral("regions"), QStringLiteral("Only these regions (default: every region holding resources)."), QStringLiteral("LIST"));
    const QCommandLineOption fromDir(QStringLiteral("from-dir"), QStringLiteral("Snapshot the files of DIR instead of an emulator."), QStringLiteral("DIR"));
    const QCommandLineOption author(QStringLiteral("author"), QStringLiteral("Author (default: $PODDECK_AUTHOR or user@host)."), QStringLiteral("NAME"));
    const QCommandLineOption noMessages(QStringLiteral("no-messages"), QStringLiteral("Leave SQS messages out (queues are still committed)."));
    p.addOptions({message, services, regions, fromDir, author, noMessages, endpointOption()});
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("commit POD [-m MSG] [--services a,b] [--regions r1,r2] [--no-messages] [--endpoint URL] | --from-dir DIR"), 1, 1, &code))
        return code;
    const QString pod = p.positionalArguments().at(0);
    JobContext job = ctx.job();
    Version version;
    QStringList warnings;
    if (p.isSet(fromDir)) {
        Result<Version> v = commitDirectory({ctx.home, pod, p.value(fromDir), p.value(message), p.value(author)}, job);
        if (!v)
            return ctx.fail(v.error());
        version = *v;
    } else {
        CommitInstanceRequest req;
        req.home = ctx.home;
        req.pod = pod;
        req.message = p.value(message);
        req.author = p.value(author);
        req.config = instanceConfig(p.value(endpointOption()));
        req.filter.services = listValue(p, services);
        req.filter.regions = listValue(p, regions);
        req.filter.options.includeSqsMessages = !p.isSet(noMessages);
        Result<CommitInstanceReport> r = commitInstance(req, job);
        if (!r)
            return ctx.fail(r.error());
        version = r->version;
        warnings = r->warnings;
    }
    if (ctx.json) {
        QJsonObject o = version.toJson();
        o.insert("warnings", QJsonArray::fromStringList(warnings));
        ctx.printJson(o);
    } else {
        for (const QString &w : std::as_const(warnings))
            ctx.out() << "warning: " << w << "\n";
        ctx.out() << QStringLiteral("Committed %1:%2 (%3): %4 resources in %5\n")
                         .arg(version.pod)
                         .arg(version.number)
                         .arg(version.id.shortHex())
                         .arg(version.resourceCount)
                         .arg(version.services.isEmpty() ? QStringLiteral("no services") : version.services.join(QLatin1String(", ")));
    }
    return ExitOk;
}

QJsonObject planJson(const InjectReport &r)
{
    QJsonArray steps, conflicts, applied;
    for (const PlanStep &s : r.plan.steps)
        steps.append(QJsonObject{{"action", PlanStep::actionName(s.action)}, {"path", s.path}});
    for (const MergeConflict &c : r.plan.conflicts) {
        QJsonObject o{{"path", c.path}, {"conflict", c.describe()}};
        if (!c.key.isEmpty())
            o.insert("key", c.key);
        conflicts.append(o);
    }
    for (const ApplyReport::Item &i : r.apply.applied)
        applied.append(QJsonObject{{"action", PlanStep::actionName(i.action)}, {"path", i.path}});
    QJsonObject o{{"version", r.version.toJson()},
                  {"strategy", strategyName(r.plan.strategy)},
                  {"resetFirst", r.plan.resetFirst},
                  {"steps", steps},
                  {"conflicts", conflicts},
                  {"applied", applied},
                  {"notes", QJsonArray::fromStringList(r.plan.notes + r.nativeMessages)},
                  {"done", r.applied && r.apply.ok()}};
    if (!r.apply.ok())
        o.insert("error", QJsonObject{{"path", r.apply.failedPath}, {"message", r.apply.error.message}});
    if (!r.merge.id.isNull())
        o.insert("merge", r.merge.toJson());
    return o;
}

int runInject(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("pod[:N]"), QStringLiteral("The version to load."));
    const QCommandLineOption strategy(QStringLiteral("strategy"),
                                      QStringLiteral("overwrite, account-region-merge (default), service-merge or deep-merge."),
                                      QStringLiteral("S"), QStringLiteral("account-region-merge"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Print the plan and change nothing."));
    const QCommandLineOption prefer(QStringLiteral("prefer"), QStringLiteral("deep-merge conflicts: ours (the instance) or theirs (the version)."), QStringLiteral("SIDE"));
    p.addOptions({strategy, dryRun, prefer, endpointOption()});
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("inject POD[:N] [--strategy S] [--dry-run] [--prefer ours|theirs] [--endpoint URL]"), 1, 1, &code))
        return code;
    InjectRequest req;
    req.home = ctx.home;
    Result<VersionRef> ref = VersionRef::parse(p.positionalArguments().at(0));
    if (!ref)
        return ctx.fail(ref.error());
    req.ref = *ref;
    Result<InjectStrategy> s = parseStrategy(p.value(strategy));
    if (!s)
        return ctx.fail(s.error());
    req.strategy = *s;
    if (p.isSet(prefer)) {
        if (p.value(prefer) == QLatin1String("ours"))
            req.prefer = Prefer::Ours;
        else if (p.value(prefer) == QLatin1String("theirs"))
            req.prefer = Prefer::Theirs;
        else
            return ctx.fail(QStringLiteral("--prefer takes ours or theirs"), ExitUsage);
    }
    req.dryRun = p.isSet(dryRun);
    req.config = instanceConfig(p.value(endpointOption()));
    JobContext job = ctx.job();
    Result<InjectReport> r = injectVersion(req, job);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json) {
        ctx.printJson(planJson(*r));
    } else {
        QTextStream &out = ctx.out();
        const QString name = QStringLiteral("%1:%2").arg(r->version.pod).arg(r->version.number);
        for (const QString &n : r->plan.notes)
            out << "note: " << n << "\n";
        if (req.dryRun || !r->applied) {
            out << QStringLiteral("Plan for %1 (%2): %3 to create, %4 to update, %5 to delete%6\n")
                       .arg(name, strategyName(r->plan.strategy))
                       .arg(r->plan.count(PlanStep::Action::Create))
                       .arg(r->plan.count(PlanStep::Action::Update))
                       .arg(r->plan.count(PlanStep::Action::Delete))
                       .arg(r->plan.resetFirst ? QStringLiteral(", after a reset") : QString());
            for (const PlanStep &st : r->plan.steps)
                out << "  " << PlanStep::actionName(st.action).leftJustified(7) << ResourcePath::display(st.path) << "\n";
        }
        for (const QString &m : r->nativeMessages)
            out << "  " << m << "\n";
        if (r->applied) {
            for (const ApplyReport::Item &i : r->apply.applied)
                out << "  " << PlanStep::actionName(i.action).leftJustified(7) << ResourcePath::display(i.path) << "  done\n";
            if (r->apply.ok())
                out << QStringLiteral("Injected %1 with %2: %3 changes\n").arg(name, strategyName(r->plan.strategy)).arg(r->apply.applied.size());
            if (r->apply.ok() && !r->merge.id.isNull())
                out << QStringLiteral("Recorded the merge as %1:%2 (%3); it is the instance head now\n")
                           .arg(r->merge.pod)
                           .arg(r->merge.number)
                           .arg(r->merge.id.shortHex());
        }
    }
    if (!r->plan.conflicts.isEmpty()) {
        if (!ctx.json)
            for (const MergeConflict &c : r->plan.conflicts)
                ctx.out() << "  conflict " << ResourcePath::display(c.path) << (c.key.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(c.key)) << ": "
                          << c.describe() << "\n";
        return ctx.fail(QStringLiteral("%1 conflicts; nothing was changed. Choose a side with --prefer ours|theirs").arg(r->plan.conflicts.size()),
                        ExitConflicts);
    }
    if (r->applied && !r->apply.ok())
        return ctx.fail(QStringLiteral("%1 (%2 of %3 changes were applied before it; the instance head is unchanged)")
                            .arg(r->apply.error.message)
                            .arg(r->apply.applied.size())
                            .arg(r->plan.steps.size()));
    return ExitOk;
}

int runReset(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption services(QStringLiteral("services"), QStringLiteral("Only these services (comma-separated)."), QStringLiteral("LIST"));
    p.addOptions({services, endpointOption()});
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("reset [--services a,b] [--endpoint URL]"), 0, 0, &code))
        return code;
    JobContext job;
    const QStringList list = listValue(p, services);
    if (Status st = resetInstanceJob(ctx.home, instanceConfig(p.value(endpointOption())), list, job); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{"reset", list.isEmpty() ? QJsonValue("all") : QJsonValue(QJsonArray::fromStringList(list))}});
    else
        ctx.out() << (list.isEmpty() ? QStringLiteral("Reset the instance.\n") : QStringLiteral("Reset %1.\n").arg(list.join(QLatin1String(", "))));
    return ExitOk;
}

} // namespace

QList<Command> instanceCommands()
{
    return {
        {QStringLiteral("status"), {}, QStringLiteral("status [--endpoint URL]"), QStringLiteral("What runs at the endpoint, its head and resources."), runStatus},
        {QStringLiteral("commit"), {QStringLiteral("save")}, QStringLiteral("commit POD [-m MSG] [--services ..]"),
         QStringLiteral("Record the instance (or --from-dir DIR) as a new version (alias: save)."), runCommit},
        {QStringLiteral("inject"), {QStringLiteral("load")}, QStringLiteral("inject POD[:N] [--strategy S] [--dry-run]"),
         QStringLiteral("Load a version into the instance (alias: load)."), runInject},
        {QStringLiteral("reset"), {}, QStringLiteral("reset [--services a,b]"), QStringLiteral("Empty the instance or some services."), runReset},
    };
}

} // namespace poddeck::cli
