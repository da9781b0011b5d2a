// LambdaAdapter's inject preflight hooks (ServiceAdapter::unrestorable, dependencies), apart from the
// adapter's reading and writing so the two can change independently.
#include "emulator/awsapi/LambdaAdapter.h"

#include "emulator/awsapi/LambdaApi.h"
#include "emulator/awsapi/LambdaLayers.h"
#include "emulator/awsapi/LambdaVersions.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QJsonArray>

#include <algorithm>

namespace poddeck {

namespace {

// The path PodDeck files the resource an ARN names under, for the kinds a Lambda resource refers to;
// empty for others (they cannot be checked, so they are not reported).
QString pathOfArn(const QString &arn)
{
    const QStringList p = arn.split(QLatin1Char(':'));
    if (p.size() < 6 || p[0] != QLatin1String("arn"))
        return {};
    const QString service = p[2], region = p[3], account = p[4], rest = p.mid(5).join(QLatin1Char(':'));
    if (service == QLatin1String("iam") && rest.startsWith(QLatin1String("role/")))
        return ResourcePath::make(service, account, QStringLiteral("global"), QStringLiteral("role"), rest.section(u'/', -1));
    if (service == QLatin1String("sqs"))
        return ResourcePath::make(service, account, region, QStringLiteral("queue"), rest);
    if (service == QLatin1String("sns"))
        return ResourcePath::make(service, account, region, QStringLiteral("topic"), rest);
    if (service == QLatin1String("dynamodb") && rest.startsWith(QLatin1String("table/")))
        return ResourcePath::make(service, account, region, QStringLiteral("table"), rest.section(u'/', 1, 1));
    if (service == QLatin1String("kinesis") && rest.startsWith(QLatin1String("stream/")))
        return ResourcePath::make(service, account, region, QStringLiteral("stream"), rest.section(u'/', 1, 1));
    if (service == QLatin1String("lambda") && p.size() >= 7 && p[5] == QLatin1String("layer")) {
        // A function pins one version of a layer: it needs that version, not just the layer.
        const QString layer = ResourcePath::make(service, account, region, QStringLiteral("layer"), p[6]);
        bool numbered = false;
        const int version = p.value(7).toInt(&numbered);
        return numbered && version > 0 ? ResourcePath::child(layer, LambdaLayers::Version, QString::number(version)) : layer;
    }
    return {};
}

} // namespace

QString LambdaAdapter::unrestorable(const Resource &resource, const Resource *live) const
{
    const QString type = ResourcePath::segments(resource.path).value(3);
    const QJsonObject &doc = resource.document;
    // A layer version already on the instance is kept as it is when its content is the same (no code
    // needed); other content under its number cannot be written at all.
    if (LambdaLayers::isVersion(resource.path) && live) {
        const QString why = LambdaLayers::conflict(resource, *live);
        return why.isEmpty() ? QString()
                             : ErrorText::tr("%1\nInject with --strategy overwrite (the emulator is reset first), or "
                                         "inject the rest without it").arg(why);
    }
    // A layer's own resource holds nothing to write (its versions do), unless it has the legacy shape.
    if (type == QLatin1String("layer") && !LambdaLayers::isVersion(resource.path) && !LambdaLayers::isLegacy(resource))
        return {};
    // Versions are published from the function's code, aliases need none.
    if (!LambdaVersions::childType(resource.path).isEmpty())
        return {};
    if (type == QLatin1String("event-source-mapping") || resource.attachments.contains(LambdaApi::Code)
        || doc.value(QStringLiteral("PackageType")) == QLatin1String("Image"))
        return {};
    // An update that keeps the code (same hash, architectures and package type) needs no zip.
    if (type == QLatin1String("function") && live) {
        const QJsonObject &was = live->document;
        const QStringList members{QStringLiteral("CodeSha256"), QStringLiteral("Architectures"), QStringLiteral("PackageType")};
        const bool sameCode = std::all_of(members.begin(), members.end(), [&](const QString &m) { return was.value(m) == doc.value(m); });
        if (sameCode)
            return {};
    }
    if (LambdaLayers::isVersion(resource.path))
        return ErrorText::tr("the version holds no code for this layer version (it was committed from an emulator that "
                         "cannot return Lambda code)");
    //: %1 is the Lambda resource type as AWS names it (function, layer)
    return ErrorText::tr("the version holds no code for this %1 (it was committed from an emulator that cannot "
                     "return Lambda code)").arg(type);
}

QStringList LambdaAdapter::dependencies(const Resource &resource) const
{
    const QStringList seg = ResourcePath::segments(resource.path);
    const QJsonObject &doc = resource.document;
    if (LambdaLayers::isVersion(resource.path))
        return {}; // its layer (the parent) is implied
    const QString child = LambdaVersions::childType(resource.path);
    if (child == LambdaVersions::Version)
        return {resource.path.section(QLatin1Char('/'), 0, 4)};
    if (!child.isEmpty()) {
        const QString version = doc.value(QStringLiteral("FunctionVersion")).toString();
        if (version == QLatin1String("$LATEST"))
            return {resource.path.section(QLatin1Char('/'), 0, 4)};
        return {ResourcePath::child(resource.path.section(QLatin1Char('/'), 0, 4), LambdaVersions::Version, version)};
    }
    QStringList arns;
    if (seg.value(3) == QLatin1String("function")) {
        arns << doc.value(QStringLiteral("Role")).toString()
             << doc.value(QStringLiteral("DeadLetterConfig"))[QStringLiteral("TargetArn")].toString();
        for (const QJsonValue &layer : doc.value(QStringLiteral("Layers")).toArray())
            arns << layer.toString();
    } else if (seg.value(3) == QLatin1String("event-source-mapping")) {
        arns << doc.value(QStringLiteral("EventSourceArn")).toString();
    }
    QStringList out;
    for (const QString &arn : std::as_const(arns))
        if (const QString path = pathOfArn(arn); !path.isEmpty())
            out << path;
    if (seg.value(3) == QLatin1String("event-source-mapping")) {
        const QString function = doc.value(QStringLiteral("FunctionName")).toString();
        if (!function.isEmpty())
            out << ResourcePath::make(seg.value(0), seg.value(1), seg.value(2), QStringLiteral("function"), function);
    }
    return out;
}

} // namespace poddeck
