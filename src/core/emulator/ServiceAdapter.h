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
//
// One shape for every adapter, files in emulator/awsapi/ named after the service as AwsService names it:
//   <Service>Adapter.{h,cpp}  required: the ServiceAdapter, the only type the registry and the tests see.
//                             Its header declares the overrides and nothing else; request builders,
//                             document member names and resource types stay in the .cpp's anonymous
//                             namespace.
//   <Service><Part>.{h,cpp}   optional, once the adapter passes ~400 lines: a namespace of free functions
//                             for one part of the service, taking the context (SnapshotContext or
//                             ApplyContext) or an AwsPaginator::Send: SqsMessages, SsmHistory, SecretVersions,
//                             LambdaLayers, DynamoDbTable, S3BucketConfig. A value type a part needs is a
//                             class of its own (DynamoDbItemKey). IamWriter and LambdaWriter, classes that
//                             carry an ApplyContext, are the older shape; new parts are namespaces.
//   <Service>Api.{h,cpp}      optional: constants and request builders that several part files share
//                             (LambdaApi, IamQuery).
// Every adapter uses the same helpers: AwsRequest::json/query/restJson/s3 to build calls, ctx.send() to
// send them (the context's cancel flag), AwsPaginator::forEachPage with AwsPaginator::pageSize(<the API's
// maximum>) for every listing (it refuses a token that comes back, and PODDECK_PAGE_SIZE lets the tests
// page with a few resources), and DocumentJson for documents: tags as a {key: value} object
// (tagMap/tagList), policies and other embedded JSON parsed (policyValue, embeddedFromText), server
// defaults left out (pick), "not there" errors told by DocumentJson::hasCode.
//
// Adding a service is one adapter, one test and one registry line:
//  1. aws/AwsService: the protocol facts from botocore's service-2.json "metadata" (one function).
//  2. emulator/awsapi/<Service>Adapter.{h,cpp}: a ServiceAdapter of the shape above. Paths come from
//     ctx.path(type, id); children users think of separately use ResourcePath::child. Say in ctx.warn()
//     what the API cannot give back, so the commit result shows it.
//  3. List the files in the group's awsapi_*.cmake and add the adapter to awsApiAdapters() in
//     AdapterRegistry.cpp (one line, and its #include). Snapshot, apply, reset and the inject preflight of
//     every Emulator implementation (Emulator.h) find the adapter there.
//  4. tests/emulator/tst_<service>adapter.cpp: create resources with raw API calls against moto, snapshot,
//     reset, restore, snapshot again (AdapterHarness): equal roots, fields checked through the API, an
//     update, a delete, and more than one page of everything the adapter lists; plus the service's state
//     in tests/fidelity (boto3 builder and describer).
class ServiceAdapter
{
public:
    virtual ~ServiceAdapter() = default;

    // The first path segment, LocalStack's service name: "s3", "sqs", "ecs", "stepfunctions", "apigateway" ...
    virtual QString service() const = 0;
    // Global services (IAM) live in region "global" and are read once per account.
    virtual bool isGlobal() const { return false; }
    // Restore order across all services: lower ranks are created first and deleted last. Guide:
    // 0 IAM; 5 KMS keys (before what they encrypt); 10 S3 buckets, SQS queues, SNS topics, DynamoDB
    // tables, secrets, parameters, REST APIs; 12-14 event buses, rules, archives; 20 children (objects,
    // items, subscriptions); 30 Lambda layers and functions; 35 state machines; 36+ what calls them
    // (EventBridge targets, API Gateway resources by depth; CloudWatch Logs subscription filters at 35);
    // 40 event source mappings; 47 API stages. ECS numbers task definition revisions itself, so revision n
    // of any family has rank 1000+n (registered in number order) and ECS services 1,001,001, after them all.
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
    // Creates whose order matters (SQS messages of one queue) share a non-empty key: the applier hands them
    // to one createMany() call however many there are, and the adapter sends them in order. Default: none.
    virtual QString orderedGroup(const Resource &) const { return {}; }
    // Default: remove(before) then create(after). Override where the API can update in place.
    virtual Status update(ApplyContext &ctx, const Resource &before, const Resource &after);
    virtual Status remove(ApplyContext &ctx, const Resource &resource) = 0;

    // Inject preflight (jobs/InjectPreflight.h), checked before anything changes. Why `resource` cannot
    // be written from what the version holds (a Lambda function without its code), empty when it can;
    // `live` is the instance's resource for an update, null for a create. A second line, after '\n', says
    // what the user can do (else the preflight suggests supplying the missing code). Default: always writable.
    virtual QString unrestorable(const Resource & /*resource*/, const Resource * /*live*/) const { return {}; }
    // Resource paths (any service) that must exist for `resource` to be created: a Lambda function's
    // role, a mapping's queue. The parent of a child resource is implied. Default: none.
    virtual QStringList dependencies(const Resource & /*resource*/) const { return {}; }
};

} // namespace poddeck
