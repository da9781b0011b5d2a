#include "emulator/awsapi/IamAdapter.h"

#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "emulator/awsapi/IamQuery.h"
#include "emulator/awsapi/IamWriter.h"
#include "state/ResourcePath.h"

#include <algorithm>

namespace poddeck {

using namespace IamQuery;

namespace {

const QString PolicyNames = QStringLiteral("PolicyNames");

// Inline policies {name: document} and attached policy ARNs (sorted) of a role, user or group.
Status readPrincipalPolicies(const Send &send, const Principal &p, const QString &name, QJsonObject &doc)
{
    const QueryItems who{{p.nameParam(), name}};
    Result<QStringList> names = listTexts(send, p.op("List%1Policies"), who, PolicyNames);
    if (!names)
        return names.error();
    QJsonObject inlinePolicies;
    for (const QString &policy : *names) {
        Result<AwsResponse> r = call(send, p.op("Get%1Policy"), who + QueryItems{{QStringLiteral("PolicyName"), policy}});
        if (!r)
            return r.error();
        inlinePolicies.insert(policy, DocumentJson::policyValue(r->value(QStringLiteral("PolicyDocument")), true));
    }
    if (!inlinePolicies.isEmpty())
        doc.insert(QStringLiteral("InlinePolicies"), inlinePolicies);
    Result<QStringList> arns = listTexts(send, p.op("ListAttached%1Policies"), who, QStringLiteral("AttachedPolicies"),
                                         QStringLiteral("PolicyArn"));
    if (!arns)
        return arns.error();
    QStringList sorted = *arns;
    std::sort(sorted.begin(), sorted.end());
    if (!sorted.isEmpty())
        doc.insert(QStringLiteral("AttachedPolicies"), DocumentJson::toArray(sorted));
    return {};
}

void insertTags(QJsonObject &doc, const QJsonObject &tags)
{
    if (!tags.isEmpty())
        doc.insert(QStringLiteral("Tags"), tags);
}

Status addResource(SnapshotContext &ctx, const QString &type, const QString &id, const QJsonObject &doc)
{
    return ctx.add(Resource{ctx.path(type, id), doc, {}});
}

Status readPolicies(SnapshotContext &ctx, const Send &send)
{
    const QueryItems local{{QStringLiteral("Scope"), QStringLiteral("Local")}};
    return forEachMember(send, QStringLiteral("ListPolicies"), local, QStringLiteral("Policies"), [&](const XmlNode &m) -> Status {
        const QString arn = m.textAt(u"Arn");
        Result<AwsResponse> policy = call(send, QStringLiteral("GetPolicy"), {{QStringLiteral("PolicyArn"), arn}});
        if (!policy)
            return policy.error();
        const XmlNode &p = policy->result().child(u"Policy");
        Result<AwsResponse> version = call(send, QStringLiteral("GetPolicyVersion"),
                                           {{QStringLiteral("PolicyArn"), arn}, {QStringLiteral("VersionId"), p.textAt(u"DefaultVersionId")}});
        if (!version)
            return version.error();
        QJsonObject doc{{QStringLiteral("Path"), p.textAt(u"Path")},
                        {QStringLiteral("Document"),
                         DocumentJson::policyValue(version->result().textAt(u"PolicyVersion/Document"), true)}};
        DocumentJson::insertIfNotEmpty(doc, QStringLiteral("Description"), p.textAt(u"Description"));
        insertTags(doc, tagsOf(p.child(u"Tags")));
        return addResource(ctx, QStringLiteral("policy"), p.textAt(u"PolicyName"), doc);
    });
}

Status readRoles(SnapshotContext &ctx, const Send &send)
{
    const Principal principal = principalFor(QStringLiteral("role"));
    return forEachMember(send, QStringLiteral("ListRoles"), {}, QStringLiteral("Roles"), [&](const XmlNode &m) -> Status {
        const QString name = m.textAt(u"RoleName");
        Result<AwsResponse> got = call(send, QStringLiteral("GetRole"), {{QStringLiteral("RoleName"), name}});
        if (!got)
            return got.error();
        const XmlNode &role = got->result().child(u"Role");
        QJsonObject doc{{QStringLiteral("Path"), role.textAt(u"Path")},
                        {QStringLiteral("AssumeRolePolicyDocument"),
                         DocumentJson::policyValue(role.textAt(u"AssumeRolePolicyDocument"), true)},
                        {QStringLiteral("MaxSessionDuration"), role.textAt(u"MaxSessionDuration").toInt()}};
        DocumentJson::insertIfNotEmpty(doc, QStringLiteral("Description"), role.textAt(u"Description"));
        DocumentJson::insertIfNotEmpty(doc, QStringLiteral("PermissionsBoundary"),
                                  role.textAt(u"PermissionsBoundary/PermissionsBoundaryArn"));
        insertTags(doc, tagsOf(role.child(u"Tags")));
        if (Status st = readPrincipalPolicies(send, principal, name, doc); !st)
            return st;
        return addResource(ctx, principal.type, name, doc);
    });
}

Status readGroups(SnapshotContext &ctx, const Send &send)
{
    const Principal principal = principalFor(QStringLiteral("group"));
    return forEachMember(send, QStringLiteral("ListGroups"), {}, QStringLiteral("Groups"), [&](const XmlNode &m) -> Status {
        const QString name = m.textAt(u"GroupName");
        QJsonObject doc{{QStringLiteral("Path"), m.textAt(u"Path")}};
        if (Status st = readPrincipalPolicies(send, principal, name, doc); !st)
            return st;
        return addResource(ctx, principal.type, name, doc);
    });
}

Status readUsers(SnapshotContext &ctx, const Send &send)
{
    const Principal principal = principalFor(QStringLiteral("user"));
    return forEachMember(send, QStringLiteral("ListUsers"), {}, QStringLiteral("Users"), [&](const XmlNode &m) -> Status {
        const QString name = m.textAt(u"UserName");
        const QueryItems who{{QStringLiteral("UserName"), name}};
        Result<AwsResponse> got = call(send, QStringLiteral("GetUser"), who);
        if (!got)
            return got.error();
        const XmlNode &user = got->result().child(u"User");
        QJsonObject doc{{QStringLiteral("Path"), user.textAt(u"Path")}};
        DocumentJson::insertIfNotEmpty(doc, QStringLiteral("PermissionsBoundary"),
                                  user.textAt(u"PermissionsBoundary/PermissionsBoundaryArn"));
        insertTags(doc, tagsOf(user.child(u"Tags")));
        Result<QStringList> groups = listTexts(send, QStringLiteral("ListGroupsForUser"), who, QStringLiteral("Groups"),
                                               QStringLiteral("GroupName"));
        if (!groups)
            return groups.error();
        QStringList sorted = *groups;
        std::sort(sorted.begin(), sorted.end());
        if (!sorted.isEmpty())
            doc.insert(QStringLiteral("Groups"), DocumentJson::toArray(sorted));
        if (Status st = readPrincipalPolicies(send, principal, name, doc); !st)
            return st;
        return addResource(ctx, principal.type, name, doc);
    });
}

Status readInstanceProfiles(SnapshotContext &ctx, const Send &send)
{
    return forEachMember(send, QStringLiteral("ListInstanceProfiles"), {}, QStringLiteral("InstanceProfiles"),
                         [&](const XmlNode &m) -> Status {
        const QString name = m.textAt(u"InstanceProfileName");
        QStringList roles;
        for (const XmlNode &r : m.child(u"Roles").children())
            roles << r.textAt(u"RoleName");
        std::sort(roles.begin(), roles.end());
        QJsonObject doc{{QStringLiteral("Path"), m.textAt(u"Path")}};
        if (!roles.isEmpty())
            doc.insert(QStringLiteral("Roles"), DocumentJson::toArray(roles));
        // GetInstanceProfile carries the tags (moto does not implement ListInstanceProfileTags).
        Result<AwsResponse> got = call(send, QStringLiteral("GetInstanceProfile"),
                                       {{QStringLiteral("InstanceProfileName"), name}});
        if (!got)
            return got.error();
        insertTags(doc, tagsOf(got->result().at(u"InstanceProfile/Tags")));
        return addResource(ctx, QStringLiteral("instance-profile"), name, doc);
    });
}

} // namespace

int IamAdapter::restoreRank(const Resource &resource) const
{
    const QString type = ResourcePath::segments(resource.path).value(3);
    if (type == QLatin1String("policy"))
        return 0;
    if (type == QLatin1String("role") || type == QLatin1String("group"))
        return 1;
    return 2;
}

Status IamAdapter::snapshot(SnapshotContext &ctx)
{
    const Send send = [&ctx](const AwsRequest &r) { return ctx.send(r); };
    for (auto read : {readPolicies, readRoles, readGroups, readUsers, readInstanceProfiles}) {
        if (Status st = read(ctx, send); !st)
            return st;
    }
    return {};
}

Result<bool> IamAdapter::hasResources(SnapshotContext &ctx)
{
    const QueryItems one{{QStringLiteral("MaxItems"), QStringLiteral("1")}};
    const QList<QPair<QString, QueryItems>> lists{
        {QStringLiteral("ListRoles"), one},
        {QStringLiteral("ListUsers"), one},
        {QStringLiteral("ListGroups"), one},
        {QStringLiteral("ListInstanceProfiles"), one},
        {QStringLiteral("ListPolicies"), one + QueryItems{{QStringLiteral("Scope"), QStringLiteral("Local")}}}};
    for (const auto &[op, params] : lists) {
        Result<AwsResponse> r = ctx.send(AwsRequest::query(AwsService::iam(), op, params));
        if (!r)
            return r.error();
        const QString list = QString(op).remove(0, 4); // "ListRoles" -> "Roles"
        if (!r->result().child(list).children().isEmpty())
            return true;
    }
    return false;
}

Status IamAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    return IamWriter(ctx).create(resource);
}

Status IamAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    return IamWriter(ctx).update(before, after);
}

Status IamAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    return IamWriter(ctx).remove(resource);
}

} // namespace poddeck
