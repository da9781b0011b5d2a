#pragma once

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// SSM Parameter Store: parameters (type "parameter", id = the name with its leading '/'). Documents hold
// the value (SecureString decrypted: the metamodel masks it), Type, Tier, DataType, Description,
// AllowedPattern, a non-default KeyId, Policies (parsed), Tags and the current version's Labels; not
// dates or ARNs. Older versions are child resources (SsmHistory.h). Parameters below "/aws/" belong to
// AWS and are skipped.
class SsmAdapter : public ServiceAdapter
{
public:
    QString service() const override { return QStringLiteral("ssm"); }
    int restoreRank(const Resource &) const override { return 10; }

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    QString orderedGroup(const Resource &resource) const override;
    Status createMany(ApplyContext &ctx, const QList<Resource> &resources) override;
    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;
};

} // namespace poddeck
