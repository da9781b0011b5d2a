#include "emulator/awsapi/SsmAdapter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "emulator/awsapi/SsmHistory.h"
#include "state/ResourcePath.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace poddeck {

namespace {

const QString Tags = QStringLiteral("Tags");
const QString Value = QStringLiteral("Value");
const QString Policies = QStringLiteral("Policies");
const QString DefaultKey = QStringLiteral("alias/aws/ssm");
constexpr int GetParametersBatch = 10; // the API's limit

bool isAwsOwned(const QString &name)
{
    return name.startsWith(QLatin1String("/aws/"));
}

AwsRequest ssm(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::ssm(), operation, input);
}

// DescribeParameters metadata -> document (without value and tags).
QJsonObject parameterDocument(const QJsonObject &p)
{
    QJsonObject doc{{QStringLiteral("Type"), p.value(QStringLiteral("Type"))},
                    {QStringLiteral("Tier"), p.value(QStringLiteral("Tier")).toString(QStringLiteral("Standard"))},
                    {QStringLiteral("DataType"), p.value(QStringLiteral("DataType")).toString(QStringLiteral("text"))}};
    DocumentJson::insertIfNotEmpty(doc, QStringLiteral("Description"), p.value(QStringLiteral("Description")).toString());
    DocumentJson::insertIfNotEmpty(doc, QStringLiteral("AllowedPattern"), p.value(QStringLiteral("AllowedPattern")).toString());
    const QString key = p.value(QStringLiteral("KeyId")).toString();
    if (p.value(QStringLiteral("Type")) == QLatin1String("SecureString") && !key.isEmpty() && key != DefaultKey)
        doc.insert(QStringLiteral("KeyId"), key);
    QJsonArray policies;
    for (const QJsonValue &policy : p.value(Policies).toArray()) {
        const QJsonValue text = policy[QStringLiteral("PolicyText")]; // a JSON string (AWS) or an object (moto)
        policies.append(text.isString() ? DocumentJson::policyValue(text.toString()) : text);
    }
    if (!policies.isEmpty())
        doc.insert(Policies, policies);
    return doc;
}

QJsonObject putInput(const QString &name, const QJsonObject &doc)
{
    QJsonObject in{{QStringLiteral("Name"), name}};
    for (const QString &m : {QStringLiteral("Type"), Value, QStringLiteral("Tier"), QStringLiteral("DataType"),
                             QStringLiteral("Description"), QStringLiteral("AllowedPattern"), QStringLiteral("KeyId")})
        if (doc.contains(m))
            in.insert(m, doc.value(m));
    if (doc.contains(Policies))
        in.insert(Policies, QString::fromUtf8(QJsonDocument(doc.value(Policies).toArray()).toJson(QJsonDocument::Compact)));
    return in;
}

// What PutParameter sets: tags and labels are set by their own calls (and a put makes a new version).
QJsonObject withoutTags(QJsonObject doc)
{
    doc.remove(Tags);
    doc.remove(SsmHistory::Labels);
    return doc;
}

SsmHistory::Send sender(const ApplyContext &ctx)
{
    return [&ctx](const AwsRequest &r) { return ctx.send(r); };
}

bool isMissing(const Status &st)
{
    return DocumentJson::hasCode(st.error(), {"ParameterNotFound", "ParameterVersionNotFound"});
}

Status addMetadata(SnapshotContext &ctx, QMap<QString, QJsonObject> &params)
{
    return AwsPaginator::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); },
                                     ssm(QStringLiteral("DescribeParameters"), {{QStringLiteral("MaxResults"), AwsPaginator::pageSize(50)}}),
                                     PageToken::nextToken(), [&](const AwsResponse &page) {
        for (const QJsonValue &p : page.json.value(QStringLiteral("Parameters")).toArray()) {
            const QString name = p[QStringLiteral("Name")].toString();
            if (!isAwsOwned(name))
                params.insert(name, parameterDocument(p.toObject()));
        }
        return true;
    });
}

} // namespace

Status SsmAdapter::snapshot(SnapshotContext &ctx)
{
    QMap<QString, QJsonObject> params;
    if (Status st = addMetadata(ctx, params); !st)
        return st;
    const QStringList names = params.keys();
    for (qsizetype at = 0; at < names.size(); at += GetParametersBatch) {
        const QStringList batch = names.mid(at, GetParametersBatch);
        Result<AwsResponse> r = ctx.send(ssm(QStringLiteral("GetParameters"),
                                             {{QStringLiteral("Names"), DocumentJson::toArray(batch)}, {QStringLiteral("WithDecryption"), true}}));
        if (!r)
            return r.error();
        for (const QJsonValue &p : r->json.value(QStringLiteral("Parameters")).toArray()) {
            auto it = params.find(p[QStringLiteral("Name")].toString());
            if (it != params.end())
                it->insert(Value, p[Value].toString());
        }
    }
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!it->contains(Value))
            continue; // deleted between the two calls
        Result<AwsResponse> tags = ctx.send(ssm(QStringLiteral("ListTagsForResource"),
                                                {{QStringLiteral("ResourceType"), QStringLiteral("Parameter")},
                                                 {QStringLiteral("ResourceId"), it.key()}}));
        if (!tags)
            return tags.error();
        const QJsonObject tagMap = DocumentJson::tagMap(tags->json.value(QStringLiteral("TagList")).toArray());
        if (!tagMap.isEmpty())
            it->insert(Tags, tagMap);
        const QString path = ctx.path(QStringLiteral("parameter"), it.key());
        if (Status st = SsmHistory::snapshot(ctx, path, it.key(), *it); !st)
            return isMissing(st) ? Status() : st;
        if (Status st = ctx.add(Resource{path, *it, {}}); !st)
            return st;
    }
    return {};
}

Result<bool> SsmAdapter::hasResources(SnapshotContext &ctx)
{
    Result<AwsResponse> r = ctx.send(ssm(QStringLiteral("DescribeParameters"), {{QStringLiteral("MaxResults"), 50}}));
    if (!r)
        return r.error();
    const QJsonArray params = r->json.value(QStringLiteral("Parameters")).toArray();
    return std::any_of(params.begin(), params.end(), [](const QJsonValue &p) { return !isAwsOwned(p[QStringLiteral("Name")].toString()); })
        || !r->json.value(QStringLiteral("NextToken")).toString().isEmpty();
}

QString SsmAdapter::orderedGroup(const Resource &resource) const
{
    return resource.path.section(QLatin1Char('/'), 0, 4); // a parameter with its history
}

Status SsmAdapter::createMany(ApplyContext &ctx, const QList<Resource> &resources)
{
    // One parameter per call (orderedGroup): its older versions first, then the current one.
    QList<Resource> history;
    for (const Resource &r : resources)
        if (SsmHistory::isVersionPath(r.path))
            history.append(r);
    if (Status st = SsmHistory::putVersions(sender(ctx), history); !st)
        return st;
    for (const Resource &r : resources)
        if (!SsmHistory::isVersionPath(r.path))
            if (Status st = create(ctx, r); !st)
                return Error(st.error().code, QStringLiteral("%1: %2").arg(r.path, st.error().message));
    return {};
}

Status SsmAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    if (SsmHistory::isVersionPath(resource.path))
        return SsmHistory::putVersions(sender(ctx), {resource});
    const QString name = ResourcePath::segments(resource.path).value(4);
    QJsonObject in = putInput(name, resource.document);
    const QJsonObject tags = resource.document.value(Tags).toObject();
    if (!tags.isEmpty())
        in.insert(Tags, DocumentJson::tagList(tags));
    Status put = ctx.send(ssm(QStringLiteral("PutParameter"), in));
    if (!put && DocumentJson::hasCode(put.error(), {"ParameterAlreadyExists"})) {
        // Its history was put first: the current version goes on top (tags cannot go with Overwrite).
        in.remove(Tags);
        in.insert(QStringLiteral("Overwrite"), true);
        put = ctx.send(ssm(QStringLiteral("PutParameter"), in));
        if (put && !tags.isEmpty())
            put = ctx.send(ssm(QStringLiteral("AddTagsToResource"), {{QStringLiteral("ResourceType"), QStringLiteral("Parameter")},
                                                                    {QStringLiteral("ResourceId"), name},
                                                                    {Tags, DocumentJson::tagList(tags)}}));
    }
    if (!put)
        return put;
    return SsmHistory::relabel(sender(ctx), name, 0, {}, resource.document);
}

Status SsmAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    const QString name = ResourcePath::segments(after.path).value(4);
    // An older version's value cannot change (history is append-only); its labels can.
    if (SsmHistory::isVersionPath(after.path))
        return SsmHistory::relabel(sender(ctx), name, ResourcePath::segments(after.path).value(6).toInt(), before.document, after.document);
    const QString tier = QStringLiteral("Tier");
    if (before.document.value(tier) == QLatin1String("Advanced") && after.document.value(tier) != QLatin1String("Advanced"))
        return ServiceAdapter::update(ctx, before, after); // an Advanced parameter cannot go back to Standard
    if (withoutTags(before.document) != withoutTags(after.document)) {
        QJsonObject in = putInput(name, after.document);
        in.insert(QStringLiteral("Overwrite"), true);
        for (const QString &m : {QStringLiteral("Description"), QStringLiteral("AllowedPattern")})
            if (before.document.contains(m) && !in.contains(m))
                in.insert(m, QString());
        if (Status st = ctx.send(ssm(QStringLiteral("PutParameter"), in)); !st)
            return st;
    }
    const QJsonObject tagsBefore = before.document.value(Tags).toObject(), tagsAfter = after.document.value(Tags).toObject();
    const QJsonObject target{{QStringLiteral("ResourceType"), QStringLiteral("Parameter")}, {QStringLiteral("ResourceId"), name}};
    const QStringList removed = DocumentJson::tagsToRemove(tagsBefore, tagsAfter);
    if (!removed.isEmpty()) {
        QJsonObject in = target;
        in.insert(QStringLiteral("TagKeys"), DocumentJson::toArray(removed));
        if (Status st = ctx.send(ssm(QStringLiteral("RemoveTagsFromResource"), in)); !st)
            return st;
    }
    const QJsonObject set = DocumentJson::tagsToSet(tagsBefore, tagsAfter);
    if (!set.isEmpty()) {
        QJsonObject in = target;
        in.insert(Tags, DocumentJson::tagList(set));
        if (Status st = ctx.send(ssm(QStringLiteral("AddTagsToResource"), in)); !st)
            return st;
    }
    // After a new value the labels of the old current version stay there, as in SSM.
    return SsmHistory::relabel(sender(ctx), name, 0, withoutTags(before.document) != withoutTags(after.document) ? QJsonObject() : before.document,
                               after.document);
}

Status SsmAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    const QString name = ResourcePath::segments(resource.path).value(4);
    if (SsmHistory::isVersionPath(resource.path)) { // a version cannot be deleted: it loses its labels
        Status st = SsmHistory::relabel(sender(ctx), name, ResourcePath::segments(resource.path).value(6).toInt(), resource.document, {});
        return isMissing(st) ? Status() : st;
    }
    Status st = ctx.send(ssm(QStringLiteral("DeleteParameter"), {{QStringLiteral("Name"), name}}));
    return DocumentJson::hasCode(st.error(), {"ParameterNotFound"}) ? Status() : st;
}

} // namespace poddeck
