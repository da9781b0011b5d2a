#pragma once

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// Secrets Manager: secrets (type "secret", id = name). Documents hold the current value (SecretString, or
// SecretBinary as base64; the metamodel masks both), Description, a non-default KmsKeyId, Tags, the
// resource policy (parsed), rotation settings and the current version's other labels; not the ARN (it has
// a random suffix), version ids or dates. Other labelled versions (AWSPREVIOUS, custom labels) are child
// resources (SecretVersions.h). Secrets scheduled for deletion are not listed, so not recorded.
class SecretsManagerAdapter : public ServiceAdapter
{
public:
    QString service() const override { return QStringLiteral("secretsmanager"); }
    int restoreRank(const Resource &resource) const override;
    QString orderedGroup(const Resource &resource) const override;
    Status createMany(ApplyContext &ctx, const QList<Resource> &resources) override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;
};

} // namespace poddeck
