#pragma once

#include "state/Resource.h"
#include "util/Result.h"

#include <QString>

namespace poddeck {

class ApplyContext;
class SnapshotContext;

// One AWS service of the AWS API backend (DESIGN.md "Emulators"): reads the service's resources in one
// account/region into canonical documents, and re-creates, updates and deletes them.
//
// Documents hold what re-creates the resource and nothing the server assigns (timestamps, random ids,
// ARNs that embed them, ETags of multipart uploads ...), so an unchanged state always hashes the same:
// commit -> reset -> inject -> commit yields the same root. Children users think of separately (S3 objects,
// DynamoDB items, SNS subscriptions) are child resources (ResourcePath::child), so diff and merge handle
// them one by one. Big binary data goes into attachments (ctx.putAttachment), never into documents.
// Adapters are shared and called from several threads at once: they keep no per-call state.
class ServiceAdapter
{
public:
    virtual ~ServiceAdapter() = default;

    // The first path segment: "s3", "sqs", "dynamodb", "sns", "secretsmanager", "ssm", "lambda", "iam".
    virtual QString service() const = 0;
    // Global services (IAM) live in region "global" and are read once per account.
    virtual bool isGlobal() const { return false; }
    // Restore order across all services: lower ranks are created first and deleted last. Guide:
    // 0 IAM; 5 KMS keys (before what they encrypt); 10 S3 buckets, SQS queues, SNS topics, DynamoDB
    // tables, secrets, parameters, REST APIs; 12-14 event buses, rules, archives; 20 children (objects,
    // items, subscriptions); 30 Lambda layers and functions; 35 state machines; 36+ what calls them
    // (EventBridge targets, API Gateway resources by depth); 40 event source mappings; 47 API stages.
    virtual int restoreRank(const Resource &resource) const = 0;

    // Reads everything this service holds in ctx.account()/ctx.region() and ctx.add()s it.
    virtual Status snapshot(SnapshotContext &ctx) = 0;
    // Cheap check used to find regions that hold anything (one small list call).
    virtual Result<bool> hasResources(SnapshotContext &ctx) = 0;

    virtual Status create(ApplyContext &ctx, const Resource &resource) = 0;
    // Creates many resources of one restore rank in one account/region. The default calls create() for
    // each; adapters with batch APIs (DynamoDB BatchWriteItem) or cheap parallelism (S3 objects) override
    // it. On failure nothing says how many went through: the applier reports the whole group as failed.
    virtual Status createMany(ApplyContext &ctx, const QList<Resource> &resources);
    // Default: remove(before) then create(after). Override where the API can update in place.
    virtual Status update(ApplyContext &ctx, const Resource &before, const Resource &after);
    virtual Status remove(ApplyContext &ctx, const Resource &resource) = 0;
};

} // namespace poddeck
