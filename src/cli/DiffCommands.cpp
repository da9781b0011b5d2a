#include "Commands.h"

#include "jobs/DiffMerge.h"
#include "jobs/InstanceConfig.h"
#include "merge/MergeSecrets.h"
#include "state/ResourcePath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <functional>

namespace poddeck::cli {

namespace {

QStringList listValue(const QCommandLineParser &p, const QCommandLineOption &o)
{
    QStringList out;
    for (const QString &v : p.values(o))
        for (const QString &item : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(item.trimmed());
    return out;
}

QString shortValue(const QJsonValue &v)
{
    if (v == QJsonValue(QString::fromLatin1(SecretMask::Mask)))
        return QString::fromLatin1(SecretMask::Mask); // a masked secret, as inspect shows it
    QString text = jsonValueText(v);
    if (text.size() > 120)
        text = text.left(117) + QStringLiteral("...");
    return text;
}

QString bytesText(qint64 n)
{
    return QLocale::c().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
}

QJsonValue idJson(const ObjectId &id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(id.toHex());
}

QString sideName(const DiffReport::Side &side)
{
    if (side.ref.live)
        return QStringLiteral("live");
    return QStringLiteral("%1:%2").arg(side.version.pod).arg(side.version.number);
}

QJsonObject sideJson(const DiffReport::Side &side)
{
    QJsonObject o{{"ref", side.ref.toString()}, {"live", side.ref.live}, {"root", idJson(side.root)}};
    if (!side.ref.live)
        o.insert("version", side.version.toJson());
    return o;
}

QString versionName(const Version &v)
{
    return QStringLiteral("%1:%2").arg(v.pod).arg(v.number);
}

int runDiff(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("from"), QStringLiteral("POD, POD:N or live."));
    p.addPositionalArgument(QStringLiteral("to"), QStringLiteral("POD, POD:N or live."));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      QStringLiteral("The instance `live` reads (default: $AWS_ENDPOINT_URL, else http://localhost:4566)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption services(QStringLiteral("services"), QStringLiteral("live: only these services (comma-separated)."), QStringLiteral("LIST"));
    const QCommandLineOption regions(QStringLiteral("regions"), QStringLiteral("live: only these regions."), QStringLiteral("LIST"));
    const QCommandLineOption brief(QStringLiteral("name-only"), QStringLiteral("Only the changed paths, no attribute changes."));
    const QCommandLineOption reveal(QStringLiteral("reveal-secrets"), QStringLiteral("Show secret values instead of masking them."));
    p.addOptions({endpoint, services, regions, brief, reveal});
    int code = 0;
    const QString synopsis = QStringLiteral("diff FROM TO [--name-only] [--reveal-secrets] [--endpoint URL] [--services a,b] [--regions r1,r2]   (FROM, TO: POD[:N] or live)");
    if (!ctx.parse(p, synopsis, 2, 2, &code))
        return code;
    DiffRequest req;
    req.home = ctx.home;
    for (auto [text, ref] : {std::pair{p.positionalArguments().at(0), &req.from}, std::pair{p.positionalArguments().at(1), &req.to}}) {
        Result<StateRef> parsed = StateRef::parse(text);
        if (!parsed)
            return ctx.fail(parsed.error());
        *ref = *parsed;
    }
    req.config = instanceConfig(p.value(endpoint));
    req.filter.services = listValue(p, services);
    req.filter.regions = listValue(p, regions);
    req.details = !p.isSet(brief);
    JobContext job;
    Result<DiffReport> r = diffVersions(req, job);
    if (!r)
        return ctx.fail(r.error());
    if (!p.isSet(reveal)) // display-only: what is printed is masked, nothing else
        for (ResourceChange &c : r->changes)
            for (AttributeChange &a : c.attributes) {
                a.before = r->shown(c, a, a.before);
                a.after = r->shown(c, a, a.after);
            }
    const int added = r->count(ResourceChange::Kind::Added), removed = r->count(ResourceChange::Kind::Removed),
              modified = r->count(ResourceChange::Kind::Modified);
    if (ctx.json) {
        QJsonArray changes;
        for (const ResourceChange &c : std::as_const(r->changes))
            changes.append(c.toJson());
        ctx.printJson(QJsonObject{{"from", sideJson(r->from)},
                                  {"to", sideJson(r->to)},
                                  {"summary", QJsonObject{{"added", added}, {"removed", removed}, {"modified", modified}}},
                                  {"changes", changes},
                                  {"warnings", QJsonArray::fromStringList(r->warnings)},
                                  {"treesRead", r->treesRead}});
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    for (const QString &w : std::as_const(r->warnings))
        out << "warning: " << w << "\n";
    for (const ResourceChange &c : std::as_const(r->changes)) {
        const char *mark = c.kind == ResourceChange::Kind::Added ? "+" : c.kind == ResourceChange::Kind::Removed ? "-" : "~";
        out << mark << " " << ResourcePath::display(c.path) << "\n";
        for (const AttributeChange &a : c.attributes) {
            switch (a.kind) {
            case AttributeChange::Kind::Added: out << "    + " << a.keyText() << ": " << shortValue(a.after) << "\n"; break;
            case AttributeChange::Kind::Removed: out << "    - " << a.keyText() << ": " << shortValue(a.before) << "\n"; break;
            case AttributeChange::Kind::Modified:
                out << "    ~ " << a.keyText() << ": " << shortValue(a.before) << " -> " << shortValue(a.after) << "\n";
                break;
            }
        }
        for (const AttachmentChange &a : c.attachments)
            out << QStringLiteral("    %1 attachment %2: %3 -> %4 (%5 of %6 chunks new)\n")
                       .arg(a.kind == AttributeChange::Kind::Added ? "+" : a.kind == AttributeChange::Kind::Removed ? "-" : "~", a.name,
                            a.kind == AttributeChange::Kind::Added ? QStringLiteral("absent") : bytesText(a.before.size),
                            a.kind == AttributeChange::Kind::Removed ? QStringLiteral("absent") : bytesText(a.after.size))
                       .arg(a.chunksChanged)
                       .arg(a.after.chunks.size());
    }
    if (r->changes.isEmpty())
        out << QStringLiteral("No differences between %1 and %2.\n").arg(sideName(r->from), sideName(r->to));
    else
        out << QStringLiteral("%1 -> %2: %3 added, %4 removed, %5 modified\n")
                   .arg(sideName(r->from), sideName(r->to))
                   .arg(added)
                   .arg(removed)
                   .arg(modified);
    return ExitOk;
}

QString changeName(MergeChange c)
{
    switch (c) {
    case MergeChange::OursOnly: return QStringLiteral("ours");
    case MergeChange::TheirsOnly: return QStringLiteral("theirs");
    case MergeChange::BothDifferent: return QStringLiteral("both");
    }
    return {};
}

// A merge attribute's value as printed: masked unless the user asked to reveal secrets.
using ValueText = std::function<QJsonValue(const MergeRow &, const MergeAttribute &, const QJsonValue &)>;

ValueText mergeValues(const PreparedMerge &m, bool reveal)
{
    if (reveal)
        return [](const MergeRow &, const MergeAttribute &, const QJsonValue &v) { return v; };
    return [mask = m.mask](const MergeRow &row, const MergeAttribute &a, const QJsonValue &v) {
        return MergeSecrets::shown(mask, row, a, v);
    };
}

QJsonObject mergeJson(const MergeReport &r, const ValueText &shown)
{
    const PreparedMerge &m = r.merge;
    const MergeResult &res = m.result;
    QJsonArray rows, conflicts;
    for (const MergeRow &row : res.rows()) {
        QJsonArray attrs;
        for (const MergeAttribute &a : row.attributes)
            attrs.append(QJsonObject{{"key", a.keyText()}, {"changedBy", changeName(a.change)}, {"conflict", a.conflict},
                                     {"choice", mergeChoiceName(a.choice)}});
        rows.append(QJsonObject{{"path", row.path}, {"changedBy", changeName(row.change)}, {"choice", mergeChoiceName(row.choice)},
                                {"base", idJson(row.base)}, {"ours", idJson(row.ours)}, {"theirs", idJson(row.theirs)},
                                {"attributes", attrs}});
    }
    for (int i = 0; i < res.conflictCount(); ++i) {
        QJsonObject c{{"path", res.conflictPath(i)}, {"kind", MergeResult::conflictKindName(res.conflictKind(i))},
                      {"description", res.describe(i)}, {"resolved", res.isResolved(i)}};
        const MergeConflictRef ref = res.conflicts().at(i);
        if (ref.attribute >= 0) {
            const MergeRow &row = res.rows().at(ref.row);
            const MergeAttribute &a = row.attributes.at(ref.attribute);
            c.insert("key", a.keyText());
            for (auto [name, value] : {std::pair{"base", a.base}, std::pair{"ours", a.ours}, std::pair{"theirs", a.theirs}})
                if (!value.isUndefined())
                    c.insert(name, shown(row, a, value));
        }
        conflicts.append(c);
    }
    return QJsonObject{{"ours", m.ours.toJson()},
                       {"theirs", m.theirs.toJson()},
                       {"base", m.base ? QJsonValue(m.base->toJson()) : QJsonValue()},
                       {"upToDate", m.upToDate},
                       {"recorded", r.recorded},
                       {"version", r.recorded ? QJsonValue(r.version.toJson()) : QJsonValue()},
                       {"rows", rows},
                       {"conflicts", conflicts},
                       {"unresolved", res.unresolvedCount()}};
}

// An attachment reference reads as its size and first chunk, not as its JSON.
QString attachmentText(const QJsonValue &v)
{
    AttachmentRef ref;
    if (!v.isObject() || !AttachmentRef::fromJson(v.toObject(), &ref))
        return shortValue(v);
    return QStringLiteral("%1%2").arg(bytesText(ref.size),
                                      ref.chunks.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(ref.chunks.first().shortHex(8)));
}

void printConflicts(QTextStream &out, const MergeResult &res, const ValueText &shown)
{
    for (int i = 0; i < res.conflictCount(); ++i) {
        if (res.isResolved(i))
            continue;
        const MergeConflictRef ref = res.conflicts().at(i);
        out << "CONFLICT " << res.conflictPath(i);
        if (ref.attribute < 0) {
            out << ": " << res.describe(i) << "\n";
            continue;
        }
        const MergeRow &row = res.rows().at(ref.row);
        const MergeAttribute &a = row.attributes.at(ref.attribute);
        out << " " << a.keyText() << ": " << res.describe(i) << "\n";
        const auto text = [&](const QJsonValue &v) {
            return a.attachment.isEmpty() ? shortValue(shown(row, a, v)) : attachmentText(v);
        };
        out << "    base " << text(a.base) << ", ours " << text(a.ours) << ", theirs " << text(a.theirs) << "\n";
    }
}

int runMerge(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ours"), QStringLiteral("POD[:N]: the version merged into (its pod records the merge)."));
    p.addPositionalArgument(QStringLiteral("theirs"), QStringLiteral("POD[:N]: the version merged in."));
    const QCommandLineOption prefer(QStringLiteral("prefer"), QStringLiteral("Resolve conflicts by taking ours or theirs."), QStringLiteral("SIDE"));
    const QCommandLineOption autoSolve(QStringLiteral("auto-solve"), QStringLiteral("Also merge lists changed on both sides as sets."));
    const QCommandLineOption message(QStringList{QStringLiteral("m"), QStringLiteral("message")}, QStringLiteral("The merge version's message."), QStringLiteral("MSG"));
    const QCommandLineOption author(QStringLiteral("author"), QStringLiteral("Author (default: $PODDECK_AUTHOR or user@host)."), QStringLiteral("NAME"));
    const QCommandLineOption reveal(QStringLiteral("reveal-secrets"), QStringLiteral("Show secret values in conflicts instead of masking them."));
    p.addOptions({prefer, autoSolve, message, author, reveal});
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("merge POD:A POD:B [--prefer ours|theirs] [--auto-solve] [-m MSG] [--reveal-secrets]"), 2, 2, &code))
        return code;
    MergeRequest req;
    req.home = ctx.home;
    for (auto [text, ref] : {std::pair{p.positionalArguments().at(0), &req.ours}, std::pair{p.positionalArguments().at(1), &req.theirs}}) {
        Result<VersionRef> parsed = VersionRef::parse(text);
        if (!parsed)
            return ctx.fail(parsed.error());
        *ref = *parsed;
    }
    if (p.isSet(prefer)) {
        if (p.value(prefer) == QLatin1String("ours"))
            req.prefer = Prefer::Ours;
        else if (p.value(prefer) == QLatin1String("theirs"))
            req.prefer = Prefer::Theirs;
        else
            return ctx.fail(QStringLiteral("--prefer takes ours or theirs"), ExitUsage);
    }
    req.autoSolve = p.isSet(autoSolve);
    req.message = p.value(message);
    req.author = p.value(author);
    JobContext job;
    Result<MergeReport> r = mergeVersions(req, job);
    if (!r)
        return ctx.fail(r.error());
    const PreparedMerge &m = r->merge;
    const int unresolved = m.result.unresolvedCount();
    const ValueText shown = mergeValues(m, p.isSet(reveal));
    if (ctx.json) {
        ctx.printJson(mergeJson(*r, shown));
    } else {
        QTextStream &out = ctx.out();
        if (m.upToDate) {
            out << QStringLiteral("%1 already contains %2; nothing to merge.\n").arg(versionName(m.ours), versionName(m.theirs));
            return ExitOk;
        }
        out << (m.base ? QStringLiteral("Merge base: %1 (%2)\n").arg(versionName(*m.base), m.base->id.shortHex())
                       : QStringLiteral("No common ancestor: merging against the empty state.\n"));
        QSet<int> unresolvedRows;
        for (int i = 0; i < m.result.conflictCount(); ++i)
            if (!m.result.isResolved(i))
                unresolvedRows.insert(m.result.conflicts().at(i).row);
        for (qsizetype i = 0; i < m.result.rows().size(); ++i) {
            const MergeRow &row = m.result.rows().at(i);
            const QString state = unresolvedRows.contains(int(i)) ? QStringLiteral("conflict") : mergeChoiceName(row.choice);
            out << "  " << state.leftJustified(10) << ResourcePath::display(row.path) << "\n";
        }
        printConflicts(out, m.result, shown);
        if (r->recorded)
            out << QStringLiteral("Recorded %1 (%2): merge of %3 and %4, %5 resources\n")
                       .arg(versionName(r->version), r->version.id.shortHex(), versionName(m.ours), versionName(m.theirs))
                       .arg(r->version.resourceCount);
    }
    if (unresolved > 0)
        return ctx.fail(QStringLiteral("%1 %2; nothing was recorded. Choose a side with --prefer ours|theirs")
                            .arg(unresolved)
                            .arg(unresolved == 1 ? QStringLiteral("conflict") : QStringLiteral("conflicts")),
                        ExitConflicts);
    return ExitOk;
}

} // namespace

QList<Command> diffCommands()
{
    return {
        {QStringLiteral("diff"), {}, QStringLiteral("diff FROM TO [--reveal-secrets]   (POD[:N] or live)"),
         QStringLiteral("What changed between two versions, or a version and the instance."), runDiff},
        {QStringLiteral("merge"), {}, QStringLiteral("merge POD:A POD:B [--prefer ours|theirs] [--reveal-secrets]"),
         QStringLiteral("Three-way merge B into A and record it in A's pod."), runMerge},
    };
}

} // namespace poddeck::cli
