#include "Commands.h"

#include "jobs/Inspect.h"
#include "jobs/Maintenance.h"
#include "store/Catalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace poddeck::cli {

namespace {

QString humanBytes(qint64 n)
{
    return QLocale::c().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

int runList(CliContext &ctx)
{
    QCommandLineParser p;
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("list"), 0, 0, &code))
        return code;
    Result<std::unique_ptr<Catalogue>> cat = Catalogue::open(ctx.home);
    if (!cat)
        return ctx.fail(cat.error());
    Result<QList<PodInfo>> pods = (*cat)->pods();
    if (!pods)
        return ctx.fail(pods.error());
    if (ctx.json) {
        QJsonArray list;
        for (const PodInfo &pod : std::as_const(*pods))
            list.append(QJsonObject{{"name", pod.name},
                                    {"versions", pod.versionCount},
                                    {"lastChange", pod.lastChange.toUTC().toString(Qt::ISODateWithMs)},
                                    {"services", QJsonArray::fromStringList(pod.services)},
                                    {"bytes", double(pod.bytes)},
                                    {"newest", pod.newest.isNull() ? QJsonValue() : QJsonValue(pod.newest.toHex())}});
        ctx.printJson(list);
        return ExitOk;
    }
    if (pods->isEmpty()) {
        ctx.out() << "No pods yet. Create one with `poddeck-cli commit POD --from-dir DIR` or `poddeck-cli import FILE`.\n";
        return ExitOk;
    }
    ctx.out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(QStringLiteral("POD"), -24)
                     .arg(QStringLiteral("VERSIONS"), 8)
                     .arg(QStringLiteral("LAST CHANGE"), -17)
                     .arg(QStringLiteral("SIZE"), 9)
                     .arg(QStringLiteral("SERVICES"));
    for (const PodInfo &pod : std::as_const(*pods))
        ctx.out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                         .arg(pod.name, -24)
                         .arg(pod.versionCount, 8)
                         .arg(when(pod.lastChange), -17)
                         .arg(humanBytes(pod.bytes), 9)
                         .arg(pod.services.join(QLatin1Char(',')));
    return ExitOk;
}

int runVersions(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("pod"), QStringLiteral("The pod."));
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("versions POD"), 1, 1, &code))
        return code;
    Result<std::unique_ptr<Catalogue>> cat = Catalogue::open(ctx.home);
    if (!cat)
        return ctx.fail(cat.error());
    const QString pod = p.positionalArguments().at(0);
    if (!(*cat)->hasPod(pod))
        return ctx.fail(QStringLiteral("no pod named '%1' (see `poddeck-cli list`)").arg(pod));
    Result<QList<Version>> versions = (*cat)->versions(pod);
    if (!versions)
        return ctx.fail(versions.error());
    if (ctx.json) {
        QJsonArray list;
        for (const Version &v : std::as_const(*versions))
            list.append(v.toJson());
        ctx.printJson(list);
        return ExitOk;
    }
    // Newest first, like git log.
    for (auto it = versions->crbegin(); it != versions->crend(); ++it) {
        const Version &v = *it;
        QStringList parents;
        for (const ObjectId &id : v.parents)
            parents.append(id.shortHex());
        ctx.out() << QStringLiteral("%1:%2  %3  %4  %5 resources  %6\n")
                         .arg(v.pod)
                         .arg(v.number)
                         .arg(v.id.shortHex(), when(v.created))
                         .arg(v.resourceCount)
                         .arg(humanBytes(v.bytes));
        ctx.out() << QStringLiteral("    %1 <%2>%3\n")
                         .arg(v.message.isEmpty() ? QStringLiteral("(no message)") : v.message, v.author,
                              parents.size() > 1 ? QStringLiteral("  merge of %1").arg(parents.join(QLatin1String(", "))) : QString());
        if (!v.services.isEmpty())
            ctx.out() << QStringLiteral("    services: %1\n").arg(v.services.join(QLatin1String(", ")));
    }
    return ExitOk;
}

void printNode(QTextStream &out, const MetamodelNode &node, int depth)
{
    const QString indent(depth * 2, QLatin1Char(' '));
    if (node.kind == MetamodelNode::Kind::Attribute || node.kind == MetamodelNode::Kind::Attachment) {
        QString value;
        if (node.value.isString())
            value = node.secret ? node.value.toString() : QStringLiteral("\"%1\"").arg(node.value.toString());
        else if (node.value.isObject() || node.value.isArray())
            value = QString::fromUtf8(QJsonDocument::fromVariant(node.value.toVariant()).toJson(QJsonDocument::Compact));
        else
            value = node.value.toVariant().toString();
        if (value.size() > 200)
            value = value.left(197) + QStringLiteral("...");
        out << indent << node.name << (node.kind == MetamodelNode::Kind::Attachment ? " [attachment]" : "") << " = "
            << value << "\n";
        return;
    }
    if (node.kind != MetamodelNode::Kind::Root)
        out << indent << node.name << "  (" << MetamodelNode::kindName(node.kind) << ")\n";
    for (const auto &c : node.children)
        printNode(out, *c, node.kind == MetamodelNode::Kind::Root ? 0 : depth + 1);
}

int runInspect(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("pod[:N]"), QStringLiteral("The version to inspect."));
    const QCommandLineOption reveal(QStringLiteral("reveal-secrets"), QStringLiteral("Show secret values instead of masking them."));
    p.addOption(reveal);
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("inspect POD[:N] [--reveal-secrets]"), 1, 1, &code))
        return code;
    Result<VersionRef> ref = VersionRef::parse(p.positionalArguments().at(0));
    if (!ref)
        return ctx.fail(ref.error());
    Result<Inspection> insp = inspectVersion(ctx.home, *ref, p.isSet(reveal));
    if (!insp)
        return ctx.fail(insp.error());
    if (ctx.json) {
        QJsonObject o{{"version", insp->version.toJson()}, {"metamodel", insp->metamodel->root().toJson()}};
        ctx.printJson(o);
        return ExitOk;
    }
    ctx.out() << QStringLiteral("%1:%2  %3  %4 resources\n")
                     .arg(insp->version.pod)
                     .arg(insp->version.number)
                     .arg(insp->version.id.shortHex())
                     .arg(insp->version.resourceCount);
    printNode(ctx.out(), insp->metamodel->root(), 0);
    return ExitOk;
}

int runDelete(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("pod[:N]"), QStringLiteral("A version (POD:N) or a whole pod (POD)."));
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("delete POD[:N]"), 1, 1, &code))
        return code;
    if (Status st = deleteVersionOrPod(ctx.home, p.positionalArguments().at(0)); !st)
        return ctx.fail(st.error());
    if (!ctx.json)
        ctx.out() << "Deleted " << p.positionalArguments().at(0)
                  << ". Its objects stay until `poddeck-cli gc`.\n";
    else
        ctx.printJson(QJsonObject{{"deleted", p.positionalArguments().at(0)}});
    return ExitOk;
}

} // namespace

QList<Command> podCommands()
{
    return {
        {QStringLiteral("list"), {}, QStringLiteral("list"), QStringLiteral("List pods."), runList},
        {QStringLiteral("versions"), {QStringLiteral("log")}, QStringLiteral("versions POD"),
         QStringLiteral("List a pod's versions (alias: log)."), runVersions},
        {QStringLiteral("inspect"), {}, QStringLiteral("inspect POD[:N]"),
         QStringLiteral("Show a version as a metamodel tree."), runInspect},
        {QStringLiteral("delete"), {}, QStringLiteral("delete POD[:N]"), QStringLiteral("Delete a version or a pod."),
         runDelete},
    };
}

} // namespace poddeck::cli
