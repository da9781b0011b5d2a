#include "emulator/awsapi/KmsAdapter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

namespace poddeck {

namespace {

const QString Key = QStringLiteral("key");
const QString Alias = QStringLiteral("alias");
const QString KeyId = QStringLiteral("KeyId");
const QString Description = QStringLiteral("Description");
const QString KeySpec = QStringLiteral("KeySpec");
const QString KeyUsage = QStringLiteral("KeyUsage");
const QString Enabled = QStringLiteral("Enabled");
const QString MultiRegion = QStringLiteral("MultiRegion");
const QString Rotation = QStringLiteral("KeyRotationEnabled");
const QString Policy = QStringLiteral("Policy");
const QString Tags = QStringLiteral("Tags");
const QString TargetKeyId = QStringLiteral("TargetKeyId");
const QString CustomId = QStringLiteral("_custom_id_");
const QString TagKey = QStringLiteral("TagKey");
const QString TagValue = QStringLiteral("TagValue");

AwsRequest kms(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::kms(), operation, input);
}

PageToken markerToken() { return {QStringLiteral("Marker"), QStringLiteral("NextMarker"), QStringLiteral("Truncated")}; }

bool isGone(const Status &st)
{
    return DocumentJson::hasCode(st.error(), {"NotFoundException", "KMSInvalidStateException"});
}

template<typename Ctx>
Result<QStringList> listKeyIds(const Ctx &ctx)
{
    QStringList ids;
    Status st = AwsPaginator::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); }, kms(QStringLiteral("ListKeys"), {{QStringLiteral("Limit"), 1000}}),
                                          markerToken(), [&](const AwsResponse &page) {
        for (const QJsonValue &k : page.json.value(QStringLiteral("Keys")).toArray())
            ids.append(k[KeyId].toString());
        return true;
    });
    if (!st)
        return st.error();
    return ids;
}

template<typename Ctx>
Result<QJsonObject> tagsOf(const Ctx &ctx, const QString &keyId)
{
    QJsonObject tags;
    Status st = AwsPaginator::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); }, kms(QStringLiteral("ListResourceTags"), {{KeyId, keyId}}),
                                          markerToken(), [&](const AwsResponse &page) {
        const QJsonObject map = DocumentJson::tagMap(page.json.value(Tags).toArray(), TagKey, TagValue);
        for (auto it = map.begin(); it != map.end(); ++it)
            tags.insert(it.key(), it.value());
        return true;
    });
    if (!st)
        return st.error();
    return tags;
}

// KeyMetadata of a live customer key, or nothing for AWS-managed keys and keys pending deletion.
template<typename Ctx>
Result<std::optional<QJsonObject>> customerKey(const Ctx &ctx, const QString &keyId)
{
    Result<AwsResponse> d = ctx.send(kms(QStringLiteral("DescribeKey"), {{KeyId, keyId}}));
    if (!d) {
        if (isGone(d.error()))
            return std::optional<QJsonObject>();
        return d.error();
    }
    const QJsonObject meta = d->json.value(QStringLiteral("KeyMetadata")).toObject();
    const QString state = meta.value(QStringLiteral("KeyState")).toString();
    if (meta.value(QStringLiteral("KeyManager")).toString() == QLatin1String("AWS") || state == QLatin1String("PendingDeletion")
        || state == QLatin1String("PendingReplicaDeletion"))
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(meta);
}

// The live KeyId of the key recorded as `recorded`: that key itself, or the key whose `_custom_id_` tag
// holds it (an emulator that could not keep the id).
Result<QString> liveKeyId(const ApplyContext &ctx, const QString &recorded)
{
    Result<std::optional<QJsonObject>> direct = customerKey(ctx, recorded);
    if (!direct)
        return direct.error();
    if (*direct)
        return (*direct)->value(KeyId).toString();
    Result<QStringList> ids = listKeyIds(ctx);
    if (!ids)
        return ids.error();
    for (const QString &id : std::as_const(*ids)) {
        Result<QJsonObject> tags = tagsOf(ctx, id);
        if (!tags) {
            if (isGone(tags.error()))
                continue;
            return tags.error();
        }
        if (tags->value(CustomId).toString() != recorded)
            continue;
        Result<std::optional<QJsonObject>> key = customerKey(ctx, id);
        if (!key)
            return key.error();
        if (*key)
            return id;
    }
    return Error(Error::Code::NotFound, ErrorText::tr("KMS key %1 is not in %2; restore the key first").arg(recorded, ctx.region()));
}

Status updateTags(ApplyContext &ctx, const QString &keyId, const QJsonObject &before, const QJsonObject &after)
{
    if (const QStringList removed = DocumentJson::tagsToRemove(before, after); !removed.isEmpty()) {
        Status st = ctx.send(kms(QStringLiteral("UntagResource"), {{KeyId, keyId}, {QStringLiteral("TagKeys"), DocumentJson::toArray(removed)}}));
        if (!st)
            return st;
    }
    if (const QJsonObject set = DocumentJson::tagsToSet(before, after); !set.isEmpty())
        return ctx.send(kms(QStringLiteral("TagResource"), {{KeyId, keyId}, {Tags, DocumentJson::tagList(set, TagKey, TagValue)}}));
    return {};
}

Status setEnabled(ApplyContext &ctx, const QString &keyId, bool enabled)
{
    return ctx.send(kms(enabled ? QStringLiteral("EnableKey") : QStringLiteral("DisableKey"), {{KeyId, keyId}}));
}

Status setRotation(ApplyContext &ctx, const QString &keyId, bool enabled)
{
    return ctx.send(kms(enabled ? QStringLiteral("EnableKeyRotation") : QStringLiteral("DisableKeyRotation"), {{KeyId, keyId}}));
}

QString recordedId(const Resource &resource) { return ResourcePath::segments(resource.path).value(4); }

} // namespace

int KmsAdapter::restoreRank(const Resource &resource) const
{
    return ResourcePath::segments(resource.path).value(3) == Key ? 5 : 6;
}

Status KmsAdapter::snapshot(SnapshotContext &ctx)
{
    Result<QStringList> ids = listKeyIds(ctx);
    if (!ids)
        return ids.error();
    QHash<QString, QString> recordedOf; // live KeyId -> recorded id
    for (const QString &id : std::as_const(*ids)) {
        Result<std::optional<QJsonObject>> meta = customerKey(ctx, id);
        if (!meta)
            return meta.error();
        if (!*meta)
            continue;
        const QJsonObject &m = **meta;
        Result<QJsonObject> tags = tagsOf(ctx, id);
        if (!tags)
            return tags.error();
        const QString recorded = tags->value(CustomId).toString(id);
        tags->remove(CustomId);
        QJsonObject doc{{Description, m.value(Description).toString()},
                        {KeySpec, m.value(KeySpec).toString(QStringLiteral("SYMMETRIC_DEFAULT"))},
                        {KeyUsage, m.value(KeyUsage).toString(QStringLiteral("ENCRYPT_DECRYPT"))},
                        {Enabled, m.value(Enabled).toBool(true)}};
        if (m.value(MultiRegion).toBool())
            doc.insert(MultiRegion, true);
        if (!tags->isEmpty())
            doc.insert(Tags, *tags);
        Result<AwsResponse> policy = ctx.send(kms(QStringLiteral("GetKeyPolicy"), {{KeyId, id}, {QStringLiteral("PolicyName"), QStringLiteral("default")}}));
        if (!policy)
            return policy.error();
        if (const QString text = policy->json.value(Policy).toString(); !text.isEmpty())
            doc.insert(Policy, DocumentJson::policyValue(text));
        if (doc.value(KeySpec) == QLatin1String("SYMMETRIC_DEFAULT")) { // only symmetric keys rotate
            Result<AwsResponse> rotation = ctx.send(kms(QStringLiteral("GetKeyRotationStatus"), {{KeyId, id}}));
            if (!rotation && !DocumentJson::hasCode(rotation.error(), {"UnsupportedOperationException"}))
                return rotation.error();
            if (rotation && rotation->json.value(Rotation).toBool())
                doc.insert(Rotation, true);
        }
        recordedOf.insert(id, recorded);
        if (Status st = ctx.add(Resource{ctx.path(Key, recorded), doc, {}}); !st)
            return st;
    }
    if (!recordedOf.isEmpty())
        ctx.warn(ErrorText::tr("kms in %1: %n key(s) recorded without their key material, which KMS never exports; a restore "
                           "creates new keys, so data encrypted with these keys will not decrypt after it", nullptr,
                           int(recordedOf.size()))
                     .arg(ctx.region()));

    return AwsPaginator::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); }, kms(QStringLiteral("ListAliases"), {{QStringLiteral("Limit"), 100}}),
                                     markerToken(), [&](const AwsResponse &page) {
        for (const QJsonValue &a : page.json.value(QStringLiteral("Aliases")).toArray()) {
            const QString name = a[QStringLiteral("AliasName")].toString();
            const QString target = a[TargetKeyId].toString();
            if (name.startsWith(QLatin1String("alias/aws/")) || !recordedOf.contains(target))
                continue; // AWS's own aliases, and aliases of keys not recorded (pending deletion)
            (void)ctx.add(Resource{ctx.path(Alias, name), QJsonObject{{TargetKeyId, recordedOf.value(target)}}, {}});
        }
        return true;
    });
}

Result<bool> KmsAdapter::hasResources(SnapshotContext &ctx)
{
    Result<AwsResponse> r = ctx.send(kms(QStringLiteral("ListKeys"), {{QStringLiteral("Limit"), 1}}));
    if (!r)
        return r.error();
    return !r->json.value(QStringLiteral("Keys")).toArray().isEmpty();
}

Status KmsAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    const QJsonObject &doc = resource.document;
    const QString recorded = recordedId(resource);
    if (ResourcePath::segments(resource.path).value(3) == Alias) {
        Result<QString> live = liveKeyId(ctx, doc.value(TargetKeyId).toString());
        if (!live)
            return live.error();
        return ctx.send(kms(QStringLiteral("CreateAlias"), {{QStringLiteral("AliasName"), recorded}, {TargetKeyId, *live}}));
    }
    QJsonObject tags = doc.value(Tags).toObject();
    tags.insert(CustomId, recorded);
    QJsonObject in{{Description, doc.value(Description).toString()}, {KeySpec, doc.value(KeySpec)}, {KeyUsage, doc.value(KeyUsage)},
                   {Tags, DocumentJson::tagList(tags, TagKey, TagValue)}};
    if (doc.contains(Policy))
        in.insert(Policy, DocumentJson::policyText(doc.value(Policy)));
    if (doc.value(MultiRegion).toBool())
        in.insert(MultiRegion, true);
    Result<AwsResponse> created = ctx.send(kms(QStringLiteral("CreateKey"), in));
    if (!created)
        return created.error();
    const QString id = created->json.value(QStringLiteral("KeyMetadata"))[KeyId].toString();
    if (!doc.value(Enabled).toBool(true))
        if (Status st = setEnabled(ctx, id, false); !st)
            return st;
    if (doc.value(Rotation).toBool())
        if (Status st = setRotation(ctx, id, true); !st)
            return st;
    if (id != recorded)
        ctx.mapId(recorded, id);
    ctx.warn(id == recorded
                 ? ErrorText::tr("kms key %1 in %2 was re-created with its id but new key material: data encrypted with the old key will not decrypt")
                       .arg(recorded, ctx.region())
                 : ErrorText::tr("kms key %1 in %2 was re-created as %3 (the emulator chose the id; PodDeck keeps the old id in its _custom_id_ "
                                  "tag, and references to it in the restored resources now name the new id). Its key material is new: "
                                  "data encrypted with the old key will not decrypt")
                       .arg(recorded, ctx.region(), id));
    return {};
}

Status KmsAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    const QJsonObject &a = before.document, &b = after.document;
    const QString recorded = recordedId(after);
    if (ResourcePath::segments(after.path).value(3) == Alias) {
        Result<QString> live = liveKeyId(ctx, b.value(TargetKeyId).toString());
        if (!live)
            return live.error();
        return ctx.send(kms(QStringLiteral("UpdateAlias"), {{QStringLiteral("AliasName"), recorded}, {TargetKeyId, *live}}));
    }
    // What a key is made of is fixed at creation: a different spec or usage is a different key.
    if (a.value(KeySpec) != b.value(KeySpec) || a.value(KeyUsage) != b.value(KeyUsage) || a.value(MultiRegion) != b.value(MultiRegion))
        return ServiceAdapter::update(ctx, before, after);
    Result<QString> live = liveKeyId(ctx, recorded);
    if (!live)
        return live.error();
    if (a.value(Description) != b.value(Description))
        if (Status st = ctx.send(kms(QStringLiteral("UpdateKeyDescription"), {{KeyId, *live}, {Description, b.value(Description).toString()}})); !st)
            return st;
    if (a.value(Policy) != b.value(Policy) && b.contains(Policy))
        if (Status st = ctx.send(kms(QStringLiteral("PutKeyPolicy"), {{KeyId, *live}, {QStringLiteral("PolicyName"), QStringLiteral("default")},
                                                                      {Policy, DocumentJson::policyText(b.value(Policy))}}));
            !st)
            return st;
    // A disabled key cannot change its rotation: enable first, disable last.
    const bool enabled = b.value(Enabled).toBool(true);
    if (enabled && !a.value(Enabled).toBool(true))
        if (Status st = setEnabled(ctx, *live, true); !st)
            return st;
    if (a.value(Rotation).toBool() != b.value(Rotation).toBool())
        if (Status st = setRotation(ctx, *live, b.value(Rotation).toBool()); !st)
            return st;
    if (!enabled && a.value(Enabled).toBool(true))
        if (Status st = setEnabled(ctx, *live, false); !st)
            return st;
    return updateTags(ctx, *live, a.value(Tags).toObject(), b.value(Tags).toObject());
}

Status KmsAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    const QString recorded = recordedId(resource);
    if (ResourcePath::segments(resource.path).value(3) == Alias) {
        Status st = ctx.send(kms(QStringLiteral("DeleteAlias"), {{QStringLiteral("AliasName"), recorded}}));
        return isGone(st) ? Status() : st;
    }
    Result<QString> live = liveKeyId(ctx, recorded);
    if (!live)
        return live.error().code == Error::Code::NotFound ? Status() : Status(live.error());
    // KMS never deletes at once: the shortest waiting period, after which the key is gone for good.
    Status st = ctx.send(kms(QStringLiteral("ScheduleKeyDeletion"), {{KeyId, *live}, {QStringLiteral("PendingWindowInDays"), 7}}));
    return isGone(st) ? Status() : st;
}

} // namespace poddeck
