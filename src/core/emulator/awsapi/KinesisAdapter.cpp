#include "emulator/awsapi/KinesisAdapter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QJsonArray>
#include <QThread>

namespace poddeck {

namespace {

const QString StreamName = QStringLiteral("StreamName");
const QString StreamArn = QStringLiteral("StreamARN");
const QString StreamMode = QStringLiteral("StreamMode");
const QString ShardCount = QStringLiteral("ShardCount");
const QString Retention = QStringLiteral("RetentionPeriodHours");
const QString Encryption = QStringLiteral("Encryption");
const QString EncryptionType = QStringLiteral("EncryptionType");
const QString KeyId = QStringLiteral("KeyId");
const QString Tags = QStringLiteral("Tags");
const QString ResourcePolicy = QStringLiteral("ResourcePolicy");
const QString ShardLevelMetrics = QStringLiteral("ShardLevelMetrics");
const QString Provisioned = QStringLiteral("PROVISIONED");
constexpr int DefaultRetention = 24;
constexpr int PageSize = 25; // ListStreams; a stream costs three more calls, so pages are kept small

AwsRequest kinesis(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::kinesis(), operation, input);
}

QString nameOf(const Resource &resource) { return ResourcePath::segments(resource.path).value(4); }

template<typename Context>
Result<QJsonObject> summary(Context &ctx, const QString &name)
{
    Result<AwsResponse> r = ctx.send(kinesis(QStringLiteral("DescribeStreamSummary"), {{StreamName, name}}));
    if (!r)
        return r.error();
    return r->json.value(QStringLiteral("StreamDescriptionSummary")).toObject();
}

// Creating, resharding and encrypting take a stream through CREATING/UPDATING; the next change has to
// wait until it is ACTIVE again. Returns the ACTIVE summary.
Result<QJsonObject> waitActive(ApplyContext &ctx, const QString &name)
{
    for (int attempt = 0; attempt < 240; ++attempt) {
        Result<QJsonObject> s = summary(ctx, name);
        if (!s || s->value(QStringLiteral("StreamStatus")).toString() == QLatin1String("ACTIVE"))
            return s;
        if (ctx.isCancelled())
            return Error(Error::Code::Cancelled, ErrorText::tr("cancelled"));
        QThread::msleep(250);
    }
    return Error(Error::Code::Network, ErrorText::tr("Kinesis stream %1 did not become ACTIVE within a minute; inject again when it has").arg(name));
}

Result<QJsonObject> streamDocument(SnapshotContext &ctx, const QString &name)
{
    Result<QJsonObject> s = summary(ctx, name);
    if (!s)
        return s.error();
    if (s->value(QStringLiteral("StreamStatus")).toString() == QLatin1String("DELETING"))
        return QJsonObject(); // on its way out: not recorded
    QJsonObject doc;
    const QString mode = s->value(QStringLiteral("StreamModeDetails"))[StreamMode].toString(Provisioned);
    doc.insert(StreamMode, mode);
    if (mode == Provisioned)
        doc.insert(ShardCount, s->value(QStringLiteral("OpenShardCount")).toInt());
    doc.insert(Retention, s->value(Retention).toInt(DefaultRetention));
    if (s->value(EncryptionType).toString() == QLatin1String("KMS"))
        doc.insert(Encryption, QJsonObject{{EncryptionType, QStringLiteral("KMS")}, {KeyId, s->value(KeyId)}});
    if (const QStringList metrics = DocumentJson::sortedStrings(s->value(QStringLiteral("EnhancedMonitoring"))[0][ShardLevelMetrics].toArray());
        !metrics.isEmpty())
        doc.insert(ShardLevelMetrics, DocumentJson::toArray(metrics));

    QJsonObject tags;
    QJsonObject in{{StreamName, name}, {QStringLiteral("Limit"), 50}};
    for (int page = 0; page < AwsPaginator::MaxPages; ++page) { // ExclusiveStartTagKey <- the last key, while HasMoreTags
        Result<AwsResponse> r = ctx.send(kinesis(QStringLiteral("ListTagsForStream"), in));
        if (!r)
            return r.error();
        const QJsonArray list = r->json.value(Tags).toArray();
        for (const QJsonValue &t : list)
            tags.insert(t[QStringLiteral("Key")].toString(), t[QStringLiteral("Value")].toString());
        if (!r->json.value(QStringLiteral("HasMoreTags")).toBool() || list.isEmpty())
            break;
        in.insert(QStringLiteral("ExclusiveStartTagKey"), list.last()[QStringLiteral("Key")].toString());
    }
    if (!tags.isEmpty())
        doc.insert(Tags, tags);

    Result<AwsResponse> policy = ctx.send(kinesis(QStringLiteral("GetResourcePolicy"), {{QStringLiteral("ResourceARN"), s->value(StreamArn)}}));
    if (policy) {
        const QJsonValue value = DocumentJson::policyValue(policy->json.value(QStringLiteral("Policy")).toString());
        if (!(value.isObject() ? value.toObject().isEmpty() : value.toString().isEmpty())) // moto answers "{}" for none
            doc.insert(ResourcePolicy, value);
    } else if (!DocumentJson::hasCode(policy.error(), {"ResourceNotFoundException"})) {
        return policy.error();
    }
    return doc;
}

Status setRetention(ApplyContext &ctx, const QString &name, int from, int to)
{
    if (from == to)
        return {};
    return ctx.send(kinesis(to > from ? QStringLiteral("IncreaseStreamRetentionPeriod") : QStringLiteral("DecreaseStreamRetentionPeriod"),
                            {{StreamName, name}, {Retention, to}}));
}

Status setTags(ApplyContext &ctx, const QString &name, const QJsonObject &before, const QJsonObject &after)
{
    if (const QStringList removed = DocumentJson::tagsToRemove(before, after); !removed.isEmpty()) {
        for (qsizetype i = 0; i < removed.size(); i += 10)
            if (Status st = ctx.send(kinesis(QStringLiteral("RemoveTagsFromStream"), {{StreamName, name}, {QStringLiteral("TagKeys"), DocumentJson::toArray(removed.mid(i, 10))}})); !st)
                return st;
    }
    const QJsonObject set = DocumentJson::tagsToSet(before, after);
    QJsonObject batch; // AddTagsToStream takes ten tags a call
    for (auto it = set.begin(); it != set.end(); ++it) {
        batch.insert(it.key(), it.value());
        if (batch.size() == 10 || std::next(it) == set.end()) {
            if (Status st = ctx.send(kinesis(QStringLiteral("AddTagsToStream"), {{StreamName, name}, {Tags, batch}})); !st)
                return st;
            batch = {};
        }
    }
    return {};
}

Status setEncryption(ApplyContext &ctx, const QString &name, const QJsonValue &before, const QJsonValue &after)
{
    if (before == after)
        return {};
    if (before.isObject()) {
        Status st = ctx.send(kinesis(QStringLiteral("StopStreamEncryption"),
                                     {{StreamName, name}, {EncryptionType, QStringLiteral("KMS")}, {KeyId, before[KeyId]}}));
        if (!st)
            return st;
        if (Result<QJsonObject> s = waitActive(ctx, name); !s)
            return s.error();
    }
    if (!after.isObject())
        return {};
    Status st = ctx.send(kinesis(QStringLiteral("StartStreamEncryption"), {{StreamName, name}, {EncryptionType, QStringLiteral("KMS")}, {KeyId, after[KeyId]}}));
    if (!st)
        return st;
    return Status(waitActive(ctx, name));
}

Status setMonitoring(ApplyContext &ctx, const QString &name, const QJsonValue &before, const QJsonValue &after)
{
    const QStringList was = DocumentJson::toStringList(before), wanted = DocumentJson::toStringList(after);
    QStringList off, on;
    for (const QString &m : was)
        if (!wanted.contains(m))
            off << m;
    for (const QString &m : wanted)
        if (!was.contains(m))
            on << m;
    if (!off.isEmpty())
        if (Status st = ctx.send(kinesis(QStringLiteral("DisableEnhancedMonitoring"), {{StreamName, name}, {ShardLevelMetrics, DocumentJson::toArray(off)}})); !st)
            return st;
    if (!on.isEmpty())
        return ctx.send(kinesis(QStringLiteral("EnableEnhancedMonitoring"), {{StreamName, name}, {ShardLevelMetrics, DocumentJson::toArray(on)}}));
    return {};
}

Status setPolicy(ApplyContext &ctx, const QString &arn, const QJsonValue &before, const QJsonValue &after)
{
    if (before == after)
        return {};
    if (after.isUndefined())
        return ctx.send(kinesis(QStringLiteral("DeleteResourcePolicy"), {{QStringLiteral("ResourceARN"), arn}}));
    return ctx.send(kinesis(QStringLiteral("PutResourcePolicy"), {{QStringLiteral("ResourceARN"), arn}, {QStringLiteral("Policy"), DocumentJson::policyText(after)}}));
}

} // namespace

Status KinesisAdapter::snapshot(SnapshotContext &ctx)
{
    // ListStreams pages by NextToken where the server sends one, else by the last name while HasMoreStreams.
    QStringList names;
    QJsonObject in{{QStringLiteral("Limit"), PageSize}};
    for (int page = 0;; ++page) {
        if (page == AwsPaginator::MaxPages)
            return Error(Error::Code::Corrupt, ErrorText::tr("Kinesis ListStreams: too many pages"));
        Result<AwsResponse> r = ctx.send(kinesis(QStringLiteral("ListStreams"), in));
        if (!r)
            return r.error();
        const QStringList pageNames = DocumentJson::toStringList(r->json.value(QStringLiteral("StreamNames")));
        names += pageNames;
        if (!r->json.value(QStringLiteral("HasMoreStreams")).toBool() || pageNames.isEmpty())
            break;
        const QString token = r->json.value(QStringLiteral("NextToken")).toString();
        in = token.isEmpty() ? QJsonObject{{QStringLiteral("Limit"), PageSize}, {QStringLiteral("ExclusiveStartStreamName"), pageNames.last()}}
                             : QJsonObject{{QStringLiteral("Limit"), PageSize}, {QStringLiteral("NextToken"), token}};
    }
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        Result<QJsonObject> doc = streamDocument(ctx, name);
        if (!doc) {
            if (DocumentJson::hasCode(doc.error(), {"ResourceNotFoundException"}))
                continue; // deleted while we read
            return doc.error();
        }
        if (doc->isEmpty())
            continue;
        if (Status st = ctx.add(Resource{ctx.path(QStringLiteral("stream"), name), *doc, {}}); !st)
            return st;
    }
    return {};
}

Result<bool> KinesisAdapter::hasResources(SnapshotContext &ctx)
{
    Result<AwsResponse> r = ctx.send(kinesis(QStringLiteral("ListStreams"), {{QStringLiteral("Limit"), 1}}));
    if (!r)
        return r.error();
    return !r->json.value(QStringLiteral("StreamNames")).toArray().isEmpty();
}

Status KinesisAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    const QString name = nameOf(resource);
    const QJsonObject &doc = resource.document;
    const QString mode = doc.value(StreamMode).toString(Provisioned);
    QJsonObject in{{StreamName, name}, {QStringLiteral("StreamModeDetails"), QJsonObject{{StreamMode, mode}}}};
    if (mode == Provisioned)
        in.insert(ShardCount, doc.value(ShardCount).toInt(1));
    if (Status st = ctx.send(kinesis(QStringLiteral("CreateStream"), in)); !st)
        return st;
    Result<QJsonObject> s = waitActive(ctx, name);
    if (!s)
        return s.error();
    if (Status st = setRetention(ctx, name, DefaultRetention, doc.value(Retention).toInt(DefaultRetention)); !st)
        return st;
    if (Status st = setTags(ctx, name, {}, doc.value(Tags).toObject()); !st)
        return st;
    if (Status st = setPolicy(ctx, s->value(StreamArn).toString(), QJsonValue::Undefined, doc.value(ResourcePolicy)); !st)
        return st;
    if (Status st = setMonitoring(ctx, name, {}, doc.value(ShardLevelMetrics)); !st)
        return st;
    return setEncryption(ctx, name, QJsonValue::Undefined, doc.value(Encryption));
}

Status KinesisAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    const QString name = nameOf(after);
    const QJsonObject &a = before.document, &b = after.document;
    Result<QJsonObject> s = waitActive(ctx, name);
    if (!s)
        return s.error();
    const QString arn = s->value(StreamArn).toString();
    if (a.value(StreamMode) != b.value(StreamMode)) {
        const QString mode = b.value(StreamMode).toString(Provisioned);
        Status st = ctx.send(kinesis(QStringLiteral("UpdateStreamMode"), {{StreamArn, arn}, {QStringLiteral("StreamModeDetails"), QJsonObject{{StreamMode, mode}}}}));
        if (!st)
            return st;
        if (s = waitActive(ctx, name); !s)
            return s.error();
    }
    if (b.contains(ShardCount) && s->value(QStringLiteral("OpenShardCount")).toInt() != b.value(ShardCount).toInt()) {
        Status st = ctx.send(kinesis(QStringLiteral("UpdateShardCount"), {{StreamName, name}, {QStringLiteral("TargetShardCount"), b.value(ShardCount).toInt()},
                                                                         {QStringLiteral("ScalingType"), QStringLiteral("UNIFORM_SCALING")}}));
        if (!st)
            return st;
        if (s = waitActive(ctx, name); !s)
            return s.error();
    }
    if (Status st = setRetention(ctx, name, a.value(Retention).toInt(DefaultRetention), b.value(Retention).toInt(DefaultRetention)); !st)
        return st;
    if (Status st = setTags(ctx, name, a.value(Tags).toObject(), b.value(Tags).toObject()); !st)
        return st;
    if (Status st = setPolicy(ctx, arn, a.value(ResourcePolicy), b.value(ResourcePolicy)); !st)
        return st;
    if (Status st = setMonitoring(ctx, name, a.value(ShardLevelMetrics), b.value(ShardLevelMetrics)); !st)
        return st;
    return setEncryption(ctx, name, a.value(Encryption), b.value(Encryption));
}

Status KinesisAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    Status st = ctx.send(kinesis(QStringLiteral("DeleteStream"), {{StreamName, nameOf(resource)}, {QStringLiteral("EnforceConsumerDeletion"), true}}));
    return DocumentJson::hasCode(st.error(), {"ResourceNotFoundException"}) ? Status() : st;
}

} // namespace poddeck
