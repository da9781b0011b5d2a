#include "emulator/awsapi/IamWriter.h"

#include "emulator/ApplyContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <algorithm>

namespace poddeck {

using namespace IamQuery;

namespace {

const QString Path = QStringLiteral("Path");
const QString Tags = QStringLiteral("Tags");
const QString InlinePolicies = QStringLiteral("InlinePolicies");
const QString AttachedPolicies = QStringLiteral("AttachedPolicies");
const QString PermissionsBoundary = QStringLiteral("PermissionsBoundary");
const QString PolicyArn = QStringLiteral("PolicyArn");

QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &s : a)
        if (!b.contains(s))
            out << s;
    return out;
}

bool isGone(const Status &st)
{
    return DocumentJson::hasCode(st.error(), {"NoSuchEntity"});
}

} // namespace

IamWriter::IamWriter(ApplyContext &ctx)
    : m_ctx(ctx), m_send([&ctx](const AwsRequest &r) { return ctx.send(r); })
{
}

Result<AwsResponse> IamWriter::call(const QString &operation, const QueryItems &params)
{
    return IamQuery::call(m_send, operation, params);
}

Status IamWriter::create(const Resource &resource)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    const QString type = seg.value(3), name = seg.value(4);
    if (type == QLatin1String("policy"))
        return createPolicy(name, resource.document);
    if (type == QLatin1String("instance-profile"))
        return createInstanceProfile(name, resource.document);
    if (type == QLatin1String("role") || type == QLatin1String("user") || type == QLatin1String("group"))
        return createPrincipal(principalFor(type), name, resource.document);
    return Error(Error::Code::Unsupported, ErrorText::tr("IAM: unknown resource type in %1").arg(resource.path));
}

Status IamWriter::update(const Resource &before, const Resource &after)
{
    const QStringList seg = ResourcePath::segments(after.path);
    const QString type = seg.value(3), name = seg.value(4);
    if (type == QLatin1String("policy"))
        return updatePolicy(name, before.document, after.document);
    if (type == QLatin1String("instance-profile"))
        return updateInstanceProfile(name, before.document, after.document);
    return updatePrincipal(principalFor(type), name, before.document, after.document);
}

Status IamWriter::remove(const Resource &resource)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    const QString type = seg.value(3), name = seg.value(4);
    Status st;
    if (type == QLatin1String("policy"))
        st = removePolicy(name, resource.document);
    else if (type == QLatin1String("instance-profile"))
        st = removeInstanceProfile(name);
    else
        st = removePrincipal(principalFor(type), name);
    return isGone(st) ? Status() : st; // already gone is what we wanted
}

// --- customer managed policies ---

Status IamWriter::createPolicy(const QString &name, const QJsonObject &doc)
{
    QueryItems params{{QStringLiteral("PolicyName"), name},
                      {Path, doc.value(Path).toString(QStringLiteral("/"))},
                      {QStringLiteral("PolicyDocument"), DocumentJson::policyText(doc.value(QStringLiteral("Document")))}};
    if (doc.contains(QStringLiteral("Description")))
        params.append({QStringLiteral("Description"), doc.value(QStringLiteral("Description")).toString()});
    params += tagParams(doc.value(Tags).toObject());
    return call(QStringLiteral("CreatePolicy"), params);
}

Status IamWriter::updatePolicy(const QString &name, const QJsonObject &before, const QJsonObject &after)
{
    const QString arn = policyArn(m_ctx.account(), before.value(Path).toString(), name);
    const QString description = QStringLiteral("Description");
    if (before.value(Path) != after.value(Path) || before.value(description) != after.value(description)) {
        // Neither can change in place: re-create, then attach it where it was attached.
        Result<AwsResponse> entities = call(QStringLiteral("ListEntitiesForPolicy"), {{PolicyArn, arn}});
        if (!entities)
            return entities.error();
        if (Status st = removePolicy(name, before); !st)
            return st;
        if (Status st = createPolicy(name, after); !st)
            return st;
        const QString newArn = policyArn(m_ctx.account(), after.value(Path).toString(), name);
        for (const Principal &p : {principalFor(QStringLiteral("role")), principalFor(QStringLiteral("user")),
                                   principalFor(QStringLiteral("group"))}) {
            for (const XmlNode &m : entities->result().child(QString(QStringLiteral("Policy") + p.noun + u's')).children()) {
                Status st = call(p.op("Attach%1Policy"), {{p.nameParam(), m.textAt(p.nameParam())}, {PolicyArn, newArn}});
                if (!st)
                    return st;
            }
        }
        return {};
    }
    if (before.value(QStringLiteral("Document")) != after.value(QStringLiteral("Document"))) {
        if (Status st = setPolicyDocument(arn, after.value(QStringLiteral("Document"))); !st)
            return st;
    }
    return syncTags(QStringLiteral("Policy"), PolicyArn, arn, before.value(Tags).toObject(), after.value(Tags).toObject());
}

Status IamWriter::setPolicyDocument(const QString &arn, const QJsonValue &document)
{
    Result<AwsResponse> versions = call(QStringLiteral("ListPolicyVersions"), {{PolicyArn, arn}});
    if (!versions)
        return versions.error();
    // At most five versions: drop the oldest non-default one to make room.
    QStringList others;
    for (const XmlNode &v : versions->result().child(u"Versions").children())
        if (v.textAt(u"IsDefaultVersion") != QLatin1String("true"))
            others << v.textAt(u"VersionId");
    std::sort(others.begin(), others.end(), [](const QString &a, const QString &b) { return a.mid(1).toInt() < b.mid(1).toInt(); });
    if (others.size() >= 4) {
        if (Status st = call(QStringLiteral("DeletePolicyVersion"), {{PolicyArn, arn}, {QStringLiteral("VersionId"), others.first()}}); !st)
            return st;
    }
    return call(QStringLiteral("CreatePolicyVersion"), {{PolicyArn, arn},
                                                        {QStringLiteral("PolicyDocument"), DocumentJson::policyText(document)},
                                                        {QStringLiteral("SetAsDefault"), QStringLiteral("true")}});
}

Status IamWriter::removePolicy(const QString &name, const QJsonObject &doc)
{
    const QString arn = policyArn(m_ctx.account(), doc.value(Path).toString(), name);
    Result<AwsResponse> entities = call(QStringLiteral("ListEntitiesForPolicy"), {{PolicyArn, arn}});
    if (!entities)
        return entities.error();
    for (const Principal &p : {principalFor(QStringLiteral("role")), principalFor(QStringLiteral("user")),
                               principalFor(QStringLiteral("group"))}) {
        for (const XmlNode &m : entities->result().child(QString(QStringLiteral("Policy") + p.noun + u's')).children()) {
            if (Status st = call(p.op("Detach%1Policy"), {{p.nameParam(), m.textAt(p.nameParam())}, {PolicyArn, arn}}); !st)
                return st;
        }
    }
    Result<AwsResponse> versions = call(QStringLiteral("ListPolicyVersions"), {{PolicyArn, arn}});
    if (!versions)
        return versions.error();
    for (const XmlNode &v : versions->result().child(u"Versions").children()) {
        if (v.textAt(u"IsDefaultVersion") == QLatin1String("true"))
            continue;
        if (Status st = call(QStringLiteral("DeletePolicyVersion"), {{PolicyArn, arn}, {QStringLiteral("VersionId"), v.textAt(u"VersionId")}}); !st)
            return st;
    }
    return call(QStringLiteral("DeletePolicy"), {{PolicyArn, arn}});
}

// --- roles, users, groups ---

Status IamWriter::createPrincipal(const Principal &p, const QString &name, const QJsonObject &doc)
{
    QueryItems params{{p.nameParam(), name}, {Path, doc.value(Path).toString(QStringLiteral("/"))}};
    if (p.type == QLatin1String("role")) {
        params.append({QStringLiteral("AssumeRolePolicyDocument"),
                       DocumentJson::policyText(doc.value(QStringLiteral("AssumeRolePolicyDocument")))});
        if (doc.contains(QStringLiteral("Description")))
            params.append({QStringLiteral("Description"), doc.value(QStringLiteral("Description")).toString()});
        if (doc.contains(QStringLiteral("MaxSessionDuration")))
            params.append({QStringLiteral("MaxSessionDuration"),
                           QString::number(doc.value(QStringLiteral("MaxSessionDuration")).toInt())});
    }
    if (p.type != QLatin1String("group")) {
        if (doc.contains(PermissionsBoundary))
            params.append({PermissionsBoundary, doc.value(PermissionsBoundary).toString()});
        params += tagParams(doc.value(Tags).toObject());
    }
    if (Status st = call(p.op("Create%1"), params); !st)
        return st;
    if (p.type == QLatin1String("user")) {
        if (Status st = syncGroups(name, {}, doc); !st)
            return st;
    }
    return syncPolicies(p, name, {}, doc);
}

Status IamWriter::updatePrincipal(const Principal &p, const QString &name, const QJsonObject &before,
                                  const QJsonObject &after)
{
    if (before.value(Path) != after.value(Path)) {
        if (p.type == QLatin1String("role")) { // a role's path cannot change in place
            if (Status st = removePrincipal(p, name); !st)
                return st;
            return createPrincipal(p, name, after);
        }
        if (Status st = call(p.op("Update%1"), {{p.nameParam(), name}, {QStringLiteral("NewPath"), after.value(Path).toString()}}); !st)
            return st;
    }
    if (p.type == QLatin1String("role")) {
        const QString trust = QStringLiteral("AssumeRolePolicyDocument");
        if (before.value(trust) != after.value(trust)) {
            Status st = call(QStringLiteral("UpdateAssumeRolePolicy"),
                             {{p.nameParam(), name}, {QStringLiteral("PolicyDocument"), DocumentJson::policyText(after.value(trust))}});
            if (!st)
                return st;
        }
        const QString description = QStringLiteral("Description"), duration = QStringLiteral("MaxSessionDuration");
        if (before.value(description) != after.value(description) || before.value(duration) != after.value(duration)) {
            QueryItems params{{p.nameParam(), name}, {description, after.value(description).toString()}};
            if (after.contains(duration))
                params.append({duration, QString::number(after.value(duration).toInt())});
            if (Status st = call(QStringLiteral("UpdateRole"), params); !st)
                return st;
        }
    }
    if (p.type != QLatin1String("group")) {
        if (Status st = syncBoundary(p, name, before, after); !st)
            return st;
        if (Status st = syncTags(p.noun, p.nameParam(), name, before.value(Tags).toObject(), after.value(Tags).toObject()); !st)
            return st;
    }
    if (p.type == QLatin1String("user")) {
        if (Status st = syncGroups(name, before, after); !st)
            return st;
    }
    return syncPolicies(p, name, before, after);
}

Status IamWriter::removePrincipal(const Principal &p, const QString &name)
{
    const QueryItems who{{p.nameParam(), name}};
    if (p.type == QLatin1String("role")) {
        Result<QStringList> profiles = listTexts(m_send, QStringLiteral("ListInstanceProfilesForRole"), who,
                                                 QStringLiteral("InstanceProfiles"), QStringLiteral("InstanceProfileName"));
        if (!profiles)
            return profiles.error();
        for (const QString &profile : *profiles) {
            if (Status st = call(QStringLiteral("RemoveRoleFromInstanceProfile"), who + QueryItems{{QStringLiteral("InstanceProfileName"), profile}}); !st)
                return st;
        }
    } else if (p.type == QLatin1String("user")) {
        Result<QStringList> groups = listTexts(m_send, QStringLiteral("ListGroupsForUser"), who, QStringLiteral("Groups"),
                                               QStringLiteral("GroupName"));
        if (!groups)
            return groups.error();
        if (Status st = syncGroups(name, {{QStringLiteral("Groups"), DocumentJson::toArray(*groups)}}, {}); !st)
            return st;
        Result<QStringList> keys = listTexts(m_send, QStringLiteral("ListAccessKeys"), who, QStringLiteral("AccessKeyMetadata"),
                                             QStringLiteral("AccessKeyId"));
        if (!keys)
            return keys.error();
        for (const QString &key : *keys) {
            if (Status st = call(QStringLiteral("DeleteAccessKey"), who + QueryItems{{QStringLiteral("AccessKeyId"), key}}); !st)
                return st;
        }
        if (Status st = call(QStringLiteral("DeleteLoginProfile"), who); !st && !isGone(st))
            return st;
    } else {
        Result<QStringList> users = listTexts(m_send, QStringLiteral("GetGroup"), who, QStringLiteral("Users"), QStringLiteral("UserName"));
        if (!users)
            return users.error();
        for (const QString &user : *users) {
            if (Status st = call(QStringLiteral("RemoveUserFromGroup"), who + QueryItems{{QStringLiteral("UserName"), user}}); !st)
                return st;
        }
    }
    Result<QStringList> inlineNames = listTexts(m_send, p.op("List%1Policies"), who, QStringLiteral("PolicyNames"));
    if (!inlineNames)
        return inlineNames.error();
    Result<QStringList> attached = listTexts(m_send, p.op("ListAttached%1Policies"), who, AttachedPolicies, PolicyArn);
    if (!attached)
        return attached.error();
    QJsonObject live{{AttachedPolicies, DocumentJson::toArray(*attached)}};
    QJsonObject inlinePolicies;
    for (const QString &policy : *inlineNames)
        inlinePolicies.insert(policy, QJsonObject());
    live.insert(InlinePolicies, inlinePolicies);
    if (Status st = syncPolicies(p, name, live, {}); !st)
        return st;
    return call(p.op("Delete%1"), who);
}

Status IamWriter::syncPolicies(const Principal &p, const QString &name, const QJsonObject &before,
                               const QJsonObject &after)
{
    const QueryItems who{{p.nameParam(), name}};
    const QJsonObject inlineBefore = before.value(InlinePolicies).toObject();
    const QJsonObject inlineAfter = after.value(InlinePolicies).toObject();
    for (auto it = inlineAfter.begin(); it != inlineAfter.end(); ++it) {
        if (inlineBefore.value(it.key()) == it.value())
            continue;
        Status st = call(p.op("Put%1Policy"), who + QueryItems{{QStringLiteral("PolicyName"), it.key()},
                                                               {QStringLiteral("PolicyDocument"), DocumentJson::policyText(it.value())}});
        if (!st)
            return st;
    }
    for (const QString &policy : inlineBefore.keys()) {
        if (inlineAfter.contains(policy))
            continue;
        if (Status st = call(p.op("Delete%1Policy"), who + QueryItems{{QStringLiteral("PolicyName"), policy}}); !st)
            return st;
    }
    const QStringList attachedBefore = DocumentJson::toStringList(before.value(AttachedPolicies));
    const QStringList attachedAfter = DocumentJson::toStringList(after.value(AttachedPolicies));
    for (const QString &arn : minus(attachedAfter, attachedBefore)) {
        if (Status st = call(p.op("Attach%1Policy"), who + QueryItems{{PolicyArn, arn}}); !st)
            return st;
    }
    for (const QString &arn : minus(attachedBefore, attachedAfter)) {
        if (Status st = call(p.op("Detach%1Policy"), who + QueryItems{{PolicyArn, arn}}); !st)
            return st;
    }
    return {};
}

Status IamWriter::syncBoundary(const Principal &p, const QString &name, const QJsonObject &before,
                               const QJsonObject &after)
{
    if (before.value(PermissionsBoundary) == after.value(PermissionsBoundary))
        return {};
    if (!after.contains(PermissionsBoundary))
        return call(p.op("Delete%1PermissionsBoundary"), {{p.nameParam(), name}});
    return call(p.op("Put%1PermissionsBoundary"),
                {{p.nameParam(), name}, {PermissionsBoundary, after.value(PermissionsBoundary).toString()}});
}

Status IamWriter::syncGroups(const QString &user, const QJsonObject &before, const QJsonObject &after)
{
    const QStringList groupsBefore = DocumentJson::toStringList(before.value(QStringLiteral("Groups")));
    const QStringList groupsAfter = DocumentJson::toStringList(after.value(QStringLiteral("Groups")));
    for (const QString &group : minus(groupsAfter, groupsBefore)) {
        if (Status st = call(QStringLiteral("AddUserToGroup"), {{QStringLiteral("UserName"), user}, {QStringLiteral("GroupName"), group}}); !st)
            return st;
    }
    for (const QString &group : minus(groupsBefore, groupsAfter)) {
        if (Status st = call(QStringLiteral("RemoveUserFromGroup"), {{QStringLiteral("UserName"), user}, {QStringLiteral("GroupName"), group}}); !st)
            return st;
    }
    return {};
}

// --- instance profiles ---

Status IamWriter::createInstanceProfile(const QString &name, const QJsonObject &doc)
{
    QueryItems params{{QStringLiteral("InstanceProfileName"), name}, {Path, doc.value(Path).toString(QStringLiteral("/"))}};
    params += tagParams(doc.value(Tags).toObject());
    if (Status st = call(QStringLiteral("CreateInstanceProfile"), params); !st)
        return st;
    return updateInstanceProfile(name, {{Path, doc.value(Path)}, {Tags, doc.value(Tags)}}, doc);
}

Status IamWriter::updateInstanceProfile(const QString &name, const QJsonObject &before, const QJsonObject &after)
{
    if (before.value(Path) != after.value(Path)) {
        if (Status st = removeInstanceProfile(name); !st)
            return st;
        return createInstanceProfile(name, after);
    }
    const QueryItems who{{QStringLiteral("InstanceProfileName"), name}};
    const QStringList rolesBefore = DocumentJson::toStringList(before.value(QStringLiteral("Roles")));
    const QStringList rolesAfter = DocumentJson::toStringList(after.value(QStringLiteral("Roles")));
    for (const QString &role : minus(rolesBefore, rolesAfter)) {
        if (Status st = call(QStringLiteral("RemoveRoleFromInstanceProfile"), who + QueryItems{{QStringLiteral("RoleName"), role}}); !st)
            return st;
    }
    for (const QString &role : minus(rolesAfter, rolesBefore)) {
        if (Status st = call(QStringLiteral("AddRoleToInstanceProfile"), who + QueryItems{{QStringLiteral("RoleName"), role}}); !st)
            return st;
    }
    return syncTags(QStringLiteral("InstanceProfile"), QStringLiteral("InstanceProfileName"), name,
                    before.value(Tags).toObject(), after.value(Tags).toObject());
}

Status IamWriter::removeInstanceProfile(const QString &name)
{
    const QueryItems who{{QStringLiteral("InstanceProfileName"), name}};
    Result<AwsResponse> profile = call(QStringLiteral("GetInstanceProfile"), who);
    if (!profile)
        return profile.error();
    for (const XmlNode &r : profile->result().at(u"InstanceProfile/Roles").children()) {
        if (Status st = call(QStringLiteral("RemoveRoleFromInstanceProfile"), who + QueryItems{{QStringLiteral("RoleName"), r.textAt(u"RoleName")}}); !st)
            return st;
    }
    return call(QStringLiteral("DeleteInstanceProfile"), who);
}

Status IamWriter::syncTags(const QString &noun, const QString &idParam, const QString &id, const QJsonObject &before,
                           const QJsonObject &after)
{
    const QStringList removed = DocumentJson::tagsToRemove(before, after);
    if (!removed.isEmpty()) {
        if (Status st = call(QStringLiteral("Untag") + noun, QueryItems{{idParam, id}} + tagKeyParams(removed)); !st)
            return st;
    }
    const QJsonObject set = DocumentJson::tagsToSet(before, after);
    if (set.isEmpty())
        return {};
    return call(QStringLiteral("Tag") + noun, QueryItems{{idParam, id}} + tagParams(set));
}

} // namespace poddeck
