#include "emulator/awsapi/SecretsManagerAdapter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "emulator/awsapi/SecretVersions.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QJsonArray>
#include <QUuid>

namespace poddeck {

namespace {

const QString SecretId = QStringLiteral("SecretId");
const QString SecretString = QStringLiteral("SecretString");
const QString SecretBinary = QStringLiteral("SecretBinary");
const QString Description = QStringLiteral("Description");
const QString KmsKeyId = QStringLiteral("KmsKeyId");
const QString Tags = QStringLiteral("Tags");
const QString ResourcePolicy = QStringLiteral("ResourcePolicy");
const QString RotationRules = QStringLiteral("RotationRules");
const QString RotationLambdaArn = QStringLiteral("RotationLambdaARN");
const QString DefaultKey = QStringLiteral("alias/aws/secretsmanager");
// The random six letters that end a secret's ARN: apps hold the full ARN (a Lambda environment variable),
// so a restore keeps them where the emulator takes a `_custom_id_` tag (moto, LocalStack) and maps the
// old ARN to the new one elsewhere.
const QString ArnSuffix = QStringLiteral("ArnSuffix");
const QString CustomId = QStringLiteral("_custom_id_");

AwsRequest sm(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::secretsManager(), operation, input);
}

// ClientRequestToken is an idempotency token: SDKs fill it in, and moto requires it on updates.
QJsonObject withToken(QJsonObject input)
{
    input.insert(QStringLiteral("ClientRequestToken"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    return input;
}

bool isGone(const Status &st)
{
    return DocumentJson::hasCode(st.error(), {"ResourceNotFoundException"});
}

// ListSecrets' entry -> document without value and policy.
QJsonObject secretDocument(const QJsonObject &s)
{
    QJsonObject doc;
    DocumentJson::insertIfNotEmpty(doc, Description, s.value(Description).toString());
    const QString key = s.value(KmsKeyId).toString();
    if (key != DefaultKey)
        DocumentJson::insertIfNotEmpty(doc, KmsKeyId, key);
    QJsonObject tags = DocumentJson::tagMap(s.value(Tags).toArray());
    tags.remove(CustomId);
    if (!tags.isEmpty())
        doc.insert(Tags, tags);
    const QString name = s.value(QStringLiteral("Name")).toString();
    const QString tail = s.value(QStringLiteral("ARN")).toString().section(QLatin1Char(':'), 6);
    if (tail.size() == name.size() + 7 && tail.startsWith(name + QLatin1Char('-')))
        doc.insert(ArnSuffix, tail.right(6));
    if (s.value(QStringLiteral("RotationEnabled")).toBool()) {
        doc.insert(RotationRules, s.value(RotationRules));
        DocumentJson::insertIfNotEmpty(doc, RotationLambdaArn, s.value(RotationLambdaArn).toString());
    }
    return doc;
}

Status rotate(ApplyContext &ctx, const QString &name, const QJsonObject &doc)
{
    QJsonObject in{{SecretId, name}, {RotationRules, doc.value(RotationRules)}, {QStringLiteral("RotateImmediately"), false}};
    if (doc.contains(RotationLambdaArn))
        in.insert(RotationLambdaArn, doc.value(RotationLambdaArn));
    return ctx.send(sm(QStringLiteral("RotateSecret"), in));
}

SecretVersions::Send sender(const ApplyContext &ctx)
{
    return [&ctx](const AwsRequest &r) { return ctx.send(r); };
}

} // namespace

int SecretsManagerAdapter::restoreRank(const Resource &resource) const
{
    return SecretVersions::isVersionPath(resource.path) ? SecretVersions::Rank : 10;
}

QString SecretsManagerAdapter::orderedGroup(const Resource &resource) const
{
    return SecretVersions::isVersionPath(resource.path) ? resource.path.section(QLatin1Char('/'), 0, 4) : QString();
}

Status SecretsManagerAdapter::createMany(ApplyContext &ctx, const QList<Resource> &resources)
{
    QList<Resource> versions;
    for (const Resource &r : resources) {
        if (SecretVersions::isVersionPath(r.path))
            versions.append(r);
        else if (Status st = create(ctx, r); !st)
            return Error(st.error().code, QStringLiteral("%1: %2").arg(r.path, st.error().message));
    }
    return SecretVersions::createAll(sender(ctx), versions);
}

Status SecretsManagerAdapter::snapshot(SnapshotContext &ctx)
{
    QMap<QString, QPair<QString, QJsonObject>> secrets; // name -> (ARN, document)
    Status listed = AwsPaginator::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); },
                                              sm(QStringLiteral("ListSecrets"), {{QStringLiteral("MaxResults"), 100}}),
                                              PageToken::nextToken(), [&](const AwsResponse &page) {
        for (const QJsonValue &s : page.json.value(QStringLiteral("SecretList")).toArray())
            secrets.insert(s[QStringLiteral("Name")].toString(), {s[QStringLiteral("ARN")].toString(), secretDocument(s.toObject())});
        return true;
    });
    if (!listed)
        return listed;
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        const QString &arn = it->first;
        QJsonObject &doc = it->second;
        Result<AwsResponse> value = ctx.send(sm(QStringLiteral("GetSecretValue"),
                                                {{SecretId, arn}, {QStringLiteral("VersionStage"), QStringLiteral("AWSCURRENT")}}));
        if (value) {
            if (value->json.contains(SecretString))
                doc.insert(SecretString, value->json.value(SecretString));
            else if (value->json.contains(SecretBinary))
                doc.insert(SecretBinary, value->json.value(SecretBinary)); // base64, as the API sends it
        } else if (!isGone(value.error())) { // a secret without a current value answers ResourceNotFound
            return value.error();
        }
        Result<AwsResponse> policy = ctx.send(sm(QStringLiteral("GetResourcePolicy"), {{SecretId, arn}}));
        if (!policy)
            return policy.error();
        const QString policyText = policy->json.value(ResourcePolicy).toString();
        if (!policyText.isEmpty())
            doc.insert(ResourcePolicy, DocumentJson::policyValue(policyText));
        const QString path = ctx.path(QStringLiteral("secret"), it.key());
        if (Status st = SecretVersions::snapshot(ctx, path, arn, doc); !st)
            return isGone(st) ? Status() : st;
        if (Status st = ctx.add(Resource{path, doc, {}}); !st)
            return st;
    }
    return {};
}

Result<bool> SecretsManagerAdapter::hasResources(SnapshotContext &ctx)
{
    Result<AwsResponse> r = ctx.send(sm(QStringLiteral("ListSecrets"), {{QStringLiteral("MaxResults"), 1}}));
    if (!r)
        return r.error();
    return !r->json.value(QStringLiteral("SecretList")).toArray().isEmpty();
}

Status SecretsManagerAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    if (SecretVersions::isVersionPath(resource.path))
        return SecretVersions::createAll(sender(ctx), {resource});
    const QString name = ResourcePath::segments(resource.path).value(4);
    const QJsonObject &doc = resource.document;
    QJsonObject in{{QStringLiteral("Name"), name}};
    for (const QString &m : {Description, KmsKeyId, SecretString, SecretBinary})
        if (doc.contains(m))
            in.insert(m, doc.value(m));
    QJsonObject tags = doc.value(Tags).toObject();
    const QString suffix = doc.value(ArnSuffix).toString();
    if (!suffix.isEmpty())
        tags.insert(CustomId, suffix);
    if (!tags.isEmpty())
        in.insert(Tags, DocumentJson::tagList(tags));
    Result<AwsResponse> created = ctx.send(sm(QStringLiteral("CreateSecret"), withToken(in)));
    if (!created)
        return created.error();
    if (!suffix.isEmpty()) {
        const QString arn = created->json.value(QStringLiteral("ARN")).toString();
        if (!arn.endsWith(u'-' + suffix)) {
            const QString old = arn.left(arn.lastIndexOf(u'-') + 1) + suffix;
            ctx.mapId(old, arn);
            ctx.warn(ErrorText::tr("secret %1 got a new ARN (%2, was %3): the emulator chose its suffix; references in "
                                    "this version were rewritten, others still name the old ARN").arg(name, arn, old));
        }
        // The tag only asked for the id: the secret's own tags are what the version holds.
        if (Status st = ctx.send(sm(QStringLiteral("UntagResource"), {{SecretId, name}, {QStringLiteral("TagKeys"), QJsonArray{CustomId}}})); !st)
            return st;
    }
    if (Status st = SecretVersions::applyCurrentLabels(sender(ctx), name, {}, doc); !st)
        return st;
    if (doc.contains(ResourcePolicy)) {
        Status st = ctx.send(sm(QStringLiteral("PutResourcePolicy"),
                                {{SecretId, name}, {ResourcePolicy, DocumentJson::policyText(doc.value(ResourcePolicy))}}));
        if (!st)
            return st;
    }
    if (doc.contains(RotationRules))
        return rotate(ctx, name, doc);
    return {};
}

Status SecretsManagerAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    if (SecretVersions::isVersionPath(after.path))
        return SecretVersions::update(sender(ctx), before, after);
    const QString name = ResourcePath::segments(after.path).value(4);
    const QJsonObject &a = before.document, &b = after.document;
    if (a.value(Description) != b.value(Description) || a.value(KmsKeyId) != b.value(KmsKeyId)) {
        QJsonObject in{{SecretId, name}, {Description, b.value(Description).toString()}};
        if (b.contains(KmsKeyId) || a.contains(KmsKeyId))
            in.insert(KmsKeyId, b.value(KmsKeyId).toString(DefaultKey));
        if (Status st = ctx.send(sm(QStringLiteral("UpdateSecret"), withToken(in))); !st)
            return st;
    }
    if ((a.value(SecretString) != b.value(SecretString) || a.value(SecretBinary) != b.value(SecretBinary))
        && (b.contains(SecretString) || b.contains(SecretBinary))) {
        QJsonObject in{{SecretId, name}};
        in.insert(b.contains(SecretString) ? SecretString : SecretBinary, b.value(b.contains(SecretString) ? SecretString : SecretBinary));
        if (Status st = ctx.send(sm(QStringLiteral("PutSecretValue"), withToken(in))); !st)
            return st;
    }
    const QJsonObject tagsBefore = a.value(Tags).toObject(), tagsAfter = b.value(Tags).toObject();
    if (const QStringList removed = DocumentJson::tagsToRemove(tagsBefore, tagsAfter); !removed.isEmpty()) {
        Status st = ctx.send(sm(QStringLiteral("UntagResource"), {{SecretId, name}, {QStringLiteral("TagKeys"), DocumentJson::toArray(removed)}}));
        if (!st)
            return st;
    }
    if (const QJsonObject set = DocumentJson::tagsToSet(tagsBefore, tagsAfter); !set.isEmpty()) {
        if (Status st = ctx.send(sm(QStringLiteral("TagResource"), {{SecretId, name}, {Tags, DocumentJson::tagList(set)}})); !st)
            return st;
    }
    if (a.value(ResourcePolicy) != b.value(ResourcePolicy)) {
        Status st = b.contains(ResourcePolicy)
            ? Status(ctx.send(sm(QStringLiteral("PutResourcePolicy"), {{SecretId, name}, {ResourcePolicy, DocumentJson::policyText(b.value(ResourcePolicy))}})))
            : Status(ctx.send(sm(QStringLiteral("DeleteResourcePolicy"), {{SecretId, name}})));
        if (!st)
            return st;
    }
    if (Status st = SecretVersions::applyCurrentLabels(sender(ctx), name, a, b); !st)
        return st;
    if (a.value(RotationRules) != b.value(RotationRules) || a.value(RotationLambdaArn) != b.value(RotationLambdaArn)) {
        if (b.contains(RotationRules))
            return rotate(ctx, name, b);
        return ctx.send(sm(QStringLiteral("CancelRotateSecret"), {{SecretId, name}}));
    }
    return {};
}

Status SecretsManagerAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    if (SecretVersions::isVersionPath(resource.path))
        return SecretVersions::remove(sender(ctx), resource);
    const QString name = ResourcePath::segments(resource.path).value(4);
    Status st = ctx.send(sm(QStringLiteral("DeleteSecret"), {{SecretId, name}, {QStringLiteral("ForceDeleteWithoutRecovery"), true}}));
    return isGone(st) ? Status() : st;
}

} // namespace poddeck
