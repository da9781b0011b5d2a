#pragma once

#include "emulator/ServiceAdapter.h"

#include <QJsonObject>
#include <QList>

namespace poddeck {

// DynamoDB through its JSON 1.0 protocol.
//
//   dynamodb/<account>/<region>/table/<name>              document: KeySchema, AttributeDefinitions,
//       BillingMode, ProvisionedThroughput, Global/LocalSecondaryIndexes, StreamSpecification,
//       SSESpecification, TableClass, DeletionProtectionEnabled, TimeToLive {AttributeName}, Tags
//   dynamodb/<account>/<region>/table/<name>/item/<key>   document: {"Item": <DynamoDB JSON>}
//                                                         (<key>: DynamoDbItemKey)
//
// Items are read with a parallel Scan and written in BatchWriteItem batches (createMany()). Sets (SS, NS,
// BS) are sorted, since DynamoDB returns them in no fixed order.
class DynamoDbAdapter : public ServiceAdapter
{
public:
    static constexpr int TableRank = 10;
    static constexpr int ItemRank = 20;
    static constexpr int ScanSegments = 4;
    static constexpr int BatchSize = 25;      // BatchWriteItem's limit
    static constexpr int BatchesInFlight = 4;

    QString service() const override { return QStringLiteral("dynamodb"); }
    int restoreRank(const Resource &resource) const override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;

    // The batching path: tables are created one by one (in the order given), then items go in
    // BatchWriteItem batches of 25, several batches at once, retrying UnprocessedItems. create() stays
    // the one-at-a-time form.
    Status createMany(ApplyContext &ctx, const QList<Resource> &resources) override;

    // An item with its sets sorted (recursively), so equal items have equal documents.
    static QJsonObject normalizedItem(const QJsonObject &item);

private:
    static Status snapshotTable(SnapshotContext &ctx, const QString &table);
    static Status snapshotItems(SnapshotContext &ctx, const QString &table, const QString &tablePath,
                                const QJsonObject &description);
    static Status batchWrite(ApplyContext &ctx, const QString &table, const QList<QJsonObject> &items);
};

} // namespace poddeck
