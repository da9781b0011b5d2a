#include "emulator/awsapi/IamQuery.h"

#include "aws/AwsPaginator.h"
#include "emulator/awsapi/DocumentJson.h"

namespace poddeck::IamQuery {

Principal principalFor(const QString &type)
{
    if (type == QLatin1String("user"))
        return {type, QStringLiteral("User")};
    if (type == QLatin1String("group"))
        return {type, QStringLiteral("Group")};
    return {QStringLiteral("role"), QStringLiteral("Role")};
}

Result<AwsResponse> call(const Send &send, const QString &operation, const QueryItems &params)
{
    return send(AwsRequest::query(AwsService::iam(), operation, params));
}

Status forEachMember(const Send &send, const QString &operation, const QueryItems &params,
                     const QString &listElement, const std::function<Status(const XmlNode &)> &onMember)
{
    Status result;
    // Every IAM listing takes MaxItems (100 is the API's default page).
    QueryItems paged = params;
    paged.append({QStringLiteral("MaxItems"), QString::number(AwsPaginator::pageSize(100))});
    Status paging = AwsPaginator::forEachPage(send, AwsRequest::query(AwsService::iam(), operation, paged),
                                              PageToken::queryMarker(), [&](const AwsResponse &page) {
        for (const XmlNode &member : page.result().child(listElement).children()) {
            if (!result)
                return false;
            result = onMember(member);
        }
        return true;
    });
    return paging ? result : paging;
}

Result<QStringList> listTexts(const Send &send, const QString &operation, const QueryItems &params,
                              const QString &listElement, const QString &field)
{
    QStringList out;
    Status st = forEachMember(send, operation, params, listElement, [&](const XmlNode &m) {
        out << (field.isEmpty() ? m.text() : m.textAt(field));
        return Status();
    });
    if (!st)
        return st.error();
    return out;
}

QueryItems tagParams(const QJsonObject &tags)
{
    QueryItems items;
    int n = 0;
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        ++n;
        items.append({QStringLiteral("Tags.member.%1.Key").arg(n), it.key()});
        items.append({QStringLiteral("Tags.member.%1.Value").arg(n), it.value().toString()});
    }
    return items;
}

QueryItems tagKeyParams(const QStringList &keys)
{
    QueryItems items;
    for (int i = 0; i < keys.size(); ++i)
        items.append({QStringLiteral("TagKeys.member.%1").arg(i + 1), keys[i]});
    return items;
}

QJsonObject tagsOf(const XmlNode &tagsElement)
{
    QJsonObject tags;
    for (const XmlNode &m : tagsElement.children())
        tags.insert(m.textAt(u"Key"), m.textAt(u"Value"));
    return tags;
}

QString policyArn(const QString &account, const QString &path, const QString &name)
{
    return QStringLiteral("arn:aws:iam::%1:policy%2%3").arg(account, path.isEmpty() ? QStringLiteral("/") : path, name);
}

bool isAwsManaged(const QString &policyArn)
{
    return policyArn.startsWith(QLatin1String("arn:aws:iam::aws:policy/"));
}

} // namespace poddeck::IamQuery
