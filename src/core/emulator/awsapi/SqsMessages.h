#pragma once

#include "aws/AwsClient.h"
#include "state/Resource.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <atomic>
#include <functional>

namespace poddeck {

// The messages of one SQS queue, read without consuming them and sent back in order.
//
//   sqs/<account>/<region>/queue/<name>/message/<content hash>-<n>
//       document: Body, MessageAttributes ({name: {DataType, StringValue|BinaryValue}}), MessageGroupId and
//                 MessageDeduplicationId (FIFO queues), Order (position in the queue, 0 first)
//
// Why one child resource per message, keyed by content: a queue is a multiset, and the merge engine merges
// child resources one by one by path. The id is a hash of everything but Order plus an occurrence index
// (the n-th message with that content), so two identical messages are two resources ("…-0", "…-1"), and
// messages added on both sides of a merge have different paths and both arrive without a conflict. The
// same message added on both sides is one resource, as for any other child. Order is in the document, not
// the path, so consuming a message changes the Order of the others (a one-sided change the merge takes)
// rather than every path; restore sorts by Order, then by id. A message is never updated in place (SQS
// cannot), so an update that only moves Order changes nothing. Only visible messages are read, so they are
// sent back with DelaySeconds 0 (standard queues), whatever the queue's default delay.
//
// Reading, where the emulator offers it (PodDeck's moto entry point, probe feature "sqs-peek"), peeks: the
// visible messages in queue order, without receiving them. Elsewhere it receives with a visibility timeout
// and makes every message visible again afterwards (ChangeMessageVisibilityBatch 0); each such read adds one
// to every message's receive count. It is bounded: MaxPerQueue messages, and on FIFO queues SQS hands out at
// most one batch per message group while it is in flight; what was left is said in a warning.
namespace SqsMessages {

using Send = std::function<Result<AwsResponse>(const AwsRequest &)>;

inline constexpr int MaxPerQueue = 1000;
inline constexpr int Rank = 20;
inline const QString Type = QStringLiteral("message");
inline const QString Order = QStringLiteral("Order");

struct Received
{
    QJsonObject document; // without Order
    QString receiptHandle;
};

// Up to `limit` messages in queue order, already made visible again. A failure to release them is
// returned as an error (they come back by themselves when the visibility timeout ends).
Result<QList<Received>> read(const Send &send, const QString &url, int limit);
// Up to `limit` visible messages of queue `name` in queue order, read through the entry point at `endpoint`
// (GET /_poddeck/sqs/<account>/<region>/queues/<name>/messages) without receiving them; receipt handles
// are empty.
Result<QList<Received>> peek(const QUrl &endpoint, const QString &account, const QString &region, const QString &name,
                             int limit, const std::atomic<bool> *cancel = nullptr);
// Child resources of `queuePath` for messages in queue order (ids and Order filled in).
QList<Resource> toResources(const QString &queuePath, const QList<Received> &messages);
// The id part of a message path for a document (Order ignored) and its occurrence.
QString contentHash(const QJsonObject &document);

// Sends messages (any order in; sent by Order, then path) with SendMessageBatch.
Status sendAll(const Send &send, const QString &url, QList<Resource> messages);
// Deletes one message with the same content as `message` (any occurrence: they are alike).
Status removeOne(const Send &send, const QString &url, const Resource &message);

// True for a message path (<queue path>/message/<id>).
bool isMessagePath(const QString &path);

} // namespace SqsMessages
} // namespace poddeck
