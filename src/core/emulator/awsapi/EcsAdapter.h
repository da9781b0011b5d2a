#pragma once

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// ECS: clusters (type "cluster", id = name) with their services as children ("service", id = name), and
// task definition families (type "task-definition", id = family).
//
// A cluster document holds settings, configuration, its capacity provider list and default strategy,
// Service Connect defaults and tags; a service document what CreateService takes (the task definition
// as "family:revision", desired count, launch type or capacity provider strategy, network, deployment
// and placement settings, tags); not counts, deployments, events or ARNs. Clusters and services AWS
// reports as INACTIVE (deleted) are not recorded. Custom capacity providers need Auto Scaling groups
// PodDeck does not capture, so only their names in a cluster's list are kept.
//
// A family's document holds every revision ECS lists, active and deregistered, under "revisions" keyed
// by revision number: {"revisions": {"1": {..., "inactive": true}, "2": {...}}}. ECS numbers revisions
// itself, one after the other, so a family is re-created by registering its revisions in order (with
// stand-ins for deleted revisions, removed again afterwards) and deregistering those that were
// inactive. Keeping them in one document makes that order hold whatever the applier runs in parallel;
// the three-way merge recurses into "revisions", so revisions still merge one by one. Revisions are
// immutable: an update may add newer revisions, deregister or delete revisions, nothing else.
class EcsAdapter : public ServiceAdapter
{
public:
    QString service() const override { return QStringLiteral("ecs"); }
    // 10 clusters, 20 task definitions, 25 services (they name a cluster and a task definition).
    int restoreRank(const Resource &resource) const override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;
};

} // namespace poddeck
