#pragma once

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// ECR: repositories (type "repository", id = name, which may hold '/'). Documents hold the tag
// mutability, scanning and encryption settings, tags, and the lifecycle and repository policies (parsed);
// not the ARN, URI, registry id or dates. Images are not recorded: their layers are not readable through
// the ECR API alone (and can be large), so a snapshot warns for each repository that holds images, and a
// restored repository starts empty. Registry-wide settings (registry policy, replication) are not captured.
class EcrAdapter : public ServiceAdapter
{
public:
    QString service() const override { return QStringLiteral("ecr"); }
    int restoreRank(const Resource &) const override { return 10; }

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;
};

} // namespace poddeck
