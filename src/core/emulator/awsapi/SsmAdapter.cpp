#include "emulator/awsapi/SsmAdapter.h"

#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/AppJson.h"
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
    AppJson::insertIfNotEmpty(doc, QStringLiteral("Description"), p.value(QStringLiteral("Description")).toString());
    AppJson::insertIfNotEmpty(doc, QStringLiteral("AllowedPattern"), p.value(QStringLiteral("AllowedPattern")).toString());
    const QString key = p.value(QStringLiteral("KeyId")).toString();
    if (p.value(QStringLiteral("Type")) == QLatin1String("SecureString") && !key.isEmpty() && key != DefaultKey)
        doc.insert(QStringLiteral("KeyId"), key);
    QJsonArray policies;
    for (const QJsonValue &policy : p.value(Policies).toArray()) {
        const QJsonValue text = policy[QStringLiteral("PolicyText")]; // a JSON string (AWS) or an object (moto)
        policies.append(text.isString() ? AppJson::policyValue(text.toString()) : text);
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

QJsonObject withoutTags(QJsonObject doc)
{
    doc.remove(Tags);
    return doc;
}

Status addMetadata(SnapshotContext &ctx, QMap<QString, QJsonObject> &params)
{
    return AppJson::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); },
                                ssm(QStringLiteral("DescribeParameters"), {{QStringLiteral("MaxResults"), 50}}),
                                PageToken::nextToken(), [&](const AwsResponse &page) {
        for (const QJsonValue &p : page.json.value(QStringLiteral("Parameters")).toArray()) {
            const QString name = p[QStringLiteral("Name")].toString();
            if (!isAwsOwned(name))
                params.insert(name, parameterDocument(p.toObject()));
        }
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
                                             {{QStringLiteral("Names"), AppJson::toArray(batch)}, {QStringLiteral("WithDecryption"), true}}));
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
        const QJsonObject tagMap = AppJson::tagMap(tags->json.value(QStringLiteral("TagList")).toArray());
        if (!tagMap.isEmpty())
            it->insert(Tags, tagMap);
        if (Status st = ctx.add(Resource{ctx.path(QStringLiteral("parameter"), it.key()), *it, {}}); !st)
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

Status SsmAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    const QString name = ResourcePath::segments(resource.path).value(4);
    QJsonObject in = putInput(name, resource.document);
    const QJsonObject tags = resource.document.value(Tags).toObject();
    if (!tags.isEmpty())
        in.insert(Tags, AppJson::tagList(tags));
    return ctx.send(ssm(QStringLiteral("PutParameter"), in));
}

Status SsmAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    const QString name = ResourcePath::segments(after.path).value(4);
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
    const QStringList removed = AppJson::tagsToRemove(tagsBefore, tagsAfter);
    if (!removed.isEmpty()) {
        QJsonObject in = target;
        in.insert(QStringLiteral("TagKeys"), AppJson::toArray(removed));
        if (Status st = ctx.send(ssm(QStringLiteral("RemoveTagsFromResource"), in)); !st)
            return st;
    }
    const QJsonObject set = AppJson::tagsToSet(tagsBefore, tagsAfter);
    if (set.isEmpty())
        return {};
    QJsonObject in = target;
    in.insert(Tags, AppJson::tagList(set));
    return ctx.send(ssm(QStringLiteral("AddTagsToResource"), in));
}

Status SsmAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    const QString name = ResourcePath::segments(resource.path).value(4);
    Status st = ctx.send(ssm(QStringLiteral("DeleteParameter"), {{QStringLiteral("Name"), name}}));
    return AppJson::hasCode(st.error(), {"ParameterNotFound"}) ? Status() : st;
}

} // namespace poddeck
