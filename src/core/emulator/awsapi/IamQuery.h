#pragma once

#include "aws/AwsClient.h"
#include "aws/XmlNode.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace poddeck {

// IAM's query-protocol calls as the IAM adapter uses them: one call, every member of a paginated list,
// and the operation names of the three principal kinds, whose policy APIs only differ by noun
// (PutRolePolicy / PutUserPolicy / PutGroupPolicy ...).
namespace IamQuery {

using Send = std::function<Result<AwsResponse>(const AwsRequest &)>;

struct Principal
{
    QString type; // resource type: "role", "user", "group"
    QString noun; // operation noun: "Role", "User", "Group"

    QString nameParam() const { return noun + QStringLiteral("Name"); }
    QString op(const char *pattern) const { return QString::fromLatin1(pattern).arg(noun); } // "Put%1Policy"
};

Principal principalFor(const QString &type);

Result<AwsResponse> call(const Send &send, const QString &operation, const QueryItems &params = {});
// Every <member> of `listElement` (below the result node) across all pages (Marker / IsTruncated).
Status forEachMember(const Send &send, const QString &operation, const QueryItems &params,
                     const QString &listElement, const std::function<Status(const XmlNode &)> &onMember);
Result<QStringList> listTexts(const Send &send, const QString &operation, const QueryItems &params,
                              const QString &listElement, const QString &field = {});

// Tags.member.N.Key / .Value, and TagKeys.member.N.
QueryItems tagParams(const QJsonObject &tags);
QueryItems tagKeyParams(const QStringList &keys);
// <Tags><member><Key/><Value/></member>...</Tags> -> {Key: Value}.
QJsonObject tagsOf(const XmlNode &tagsElement);
QString policyArn(const QString &account, const QString &path, const QString &name);
bool isAwsManaged(const QString &policyArn);

} // namespace IamQuery
} // namespace poddeck
