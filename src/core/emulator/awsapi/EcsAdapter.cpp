#include "emulator/awsapi/EcsAdapter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QJsonArray>
#include <map>

namespace poddeck {

namespace {

const QString Cluster = QStringLiteral("cluster");
const QString ServiceType = QStringLiteral("service");
const QString TaskDefinition = QStringLiteral("task-definition");
const QString Tags = QStringLiteral("tags");
const QString Inactive = QStringLiteral("inactive");
const QString TaskDefinitionMember = QStringLiteral("taskDefinition");

const QStringList ClusterKeys{QStringLiteral("settings"), QStringLiteral("configuration"), QStringLiteral("capacityProviders"),
                              QStringLiteral("defaultCapacityProviderStrategy"), QStringLiteral("serviceConnectDefaults")};
// RegisterTaskDefinition's members as DescribeTaskDefinition returns them.
const QStringList RevisionKeys{QStringLiteral("taskRoleArn"), QStringLiteral("executionRoleArn"), QStringLiteral("networkMode"),
                               QStringLiteral("containerDefinitions"), QStringLiteral("volumes"), QStringLiteral("placementConstraints"),
                               QStringLiteral("requiresCompatibilities"), QStringLiteral("cpu"), QStringLiteral("memory"),
                               QStringLiteral("pidMode"), QStringLiteral("ipcMode"), QStringLiteral("proxyConfiguration"),
                               QStringLiteral("inferenceAccelerators"), QStringLiteral("ephemeralStorage"),
                               QStringLiteral("runtimePlatform"), QStringLiteral("enableFaultInjection")};
// Members UpdateService can change in place; the other CreateService members need a new service.
const QStringList UpdatableServiceKeys{QStringLiteral("taskDefinition"), QStringLiteral("desiredCount"),
                                       QStringLiteral("capacityProviderStrategy"), QStringLiteral("deploymentConfiguration"),
                                       QStringLiteral("availabilityZoneRebalancing"), QStringLiteral("networkConfiguration"),
                                       QStringLiteral("placementConstraints"), QStringLiteral("placementStrategy"),
                                       QStringLiteral("platformVersion"), QStringLiteral("healthCheckGracePeriodSeconds"),
                                       QStringLiteral("enableExecuteCommand"), QStringLiteral("enableECSManagedTags"),
                                       QStringLiteral("loadBalancers"), QStringLiteral("propagateTags"),
                                       QStringLiteral("serviceRegistries")};
const QStringList FixedServiceKeys{QStringLiteral("launchType"), QStringLiteral("schedulingStrategy"),
                                   QStringLiteral("deploymentController"), QStringLiteral("role")};

const PageToken EcsToken{QStringLiteral("nextToken"), QStringLiteral("nextToken"), {}};

AwsRequest ecs(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::ecs(), operation, input);
}

QString lastSegment(const QString &arn) { return arn.section(QLatin1Char('/'), -1); }

// "arn:...:task-definition/web:3" or "web:3" -> "web:3".
QString familyRevision(const QString &taskDefinition) { return lastSegment(taskDefinition); }

bool isGone(const Status &st)
{
    return DocumentJson::hasCode(st.error(), {"ClusterNotFoundException", "ServiceNotFoundException"});
}

QStringList listAll(SnapshotContext &ctx, const QString &operation, QJsonObject input, const QString &member, Status *status)
{
    QStringList out;
    input.insert(QStringLiteral("maxResults"), 100);
    *status = AwsPaginator::forEachPage(ctx.client(), ecs(operation, input), EcsToken, [&](const AwsResponse &page) {
        out += DocumentJson::toStringList(page.json.value(member));
        return true;
    }, ctx.cancelFlag());
    return out;
}

QJsonObject clusterDocument(const QJsonObject &c)
{
    QJsonObject doc = DocumentJson::pick(c, ClusterKeys);
    if (QJsonObject tags = DocumentJson::tagMap(c.value(Tags).toArray(), QStringLiteral("key"), QStringLiteral("value")); !tags.isEmpty())
        doc.insert(Tags, tags);
    return doc;
}

QJsonObject serviceDocument(const QJsonObject &s)
{
    QJsonObject doc = DocumentJson::pick(s, UpdatableServiceKeys + FixedServiceKeys);
    DocumentJson::insertIfNotEmpty(doc, QStringLiteral("role"), s.value(QStringLiteral("roleArn")).toString());
    doc.insert(TaskDefinitionMember, familyRevision(s.value(TaskDefinitionMember).toString()));
    if (doc.contains(QStringLiteral("capacityProviderStrategy")))
        doc.remove(QStringLiteral("launchType")); // the two exclude each other; ECS may report both
    if (s.value(QStringLiteral("schedulingStrategy")).toString() == QLatin1String("DAEMON"))
        doc.remove(QStringLiteral("desiredCount")); // one task per instance: ECS decides
    if (QJsonObject tags = DocumentJson::tagMap(s.value(Tags).toArray(), QStringLiteral("key"), QStringLiteral("value")); !tags.isEmpty())
        doc.insert(Tags, tags);
    return doc;
}

QJsonArray ecsTags(const QJsonValue &map)
{
    return DocumentJson::tagList(map.toObject(), QStringLiteral("key"), QStringLiteral("value"));
}

Status readClusters(SnapshotContext &ctx)
{
    Status st;
    const QStringList arns = listAll(ctx, QStringLiteral("ListClusters"), {}, QStringLiteral("clusterArns"), &st);
    if (!st)
        return st;
    for (qsizetype i = 0; i < arns.size(); i += 100) {
        Result<AwsResponse> r = ctx.send(ecs(QStringLiteral("DescribeClusters"),
                                             {{QStringLiteral("clusters"), DocumentJson::toArray(arns.mid(i, 100))},
                                              {QStringLiteral("include"), QJsonArray{"SETTINGS", "CONFIGURATIONS", "TAGS"}}}));
        if (!r)
            return r.error();
        for (const QJsonValue &c : r->json.value(QStringLiteral("clusters")).toArray()) {
            if (c[QStringLiteral("status")].toString() == QLatin1String("INACTIVE"))
                continue;
            const QString name = c[QStringLiteral("clusterName")].toString();
            const QString clusterPath = ctx.path(Cluster, name);
            if (Status added = ctx.add(Resource{clusterPath, clusterDocument(c.toObject()), {}}); !added)
                return added;
            const QStringList services = listAll(ctx, QStringLiteral("ListServices"), {{Cluster, name}}, QStringLiteral("serviceArns"), &st);
            if (!st)
                return st;
            for (qsizetype j = 0; j < services.size(); j += 10) {
                Result<AwsResponse> d = ctx.send(ecs(QStringLiteral("DescribeServices"),
                                                     {{Cluster, name}, {QStringLiteral("services"), DocumentJson::toArray(services.mid(j, 10))},
                                                      {QStringLiteral("include"), QJsonArray{"TAGS"}}}));
                if (!d)
                    return d.error();
                for (const QJsonValue &s : d->json.value(QStringLiteral("services")).toArray()) {
                    if (s[QStringLiteral("status")].toString() != QLatin1String("ACTIVE"))
                        continue; // DRAINING and INACTIVE services are on their way out
                    const QString path = ResourcePath::child(clusterPath, ServiceType, s[QStringLiteral("serviceName")].toString());
                    if (Status added = ctx.add(Resource{path, serviceDocument(s.toObject()), {}}); !added)
                        return added;
                }
            }
        }
    }
    return {};
}

QString revisionRef(const QString &family, int number) { return QStringLiteral("%1:%2").arg(family).arg(number); }

Status readTaskDefinitions(SnapshotContext &ctx)
{
    for (const QString status : {QStringLiteral("ACTIVE"), QStringLiteral("INACTIVE")}) {
        Status st;
        const QStringList arns = listAll(ctx, QStringLiteral("ListTaskDefinitions"), {{QStringLiteral("status"), status}},
                                         QStringLiteral("taskDefinitionArns"), &st);
        if (!st)
            return st;
        for (const QString &arn : arns) {
            Result<AwsResponse> r = ctx.send(ecs(QStringLiteral("DescribeTaskDefinition"),
                                                 {{TaskDefinitionMember, arn}, {QStringLiteral("include"), QJsonArray{"TAGS"}}}));
            if (!r) {
                if (DocumentJson::hasCode(r.error(), {"ClientException"}))
                    continue; // deleted while we read
                return r.error();
            }
            const QJsonObject td = r->json.value(TaskDefinitionMember).toObject();
            QJsonObject doc = DocumentJson::pick(td, RevisionKeys);
            if (QJsonObject tags = DocumentJson::tagMap(r->json.value(Tags).toArray(), QStringLiteral("key"), QStringLiteral("value")); !tags.isEmpty())
                doc.insert(Tags, tags);
            if (td.value(QStringLiteral("status")).toString() == QLatin1String("INACTIVE"))
                doc.insert(Inactive, true);
            const QString id = revisionRef(td.value(QStringLiteral("family")).toString(), td.value(QStringLiteral("revision")).toInt());
            if (Status added = ctx.add(Resource{ctx.path(TaskDefinition, id), doc, {}}); !added)
                return added;
        }
    }
    return {};
}

// "web:3" -> ("web", 3); a family name cannot hold ':'.
std::pair<QString, int> splitRevision(const QString &id)
{
    return {id.section(QLatin1Char(':'), 0, -2), id.section(QLatin1Char(':'), -1).toInt()};
}

Status deregister(ApplyContext &ctx, const QString &ref)
{
    Status st = ctx.send(ecs(QStringLiteral("DeregisterTaskDefinition"), {{TaskDefinitionMember, ref}}));
    return DocumentJson::hasCode(st.error(), {"ClientException"}) ? Status() : st; // already gone
}

// Deletes deregistered revisions, ten per call (the API's limit). Revisions already gone are fine.
Status deleteRevisions(ApplyContext &ctx, const QStringList &refs)
{
    for (qsizetype i = 0; i < refs.size(); i += 10) {
        Result<AwsResponse> r = ctx.send(ecs(QStringLiteral("DeleteTaskDefinitions"), {{QStringLiteral("taskDefinitions"), DocumentJson::toArray(refs.mid(i, 10))}}));
        if (!r)
            return r.error();
        for (const QJsonValue &f : r->json.value(QStringLiteral("failures")).toArray()) {
            const QString reason = f[QStringLiteral("reason")].toString();
            if (!reason.contains(QLatin1String("does not exist")))
                return Error(Error::Code::Remote, ErrorText::tr("deleting task definition %1: %2").arg(f[QStringLiteral("arn")].toString(), reason));
        }
    }
    return {};
}

// The highest revision number the family has, active or not (0 when it has none).
Result<int> latestRevision(ApplyContext &ctx, const QString &family)
{
    int latest = 0;
    for (const QString status : {QStringLiteral("ACTIVE"), QStringLiteral("INACTIVE")}) {
        Result<AwsResponse> r = ctx.send(ecs(QStringLiteral("ListTaskDefinitions"), {{QStringLiteral("familyPrefix"), family},
                                                                                    {QStringLiteral("status"), status},
                                                                                    {QStringLiteral("sort"), QStringLiteral("DESC")}}));
        if (!r)
            return r.error();
        for (const QJsonValue &arn : r->json.value(QStringLiteral("taskDefinitionArns")).toArray())
            if (splitRevision(lastSegment(arn.toString())).first == family)
                latest = std::max(latest, splitRevision(lastSegment(arn.toString())).second);
    }
    return latest;
}

// Registers revision `number` of `family`. ECS numbers revisions itself, one after the other, so numbers
// the version does not hold (deleted revisions) get stand-ins that are deleted again afterwards.
Status registerRevision(ApplyContext &ctx, const QString &family, int number, const QJsonObject &doc)
{
    Result<int> latest = latestRevision(ctx, family);
    if (!latest)
        return latest.error();
    if (*latest >= number)
        return Error(Error::Code::Conflict,
                     ErrorText::tr("task definition %1 cannot be registered again: the instance's family is already at revision %2, and "
                                    "ECS never reuses a number. Delete the family on the instance, or inject with --strategy overwrite")
                         .arg(revisionRef(family, number)).arg(*latest));
    QStringList standIns;
    for (int n = *latest + 1; n <= number; ++n) {
        QJsonObject in = DocumentJson::pick(doc, RevisionKeys);
        in.insert(QStringLiteral("family"), family);
        if (n == number && doc.contains(Tags))
            in.insert(Tags, ecsTags(doc.value(Tags)));
        Result<AwsResponse> r = ctx.send(ecs(QStringLiteral("RegisterTaskDefinition"), in));
        if (!r)
            return r.error();
        const int got = r->json.value(TaskDefinitionMember)[QStringLiteral("revision")].toInt();
        if (got != n)
            return Error(Error::Code::Conflict, ErrorText::tr("task definition %1 got revision %2 where %3 was expected").arg(family).arg(got).arg(n));
        if (n != number)
            standIns.append(revisionRef(family, n));
    }
    QStringList inactive = standIns;
    if (doc.value(Inactive).toBool())
        inactive.append(revisionRef(family, number));
    for (const QString &ref : std::as_const(inactive))
        if (Status st = deregister(ctx, ref); !st)
            return st;
    return deleteRevisions(ctx, standIns);
}

Status updateRevision(ApplyContext &ctx, const QString &ref, QJsonObject a, QJsonObject b)
{
    const bool wasInactive = a.take(Inactive).toBool(), isInactive = b.take(Inactive).toBool();
    if (a != b)
        return Error(Error::Code::Conflict, ErrorText::tr("task definition %1 differs, but revisions cannot be changed: register a new "
                                                            "revision, or inject with --strategy overwrite").arg(ref));
    if (wasInactive && !isInactive)
        return Error(Error::Code::Conflict, ErrorText::tr("task definition %1 is deregistered on the instance and cannot be registered "
                                                            "again: inject with --strategy overwrite").arg(ref));
    return !wasInactive && isInactive ? deregister(ctx, ref) : Status();
}

Result<QString> arnOf(ApplyContext &ctx, const QStringList &seg)
{
    if (seg.size() > 5) {
        Result<AwsResponse> r = ctx.send(ecs(QStringLiteral("DescribeServices"), {{Cluster, seg[4]}, {QStringLiteral("services"), QJsonArray{seg[6]}}}));
        if (!r)
            return r.error();
        return r->json.value(QStringLiteral("services"))[0][QStringLiteral("serviceArn")].toString();
    }
    Result<AwsResponse> r = ctx.send(ecs(QStringLiteral("DescribeClusters"), {{QStringLiteral("clusters"), QJsonArray{seg[4]}}}));
    if (!r)
        return r.error();
    return r->json.value(QStringLiteral("clusters"))[0][QStringLiteral("clusterArn")].toString();
}

Status updateTags(ApplyContext &ctx, const QStringList &seg, const QJsonObject &before, const QJsonObject &after)
{
    const QJsonObject tagsBefore = before.value(Tags).toObject(), tagsAfter = after.value(Tags).toObject();
    const QStringList removed = DocumentJson::tagsToRemove(tagsBefore, tagsAfter);
    const QJsonObject set = DocumentJson::tagsToSet(tagsBefore, tagsAfter);
    if (removed.isEmpty() && set.isEmpty())
        return {};
    Result<QString> arn = arnOf(ctx, seg);
    if (!arn)
        return arn.error();
    const QString resourceArn = QStringLiteral("resourceArn");
    if (!removed.isEmpty())
        if (Status st = ctx.send(ecs(QStringLiteral("UntagResource"), {{resourceArn, *arn}, {QStringLiteral("tagKeys"), DocumentJson::toArray(removed)}})); !st)
            return st;
    if (!set.isEmpty())
        return ctx.send(ecs(QStringLiteral("TagResource"), {{resourceArn, *arn}, {Tags, ecsTags(set)}}));
    return {};
}

QJsonObject serviceInput(const QStringList &seg, const QJsonObject &doc)
{
    QJsonObject in = doc;
    in.insert(Cluster, seg[4]);
    in.insert(QStringLiteral("serviceName"), seg[6]);
    if (doc.contains(Tags))
        in.insert(Tags, ecsTags(doc.value(Tags)));
    return in;
}

} // namespace

int EcsAdapter::restoreRank(const Resource &resource) const
{
    const QStringList seg = ResourcePath::segments(resource.path);
    if (seg.value(3) == TaskDefinition)
        return RevisionRank + std::clamp(splitRevision(seg.value(4)).second, 0, MaxRevision);
    return seg.size() > 5 ? ServiceRank : ClusterRank;
}

Status EcsAdapter::snapshot(SnapshotContext &ctx)
{
    if (Status st = readClusters(ctx); !st)
        return st;
    return readTaskDefinitions(ctx);
}

Result<bool> EcsAdapter::hasResources(SnapshotContext &ctx)
{
    Result<AwsResponse> c = ctx.send(ecs(QStringLiteral("ListClusters"), {{QStringLiteral("maxResults"), 1}}));
    if (!c)
        return c.error();
    if (!c->json.value(QStringLiteral("clusterArns")).toArray().isEmpty())
        return true;
    Result<AwsResponse> f = ctx.send(ecs(QStringLiteral("ListTaskDefinitionFamilies"), {{QStringLiteral("maxResults"), 1}}));
    if (!f)
        return f.error();
    return !f->json.value(QStringLiteral("families")).toArray().isEmpty();
}

Status EcsAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    const QJsonObject &doc = resource.document;
    if (seg.value(3) == TaskDefinition) {
        const auto [family, number] = splitRevision(seg[4]);
        return registerRevision(ctx, family, number, doc);
    }
    if (seg.size() > 5)
        return ctx.send(ecs(QStringLiteral("CreateService"), serviceInput(seg, doc)));
    QJsonObject in = DocumentJson::pick(doc, ClusterKeys);
    in.insert(QStringLiteral("clusterName"), seg[4]);
    if (doc.contains(Tags))
        in.insert(Tags, ecsTags(doc.value(Tags)));
    return ctx.send(ecs(QStringLiteral("CreateCluster"), in));
}

Status EcsAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    const QStringList seg = ResourcePath::segments(after.path);
    const QJsonObject &a = before.document, &b = after.document;
    if (seg.value(3) == TaskDefinition)
        return updateRevision(ctx, seg[4], a, b);
    if (seg.size() > 5) {
        for (const QString &k : FixedServiceKeys)
            if (a.value(k) != b.value(k))
                return ServiceAdapter::update(ctx, before, after);
        QJsonObject in{{Cluster, seg[4]}, {QStringLiteral("service"), seg[6]}};
        for (const QString &k : UpdatableServiceKeys)
            if (a.value(k) != b.value(k) && b.contains(k))
                in.insert(k, b.value(k));
        if (in.size() > 2)
            if (Status st = ctx.send(ecs(QStringLiteral("UpdateService"), in)); !st)
                return st;
        return updateTags(ctx, seg, a, b);
    }
    const QString cluster = seg[4];
    const QStringList updatable{QStringLiteral("settings"), QStringLiteral("configuration"), QStringLiteral("serviceConnectDefaults")};
    QJsonObject in{{Cluster, cluster}};
    for (const QString &k : updatable)
        if (a.value(k) != b.value(k) && b.contains(k))
            in.insert(k, b.value(k));
    if (in.size() > 1)
        if (Status st = ctx.send(ecs(QStringLiteral("UpdateCluster"), in)); !st)
            return st;
    const QString providers = QStringLiteral("capacityProviders"), strategy = QStringLiteral("defaultCapacityProviderStrategy");
    if (a.value(providers) != b.value(providers) || a.value(strategy) != b.value(strategy)) {
        Status st = ctx.send(ecs(QStringLiteral("PutClusterCapacityProviders"),
                                 {{Cluster, cluster}, {providers, b.value(providers).toArray()}, {strategy, b.value(strategy).toArray()}}));
        if (!st)
            return st;
    }
    return updateTags(ctx, seg, a, b);
}

Status EcsAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    if (seg.value(3) == TaskDefinition) { // a revision is deleted once deregistered
        if (!resource.document.value(Inactive).toBool())
            if (Status st = deregister(ctx, seg[4]); !st)
                return st;
        return deleteRevisions(ctx, {seg[4]});
    }
    Status st = seg.size() > 5
        ? Status(ctx.send(ecs(QStringLiteral("DeleteService"), {{Cluster, seg[4]}, {QStringLiteral("service"), seg[6]}, {QStringLiteral("force"), true}})))
        : Status(ctx.send(ecs(QStringLiteral("DeleteCluster"), {{Cluster, seg[4]}})));
    return isGone(st) ? Status() : st;
}

} // namespace poddeck
