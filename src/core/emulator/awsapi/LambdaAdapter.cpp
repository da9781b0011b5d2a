#include "emulator/awsapi/LambdaAdapter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "emulator/awsapi/LambdaAccess.h"
#include "emulator/awsapi/LambdaApi.h"
#include "emulator/awsapi/LambdaCode.h"
#include "emulator/awsapi/LambdaLayers.h"
#include "emulator/awsapi/LambdaVersions.h"
#include "emulator/awsapi/LambdaWriter.h"
#include "state/CanonicalJson.h"
#include "state/ResourcePath.h"

#include <QJsonArray>
#include <algorithm>

namespace poddeck {

using namespace LambdaApi;

namespace {

Status readFunctions(SnapshotContext &ctx)
{
    QStringList names;
    Status st = AwsPaginator::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); },
                                          request(QStringLiteral("ListFunctions"), "GET", QStringLiteral("/2015-03-31/functions")),
                                          PageToken::lambdaMarker(), [&](const AwsResponse &page) {
        for (const QJsonValue &f : page.json.value(QStringLiteral("Functions")).toArray())
            names << f[QStringLiteral("FunctionName")].toString();
        return true;
    });
    if (!st)
        return st;
    for (const QString &name : names) {
        Result<AwsResponse> f = ctx.send(request(QStringLiteral("GetFunction"), "GET", functionPath(name)));
        if (!f)
            return f.error();
        QJsonObject tags = f->json.value(QStringLiteral("Tags")).toObject();
        Resource r{ctx.path(QStringLiteral("function"), name),
                   functionDocument(f->json.value(QStringLiteral("Configuration")).toObject(), tags,
                                    f->json.value(QStringLiteral("Code")).toObject()),
                   {}};
        if (Status access = LambdaAccess::read(ctx, name, r.document); !access)
            return access;
        if (r.document.value(QStringLiteral("PackageType")) != QLatin1String("Image")) {
            if (Status code = LambdaCode::fill(ctx, r); !code)
                return code;
        }
        if (Status added = ctx.add(r); !added)
            return added;
        if (Status children = LambdaVersions::read(ctx, name, r.path); !children)
            return children;
    }
    return {};
}

Status readMappings(SnapshotContext &ctx)
{
    QMap<QString, QList<QJsonObject>> byId;
    Status st = AwsPaginator::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); },
                                          request(QStringLiteral("ListEventSourceMappings"), "GET", mappingsPath()),
                                          PageToken::lambdaMarker(), [&](const AwsResponse &page) {
        for (const QJsonValue &m : page.json.value(QStringLiteral("EventSourceMappings")).toArray()) {
            const QJsonObject doc = mappingDocument(m.toObject());
            byId[mappingId(doc)].append(doc);
        }
        return true;
    });
    if (!st)
        return st;
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        QList<QJsonObject> docs = it.value();
        // Several mappings between the same function and source (different filters): order them by content,
        // since their UUIDs are random, and number the extra ones.
        std::sort(docs.begin(), docs.end(), [](const QJsonObject &a, const QJsonObject &b) { return canonicalJson(a) < canonicalJson(b); });
        for (int i = 0; i < docs.size(); ++i) {
            const QString id = i == 0 ? it.key() : QStringLiteral("%1|%2").arg(it.key()).arg(i + 1);
            if (Status added = ctx.add(Resource{ctx.path(QStringLiteral("event-source-mapping"), id), docs[i], {}}); !added)
                return added;
        }
    }
    return {};
}

} // namespace

int LambdaAdapter::restoreRank(const Resource &resource) const
{
    const QString type = ResourcePath::segments(resource.path).value(3);
    // A layer's versions with it, before the functions that name them.
    if (LambdaLayers::isVersion(resource.path))
        return 30;
    // A function's versions after it, its aliases after them, both before mappings that may name them.
    const QString child = LambdaVersions::childType(resource.path);
    if (child == LambdaVersions::Version)
        return 32;
    if (!child.isEmpty())
        return 33;
    if (type == QLatin1String("layer"))
        return 30;
    if (type == QLatin1String("function"))
        return 31;
    return 40;
}

Status LambdaAdapter::snapshot(SnapshotContext &ctx)
{
    for (auto read : {LambdaLayers::read, readFunctions, readMappings}) {
        if (Status st = read(ctx); !st)
            return st;
    }
    return {};
}

Result<bool> LambdaAdapter::hasResources(SnapshotContext &ctx)
{
    const QueryItems one{{QStringLiteral("MaxItems"), QStringLiteral("1")}};
    const QList<QPair<QString, QString>> lists{{QStringLiteral("/2015-03-31/functions"), QStringLiteral("Functions")},
                                               {QStringLiteral("/2018-10-31/layers"), QStringLiteral("Layers")},
                                               {mappingsPath(), QStringLiteral("EventSourceMappings")}};
    for (const auto &[path, member] : lists) {
        Result<AwsResponse> r = ctx.send(request(QStringLiteral("List") + member, "GET", path, {}, one));
        if (!r)
            return r.error();
        if (!r->json.value(member).toArray().isEmpty())
            return true;
    }
    return false;
}

QString LambdaAdapter::orderedGroup(const Resource &resource) const
{
    // A function's or layer's versions go to createMany together, to be published in number order.
    if (LambdaVersions::childType(resource.path) == LambdaVersions::Version || LambdaLayers::isVersion(resource.path))
        return resource.path.section(QLatin1Char('/'), 0, 4);
    return {};
}

Status LambdaAdapter::createMany(ApplyContext &ctx, const QList<Resource> &resources)
{
    QList<Resource> versions, layerVersions, rest;
    for (const Resource &r : resources) {
        if (LambdaLayers::isVersion(r.path))
            layerVersions.append(r);
        else
            (LambdaVersions::childType(r.path) == LambdaVersions::Version ? versions : rest).append(r);
    }
    if (Status st = LambdaLayers::publish(ctx, layerVersions); !st)
        return Error(st.error().code, QStringLiteral("%1: %2").arg(layerVersions.first().path, st.error().message));
    if (Status st = LambdaVersions::publish(ctx, versions); !st)
        return Error(st.error().code, QStringLiteral("%1: %2").arg(versions.first().path, st.error().message));
    return ServiceAdapter::createMany(ctx, rest);
}

Status LambdaAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    if (LambdaLayers::isVersion(resource.path))
        return LambdaLayers::publish(ctx, {resource});
    const QString child = LambdaVersions::childType(resource.path);
    if (child == LambdaVersions::Version)
        return LambdaVersions::publish(ctx, {resource});
    if (!child.isEmpty())
        return LambdaVersions::createAlias(ctx, resource);
    return LambdaWriter(ctx).create(resource);
}

Status LambdaAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    if (LambdaLayers::isVersion(after.path))
        return LambdaLayers::update(ctx, before, after);
    if (!LambdaVersions::childType(after.path).isEmpty())
        return LambdaVersions::update(ctx, before, after);
    return LambdaWriter(ctx).update(before, after);
}

Status LambdaAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    if (LambdaLayers::isVersion(resource.path))
        return LambdaLayers::remove(ctx, resource);
    if (!LambdaVersions::childType(resource.path).isEmpty())
        return LambdaVersions::remove(ctx, resource);
    return LambdaWriter(ctx).remove(resource);
}

} // namespace poddeck
