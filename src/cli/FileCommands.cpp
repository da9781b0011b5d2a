#include "Commands.h"

#include "jobs/ImportExport.h"

#include <QJsonArray>

#include <QJsonObject>

namespace poddeck::cli {

namespace {

int runImport(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A .pod bundle or a LocalStack state zip."));
    const QCommandLineOption pod(QStringLiteral("pod"), QStringLiteral("Import into this pod (default: the bundle's pod, or the zip's name)."), QStringLiteral("NAME"));
    p.addOption(pod);
    int code = 0;
    if (!ctx.parse(p, QStringLiteral("import FILE [--pod NAME]"), 1, 1, &code))
        return code;
    JobContext job = ctx.job();
    Result<ImportReport> r = importFile({ctx.home, p.positionalArguments().at(0), p.value(pod)}, job);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json) {
        QJsonArray versions;
        for (const Version &v : std::as_const(r->versions))
            versions.append(v.toJson());
        ctx.printJson(QJsonObject{{"pod", r->pod}, {"format", r->format}, {"added", r->added}, {"versions", versions}});
    } else {
        ctx.out() << QStringLiteral("Imported %1 into pod '%2': %3 new of %4 versions (newest is %2:%5)\n")
                         .arg(r->format == QLatin1String("pod") ? QStringLiteral("bundle") : QStringLiteral("LocalStack state"), r->pod)
                         .arg(r->added)
                         .arg(r->versions.size())
                         .arg(r->versions.isEmpty() ? 0 : r->versions.last().number);
    }
    return ExitOk;
}

int runExport(CliContext &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("pod[:N]"), QStringLiteral("The version to export (POD alone: its newest)."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("pod (default) or localstack-zip."), QStringLiteral("FORMAT"), QStringLiteral("pod"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Export every version of the pod, with its history (pod format only)."));
    p.addOptions({output, format, all});
    int code = 0;
    const QString synopsis = QStringLiteral("export POD[:N] -o FILE [--format pod|localstack-zip] [--all]");
    if (!ctx.parse(p, synopsis, 1, 1, &code))
        return code;
    if (!p.isSet(output))
        return ctx.fail(QStringLiteral("export needs -o FILE"), ExitUsage);
    ExportRequest req;
    req.home = ctx.home;
    req.file = p.value(output);
    req.wholePod = p.isSet(all);
    Result<VersionRef> ref = VersionRef::parse(p.positionalArguments().at(0));
    if (!ref)
        return ctx.fail(ref.error());
    req.ref = *ref;
    if (p.value(format) == QLatin1String("localstack-zip")) {
        if (req.wholePod)
            return ctx.fail(QStringLiteral("--all works with --format pod only; a LocalStack zip holds one version"), ExitUsage);
        req.format = ExportFormat::LocalStackZip;
    } else if (p.value(format) != QLatin1String("pod")) {
        return ctx.fail(QStringLiteral("unknown --format '%1'; use pod or localstack-zip").arg(p.value(format)), ExitUsage);
    }
    JobContext job = ctx.job();
    Result<QList<Version>> r = exportVersion(req, job);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json) {
        QJsonArray versions;
        for (const Version &v : std::as_const(*r))
            versions.append(v.toJson());
        ctx.printJson(QJsonObject{{"file", req.file}, {"versions", versions}});
    } else {
        ctx.out() << QStringLiteral("Wrote %1 (%2 version%3 of pod '%4')\n").arg(req.file).arg(r->size()).arg(r->size() == 1 ? "" : "s", req.ref.pod);
    }
    return ExitOk;
}

} // namespace

QList<Command> fileCommands()
{
    return {
        {QStringLiteral("import"), {}, QStringLiteral("import FILE [--pod NAME]"),
         QStringLiteral("Import a .pod bundle or LocalStack state zip."), runImport},
        {QStringLiteral("export"), {}, QStringLiteral("export POD[:N] -o FILE [--format F]"),
         QStringLiteral("Write a version (or --all) to a .pod or LocalStack zip."), runExport},
    };
}

} // namespace poddeck::cli
