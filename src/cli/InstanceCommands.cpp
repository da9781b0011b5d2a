#include "Commands.h"

#include "emulator/AdapterRegistry.h"
#include "jobs/CommitDirectory.h"
#include "jobs/Autosave.h"
#include "jobs/CommitInstance.h"
#include "jobs/InjectVersion.h"
#include "jobs/InstanceConfig.h"
#include "jobs/InstanceStatus.h"
#include "state/ResourcePath.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace poddeck::cli {

namespace {

// "1 resource", "3 resources": the CLI speaks English only, with the right plural.
QString resourceCount(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 resource") : QStringLiteral("%1 resources").arg(n);
}


const QCommandLineOption &endpointOption()
{
    static const QCommandLineOption o(QStringLiteral("endpoint"),
                                      QStringLiteral("The emulator (default: $AWS_ENDPOINT_URL, else http://localhost:4566)."),
                                      QStringLiteral("URL"));
    return o;
}

const QCommandLineOption &waitOption()
{
    static const QCommandLineOption o(QStringLiteral("wait-for-endpoint"),
                                      QStringLiteral("Wait up to SECONDS for the emulator to answer first (a CI service container "
                                                     "that is still starting)."),
                                      QStringLiteral("SECONDS"));
    return o;
}

// --wait-for-endpoint's value: a whole number of seconds, 0..3600.
bool waitSeconds(CliContext &ctx, const QCommandLineParser &p, int *seconds, int *code)
{
    *seconds = 0;
    if (!p.isSet(waitOption()))
        return true;
    bool ok = false;
    *seconds = p.value(waitOption()).toInt(&ok);
    if (ok && *seconds >= 0 && *seconds <= 3600)
        return true;
    *code = ctx.fail(QStringLiteral("--wait-for-endpoint takes a number of seconds (0 to 3600)"), ExitUsage);
    return false;
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
        QJsonValue head;
        if (st->head) {
            QJsonObject h{{"pod", st->head->pod}, {"number", st->head->number}, {"id", st->head->version.toHex()},
                          {"life", st->head->life}, {"applies", st->headApplies}};
            if (!st->headNote.isEmpty())
                h.insert("note", st->headNote);
            head = h;
        }
        o.insert("head", head);
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
    if (!st->headNote.isEmpty())
        out << (st->headApplies ? "note:      " : "warning:   ") << st->headNote << "\n";
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

// --attach-code NAME=FILE.zip values -> name -> zip bytes.
Result<QMap<QString, QByteArray>> readAttachedCode(const QStringList &values)
{
    QMap<QString, QByteArray> out;
    for (const QString &v : values) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == v.size() - 1)
            return Error(Error::Code::InvalidArgument,
                         QStringLiteral("--attach-code takes NAME=FILE.zip (or layer:NAME:VERSION=FILE.zip), not '%1'").arg(v));
        const QString file = v.mid(eq + 1);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io, QStringLiteral("--attach-code: cannot read %1: %2").arg(file, f.errorString()));
        const QByteArray zip = f.readAll();
        if (!zip.startsWith("PK"))
            return Error(Error::Code::InvalidArgument, QStringLiteral("--attach-code: %1 is not a zip file").arg(file));
        out.insert(v.left(eq), zip);
    }
    return out;
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
    const QCommandLineOption attachCode(QStringLiteral("attach-code"),
                                        QStringLiteral("Code the emulator cannot give back: a function's zip (NAME=FILE.zip) or a "
                                                       "layer version's (layer:NAME:VERSION=FILE.zip). Repeatable."),
                                        QStringLiteral("NAME=FILE"));
    const QCommandLineOption noMessages(QStringLiteral("no-messages"), QStringLiteral("Leave SQS messages out (queues are still committed)."));
    p.addOptions({message, services, regions, fromDir, author, attachCode, noMessages, endpointOption(), waitOption()});
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("commit POD [-m MSG] [--services a,b] [--regions r1,r2] [--attach-code NAME=FILE.zip]... "
                                     "[--no-messages] [--endpoint URL] [--wait-for-endpoint SECONDS] | --from-dir DIR"), 1, 1, &code))
        return code;
    int wait = 0;
    if (!waitSeconds(ctx, p, &wait, &code))
        return code;
    const QString pod = p.positionalArguments().at(0);
    JobContext job = ctx.job();
    Version version;
    QStringList warnings;
    QList<NotCapturedService> notCaptured;
    QList<MissingCode> missingCode;
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
        req.waitForEndpointSeconds = wait;
        req.filter.services = listValue(p, services);
        req.filter.regions = listValue(p, regions);
        Result<QMap<QString, QByteArray>> attached = readAttachedCode(p.values(attachCode));
        if (!attached)
            return ctx.fail(attached.error());
        req.filter.options.attachedCode = *attached;
        req.filter.options.includeSqsMessages = !p.isSet(noMessages);
        Result<CommitInstanceReport> r = commitInstance(req, job);
        if (!r)
            return ctx.fail(r.error());
        version = r->version;
        warnings = r->warnings;
        notCaptured = r->notCaptured;
        missingCode = r->missingCode;
    }
    if (ctx.json) {
        QJsonObject o = version.toJson();
        o.insert("warnings", QJsonArray::fromStringList(warnings));
        QJsonArray missing;
        for (const NotCapturedService &n : std::as_const(notCaptured))
            missing.append(QJsonObject{{"service", n.service}, {"count", n.count}});
        o.insert("notCaptured", missing);
        QJsonArray missingCodeJson;
        for (const MissingCode &m : std::as_const(missingCode))
            missingCodeJson.append(QJsonObject{{"path", m.path}, {"name", m.attachKey}, {"what", m.what}});
        o.insert("missingCode", missingCodeJson);
        ctx.printJson(o);
    } else {
        // The per-resource warnings are repeated below as one list with the fix.
        for (const QString &w : std::as_const(warnings))
            if (!w.contains(QLatin1String("--attach-code")))
                ctx.out() << "warning: " << w << "\n";
        if (!missingCode.isEmpty()) {
            ctx.out() << "warning: " << missingCode.size()
                      << " Lambda function(s) or layer(s) have no code in this version and cannot be restored from it:\n";
            QStringList fix;
            for (const MissingCode &m : std::as_const(missingCode)) {
                ctx.out() << "  " << m.what << "\n";
                fix << QStringLiteral("--attach-code %1=FILE.zip").arg(m.attachKey);
            }
            ctx.out() << "  fix: commit again with " << fix.join(QLatin1Char(' '))
                      << ", or run moto through `poddeck-cli moto`, which serves the code\n";
        }
        ctx.out() << QStringLiteral("Committed %1:%2 (%3): %4 in %5\n")
                         .arg(version.pod)
                         .arg(version.number)
                         .arg(version.id.shortHex())
                         .arg(resourceCount(version.resourceCount))
                         .arg(version.services.isEmpty() ? QStringLiteral("no services") : version.services.join(QLatin1String(", ")));
        if (!notCaptured.isEmpty())
            ctx.out() << QStringLiteral("Not captured: %1 \u2014 PodDeck cannot read these services yet\n")
                             .arg(describeNotCaptured(notCaptured));
    }
    return ExitOk;
}

QJsonObject planJson(const InjectReport &r, bool skipping)
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
                  {"twoWay", r.plan.twoWay},
                  {"keptDeleted", QJsonArray::fromStringList(r.plan.keptDeleted)},
                  {"done", r.applied && r.apply.ok()}};
    if (!r.apply.warnings.isEmpty())
        o.insert("warnings", QJsonArray::fromStringList(r.apply.warnings));
    if (!r.apply.ok()) {
        o.insert("error", QJsonObject{{"path", r.apply.failedPath}, {"message", r.apply.error.message}});
        QJsonArray notApplied;
        for (const PlanStep &s : r.notApplied())
            notApplied.append(QJsonObject{{"action", PlanStep::actionName(s.action)}, {"path", s.path}});
        o.insert("notApplied", notApplied);
    }
    // Preflight: what cannot be restored; refused, or skipped (with --skip-unrestorable).
    QJsonArray problems, skipped;
    for (const PreflightItem &i : r.preflight.all())
        problems.append(i.toJson());
    if (skipping)
        for (const PreflightItem &i : r.preflight.all())
            skipped.append(i.toJson());
    o.insert("unrestorable", problems);
    o.insert("refused", r.refused);
    o.insert("skipped", skipped);
    if (r.autosave)
        o.insert("autosave", QJsonObject{{"pod", r.autosave->pod}, {"number", r.autosave->number},
                                         {"id", r.autosave->id.toHex()}, {"restore", Autosave::restoreCommand(*r.autosave)}});
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
    const QCommandLineOption skip(QStringLiteral("skip-unrestorable"),
                                  QStringLiteral("Apply what can be restored; skip what cannot (and what depends on it) instead of refusing."));
    const QCommandLineOption noAutosave(QStringLiteral("no-autosave"),
                                        QStringLiteral("overwrite: do not commit the instance to pod autosave first."));
    p.addOptions({strategy, dryRun, prefer, skip, noAutosave, endpointOption(), waitOption()});
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("inject POD[:N] [--strategy S] [--dry-run] [--prefer ours|theirs] [--skip-unrestorable] "
                                     "[--no-autosave] [--endpoint URL] [--wait-for-endpoint SECONDS]"), 1, 1, &code))
        return code;
    int wait = 0;
    if (!waitSeconds(ctx, p, &wait, &code))
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
    req.skipUnrestorable = p.isSet(skip);
    req.autosave = !p.isSet(noAutosave);
    req.config = instanceConfig(p.value(endpointOption()));
    req.waitForEndpointSeconds = wait;
    JobContext job = ctx.job();
    Result<InjectReport> r = injectVersion(req, job);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json) {
        ctx.printJson(planJson(*r, req.skipUnrestorable));
    } else {
        QTextStream &out = ctx.out();
        const QString name = QStringLiteral("%1:%2").arg(r->version.pod).arg(r->version.number);
        for (const QString &n : r->plan.notes)
            out << "note: " << n << "\n";
        if (req.dryRun || (!r->applied && !r->refused)) {
            out << QStringLiteral("Plan for %1 (%2): %3 to create, %4 to update, %5 to delete%6\n")
                       .arg(name, strategyName(r->plan.strategy))
                       .arg(r->plan.count(PlanStep::Action::Create))
                       .arg(r->plan.count(PlanStep::Action::Update))
                       .arg(r->plan.count(PlanStep::Action::Delete))
                       .arg(r->plan.resetFirst ? QStringLiteral(", after a reset") : QString());
            for (const PlanStep &st : r->plan.steps)
                out << "  " << PlanStep::actionName(st.action).leftJustified(7) << ResourcePath::display(st.path) << "\n";
        }
        // Deep merge: what stays deleted because the instance head says the instance deleted it.
        for (const QString &path : r->plan.keptDeleted)
            out << "  keep deleted " << ResourcePath::display(path) << "  (deleted on the instance since its head)\n";
        for (const QString &m : r->nativeMessages)
            out << "  " << m << "\n";
        if (!r->preflight.ok()) {
            const bool skipping = req.skipUnrestorable;
            out << (skipping ? QStringLiteral("%1 %2 that cannot be restored:\n")
                                   .arg(req.dryRun ? QStringLiteral("Would skip") : QStringLiteral("Skipped"))
                                   .arg(resourceCount(r->preflight.all().size()))
                             : QStringLiteral("Cannot restore %1 of %2%3:\n")
                                   .arg(resourceCount(r->preflight.problems.size()))
                                   .arg(name, req.dryRun ? QStringLiteral(" (the inject would refuse; --skip-unrestorable skips them)")
                                                         : QString()));
            for (const PreflightItem &i : r->preflight.all())
                out << (skipping ? "  skip   " : "  - ") << i.describe() << "\n";
        }
        if (r->autosave)
            out << QStringLiteral("Saved the instance as %1:%2 first; to get it back: %3\n")
                       .arg(r->autosave->pod)
                       .arg(r->autosave->number)
                       .arg(Autosave::restoreCommand(*r->autosave));
        if (r->applied) {
            for (const ApplyReport::Item &i : r->apply.applied)
                out << "  " << PlanStep::actionName(i.action).leftJustified(7) << ResourcePath::display(i.path) << "  done\n";
            for (const QString &w : r->apply.warnings)
                out << "warning: " << w << "\n";
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
    if (r->refused)
        return ctx.fail(QStringLiteral("%1 cannot be restored, so nothing was changed; inject the rest with "
                                       "--skip-unrestorable").arg(resourceCount(r->preflight.problems.size())));
    if (r->applied && !r->apply.ok()) {
        const QList<PlanStep> notApplied = r->notApplied();
        if (!ctx.json)
            for (const PlanStep &st : notApplied)
                ctx.out() << "  " << PlanStep::actionName(st.action).leftJustified(7) << ResourcePath::display(st.path) << "  not applied\n";
        const QString back = r->autosave ? QStringLiteral("; to go back: %1").arg(Autosave::restoreCommand(*r->autosave))
                                         : QStringLiteral("; inject a version with --strategy overwrite to start clean");
        return ctx.fail(QStringLiteral("%1 (%2 of %3 changes were applied before it, %4 were not; the instance is marked "
                                       "modified%5)")
                            .arg(r->apply.error.message)
                            .arg(r->apply.applied.size())
                            .arg(r->plan.steps.size())
                            .arg(notApplied.size())
                            .arg(back));
    }
    return ExitOk;
}

int runReset(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption services(QStringLiteral("services"), QStringLiteral("Only these services (comma-separated)."), QStringLiteral("LIST"));
    const QCommandLineOption noAutosave(QStringLiteral("no-autosave"), QStringLiteral("Do not commit the instance to pod autosave first."));
    p.addOptions({services, noAutosave, endpointOption()});
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("reset [--services a,b] [--no-autosave] [--endpoint URL]"), 0, 0, &code))
        return code;
    JobContext job;
    const QStringList list = listValue(p, services);
    Result<ResetReport> r = resetWithAutosave(ctx.home, instanceConfig(p.value(endpointOption())), list, !p.isSet(noAutosave), job);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json) {
        QJsonObject o{{"reset", list.isEmpty() ? QJsonValue("all") : QJsonValue(QJsonArray::fromStringList(list))}};
        if (r->autosave)
            o.insert("autosave", QJsonObject{{"pod", r->autosave->pod}, {"number", r->autosave->number}, {"id", r->autosave->id.toHex()},
                                             {"restore", Autosave::restoreCommand(*r->autosave, !list.isEmpty())}});
        ctx.printJson(o);
    } else {
        if (r->autosave)
            ctx.out() << QStringLiteral("Saved the instance as %1:%2 first; to get it back: %3\n")
                             .arg(r->autosave->pod)
                             .arg(r->autosave->number)
                             .arg(Autosave::restoreCommand(*r->autosave, !list.isEmpty()));
        ctx.out() << (list.isEmpty() ? QStringLiteral("Reset the instance.\n") : QStringLiteral("Reset %1.\n").arg(list.join(QLatin1String(", "))));
    }
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
        {QStringLiteral("reset"), {}, QStringLiteral("reset [--services a,b] [--no-autosave]"),
         QStringLiteral("Empty the instance or some services (after saving them to pod autosave)."), runReset},
    };
}

} // namespace poddeck::cli
