#include "emulator/awsapi/DynamoDbTable.h"

#include "emulator/ApplyContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "util/ErrorText.h"

#include <QJsonArray>
#include <QMap>
#include <QThread>
#include <algorithm>

namespace poddeck {

namespace {

const QString TableName = QStringLiteral("TableName");

AwsRequest request(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::dynamodb(), operation, input);
}

bool isMissing(const Error &e)
{
    return DocumentJson::hasCode(e, {"ResourceNotFoundException"});
}

QJsonArray sortedBy(const QJsonArray &list, const QString &member)
{
    QList<QJsonValue> values(list.begin(), list.end());
    std::sort(values.begin(), values.end(), [&](const QJsonValue &a, const QJsonValue &b) {
        return a[member].toString() < b[member].toString();
    });
    QJsonArray out;
    for (const QJsonValue &v : values)
        out.append(v);
    return out;
}

QJsonObject throughput(const QJsonObject &described)
{
    return {{QStringLiteral("ReadCapacityUnits"), described.value(QStringLiteral("ReadCapacityUnits"))},
            {QStringLiteral("WriteCapacityUnits"), described.value(QStringLiteral("WriteCapacityUnits"))}};
}

QJsonObject projection(QJsonObject p)
{
    if (p.contains(QStringLiteral("NonKeyAttributes"))) {
        QStringList names;
        for (const QJsonValue &n : p.value(QStringLiteral("NonKeyAttributes")).toArray())
            names.append(n.toString());
        names.sort();
        p.insert(QStringLiteral("NonKeyAttributes"), QJsonArray::fromStringList(names));
    }
    return p;
}

QString tableArn(const ApplyContext &ctx, const QString &table)
{
    return QStringLiteral("arn:aws:dynamodb:%1:%2:table/%3").arg(ctx.region(), ctx.account(), table);
}

} // namespace

QJsonObject DynamoDbTable::document(const QJsonObject &table, const QJsonObject &ttl, const QJsonObject &tags)
{
    QJsonObject doc;
    doc.insert(QStringLiteral("KeySchema"), table.value(QStringLiteral("KeySchema")));
    doc.insert(QStringLiteral("AttributeDefinitions"),
               sortedBy(table.value(QStringLiteral("AttributeDefinitions")).toArray(), QStringLiteral("AttributeName")));
    QString billing = table.value(QStringLiteral("BillingModeSummary"))[QStringLiteral("BillingMode")].toString();
    if (billing.isEmpty())
        billing = QStringLiteral("PROVISIONED");
    const bool provisioned = billing == QLatin1String("PROVISIONED");
    doc.insert(QStringLiteral("BillingMode"), billing);
    if (provisioned)
        doc.insert(QStringLiteral("ProvisionedThroughput"), throughput(table.value(QStringLiteral("ProvisionedThroughput")).toObject()));

    QJsonArray gsis;
    for (const QJsonValue &g : table.value(QStringLiteral("GlobalSecondaryIndexes")).toArray()) {
        QJsonObject index{{QStringLiteral("IndexName"), g[QStringLiteral("IndexName")]},
                          {QStringLiteral("KeySchema"), g[QStringLiteral("KeySchema")]},
                          {QStringLiteral("Projection"), projection(g[QStringLiteral("Projection")].toObject())}};
        if (provisioned)
            index.insert(QStringLiteral("ProvisionedThroughput"), throughput(g[QStringLiteral("ProvisionedThroughput")].toObject()));
        gsis.append(index);
    }
    if (!gsis.isEmpty())
        doc.insert(QStringLiteral("GlobalSecondaryIndexes"), sortedBy(gsis, QStringLiteral("IndexName")));
    QJsonArray lsis;
    for (const QJsonValue &l : table.value(QStringLiteral("LocalSecondaryIndexes")).toArray())
        lsis.append(QJsonObject{{QStringLiteral("IndexName"), l[QStringLiteral("IndexName")]},
                                {QStringLiteral("KeySchema"), l[QStringLiteral("KeySchema")]},
                                {QStringLiteral("Projection"), projection(l[QStringLiteral("Projection")].toObject())}});
    if (!lsis.isEmpty())
        doc.insert(QStringLiteral("LocalSecondaryIndexes"), sortedBy(lsis, QStringLiteral("IndexName")));

    const QJsonObject stream = table.value(QStringLiteral("StreamSpecification")).toObject();
    if (stream.value(QStringLiteral("StreamEnabled")).toBool())
        doc.insert(QStringLiteral("StreamSpecification"), stream);
    // The key of a KMS-encrypted table is not kept: emulators make a new one on every creation.
    const QJsonObject sse = table.value(QStringLiteral("SSEDescription")).toObject();
    const QString sseStatus = sse.value(QStringLiteral("Status")).toString();
    if (sseStatus == QLatin1String("ENABLED") || sseStatus == QLatin1String("ENABLING")) {
        QJsonObject spec{{QStringLiteral("Enabled"), true}};
        if (sse.contains(QStringLiteral("SSEType")))
            spec.insert(QStringLiteral("SSEType"), sse.value(QStringLiteral("SSEType")));
        doc.insert(QStringLiteral("SSESpecification"), spec);
    }
    const QString tableClass = table.value(QStringLiteral("TableClassSummary"))[QStringLiteral("TableClass")].toString();
    if (!tableClass.isEmpty() && tableClass != QLatin1String("STANDARD"))
        doc.insert(QStringLiteral("TableClass"), tableClass);
    if (table.value(QStringLiteral("DeletionProtectionEnabled")).toBool())
        doc.insert(QStringLiteral("DeletionProtectionEnabled"), true);

    const QString ttlStatus = ttl.value(QStringLiteral("TimeToLiveStatus")).toString();
    if (ttlStatus == QLatin1String("ENABLED") || ttlStatus == QLatin1String("ENABLING"))
        doc.insert(QStringLiteral("TimeToLive"), QJsonObject{{QStringLiteral("AttributeName"), ttl.value(QStringLiteral("AttributeName"))}});
    if (!tags.isEmpty())
        doc.insert(QStringLiteral("Tags"), tags);
    return doc;
}

Status DynamoDbTable::create(ApplyContext &ctx, const QString &table, const QJsonObject &document)
{
    QJsonObject input = document;
    input.insert(TableName, table);
    const QJsonObject ttl = input.take(QStringLiteral("TimeToLive")).toObject();
    const QJsonObject tags = input.take(QStringLiteral("Tags")).toObject();
    if (!tags.isEmpty())
        input.insert(QStringLiteral("Tags"), DocumentJson::tagList(tags));
    const Result<AwsResponse> r = ctx.send(request(QStringLiteral("CreateTable"), input));
    if (!r && !DocumentJson::hasCode(r.error(), {"ResourceInUseException"}))
        return Error(r.error().code, ErrorText::tr("table %1: %2").arg(table, r.error().message));
    if (Status st = waitActive(ctx, table); !st)
        return st;
    if (!ttl.isEmpty()) {
        const QJsonObject spec{{QStringLiteral("Enabled"), true}, {QStringLiteral("AttributeName"), ttl.value(QStringLiteral("AttributeName"))}};
        if (const Result<AwsResponse> t = ctx.send(request(QStringLiteral("UpdateTimeToLive"),
                                                           {{TableName, table}, {QStringLiteral("TimeToLiveSpecification"), spec}}));
            !t)
            return t.error();
    }
    return {};
}

Status DynamoDbTable::waitActive(ApplyContext &ctx, const QString &table)
{
    for (int attempt = 0; attempt < 600; ++attempt) {
        const Result<AwsResponse> r = ctx.send(request(QStringLiteral("DescribeTable"), {{TableName, table}}));
        if (!r)
            return r.error();
        const QJsonObject t = r->json.value(QStringLiteral("Table")).toObject();
        bool active = t.value(QStringLiteral("TableStatus")).toString() == QLatin1String("ACTIVE");
        for (const QJsonValue &g : t.value(QStringLiteral("GlobalSecondaryIndexes")).toArray())
            active = active && g[QStringLiteral("IndexStatus")].toString(QStringLiteral("ACTIVE")) == QLatin1String("ACTIVE");
        if (active)
            return {};
        if (ctx.isCancelled())
            return Error(Error::Code::Cancelled, ErrorText::tr("cancelled"));
        QThread::msleep(attempt < 20 ? 100 : 500);
    }
    return Error(Error::Code::Network, ErrorText::tr("table %1 did not become ACTIVE").arg(table));
}

Status DynamoDbTable::update(ApplyContext &ctx, const QString &table, const QJsonObject &before,
                                    const QJsonObject &after)
{
    const auto changed = [&](const char *member) { return before.value(QLatin1String(member)) != after.value(QLatin1String(member)); };
    // What only CreateTable sets. Re-creating drops the items; the caller re-creates them as they differ.
    if (changed("KeySchema") || changed("LocalSecondaryIndexes")) {
        const Result<AwsResponse> r = ctx.send(request(QStringLiteral("DeleteTable"), {{TableName, table}}));
        if (!r && !isMissing(r.error()))
            return r.error();
        return create(ctx, table, after);
    }
    const auto send = [&](const QString &op, QJsonObject input) -> Status {
        input.insert(TableName, table);
        if (const Result<AwsResponse> r = ctx.send(request(op, input)); !r)
            return r.error();
        return waitActive(ctx, table);
    };

    if (changed("BillingMode") || changed("ProvisionedThroughput")) {
        QJsonObject input{{QStringLiteral("BillingMode"), after.value(QStringLiteral("BillingMode"))}};
        if (after.contains(QStringLiteral("ProvisionedThroughput")))
            input.insert(QStringLiteral("ProvisionedThroughput"), after.value(QStringLiteral("ProvisionedThroughput")));
        if (Status st = send(QStringLiteral("UpdateTable"), input); !st)
            return st;
    }
    if (changed("StreamSpecification")) {
        const QJsonValue spec = after.value(QStringLiteral("StreamSpecification"));
        const QJsonObject input{{QStringLiteral("StreamSpecification"),
                                 spec.isObject() ? spec : QJsonObject{{QStringLiteral("StreamEnabled"), false}}}};
        if (Status st = send(QStringLiteral("UpdateTable"), input); !st)
            return st;
    }
    for (const char *member : {"SSESpecification", "TableClass", "DeletionProtectionEnabled"}) {
        if (!changed(member))
            continue;
        QJsonValue v = after.value(QLatin1String(member));
        if (v.isUndefined()) // back to the defaults
            v = QLatin1String(member) == QLatin1String("SSESpecification") ? QJsonValue(QJsonObject{{QStringLiteral("Enabled"), false}})
                : QLatin1String(member) == QLatin1String("TableClass") ? QJsonValue(QStringLiteral("STANDARD"))
                                                                        : QJsonValue(false);
        if (Status st = send(QStringLiteral("UpdateTable"), {{QLatin1String(member), v}}); !st)
            return st;
    }

    // Global indexes: one change per UpdateTable, as DynamoDB requires.
    QMap<QString, QJsonObject> oldIndexes, newIndexes;
    for (const QJsonValue &g : before.value(QStringLiteral("GlobalSecondaryIndexes")).toArray())
        oldIndexes.insert(g[QStringLiteral("IndexName")].toString(), g.toObject());
    for (const QJsonValue &g : after.value(QStringLiteral("GlobalSecondaryIndexes")).toArray())
        newIndexes.insert(g[QStringLiteral("IndexName")].toString(), g.toObject());
    for (auto it = oldIndexes.begin(); it != oldIndexes.end(); ++it) {
        const QJsonObject fresh = newIndexes.value(it.key());
        QJsonObject change;
        if (fresh.isEmpty() || fresh.value(QStringLiteral("KeySchema")) != it->value(QStringLiteral("KeySchema"))
            || fresh.value(QStringLiteral("Projection")) != it->value(QStringLiteral("Projection")))
            change = {{QStringLiteral("Delete"), QJsonObject{{QStringLiteral("IndexName"), it.key()}}}};
        else if (fresh != *it && fresh.contains(QStringLiteral("ProvisionedThroughput")))
            change = {{QStringLiteral("Update"), QJsonObject{{QStringLiteral("IndexName"), it.key()},
                                                             {QStringLiteral("ProvisionedThroughput"), fresh.value(QStringLiteral("ProvisionedThroughput"))}}}};
        if (!change.isEmpty()) {
            if (Status st = send(QStringLiteral("UpdateTable"), {{QStringLiteral("GlobalSecondaryIndexUpdates"), QJsonArray{change}}}); !st)
                return st;
            if (change.contains(QStringLiteral("Delete")) && !fresh.isEmpty())
                oldIndexes[it.key()] = {}; // re-created below
        }
    }
    for (auto it = newIndexes.begin(); it != newIndexes.end(); ++it) {
        if (!oldIndexes.value(it.key()).isEmpty())
            continue;
        const QJsonObject input{{QStringLiteral("AttributeDefinitions"), after.value(QStringLiteral("AttributeDefinitions"))},
                                {QStringLiteral("GlobalSecondaryIndexUpdates"), QJsonArray{QJsonObject{{QStringLiteral("Create"), *it}}}}};
        if (Status st = send(QStringLiteral("UpdateTable"), input); !st)
            return st;
    }

    if (changed("TimeToLive")) {
        const QJsonObject oldTtl = before.value(QStringLiteral("TimeToLive")).toObject();
        const QJsonObject newTtl = after.value(QStringLiteral("TimeToLive")).toObject();
        const QJsonObject spec = newTtl.isEmpty()
            ? QJsonObject{{QStringLiteral("Enabled"), false}, {QStringLiteral("AttributeName"), oldTtl.value(QStringLiteral("AttributeName"))}}
            : QJsonObject{{QStringLiteral("Enabled"), true}, {QStringLiteral("AttributeName"), newTtl.value(QStringLiteral("AttributeName"))}};
        if (const Result<AwsResponse> r = ctx.send(request(QStringLiteral("UpdateTimeToLive"),
                                                           {{TableName, table}, {QStringLiteral("TimeToLiveSpecification"), spec}}));
            !r)
            return r.error();
    }

    const QJsonObject oldTags = before.value(QStringLiteral("Tags")).toObject();
    const QJsonObject newTags = after.value(QStringLiteral("Tags")).toObject();
    QJsonArray untag;
    QJsonObject tag;
    for (const QString &k : DocumentJson::changedKeys(oldTags, newTags)) {
        if (newTags.contains(k))
            tag.insert(k, newTags.value(k));
        else
            untag.append(k);
    }
    const QString arn = tableArn(ctx, table);
    if (!untag.isEmpty()) {
        if (const Result<AwsResponse> r = ctx.send(request(QStringLiteral("UntagResource"),
                                                           {{QStringLiteral("ResourceArn"), arn}, {QStringLiteral("TagKeys"), untag}}));
            !r)
            return r.error();
    }
    if (!tag.isEmpty()) {
        if (const Result<AwsResponse> r = ctx.send(request(QStringLiteral("TagResource"),
                                                           {{QStringLiteral("ResourceArn"), arn}, {QStringLiteral("Tags"), DocumentJson::tagList(tag)}}));
            !r)
            return r.error();
    }
    return {};
}

} // namespace poddeck
