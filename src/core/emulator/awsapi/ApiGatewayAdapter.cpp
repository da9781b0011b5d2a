#include "emulator/awsapi/ApiGatewayAdapter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

namespace poddeck {

namespace {

const QString RestApi = QStringLiteral("restapi");
const QString ResourceType = QStringLiteral("resource");
const QString Stage = QStringLiteral("stage");
const QString Tags = QStringLiteral("tags");
const QString Policy = QStringLiteral("policy");
const QString Methods = QStringLiteral("methods");
const QString MethodResponses = QStringLiteral("methodResponses");
const QString Integration = QStringLiteral("methodIntegration");
const QString IntegrationResponses = QStringLiteral("integrationResponses");
const QString CustomId = QStringLiteral("_custom_id_");
const QString Item = QStringLiteral("item");
const QString PageSize = QStringLiteral("500");

// REST API settings CreateRestApi takes and GetRestApi returns as they are.
const QStringList ApiMembers{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("version"),
                             QStringLiteral("apiKeySource"), QStringLiteral("binaryMediaTypes"),
                             QStringLiteral("minimumCompressionSize"), QStringLiteral("endpointConfiguration")};
// Members of a method that name other server-assigned things (not captured) or are the map key.
const QStringList DroppedMethodMembers{QStringLiteral("httpMethod"), QStringLiteral("authorizerId"), QStringLiteral("requestValidatorId")};

AwsRequest apigw(const QString &operation, const QByteArray &method, const QString &path, const QJsonObject &body = {},
                 const QueryItems &query = {})
{
    return AwsRequest::restJson(AwsService::apiGateway(), operation, method, path, body, query);
}

PageToken positionToken() { return {QStringLiteral("position"), QStringLiteral("position"), {}}; }

QString apiPath(const QString &id) { return QStringLiteral("/restapis/") + id; }
QString methodPath(const QString &api, const QString &resourceId, const QString &method)
{
    return QStringLiteral("/restapis/%1/resources/%2/methods/%3").arg(api, resourceId, method);
}

bool isGone(const Status &st)
{
    return DocumentJson::hasCode(st.error(), {"NotFoundException"});
}

// Drops null and empty members, recursively, so emulators that send defaults as null or {} agree.
QJsonValue cleaned(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue c = cleaned(it.value());
            if (!(c.isNull() || c.isUndefined() || (c.isString() && c.toString().isEmpty()) || (c.isArray() && c.toArray().isEmpty())
                  || (c.isObject() && c.toObject().isEmpty())))
                out.insert(it.key(), c);
        }
        return out;
    }
    return v;
}

template<typename Ctx>
Status forEachItem(const Ctx &ctx, const QString &operation, const QString &path, QueryItems query,
                   const std::function<void(const QJsonObject &)> &onItem)
{
    query.append({QStringLiteral("limit"), PageSize});
    return AwsPaginator::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); }, apigw(operation, "GET", path, {}, query),
                                     positionToken(), [&](const AwsResponse &page) {
        for (const QJsonValue &i : page.json.value(Item).toArray())
            onItem(i.toObject());
        return true;
    });
}

// The live id of the API recorded as `recorded`: that API, or the one whose `_custom_id_` tag names it.
Result<QString> liveApiId(const ApplyContext &ctx, const QString &recorded)
{
    Result<AwsResponse> direct = ctx.send(apigw(QStringLiteral("GetRestApi"), "GET", apiPath(recorded)));
    if (direct)
        return recorded;
    if (!isGone(direct.error()))
        return direct.error();
    QString found;
    Status st = forEachItem(ctx, QStringLiteral("GetRestApis"), QStringLiteral("/restapis"), {}, [&](const QJsonObject &api) {
        if (api.value(Tags)[CustomId].toString() == recorded)
            found = api.value(QStringLiteral("id")).toString();
    });
    if (!st)
        return st.error();
    if (found.isEmpty())
        return Error(Error::Code::NotFound, ErrorText::tr("REST API %1 is not in %2; restore the API first").arg(recorded, ctx.region()));
    return found;
}

// Resource path -> resource id of a live API.
Result<QHash<QString, QString>> resourceIds(const ApplyContext &ctx, const QString &api)
{
    QHash<QString, QString> ids;
    Status st = forEachItem(ctx, QStringLiteral("GetResources"), apiPath(api) + QStringLiteral("/resources"), {},
                            [&](const QJsonObject &r) { ids.insert(r.value(QStringLiteral("path")).toString(), r.value(QStringLiteral("id")).toString()); });
    if (!st)
        return st.error();
    return ids;
}

// A method as GetMethod (or GetResources?embed=methods) returns it -> its part of a resource document.
QJsonObject methodDocument(QJsonObject method)
{
    for (const QString &m : DroppedMethodMembers)
        method.remove(m);
    QJsonObject integration = method.value(Integration).toObject();
    integration.remove(QStringLiteral("cacheNamespace")); // AWS fills in the resource id
    method.insert(Integration, integration);
    return cleaned(method).toObject();
}

Status putMethod(ApplyContext &ctx, const QString &api, const QString &resourceId, const QString &name, const QJsonObject &doc)
{
    const QString path = methodPath(api, resourceId, name);
    QJsonObject in = doc;
    in.remove(MethodResponses);
    in.remove(Integration);
    if (Status st = ctx.send(apigw(QStringLiteral("PutMethod"), "PUT", path, in)); !st)
        return st;
    const QJsonObject responses = doc.value(MethodResponses).toObject();
    for (auto it = responses.begin(); it != responses.end(); ++it) {
        QJsonObject r = it.value().toObject();
        r.remove(QStringLiteral("statusCode"));
        if (Status st = ctx.send(apigw(QStringLiteral("PutMethodResponse"), "PUT", path + QStringLiteral("/responses/") + it.key(), r)); !st)
            return st;
    }
    if (!doc.contains(Integration))
        return {};
    QJsonObject integration = doc.value(Integration).toObject();
    const QJsonObject integrationResponses = integration.take(IntegrationResponses).toObject();
    if (Status st = ctx.send(apigw(QStringLiteral("PutIntegration"), "PUT", path + QStringLiteral("/integration"), integration)); !st)
        return st;
    for (auto it = integrationResponses.begin(); it != integrationResponses.end(); ++it) {
        QJsonObject r = it.value().toObject();
        r.remove(QStringLiteral("statusCode"));
        Status st = ctx.send(apigw(QStringLiteral("PutIntegrationResponse"), "PUT", path + QStringLiteral("/integration/responses/") + it.key(), r));
        if (!st)
            return st;
    }
    return {};
}

Status deleteMethod(ApplyContext &ctx, const QString &api, const QString &resourceId, const QString &name)
{
    Status st = ctx.send(apigw(QStringLiteral("DeleteMethod"), "DELETE", methodPath(api, resourceId, name)));
    return isGone(st) ? Status() : st;
}

Status snapshotApi(SnapshotContext &ctx, const QJsonObject &api)
{
    const QString id = api.value(QStringLiteral("id")).toString();
    QJsonObject tags = api.value(Tags).toObject();
    const QString recorded = tags.take(CustomId).toString(id);
    QJsonObject doc;
    for (const QString &m : ApiMembers)
        doc.insert(m, api.value(m));
    QJsonObject endpoint = doc.value(QStringLiteral("endpointConfiguration")).toObject();
    endpoint.remove(QStringLiteral("ipAddressType")); // newer APIs fill it in; CreateRestApi of older emulators rejects it
    doc.insert(QStringLiteral("endpointConfiguration"), endpoint);
    doc = cleaned(doc).toObject();
    if (api.value(QStringLiteral("disableExecuteApiEndpoint")).toBool())
        doc.insert(QStringLiteral("disableExecuteApiEndpoint"), true);
    if (const QString policy = api.value(Policy).toString(); !policy.isEmpty())
        doc.insert(Policy, DocumentJson::policyValue(policy));
    if (!tags.isEmpty())
        doc.insert(Tags, tags);
    const QString path = ctx.path(RestApi, recorded);
    if (Status st = ctx.add(Resource{path, doc, {}}); !st)
        return st;

    QList<QJsonObject> resources;
    Status listed = forEachItem(ctx, QStringLiteral("GetResources"), apiPath(id) + QStringLiteral("/resources"),
                                {{QStringLiteral("embed"), QStringLiteral("methods")}}, [&](const QJsonObject &r) { resources.append(r); });
    if (!listed)
        return listed;
    for (const QJsonObject &r : std::as_const(resources)) {
        const QString resourcePath = r.value(QStringLiteral("path")).toString();
        QJsonObject methods;
        const QJsonObject embedded = r.value(QStringLiteral("resourceMethods")).toObject();
        for (auto it = embedded.begin(); it != embedded.end(); ++it) {
            QJsonObject method = it.value().toObject();
            if (!method.contains(QStringLiteral("authorizationType"))) { // not embedded: ask for it
                Result<AwsResponse> m = ctx.send(apigw(QStringLiteral("GetMethod"), "GET", methodPath(id, r.value(QStringLiteral("id")).toString(), it.key())));
                if (!m)
                    return m.error();
                method = m->json;
            }
            methods.insert(it.key(), methodDocument(method));
        }
        if (resourcePath == QLatin1String("/") && methods.isEmpty())
            continue; // every API has its root
        QJsonObject resourceDoc;
        if (!methods.isEmpty())
            resourceDoc.insert(Methods, methods);
        if (Status st = ctx.add(Resource{ResourcePath::child(path, ResourceType, resourcePath), resourceDoc, {}}); !st)
            return st;
    }

    Result<AwsResponse> stages = ctx.send(apigw(QStringLiteral("GetStages"), "GET", apiPath(id) + QStringLiteral("/stages")));
    if (!stages)
        return stages.error();
    for (const QJsonValue &s : stages->json.value(Item).toArray()) {
        QJsonObject stageDoc{{QStringLiteral("description"), s[QStringLiteral("description")]},
                             {QStringLiteral("variables"), s[QStringLiteral("variables")]},
                             {Tags, s[Tags]}};
        if (s[QStringLiteral("tracingEnabled")].toBool())
            stageDoc.insert(QStringLiteral("tracingEnabled"), true);
        const QString deployment = s[QStringLiteral("deploymentId")].toString();
        if (!deployment.isEmpty()) {
            Result<AwsResponse> d = ctx.send(apigw(QStringLiteral("GetDeployment"), "GET", apiPath(id) + QStringLiteral("/deployments/") + deployment));
            if (!d && !isGone(d.error()))
                return d.error();
            if (d)
                stageDoc.insert(QStringLiteral("deploymentDescription"), d->json.value(QStringLiteral("description")));
        }
        stageDoc = cleaned(stageDoc).toObject();
        if (Status st = ctx.add(Resource{ResourcePath::child(path, Stage, s[QStringLiteral("stageName")].toString()), stageDoc, {}}); !st)
            return st;
    }
    return {};
}

Status createApi(ApplyContext &ctx, const QString &recorded, const QJsonObject &doc)
{
    QJsonObject in;
    for (const QString &m : ApiMembers)
        if (doc.contains(m))
            in.insert(m, doc.value(m));
    if (doc.contains(QStringLiteral("disableExecuteApiEndpoint")))
        in.insert(QStringLiteral("disableExecuteApiEndpoint"), true);
    if (doc.contains(Policy))
        in.insert(Policy, DocumentJson::policyText(doc.value(Policy)));
    QJsonObject tags = doc.value(Tags).toObject();
    tags.insert(CustomId, recorded); // moto and LocalStack then keep the recorded id
    in.insert(Tags, tags);
    Result<AwsResponse> created = ctx.send(apigw(QStringLiteral("CreateRestApi"), "POST", QStringLiteral("/restapis"), in));
    if (!created)
        return created.error();
    const QString id = created->json.value(QStringLiteral("id")).toString();
    if (id != recorded)
        ctx.mapId(recorded, id);
    if (id != recorded)
        ctx.warn(ErrorText::tr("apigateway REST API %1 in %2 was re-created as %3 (the emulator chose the id); its invoke URL "
                                "and execute-api ARNs changed with it (references in the restored resources were rewritten)")
                     .arg(recorded, ctx.region(), id));
    return {};
}

Status createResource(ApplyContext &ctx, const QString &api, const QString &path, const QJsonObject &doc)
{
    Result<QHash<QString, QString>> ids = resourceIds(ctx, api);
    if (!ids)
        return ids.error();
    QString resourceId = ids->value(path);
    if (resourceId.isEmpty()) {
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const QString parent = slash == 0 ? QStringLiteral("/") : path.left(slash);
        const QString parentId = ids->value(parent);
        if (parentId.isEmpty())
            return Error(Error::Code::NotFound, ErrorText::tr("REST API %1 has no resource %2 to hold %3").arg(api, parent, path));
        Result<AwsResponse> created = ctx.send(apigw(QStringLiteral("CreateResource"), "POST", QStringLiteral("/restapis/%1/resources/%2").arg(api, parentId),
                                                     {{QStringLiteral("pathPart"), path.mid(slash + 1)}}));
        if (!created)
            return created.error();
        resourceId = created->json.value(QStringLiteral("id")).toString();
    }
    const QJsonObject methods = doc.value(Methods).toObject();
    for (auto it = methods.begin(); it != methods.end(); ++it)
        if (Status st = putMethod(ctx, api, resourceId, it.key(), it.value().toObject()); !st)
            return st;
    return {};
}

Status createStage(ApplyContext &ctx, const QString &api, const QString &name, const QJsonObject &doc)
{
    QJsonObject deployment;
    if (doc.contains(QStringLiteral("deploymentDescription")))
        deployment.insert(QStringLiteral("description"), doc.value(QStringLiteral("deploymentDescription")));
    Result<AwsResponse> d = ctx.send(apigw(QStringLiteral("CreateDeployment"), "POST", apiPath(api) + QStringLiteral("/deployments"), deployment));
    if (!d)
        return d.error();
    QJsonObject in = doc;
    in.remove(QStringLiteral("deploymentDescription"));
    in.insert(QStringLiteral("stageName"), name);
    in.insert(QStringLiteral("deploymentId"), d->json.value(QStringLiteral("id")));
    return ctx.send(apigw(QStringLiteral("CreateStage"), "POST", apiPath(api) + QStringLiteral("/stages"), in));
}

} // namespace

int ApiGatewayAdapter::restoreRank(const Resource &resource) const
{
    const QStringList seg = ResourcePath::segments(resource.path);
    if (seg.size() <= 5)
        return 10;
    if (seg.value(5) == Stage)
        return 47;
    return 36 + std::min<int>(seg.value(6) == QLatin1String("/") ? 0 : int(seg.value(6).count(QLatin1Char('/'))), 10);
}

Status ApiGatewayAdapter::snapshot(SnapshotContext &ctx)
{
    QList<QJsonObject> apis;
    Status listed = forEachItem(ctx, QStringLiteral("GetRestApis"), QStringLiteral("/restapis"), {}, [&](const QJsonObject &a) { apis.append(a); });
    if (!listed)
        return listed;
    for (const QJsonObject &api : std::as_const(apis))
        if (Status st = snapshotApi(ctx, api); !st)
            return isGone(st) ? Status() : st; // deleted while we read
    return {};
}

Result<bool> ApiGatewayAdapter::hasResources(SnapshotContext &ctx)
{
    Result<AwsResponse> r = ctx.send(apigw(QStringLiteral("GetRestApis"), "GET", QStringLiteral("/restapis"), {}, {{QStringLiteral("limit"), QStringLiteral("1")}}));
    if (!r)
        return r.error();
    return !r->json.value(Item).toArray().isEmpty();
}

Status ApiGatewayAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    if (seg.size() <= 5)
        return createApi(ctx, seg.value(4), resource.document);
    Result<QString> api = liveApiId(ctx, seg.value(4));
    if (!api)
        return api.error();
    if (seg.value(5) == Stage)
        return createStage(ctx, *api, seg.value(6), resource.document);
    return createResource(ctx, *api, seg.value(6), resource.document);
}

Status ApiGatewayAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    const QStringList seg = ResourcePath::segments(after.path);
    const QJsonObject &a = before.document, &b = after.document;
    Result<QString> api = liveApiId(ctx, seg.value(4));
    if (!api)
        return api.error();
    if (seg.size() <= 5) {
        QJsonArray ops;
        for (const QString &m : {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("apiKeySource"),
                                 QStringLiteral("minimumCompressionSize"), QStringLiteral("version")})
            if (a.value(m) != b.value(m))
                ops.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")}, {QStringLiteral("path"), QLatin1Char('/') + m},
                                       {QStringLiteral("value"), b.value(m).isDouble() ? QString::number(b.value(m).toInt()) : b.value(m).toString()}});
        if (a.value(Policy) != b.value(Policy))
            ops.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")}, {QStringLiteral("path"), QStringLiteral("/policy")},
                                   {QStringLiteral("value"), DocumentJson::policyText(b.value(Policy))}});
        if (!ops.isEmpty())
            if (Status st = ctx.send(apigw(QStringLiteral("UpdateRestApi"), "PATCH", apiPath(*api), {{QStringLiteral("patchOperations"), ops}})); !st)
                return st;
        for (const QString &m : {Tags, QStringLiteral("endpointConfiguration"), QStringLiteral("binaryMediaTypes"), QStringLiteral("disableExecuteApiEndpoint")})
            if (a.value(m) != b.value(m))
                ctx.warn(ErrorText::tr("apigateway REST API %1 in %2: PodDeck does not change %3 of an existing API; delete the API and "
                                        "inject again to get the recorded %3")
                             .arg(seg.value(4), ctx.region(), m));
        return {};
    }
    if (seg.value(5) == Stage) {
        Status st = ctx.send(apigw(QStringLiteral("DeleteStage"), "DELETE", apiPath(*api) + QStringLiteral("/stages/") + seg.value(6)));
        if (!st && !isGone(st))
            return st;
        return createStage(ctx, *api, seg.value(6), b);
    }
    // A method changes as a whole: PutMethod refuses to overwrite one, so delete and put it again.
    Result<QHash<QString, QString>> ids = resourceIds(ctx, *api);
    if (!ids)
        return ids.error();
    const QString resourceId = ids->value(seg.value(6));
    if (resourceId.isEmpty())
        return createResource(ctx, *api, seg.value(6), b);
    const QJsonObject ma = a.value(Methods).toObject(), mb = b.value(Methods).toObject();
    for (auto it = ma.begin(); it != ma.end(); ++it)
        if (mb.value(it.key()) != it.value())
            if (Status st = deleteMethod(ctx, *api, resourceId, it.key()); !st)
                return st;
    for (auto it = mb.begin(); it != mb.end(); ++it)
        if (ma.value(it.key()) != it.value())
            if (Status st = putMethod(ctx, *api, resourceId, it.key(), it.value().toObject()); !st)
                return st;
    return {};
}

Status ApiGatewayAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    Result<QString> api = liveApiId(ctx, seg.value(4));
    if (!api)
        return api.error().code == Error::Code::NotFound ? Status() : Status(api.error());
    Status st;
    if (seg.size() <= 5) {
        st = ctx.send(apigw(QStringLiteral("DeleteRestApi"), "DELETE", apiPath(*api)));
    } else if (seg.value(5) == Stage) {
        st = ctx.send(apigw(QStringLiteral("DeleteStage"), "DELETE", apiPath(*api) + QStringLiteral("/stages/") + seg.value(6)));
    } else {
        Result<QHash<QString, QString>> ids = resourceIds(ctx, *api);
        if (!ids)
            return ids.error();
        const QString resourceId = ids->value(seg.value(6));
        if (resourceId.isEmpty())
            return {};
        if (seg.value(6) == QLatin1String("/")) { // the root stays; only its methods go
            for (const QString &m : resource.document.value(Methods).toObject().keys())
                if (Status d = deleteMethod(ctx, *api, resourceId, m); !d)
                    return d;
            return {};
        }
        st = ctx.send(apigw(QStringLiteral("DeleteResource"), "DELETE", QStringLiteral("/restapis/%1/resources/%2").arg(*api, resourceId)));
    }
    return isGone(st) ? Status() : st;
}

} // namespace poddeck
