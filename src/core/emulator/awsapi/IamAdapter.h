#pragma once

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// IAM (global: region "global", signed for us-east-1): customer managed policies (type "policy", id = name),
// roles, users and groups with their inline policies (name -> document) and attached managed policy ARNs,
// and instance profiles. Policy documents are stored parsed, so they are canonical JSON. Server-assigned
// ids, ARNs with unique ids, dates and access keys are not recorded; AWS managed policies are not
// resources, but attachments to them are kept.
class IamAdapter : public ServiceAdapter
{
public:
    QString service() const override { return QStringLiteral("iam"); }
    bool isGlobal() const override { return true; }
    // policies 0 (roles attach them), roles and groups 1, users and instance profiles 2 (they join groups
    // and hold roles).
    int restoreRank(const Resource &resource) const override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;
};

} // namespace poddeck
