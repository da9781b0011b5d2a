#pragma once

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// API Gateway REST APIs (type "restapi", id = the API id) with two kinds of children: resources (child
// type "resource", id = the resource path "/pets/{id}", since resource ids are random) whose document
// holds its methods with their method responses, integration and integration responses; and stages
// (child type "stage", id = stage name) holding description, variables, tracing, tags and the
// description of the deployment the stage serves. A restore deploys each stage anew from the restored
// resources; deployments no stage points at are not recorded.
//
// Identity: PodDeck creates an API with the `_custom_id_` tag holding the recorded id, which moto and
// LocalStack honour, so the id (and every URL and ARN built from it) survives. Where an emulator picks
// another id the API is still recorded under its `_custom_id_` tag, and the restore report names the new
// id. Authorizers, request validators, models, usage plans and API keys are not captured yet: methods
// are recorded without authorizerId and requestValidatorId.
class ApiGatewayAdapter : public ServiceAdapter
{
public:
    QString service() const override { return QStringLiteral("apigateway"); }
    // APIs 10; resources 36 + depth (after Lambda 30 and state machines 35, which integrations call;
    // parents before children, children deleted first); stages 47, deployed from the finished resources.
    int restoreRank(const Resource &resource) const override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;
};

} // namespace poddeck
