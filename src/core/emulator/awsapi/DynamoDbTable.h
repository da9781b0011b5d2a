#pragma once

#include "util/Result.h"

#include <QJsonObject>

namespace poddeck {

class ApplyContext;

// A DynamoDB table's own settings (not its items): the document DynamoDbAdapter keeps, and how to
// create a table from it or move a live table from one document to another.
namespace DynamoDbTable {

// The document from DescribeTable's "Table", DescribeTimeToLive's description and the tags: what
// CreateTable takes (plus TimeToLive and Tags), nothing the server assigns (ARN, ids, times, counts,
// stream labels, the generated KMS key).
QJsonObject document(const QJsonObject &table, const QJsonObject &ttl, const QJsonObject &tags);

// CreateTable, wait until ACTIVE, then UpdateTimeToLive. A table that already exists is kept.
Status create(ApplyContext &ctx, const QString &table, const QJsonObject &document);
// In place where UpdateTable can (billing, throughput, streams, SSE, class, GSIs one at a time, TTL,
// tags); a different key schema or LSI set re-creates the table (its items must then be re-created).
Status update(ApplyContext &ctx, const QString &table, const QJsonObject &before,
              const QJsonObject &after);
Status waitActive(ApplyContext &ctx, const QString &table);

} // namespace DynamoDbTable

} // namespace poddeck
