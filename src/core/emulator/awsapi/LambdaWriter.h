#pragma once

#include "aws/AwsResponse.h"
#include "state/Resource.h"
#include "util/Result.h"

namespace poddeck {

class ApplyContext;

// Re-creates, updates and deletes the Lambda resources LambdaAdapter reads.
class LambdaWriter
{
public:
    explicit LambdaWriter(ApplyContext &ctx);

    Status create(const Resource &resource);
    Status update(const Resource &before, const Resource &after);
    Status remove(const Resource &resource);

private:
    Result<QJsonObject> code(const Resource &function);
    Status createFunction(const QString &name, const Resource &resource);
    Status updateFunction(const QString &name, const Resource &before, const Resource &after);
    Status syncTags(const QString &name, const QJsonObject &before, const QJsonObject &after);
    // A layer of the legacy shape (LambdaLayers::isLegacy, pods from before versions were children):
    // publishes its content until its latest version is the recorded one, so functions' layer version
    // ARNs resolve, at least once. Nothing for a layer of the current shape.
    Status publishLayer(const QString &name, const Resource &resource);
    Status removeLayer(const QString &name);
    Status createMapping(const QJsonObject &doc);
    Status updateMapping(const QJsonObject &before, const QJsonObject &after);
    Status removeMapping(const QJsonObject &doc);
    // The UUID of the live mapping a document describes, or an empty string.
    Result<QString> findMapping(const QJsonObject &doc);

    ApplyContext &m_ctx;
};

} // namespace poddeck
