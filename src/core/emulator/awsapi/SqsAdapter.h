#pragma once

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// SQS through its JSON protocol.
//
//   sqs/<account>/<region>/queue/<name>   document: Attributes (what CreateQueue takes; RedrivePolicy and
//                                         Policy as JSON), Tags
//
// Server-owned attributes (QueueArn, timestamps, ApproximateNumberOf*) are not kept. A queue whose
// RedrivePolicy names a dead-letter queue is created after queues without one. Messages are not read
// (reading changes their visibility); SnapshotOptions::includeSqsMessages only warns for now.
class SqsAdapter : public ServiceAdapter
{
public:
    static constexpr int QueueRank = 10;
    static constexpr int RedrivenQueueRank = 11;

    QString service() const override { return QStringLiteral("sqs"); }
    int restoreRank(const Resource &resource) const override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;

private:
    static Result<Resource> readQueue(SnapshotContext &ctx, const QString &url);
    static Result<QString> queueUrl(ApplyContext &ctx, const QString &name);
};

} // namespace poddeck
