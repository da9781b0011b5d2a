#pragma once

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// ECS: clusters (type "cluster", id = name) with their services as children ("service", id = name), and
// task definition revisions (type "task-definition", id = "family:revision").
//
// A cluster document holds settings, configuration, its capacity provider list and default strategy,
// Service Connect defaults and tags; a service document what CreateService takes (the task definition
// as "family:revision", desired count, launch type or capacity provider strategy, network, deployment
// and placement settings, tags); not counts, deployments, events or ARNs. Clusters and services AWS
// reports as INACTIVE (deleted) are not recorded. Custom capacity providers need Auto Scaling groups
// PodDeck does not capture, so only their names in a cluster's list are kept.
//
// Every revision ECS lists is recorded, deregistered ones with "inactive": true, each holding what
// RegisterTaskDefinition takes plus its tags. Revisions are immutable, so each is its own resource and
// diff and merge see them one by one. ECS numbers revisions itself, one after the other, so they must be
// registered in number order: a revision's rank grows with its number (the applier runs one rank after
// the other), and numbers the version does not hold (deleted revisions) get stand-ins that are deleted
// again. An update can only deregister a revision; a revision the instance is already past cannot be
// registered again (the error says to inject with overwrite).
class EcsAdapter : public ServiceAdapter
{
public:
    QString service() const override { return QStringLiteral("ecs"); }
    // Clusters first; revision n of any family at RevisionRank + n, after every other service's
    // resources; services after all revisions (they name a cluster and a revision).
    static constexpr int ClusterRank = 10;
    static constexpr int RevisionRank = 1000;
    static constexpr int MaxRevision = 1000000; // ECS's limit per family
    static constexpr int ServiceRank = RevisionRank + MaxRevision + 1;
    int restoreRank(const Resource &resource) const override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;
};

} // namespace poddeck
