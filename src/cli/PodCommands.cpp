#include "Commands.h"

#include "jobs/Inspect.h"
#include "jobs/Maintenance.h"
#include "jobs/PodQueries.h"
#include "jobs/RemoteAccess.h"
#include "jobs/SyncStateCache.h"
#include "jobs/SecretMarks.h"
#include "jobs/Sync.h"
#include "store/Catalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
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

// One row of `list` and `list --remote`: both share the first four columns, so they line up alike.
QString listRow(const QString &pod, const QString &versions, const QString &lastChange, const QString &size,
                const QString &last)
{
    return QStringLiteral("%1 %2 %3 %4 %5\n").arg(pod, -24).arg(versions, 8).arg(lastChange, -17).arg(size, 9).arg(last);
}

// "origin: 2 ahead, 1 behind" per remote that has been seen to hold the pod.
QString syncText(const QList<SyncState> &states)
{
    QStringList parts;
    for (const SyncState &s : states) {
        if (!s.known)
            parts.append(QStringLiteral("%1: remote has new versions (pull)").arg(s.remote));
        else if (s.ahead == 0 && s.behind == 0)
            parts.append(QStringLiteral("%1: up to date").arg(s.remote));
        else
            parts.append(QStringLiteral("%1: %2 ahead, %3 behind").arg(s.remote).arg(s.ahead).arg(s.behind));
    }
    return parts.join(QLatin1String("; "));
}

QJsonArray syncJson(const QList<SyncState> &states)
{
    QJsonArray out;
    for (const SyncState &s : states)
        out.append(QJsonObject{{"remote", s.remote}, {"remoteHead", s.remoteHead.toHex()}, {"known", s.known},
                               {"ahead", s.ahead}, {"behind", s.behind}});
    return out;
}

// The newest version of a pod on a remote, for `list --remote --json`.
QJsonObject newestJson(const Version &v)
{
    return QJsonObject{{"number", v.number}, {"id", v.id.toHex()}, {"created", v.created.toUTC().toString(Qt::ISODateWithMs)},
                       {"message", v.message}, {"author", v.author}};
}

// An indented line under a pod's row: the first line of its description and its labels, when it has any.
QString descriptionLine(const PodDescription &d)
{
    if (d.isEmpty())
        return QString();
    QString text = d.text.section(QLatin1Char('\n'), 0, 0);
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("...");
    if (!d.labels.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("  ")) + QStringLiteral("[%1]").arg(d.labels.join(QLatin1String(", ")));
    return QStringLiteral("%1  %2\n").arg(QString(), 24).arg(text);
}

int runListRemote(CliContext &ctx, const QString &remote)
{
    JobContext job;
    Result<QList<RemotePodInfo>> pods = listRemotePods(ctx.home, remote, job);
    if (!pods)
        return ctx.fail(pods.error());
    if (ctx.json) {
        QJsonArray list;
        for (const RemotePodInfo &pod : std::as_const(*pods)) {
            QJsonObject o{{"name", pod.name},
                          {"versions", pod.versions},
                          {"head", pod.head.id.isNull() ? QJsonValue() : QJsonValue(pod.head.id.toHex())},
                          {"newest", pod.head.id.isNull() ? QJsonValue() : newestJson(pod.head)},
                          {"lastChange", pod.head.created.toUTC().toString(Qt::ISODateWithMs)},
                          {"services", QJsonArray::fromStringList(pod.services)},
                          {"bytes", double(pod.head.bytes)},
                          {"updatedBy", pod.updatedBy},
                          {"pushedBy", pod.updatedBy},
                          {"local", pod.local},
                          {"ahead", pod.ahead},
                          {"behind", pod.behind}};
            pod.description.writeJson(o);
            list.append(o);
        }
        ctx.printJson(list);
        return ExitOk;
    }
    if (pods->isEmpty()) {
        ctx.out() << "The remote holds no pods yet. Send one with `poddeck-cli push POD`.\n";
        return ExitOk;
    }
    ctx.out() << listRow(QStringLiteral("POD"), QStringLiteral("VERSIONS"), QStringLiteral("LAST CHANGE"),
                         QStringLiteral("SIZE"), QStringLiteral("HERE"));
    for (const RemotePodInfo &pod : std::as_const(*pods))
        ctx.out() << listRow(pod.name, QString::number(pod.versions), when(pod.head.created), humanBytes(pod.head.bytes),
                             !pod.local ? QStringLiteral("not here (clone it)")
                                         : pod.ahead == 0 && pod.behind == 0 ? QStringLiteral("up to date")
                                                                             : QStringLiteral("%1 ahead, %2 behind").arg(pod.ahead).arg(pod.behind))
                  << descriptionLine(pod.description);
    return ExitOk;
}

int runList(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption remote(QStringLiteral("remote"), QStringLiteral("List the pods of this remote instead."), QStringLiteral("NAME"));
    p.addOption(remote);
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("list [--remote NAME]"), 0, 0, &code))
        return code;
    if (p.isSet(remote))
        return runListRemote(ctx, p.value(remote));
    Result<std::unique_ptr<Catalogue>> cat = Catalogue::open(ctx.home);
    if (!cat)
        return ctx.fail(cat.error());
    Result<QList<PodInfo>> pods = (*cat)->pods();
    if (!pods)
        return ctx.fail(pods.error());
    Result<SyncStatesByPod> syncResult = syncStatesOfPods(**cat, *pods);
    if (!syncResult)
        return ctx.fail(syncResult.error());
    const SyncStatesByPod &sync = *syncResult;
    if (ctx.json) {
        QJsonArray list;
        for (const PodInfo &pod : std::as_const(*pods)) {
            QJsonObject o{{"name", pod.name},
                          {"versions", pod.versionCount},
                          {"lastChange", pod.lastChange.toUTC().toString(Qt::ISODateWithMs)},
                          {"services", QJsonArray::fromStringList(pod.services)},
                          {"bytes", double(pod.bytes)},
                          {"newest", pod.newest.isNull() ? QJsonValue() : QJsonValue(pod.newest.toHex())}};
            pod.description.writeJson(o);
            if (sync.contains(pod.name))
                o.insert(QStringLiteral("remotes"), syncJson(sync.value(pod.name)));
            list.append(o);
        }
        ctx.printJson(list);
        return ExitOk;
    }
    if (pods->isEmpty()) {
        ctx.out() << "No pods yet. Create one with `poddeck-cli commit POD --from-dir DIR` or `poddeck-cli import FILE`.\n";
        return ExitOk;
    }
    ctx.out() << listRow(QStringLiteral("POD"), QStringLiteral("VERSIONS"), QStringLiteral("LAST CHANGE"),
                         QStringLiteral("SIZE"), QStringLiteral("SERVICES"));
    for (const PodInfo &pod : std::as_const(*pods))
        ctx.out() << listRow(pod.name, QString::number(pod.versionCount), when(pod.lastChange), humanBytes(pod.bytes),
                             pod.services.join(QLatin1Char(',')))
                  << descriptionLine(pod.description)
                  << (sync.contains(pod.name) ? QStringLiteral("%1  %2\n").arg(QString(), 24).arg(syncText(sync.value(pod.name))) : QString());
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

int runSecretMarks(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption add(QStringLiteral("add"),
                                 QStringLiteral("Mask this key path too: KEY.PATH, or SERVICE/TYPE:KEY.PATH for one resource type "
                                                "(lambda/function:Environment.Variables.STRIPE_URL)."),
                                 QStringLiteral("MARK"));
    const QCommandLineOption remove(QStringLiteral("remove"), QStringLiteral("Stop masking a marked key path."), QStringLiteral("MARK"));
    p.addOptions({add, remove});
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("secret-marks [--add MARK] [--remove MARK]"), 0, 0, &code))
        return code;
    for (const QString &m : p.values(add))
        if (Status st = SecretMarks::add(ctx.home, m); !st)
            return ctx.fail(st.error());
    for (const QString &m : p.values(remove))
        if (Status st = SecretMarks::remove(ctx.home, m); !st)
            return ctx.fail(st.error());
    Result<SecretMask> mask = SecretMarks::mask(ctx.home);
    if (!mask)
        return ctx.fail(mask.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{"marks", QJsonArray::fromStringList(mask->marks())}});
    else if (mask->marks().isEmpty())
        ctx.out() << "No key paths are marked secret. Names such as password, secret, token and apiKey are masked anyway.\n";
    else
        for (const QString &m : mask->marks())
            ctx.out() << m << "\n";
    return ExitOk;
}

int runDescribe(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("pod"), QStringLiteral("The pod."));
    const QCommandLineOption text(QStringLiteral("description"),
                                  QStringLiteral("Set the description (\"\" clears it); push carries it to remotes."), QStringLiteral("TEXT"));
    const QCommandLineOption add(QStringLiteral("label"), QStringLiteral("Add a label (one word: no spaces or commas); repeatable."),
                                 QStringLiteral("L"));
    const QCommandLineOption remove(QStringLiteral("remove-label"), QStringLiteral("Remove a label; repeatable."), QStringLiteral("L"));
    p.addOptions({text, add, remove});
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("describe POD [--description TEXT] [--label L]... [--remove-label L]..."), 1, 1, &code))
        return code;
    DescribeRequest request;
    request.home = ctx.home;
    request.pod = p.positionalArguments().at(0);
    if (p.isSet(text))
        request.text = p.value(text);
    request.addLabels = p.values(add);
    request.removeLabels = p.values(remove);
    JobContext job;
    Result<PodInfo> pod = describePod(request, job);
    if (!pod)
        return ctx.fail(pod.error());
    if (ctx.json) {
        QJsonObject o{{"name", pod->name}};
        pod->description.writeJson(o);
        ctx.printJson(o);
        return ExitOk;
    }
    const PodDescription &d = pod->description;
    if (d.isEmpty()) {
        ctx.out() << QStringLiteral("Pod '%1' has no description or labels yet. Add them with "
                                    "`poddeck-cli describe %1 --description TEXT --label L`.\n").arg(pod->name);
        return ExitOk;
    }
    ctx.out() << pod->name << "\n";
    if (!d.text.isEmpty())
        ctx.out() << "  " << QString(d.text).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) << "\n";
    ctx.out() << "  labels: " << (d.labels.isEmpty() ? QStringLiteral("none") : d.labels.join(QLatin1String(", "))) << "\n";
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
        {QStringLiteral("list"), {}, QStringLiteral("list [--remote NAME]"), QStringLiteral("List pods (here or on a remote)."), runList},
        {QStringLiteral("versions"), {QStringLiteral("log")}, QStringLiteral("versions POD"),
         QStringLiteral("List a pod's versions (alias: log)."), runVersions},
        {QStringLiteral("inspect"), {}, QStringLiteral("inspect POD[:N] [--reveal-secrets]"),
         QStringLiteral("Show a version as a metamodel tree (secrets masked)."), runInspect},
        {QStringLiteral("describe"), {}, QStringLiteral("describe POD [--description T] [--label L]"),
         QStringLiteral("Show or change a pod's description and labels (--remove-label L)."), runDescribe},
        {QStringLiteral("delete"), {}, QStringLiteral("delete POD[:N]"), QStringLiteral("Delete a version or a pod."),
         runDelete},
        {QStringLiteral("secret-marks"), {}, QStringLiteral("secret-marks [--add MARK] [--remove MARK]"),
         QStringLiteral("List or change the key paths masked as secrets besides the built-in rule."), runSecretMarks},
    };
}

} // namespace poddeck::cli
