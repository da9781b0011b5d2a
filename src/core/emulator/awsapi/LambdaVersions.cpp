#include "emulator/awsapi/LambdaVersions.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "emulator/awsapi/LambdaApi.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QJsonArray>
#include <algorithm>

namespace poddeck::LambdaVersions {

using namespace LambdaApi;

namespace {

const QString Description = QStringLiteral("Description");
const QString FunctionVersion = QStringLiteral("FunctionVersion");
const QString RoutingConfig = QStringLiteral("RoutingConfig");

QString functionOf(const QString &path) { return ResourcePath::segments(path).value(4); }
QString childId(const QString &path) { return ResourcePath::segments(path).value(6); }
QString aliasPath(const QString &function, const QString &alias) { return functionPath(function) + QStringLiteral("/aliases/") + alias; }

bool isGone(const Status &st) { return DocumentJson::hasCode(st.error(), {"ResourceNotFoundException"}); }

QJsonObject aliasDocument(const QJsonObject &a)
{
    QJsonObject doc{{FunctionVersion, a.value(FunctionVersion).toString()}};
    if (!a.value(Description).toString().isEmpty())
        doc.insert(Description, a.value(Description));
    const QJsonObject weights = a.value(RoutingConfig)[QStringLiteral("AdditionalVersionWeights")].toObject();
    if (!weights.isEmpty())
        doc.insert(RoutingConfig, QJsonObject{{QStringLiteral("AdditionalVersionWeights"), weights}});
    return doc;
}

QJsonObject aliasInput(const QJsonObject &doc, bool forUpdate)
{
    QJsonObject in{{FunctionVersion, doc.value(FunctionVersion)}};
    if (doc.contains(Description) || forUpdate)
        in.insert(Description, doc.value(Description).toString());
    if (doc.contains(RoutingConfig))
        in.insert(RoutingConfig, doc.value(RoutingConfig));
    else if (forUpdate)
        in.insert(RoutingConfig, QJsonObject{{QStringLiteral("AdditionalVersionWeights"), QJsonObject()}});
    return in;
}

// The configuration a version was published from, without its description (PublishVersion's own).
QJsonObject withoutDescription(QJsonObject doc)
{
    doc.remove(Description);
    return doc;
}

} // namespace

QString childType(const QString &path)
{
    const QStringList seg = ResourcePath::segments(path);
    return seg.size() > 6 && seg.value(3) == QLatin1String("function") ? seg.value(5) : QString();
}

Status read(SnapshotContext &ctx, const QString &function, const QString &path)
{
    auto send = [&ctx](const AwsRequest &r) { return ctx.send(r); };
    QList<Resource> found;
    Status st = AwsPaginator::forEachPage(send, request(QStringLiteral("ListVersionsByFunction"), "GET", functionPath(function) + QStringLiteral("/versions")),
                                          PageToken::lambdaMarker(), [&](const AwsResponse &page) {
        for (const QJsonValue &v : page.json.value(QStringLiteral("Versions")).toArray()) {
            const QString number = v[QStringLiteral("Version")].toString();
            if (number.isEmpty() || number == QLatin1String("$LATEST"))
                continue;
            found.append({ResourcePath::child(path, Version, number), functionDocument(v.toObject(), {}, {}), {}});
        }
        return true;
    });
    if (!st)
        return st;
    st = AwsPaginator::forEachPage(send, request(QStringLiteral("ListAliases"), "GET", functionPath(function) + QStringLiteral("/aliases")),
                                   PageToken::lambdaMarker(), [&](const AwsResponse &page) {
        for (const QJsonValue &a : page.json.value(QStringLiteral("Aliases")).toArray())
            found.append({ResourcePath::child(path, Alias, a[QStringLiteral("Name")].toString()), aliasDocument(a.toObject()), {}});
        return true;
    });
    if (!st)
        return st;
    for (const Resource &r : std::as_const(found))
        if (Status added = ctx.add(r); !added)
            return added;
    return {};
}

Status publish(ApplyContext &ctx, QList<Resource> versions)
{
    if (versions.isEmpty())
        return {};
    std::sort(versions.begin(), versions.end(), [](const Resource &a, const Resource &b) { return childId(a.path).toInt() < childId(b.path).toInt(); });
    const QString name = functionOf(versions.first().path);
    const QString configurationPath = functionPath(name) + QStringLiteral("/configuration");
    Result<AwsResponse> live = ctx.send(request(QStringLiteral("GetFunctionConfiguration"), "GET", configurationPath));
    if (!live)
        return live.error();
    const QJsonObject latest = functionDocument(live->json, {}, {});
    QJsonObject current = latest;
    for (const Resource &v : std::as_const(versions)) {
        const QJsonObject &doc = v.document;
        const QString number = childId(v.path);
        // Publish from the configuration the version had (the function's description stays its own).
        if (configurationDiffers(withoutDescription(current), withoutDescription(doc))) {
            QJsonObject in = configurationInput(doc, true);
            in.insert(Description, latest.value(Description).toString());
            if (Status st = ctx.send(request(QStringLiteral("UpdateFunctionConfiguration"), "PUT", configurationPath, in)); !st)
                return st;
            current = doc;
        }
        if (doc.value(QStringLiteral("CodeSha256")) != latest.value(QStringLiteral("CodeSha256")))
            ctx.warn(ErrorText::tr("Lambda function %1: version %2 was published from the function's current code (a "
                                    "version's own code is not kept)").arg(name, number));
        QJsonObject in;
        if (doc.contains(Description))
            in.insert(Description, doc.value(Description));
        Result<AwsResponse> r = ctx.send(request(QStringLiteral("PublishVersion"), "POST", functionPath(name) + QStringLiteral("/versions"), in));
        if (!r)
            return r.error();
        const QString got = r->json.value(QStringLiteral("Version")).toString();
        if (got != number)
            ctx.warn(ErrorText::tr("Lambda function %1: version %2 came back as version %3 (the emulator numbers versions "
                                    "itself and does not publish unchanged code and configuration twice)").arg(name, number, got));
    }
    if (withoutDescription(current) == withoutDescription(latest))
        return {};
    return ctx.send(request(QStringLiteral("UpdateFunctionConfiguration"), "PUT", configurationPath, configurationInput(latest, true)));
}

Status createAlias(ApplyContext &ctx, const Resource &alias)
{
    const QString name = functionOf(alias.path);
    QJsonObject in = aliasInput(alias.document, false);
    in.insert(QStringLiteral("Name"), childId(alias.path));
    Status st = ctx.send(request(QStringLiteral("CreateAlias"), "POST", functionPath(name) + QStringLiteral("/aliases"), in));
    if (isGone(st)) {
        // Its version did not come back (see publish's warnings): the rest of the restore goes on.
        ctx.warn(ErrorText::tr("Lambda function %1: alias %2 was not created, its version %3 does not exist")
                     .arg(name, childId(alias.path), alias.document.value(FunctionVersion).toString()));
        return {};
    }
    return st;
}

Status update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    const QString name = functionOf(after.path);
    if (childType(after.path) == Alias)
        return ctx.send(request(QStringLiteral("UpdateAlias"), "PUT", aliasPath(name, childId(after.path)), aliasInput(after.document, true)));
    (void)before;
    ctx.warn(ErrorText::tr("Lambda function %1: version %2 differs from the one recorded and was left as it is (published "
                            "versions cannot be changed)").arg(name, childId(after.path)));
    return {};
}

Status remove(ApplyContext &ctx, const Resource &resource)
{
    const QString name = functionOf(resource.path), id = childId(resource.path);
    Status st = childType(resource.path) == Alias
                    ? ctx.send(request(QStringLiteral("DeleteAlias"), "DELETE", aliasPath(name, id)))
                    : ctx.send(request(QStringLiteral("DeleteFunction"), "DELETE", functionPath(name), {}, {{QStringLiteral("Qualifier"), id}}));
    return isGone(st) ? Status() : st;
}

} // namespace poddeck::LambdaVersions
