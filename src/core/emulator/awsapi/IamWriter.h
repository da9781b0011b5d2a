#pragma once

#include "emulator/awsapi/IamQuery.h"
#include "state/Resource.h"

#include <QJsonObject>

namespace poddeck {

class ApplyContext;

// Re-creates, updates and deletes the IAM resources IamAdapter reads, with the documents' layout.
// Updates change what the API can change in place (policy versions, trust policies, tags, inline and
// attached policies, group membership) and re-create otherwise (a role's or profile's path).
class IamWriter
{
public:
    explicit IamWriter(ApplyContext &ctx);

    Status create(const Resource &resource);
    Status update(const Resource &before, const Resource &after);
    Status remove(const Resource &resource);

private:
    Result<AwsResponse> call(const QString &operation, const QueryItems &params);

    Status createPolicy(const QString &name, const QJsonObject &doc);
    Status updatePolicy(const QString &name, const QJsonObject &before, const QJsonObject &after);
    Status removePolicy(const QString &name, const QJsonObject &doc);
    Status setPolicyDocument(const QString &arn, const QJsonValue &document);

    Status createPrincipal(const IamQuery::Principal &p, const QString &name, const QJsonObject &doc);
    Status updatePrincipal(const IamQuery::Principal &p, const QString &name, const QJsonObject &before,
                           const QJsonObject &after);
    Status removePrincipal(const IamQuery::Principal &p, const QString &name);
    // Inline and attached policies from `before` to `after`.
    Status syncPolicies(const IamQuery::Principal &p, const QString &name, const QJsonObject &before,
                        const QJsonObject &after);
    Status syncBoundary(const IamQuery::Principal &p, const QString &name, const QJsonObject &before,
                        const QJsonObject &after);
    Status syncGroups(const QString &user, const QJsonObject &before, const QJsonObject &after);

    Status createInstanceProfile(const QString &name, const QJsonObject &doc);
    Status updateInstanceProfile(const QString &name, const QJsonObject &before, const QJsonObject &after);
    Status removeInstanceProfile(const QString &name);

    // Tag<noun> / Untag<noun> with the resource named by `idParam` = `id`.
    Status syncTags(const QString &noun, const QString &idParam, const QString &id, const QJsonObject &before,
                    const QJsonObject &after);

    ApplyContext &m_ctx;
    IamQuery::Send m_send;
};

} // namespace poddeck
