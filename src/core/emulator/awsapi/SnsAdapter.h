#pragma once

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// SNS through its query protocol.
//
//   sns/<account>/<region>/topic/<name>                          document: Attributes, Tags
//   sns/<account>/<region>/topic/<name>/subscription/<protocol>:<endpoint>
//                                                                document: Protocol, Endpoint, Attributes
//
// A subscription is named by what it connects, not by its random SubscriptionArn, so the same state
// re-created elsewhere has the same paths. Subscriptions are created after SQS queues (rank 25), since an
// sqs subscription must find its queue.
class SnsAdapter : public ServiceAdapter
{
public:
    static constexpr int TopicRank = 10;
    static constexpr int SubscriptionRank = 25;

    QString service() const override { return QStringLiteral("sns"); }
    int restoreRank(const Resource &resource) const override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;

private:
    static Status snapshotTopic(SnapshotContext &ctx, const QString &topicArn);
    static Result<QString> findSubscription(ApplyContext &ctx, const QString &topicArn, const QString &protocol,
                                            const QString &endpoint);
};

} // namespace poddeck
