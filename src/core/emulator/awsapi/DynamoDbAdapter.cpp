#include "emulator/awsapi/DynamoDbAdapter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DynamoDbItemKey.h"
#include "emulator/awsapi/DynamoDbTable.h"
#include "emulator/awsapi/DocumentJson.h"
#include "util/ParallelTasks.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QJsonArray>
#include <QMap>
#include <QThread>
#include <algorithm>

namespace poddeck {

namespace {

const QString TableType = QStringLiteral("table");
const QString ItemType = QStringLiteral("item");
const QString ItemMember = QStringLiteral("Item");
const QString TableName = QStringLiteral("TableName");

struct DdbPath
{
    QString table;
    QString item;
    bool isItem = false;
    bool valid = false;
};

DdbPath parsePath(const QString &path)
{
    const QStringList seg = ResourcePath::segments(path);
    DdbPath p;
    if (seg.size() == 5 && seg[3] == TableType) {
        p.table = seg[4];
        p.valid = true;
    } else if (seg.size() == 7 && seg[3] == TableType && seg[5] == ItemType) {
        p.table = seg[4];
        p.item = seg[6];
        p.isItem = true;
        p.valid = true;
    }
    return p;
}

Error badPath(const QString &path)
{
    return Error(Error::Code::InvalidArgument, ErrorText::tr("not a DynamoDB table or item path: %1").arg(path));
}

AwsRequest request(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::dynamodb(), operation, input);
}

bool isMissing(const Error &e)
{
    return DocumentJson::hasCode(e, {"ResourceNotFoundException"});
}

QJsonValue normalizedValue(const QJsonValue &value)
{
    QJsonObject typed = value.toObject();
    for (const QString &set : {QStringLiteral("SS"), QStringLiteral("NS"), QStringLiteral("BS")}) {
        if (typed.contains(set)) {
            QStringList members;
            for (const QJsonValue &m : typed.value(set).toArray())
                members.append(m.toString());
            members.sort();
            typed.insert(set, QJsonArray::fromStringList(members));
        }
    }
    if (typed.contains(QStringLiteral("M")))
        typed.insert(QStringLiteral("M"), DynamoDbAdapter::normalizedItem(typed.value(QStringLiteral("M")).toObject()));
    if (typed.contains(QStringLiteral("L"))) {
        QJsonArray list;
        for (const QJsonValue &v : typed.value(QStringLiteral("L")).toArray())
            list.append(normalizedValue(v));
        typed.insert(QStringLiteral("L"), list);
    }
    return typed;
}

} // namespace

int DynamoDbAdapter::restoreRank(const Resource &resource) const
{
    return parsePath(resource.path).isItem ? ItemRank : TableRank;
}

QJsonObject DynamoDbAdapter::normalizedItem(const QJsonObject &item)
{
    QJsonObject out;
    for (auto it = item.begin(); it != item.end(); ++it)
        out.insert(it.key(), normalizedValue(it.value()));
    return out;
}

Result<bool> DynamoDbAdapter::hasResources(SnapshotContext &ctx)
{
    const Result<AwsResponse> r = ctx.send(request(QStringLiteral("ListTables"), {{QStringLiteral("Limit"), 1}}));
    if (!r)
        return r.error();
    return !r->json.value(QStringLiteral("TableNames")).toArray().isEmpty();
}

Status DynamoDbAdapter::snapshot(SnapshotContext &ctx)
{
    QStringList tables;
    Status st = AwsPaginator::forEachPage(ctx.client(), request(QStringLiteral("ListTables"), {{QStringLiteral("Limit"), AwsPaginator::pageSize(100)}}),
                                          PageToken::dynamodbListTables(), [&](const AwsResponse &page) {
        for (const QJsonValue &t : page.json.value(QStringLiteral("TableNames")).toArray())
            tables.append(t.toString());
        return true;
    }, ctx.cancelFlag());
    if (!st)
        return st;
    for (const QString &table : tables) {
        if (Status t = snapshotTable(ctx, table); !t)
            return Error(t.error().code, ErrorText::tr("table %1: %2").arg(table, t.error().message));
    }
    return {};
}

Status DynamoDbAdapter::snapshotTable(SnapshotContext &ctx, const QString &table)
{
    const Result<AwsResponse> described = ctx.send(request(QStringLiteral("DescribeTable"), {{TableName, table}}));
    if (!described) // deleted since listing
        return isMissing(described.error()) ? Status() : Status(described);
    const QJsonObject description = described->json.value(QStringLiteral("Table")).toObject();
    const Result<AwsResponse> ttl = ctx.send(request(QStringLiteral("DescribeTimeToLive"), {{TableName, table}}));
    if (!ttl)
        return ttl.error();
    QJsonObject tags;
    const AwsRequest listTags = request(QStringLiteral("ListTagsOfResource"),
                                        {{QStringLiteral("ResourceArn"), description.value(QStringLiteral("TableArn"))}});
    Status st = AwsPaginator::forEachPage(ctx.client(), listTags, PageToken::nextToken(), [&](const AwsResponse &page) {
        const QJsonObject more = DocumentJson::tagMap(page.json.value(QStringLiteral("Tags")).toArray());
        for (auto it = more.begin(); it != more.end(); ++it)
            tags.insert(it.key(), it.value());
        return true;
    }, ctx.cancelFlag());
    if (!st)
        return st;

    const QString tablePath = ctx.path(TableType, table);
    const QJsonObject doc = DynamoDbTable::document(description, ttl->json.value(QStringLiteral("TimeToLiveDescription")).toObject(), tags);
    if (Status added = ctx.add(Resource{tablePath, doc, {}}); !added)
        return added;
    return snapshotItems(ctx, table, tablePath, description);
}

Status DynamoDbAdapter::snapshotItems(SnapshotContext &ctx, const QString &table, const QString &tablePath,
                                      const QJsonObject &description)
{
    const QList<DynamoDbItemKey::Attribute> schema = DynamoDbItemKey::schemaOf(description);
    // moto (5.2) fails with a 500 on a segmented Scan of a table whose hash key is binary: read those whole.
    const bool binaryHash = !schema.isEmpty() && schema.first().type == QLatin1String("B");
    const int segments = binaryHash ? 1 : ScanSegments;
    return ParallelTasks::forEach(segments, [&](qsizetype segment) -> Status {
        // Bounded pages: moto ignores the 1 MB page limit and would answer a 100,000-item table in one
        // response that takes longer than the request timeout to compute.
        QJsonObject input{{TableName, table}, {QStringLiteral("ConsistentRead"), true},
                          {QStringLiteral("Limit"), AwsPaginator::pageSize(1000)}};
        if (segments > 1) {
            input.insert(QStringLiteral("Segment"), int(segment));
            input.insert(QStringLiteral("TotalSegments"), segments);
        }
        for (int page = 0; page < AwsPaginator::MaxPages; ++page) {
            const Result<AwsResponse> r = ctx.send(request(QStringLiteral("Scan"), input));
            if (!r)
                return r.error();
            for (const QJsonValue &v : r->json.value(QStringLiteral("Items")).toArray()) {
                const QJsonObject item = normalizedItem(v.toObject());
                const Result<QString> id = DynamoDbItemKey::encode(schema, item);
                if (!id)
                    return id.error();
                const Resource resource{ResourcePath::child(tablePath, ItemType, *id), {{ItemMember, item}}, {}};
                if (Status added = ctx.add(resource); !added)
                    return added;
            }
            const QJsonObject last = r->json.value(QStringLiteral("LastEvaluatedKey")).toObject();
            if (last.isEmpty())
                return {};
            if (input.value(QStringLiteral("ExclusiveStartKey")).toObject() == last)
                return Error(Error::Code::Corrupt, ErrorText::tr("Scan of %1 returned the same page key twice").arg(table));
            input.insert(QStringLiteral("ExclusiveStartKey"), last);
        }
        return Error(Error::Code::LimitExceeded, ErrorText::tr("Scan of %1: too many pages").arg(table));
    }, segments, ctx.cancelFlag());
}

Status DynamoDbAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    const DdbPath p = parsePath(resource.path);
    if (!p.valid)
        return badPath(resource.path);
    if (!p.isItem)
        return DynamoDbTable::create(ctx, p.table, resource.document);
    const Result<AwsResponse> r = ctx.send(request(QStringLiteral("PutItem"),
                                                   {{TableName, p.table}, {ItemMember, resource.document.value(ItemMember)}}));
    if (!r)
        return Error(r.error().code, ErrorText::tr("item %1 of %2: %3").arg(p.item, p.table, r.error().message));
    return {};
}

Status DynamoDbAdapter::createMany(ApplyContext &ctx, const QList<Resource> &resources)
{
    QMap<QString, QList<QJsonObject>> items; // table -> items
    for (const Resource &r : resources) {
        const DdbPath p = parsePath(r.path);
        if (!p.valid)
            return badPath(r.path);
        if (p.isItem)
            items[p.table].append(r.document.value(ItemMember).toObject());
        else if (Status st = DynamoDbTable::create(ctx, p.table, r.document); !st)
            return st;
    }
    struct Batch
    {
        QString table;
        QList<QJsonObject> items;
    };
    QList<Batch> batches;
    for (auto it = items.begin(); it != items.end(); ++it) {
        for (qsizetype i = 0; i < it->size(); i += BatchSize)
            batches.append({it.key(), it->mid(i, BatchSize)});
    }
    return ParallelTasks::forEach(batches.size(), [&](qsizetype i) {
        return batchWrite(ctx, batches[i].table, batches[i].items);
    }, BatchesInFlight);
}

Status DynamoDbAdapter::batchWrite(ApplyContext &ctx, const QString &table, const QList<QJsonObject> &items)
{
    QJsonArray writes;
    for (const QJsonObject &item : items)
        writes.append(QJsonObject{{QStringLiteral("PutRequest"), QJsonObject{{ItemMember, item}}}});
    QJsonObject pending{{table, writes}};
    int delayMs = 50;
    for (int attempt = 0; attempt < 10; ++attempt) {
        if (ctx.isCancelled())
            return Error(Error::Code::Cancelled, ErrorText::tr("cancelled"));
        const Result<AwsResponse> r = ctx.send(request(QStringLiteral("BatchWriteItem"), {{QStringLiteral("RequestItems"), pending}}));
        if (!r)
            return Error(r.error().code, ErrorText::tr("items of %1: %2").arg(table, r.error().message));
        pending = r->json.value(QStringLiteral("UnprocessedItems")).toObject();
        if (pending.isEmpty())
            return {};
        QThread::msleep(delayMs); // the table is throttling: back off before sending the rest
        delayMs = std::min(delayMs * 2, 2000);
    }
    return Error(Error::Code::LimitExceeded, ErrorText::tr("items of %1: still unprocessed after 10 attempts").arg(table));
}

Status DynamoDbAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    const DdbPath p = parsePath(after.path);
    if (!p.valid)
        return badPath(after.path);
    if (p.isItem) // PutItem replaces the whole item
        return create(ctx, after);
    return DynamoDbTable::update(ctx, p.table, before.document, after.document);
}

Status DynamoDbAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    const DdbPath p = parsePath(resource.path);
    if (!p.valid)
        return badPath(resource.path);
    if (!p.isItem) {
        const Result<AwsResponse> r = ctx.send(request(QStringLiteral("DeleteTable"), {{TableName, p.table}}));
        return r || isMissing(r.error()) ? Status() : Status(r);
    }
    const Result<AwsResponse> described = ctx.send(request(QStringLiteral("DescribeTable"), {{TableName, p.table}}));
    if (!described)
        return isMissing(described.error()) ? Status() : Status(described);
    const auto schema = DynamoDbItemKey::schemaOf(described->json.value(QStringLiteral("Table")).toObject());
    const QJsonObject item = resource.document.value(ItemMember).toObject();
    QJsonObject key = DynamoDbItemKey::keyOf(schema, item);
    if (item.isEmpty()) { // a document without its item: the id still names the key
        const Result<QJsonObject> decoded = DynamoDbItemKey::decode(schema, p.item);
        if (!decoded)
            return decoded.error();
        key = *decoded;
    }
    const Result<AwsResponse> r = ctx.send(request(QStringLiteral("DeleteItem"), {{TableName, p.table}, {QStringLiteral("Key"), key}}));
    return r || isMissing(r.error()) ? Status() : Status(r);
}

} // namespace poddeck
