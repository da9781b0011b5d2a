#include "emulator/awsapi/EcrAdapter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QJsonArray>

namespace poddeck {

namespace {

const QString RepositoryName = QStringLiteral("repositoryName");
const QString Mutability = QStringLiteral("imageTagMutability");
const QString Scanning = QStringLiteral("imageScanningConfiguration");
const QString Encryption = QStringLiteral("encryptionConfiguration");
const QString Tags = QStringLiteral("tags");
const QString LifecyclePolicy = QStringLiteral("lifecyclePolicy");
const QString RepositoryPolicy = QStringLiteral("repositoryPolicy");
const QString LifecyclePolicyText = QStringLiteral("lifecyclePolicyText");
const QString PolicyText = QStringLiteral("policyText");

AwsRequest ecr(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::ecr(), operation, input);
}

QString nameOf(const Resource &resource) { return ResourcePath::segments(resource.path).value(4); }

// The policy text of a Get*Policy call, or "" when the repository has none.
Result<QString> policy(SnapshotContext &ctx, const QString &operation, const QString &name, const QString &member,
                       const char *missingCode)
{
    Result<AwsResponse> r = ctx.send(ecr(operation, {{RepositoryName, name}}));
    if (!r)
        return DocumentJson::hasCode(r.error(), {missingCode}) ? Result<QString>(QString()) : Result<QString>(r.error());
    return r->json.value(member).toString();
}

Status readRepository(SnapshotContext &ctx, const QJsonObject &repo)
{
    const QString name = repo.value(RepositoryName).toString();
    QJsonObject doc = DocumentJson::pick(repo, {Mutability, Scanning, Encryption});
    Result<AwsResponse> tags = ctx.send(ecr(QStringLiteral("ListTagsForResource"),
                                            {{QStringLiteral("resourceArn"), repo.value(QStringLiteral("repositoryArn"))}}));
    if (!tags)
        return tags.error();
    if (QJsonObject map = DocumentJson::tagMap(tags->json.value(Tags).toArray()); !map.isEmpty())
        doc.insert(Tags, map);
    Result<QString> lifecycle = policy(ctx, QStringLiteral("GetLifecyclePolicy"), name, LifecyclePolicyText, "LifecyclePolicyNotFoundException");
    if (!lifecycle)
        return lifecycle.error();
    if (!lifecycle->isEmpty())
        doc.insert(LifecyclePolicy, DocumentJson::policyValue(*lifecycle));
    Result<QString> access = policy(ctx, QStringLiteral("GetRepositoryPolicy"), name, PolicyText, "RepositoryPolicyNotFoundException");
    if (!access)
        return access.error();
    if (!access->isEmpty())
        doc.insert(RepositoryPolicy, DocumentJson::policyValue(*access));
    Result<AwsResponse> images = ctx.send(ecr(QStringLiteral("ListImages"), {{RepositoryName, name}, {QStringLiteral("maxResults"), 1}}));
    if (!images)
        return images.error();
    if (!images->json.value(QStringLiteral("imageIds")).toArray().isEmpty())
        ctx.warn(ErrorText::tr("ECR repository %1 in %2 holds images: PodDeck records the repository but not its images "
                                "(push them again after injecting)").arg(name, ctx.region()));
    return ctx.add(Resource{ctx.path(QStringLiteral("repository"), name), doc, {}});
}

Status putPolicies(ApplyContext &ctx, const QString &name, const QJsonObject &before, const QJsonObject &after)
{
    if (before.value(LifecyclePolicy) != after.value(LifecyclePolicy)) {
        Status st = after.contains(LifecyclePolicy)
            ? Status(ctx.send(ecr(QStringLiteral("PutLifecyclePolicy"),
                                  {{RepositoryName, name}, {LifecyclePolicyText, DocumentJson::policyText(after.value(LifecyclePolicy))}})))
            : Status(ctx.send(ecr(QStringLiteral("DeleteLifecyclePolicy"), {{RepositoryName, name}})));
        if (!st)
            return st;
    }
    if (before.value(RepositoryPolicy) != after.value(RepositoryPolicy)) {
        return after.contains(RepositoryPolicy)
            ? Status(ctx.send(ecr(QStringLiteral("SetRepositoryPolicy"),
                                  {{RepositoryName, name}, {PolicyText, DocumentJson::policyText(after.value(RepositoryPolicy))}})))
            : Status(ctx.send(ecr(QStringLiteral("DeleteRepositoryPolicy"), {{RepositoryName, name}})));
    }
    return {};
}

} // namespace

Status EcrAdapter::snapshot(SnapshotContext &ctx)
{
    QList<QJsonObject> repositories;
    Status listed = AwsPaginator::forEachPage(ctx.client(), ecr(QStringLiteral("DescribeRepositories"), {{QStringLiteral("maxResults"), 100}}),
                                              {QStringLiteral("nextToken"), QStringLiteral("nextToken"), {}}, [&](const AwsResponse &page) {
        for (const QJsonValue &r : page.json.value(QStringLiteral("repositories")).toArray())
            repositories.append(r.toObject());
        return true;
    }, ctx.cancelFlag());
    if (!listed)
        return listed;
    for (const QJsonObject &repo : std::as_const(repositories))
        if (Status st = readRepository(ctx, repo); !st)
            return st;
    return {};
}

Result<bool> EcrAdapter::hasResources(SnapshotContext &ctx)
{
    Result<AwsResponse> r = ctx.send(ecr(QStringLiteral("DescribeRepositories"), {{QStringLiteral("maxResults"), 1}}));
    if (!r)
        return r.error();
    return !r->json.value(QStringLiteral("repositories")).toArray().isEmpty();
}

Status EcrAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    const QString name = nameOf(resource);
    const QJsonObject &doc = resource.document;
    QJsonObject in = DocumentJson::pick(doc, {Mutability, Scanning, Encryption});
    in.insert(RepositoryName, name);
    if (doc.contains(Tags))
        in.insert(Tags, DocumentJson::tagList(doc.value(Tags).toObject()));
    if (Status st = ctx.send(ecr(QStringLiteral("CreateRepository"), in)); !st)
        return st;
    return putPolicies(ctx, name, {}, doc);
}

Status EcrAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    const QString name = nameOf(after);
    const QJsonObject &a = before.document, &b = after.document;
    if (a.value(Encryption) != b.value(Encryption)) // fixed at creation (and dropping it loses the images)
        return ServiceAdapter::update(ctx, before, after);
    if (a.value(Mutability) != b.value(Mutability)) {
        Status st = ctx.send(ecr(QStringLiteral("PutImageTagMutability"),
                                 {{RepositoryName, name}, {Mutability, b.value(Mutability).toString(QStringLiteral("MUTABLE"))}}));
        if (!st)
            return st;
    }
    if (a.value(Scanning) != b.value(Scanning)) {
        const QJsonObject scanning = b.contains(Scanning) ? b.value(Scanning).toObject() : QJsonObject{{QStringLiteral("scanOnPush"), false}};
        if (Status st = ctx.send(ecr(QStringLiteral("PutImageScanningConfiguration"), {{RepositoryName, name}, {Scanning, scanning}})); !st)
            return st;
    }
    const QJsonObject tagsBefore = a.value(Tags).toObject(), tagsAfter = b.value(Tags).toObject();
    const QStringList removed = DocumentJson::tagsToRemove(tagsBefore, tagsAfter);
    const QJsonObject set = DocumentJson::tagsToSet(tagsBefore, tagsAfter);
    if (!removed.isEmpty() || !set.isEmpty()) {
        Result<AwsResponse> d = ctx.send(ecr(QStringLiteral("DescribeRepositories"), {{QStringLiteral("repositoryNames"), QJsonArray{name}}}));
        if (!d)
            return d.error();
        const QString arn = d->json.value(QStringLiteral("repositories"))[0][QStringLiteral("repositoryArn")].toString();
        if (!removed.isEmpty())
            if (Status st = ctx.send(ecr(QStringLiteral("UntagResource"), {{QStringLiteral("resourceArn"), arn}, {QStringLiteral("tagKeys"), DocumentJson::toArray(removed)}})); !st)
                return st;
        if (!set.isEmpty())
            if (Status st = ctx.send(ecr(QStringLiteral("TagResource"), {{QStringLiteral("resourceArn"), arn}, {Tags, DocumentJson::tagList(set)}})); !st)
                return st;
    }
    return putPolicies(ctx, name, a, b);
}

Status EcrAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    // force: the version says the repository is gone, images included.
    Status st = ctx.send(ecr(QStringLiteral("DeleteRepository"), {{RepositoryName, nameOf(resource)}, {QStringLiteral("force"), true}}));
    return DocumentJson::hasCode(st.error(), {"RepositoryNotFoundException"}) ? Status() : st;
}

} // namespace poddeck
