#pragma once

#include <QSet>

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// SQS through its JSON protocol.
//
//   sqs/<account>/<region>/queue/<name>   document: Attributes (what CreateQueue takes; RedrivePolicy and
//                                         Policy as JSON), Tags
//
//   sqs/<account>/<region>/queue/<name>/message/<hash>-<n>   one message (see SqsMessages.h)
//
// Server-owned attributes (QueueArn, timestamps, ApproximateNumberOf*) are not kept. A queue whose
// RedrivePolicy names a dead-letter queue is created after queues without one (the dead-letter queue must
// exist first). Messages are read when SnapshotOptions::includeSqsMessages is on (the default): peeked where
// the emulator can (SnapshotOptions::sqsPeekEndpoint), else received and released. A queue with a
// RedrivePolicy is only read by peeking: a receive counts toward its maxReceiveCount, so repeated commits
// would move its messages to the dead-letter queue. Messages are sent back after their queues, in order,
// one queue per createMany call; sending does not count as a receive.
class SqsAdapter : public ServiceAdapter
{
public:
    static constexpr int QueueRank = 10;
    static constexpr int RedrivenQueueRank = 11;

    QString service() const override { return QStringLiteral("sqs"); }
    int restoreRank(const Resource &resource) const override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    QString orderedGroup(const Resource &resource) const override;
    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status createMany(ApplyContext &ctx, const QList<Resource> &resources) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;

    // ListQueues answers at most this many queues when it does not page.
    static constexpr int CappedListing = 1000;

private:
    static Status listQueues(SnapshotContext &ctx, const QString &prefix, QSet<QString> &urls);
    static Result<Resource> readQueue(SnapshotContext &ctx, const QString &url, QJsonObject *serverAttributes);
    static Status readMessages(SnapshotContext &ctx, const Resource &queue, const QString &url,
                               const QJsonObject &serverAttributes);
    static Result<QString> queueUrl(ApplyContext &ctx, const QString &name);
};

} // namespace poddeck
