#include "emulator/awsapi/LogsAdapter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QJsonArray>
#include <QMap>

namespace poddeck {

namespace {

const QString LogGroup = QStringLiteral("log-group");
const QString MetricFilter = QStringLiteral("metric-filter");
const QString SubscriptionFilter = QStringLiteral("subscription-filter");
const QString LogStream = QStringLiteral("log-stream");
const QString LogGroupName = QStringLiteral("logGroupName");
const QString LogStreamName = QStringLiteral("logStreamName");
const QString FilterName = QStringLiteral("filterName");
const QString FilterPattern = QStringLiteral("filterPattern");
const QString Retention = QStringLiteral("retentionInDays");
const QString KmsKeyId = QStringLiteral("kmsKeyId");
const QString Tags = QStringLiteral("tags");
const QString Events = QStringLiteral("events");
const QString Timestamp = QStringLiteral("timestamp");
const QString Message = QStringLiteral("message");
const QString NextToken = QStringLiteral("nextToken");

const QStringList GroupKeys{Retention, KmsKeyId, QStringLiteral("logGroupClass")};
const QStringList MetricFilterKeys{QStringLiteral("metricTransformations"), QStringLiteral("applyOnTransformedLogs"),
                                   QStringLiteral("fieldSelectionCriteria"), QStringLiteral("emitSystemFieldDimensions")};
const QStringList SubscriptionFilterKeys{QStringLiteral("destinationArn"), QStringLiteral("roleArn"), QStringLiteral("distribution"),
                                         QStringLiteral("applyOnTransformedLogs"), QStringLiteral("fieldSelectionCriteria"),
                                         QStringLiteral("emitSystemFields")};
const PageToken LogsToken{NextToken, NextToken, {}};
// PutLogEvents' limits: events and bytes per batch (26 bytes of overhead each), and the span of one batch.
constexpr int BatchEvents = 10000;
constexpr qint64 BatchBytes = 1048576;
constexpr qint64 BatchSpanMs = 24LL * 3600 * 1000;

AwsRequest logs(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::logs(), operation, input);
}

// Every item of `member` over all pages of a describe call.
Result<QJsonArray> describeAll(SnapshotContext &ctx, const QString &operation, const QJsonObject &input, const QString &member)
{
    QJsonArray out;
    Status st = AwsPaginator::forEachPage(ctx.client(), logs(operation, input), LogsToken, [&](const AwsResponse &page) {
        for (const QJsonValue &v : page.json.value(member).toArray())
            out.append(v);
        return true;
    }, ctx.cancelFlag());
    if (!st)
        return st.error();
    return out;
}

// A filter's document: its pattern (may be empty, and is still part of it) and the members `keys`.
QJsonObject filterDocument(const QJsonObject &filter, const QStringList &keys)
{
    QJsonObject doc = DocumentJson::pick(filter, keys);
    doc.insert(FilterPattern, filter.value(FilterPattern).toString());
    return doc;
}

// The newest events of a stream, oldest first: GetLogEvents read backwards from the end until the
// bound; `truncated` says whether older events were left out.
Result<QJsonArray> readEvents(SnapshotContext &ctx, const QString &group, const QString &stream, bool *truncated)
{
    QList<QJsonArray> pages; // newest page first
    int count = 0;
    qint64 bytes = 0;
    *truncated = false;
    QJsonObject in{{LogGroupName, group}, {LogStreamName, stream}, {QStringLiteral("startFromHead"), false}, {QStringLiteral("limit"), 1000}};
    for (int page = 0; page < AwsPaginator::MaxPages; ++page) {
        Result<AwsResponse> r = ctx.send(logs(QStringLiteral("GetLogEvents"), in));
        if (!r)
            return r.error();
        const QJsonArray events = r->json.value(Events).toArray();
        QJsonArray kept;
        for (qsizetype i = events.size() - 1; i >= 0; --i) {
            const QString message = events[i][Message].toString();
            if (count == LogsAdapter::MaxEvents || bytes + message.size() > LogsAdapter::MaxEventBytes) {
                *truncated = true;
                break;
            }
            kept.prepend(QJsonObject{{Timestamp, events[i][Timestamp]}, {Message, message}});
            ++count;
            bytes += message.size();
        }
        pages.prepend(kept);
        // The end: no events, or the same token back (CloudWatch's way of saying so).
        const QString token = r->json.value(QStringLiteral("nextBackwardToken")).toString();
        if (*truncated || events.isEmpty() || token.isEmpty() || token == in.value(NextToken).toString())
            break;
        in.insert(NextToken, token);
    }
    QJsonArray out;
    for (const QJsonArray &p : std::as_const(pages))
        for (const QJsonValue &e : p)
            out.append(e);
    return out;
}

Status readGroup(SnapshotContext &ctx, const QJsonObject &group)
{
    const QString name = group.value(LogGroupName).toString();
    const QString groupPath = ctx.path(LogGroup, name);
    QJsonObject doc = DocumentJson::pick(group, GroupKeys);
    if (group.value(QStringLiteral("deletionProtectionEnabled")).toBool())
        doc.insert(QStringLiteral("deletionProtectionEnabled"), true);
    QString arn = group.value(QStringLiteral("logGroupArn")).toString();
    if (arn.isEmpty())
        arn = group.value(QStringLiteral("arn")).toString().chopped(2); // "...:log-group:NAME:*"
    Result<AwsResponse> tags = ctx.send(logs(QStringLiteral("ListTagsForResource"), {{QStringLiteral("resourceArn"), arn}}));
    if (!tags)
        return tags.error();
    if (QJsonObject map = tags->json.value(Tags).toObject(); !map.isEmpty())
        doc.insert(Tags, map);
    if (Status st = ctx.add(Resource{groupPath, doc, {}}); !st)
        return st;

    Result<QJsonArray> metric = describeAll(ctx, QStringLiteral("DescribeMetricFilters"), {{LogGroupName, name}}, QStringLiteral("metricFilters"));
    if (!metric)
        return metric.error();
    QMap<QString, QJsonObject> metricFilters; // moto lists a filter put twice twice: the later one is current
    for (const QJsonValue &f : std::as_const(*metric))
        metricFilters.insert(f[FilterName].toString(), filterDocument(f.toObject(), MetricFilterKeys));
    for (auto it = metricFilters.cbegin(); it != metricFilters.cend(); ++it)
        if (Status st = ctx.add(Resource{ResourcePath::child(groupPath, MetricFilter, it.key()), it.value(), {}}); !st)
            return st;
    Result<QJsonArray> subscription = describeAll(ctx, QStringLiteral("DescribeSubscriptionFilters"), {{LogGroupName, name}},
                                                  QStringLiteral("subscriptionFilters"));
    if (!subscription)
        return subscription.error();
    for (const QJsonValue &f : std::as_const(*subscription))
        if (Status st = ctx.add(Resource{ResourcePath::child(groupPath, SubscriptionFilter, f[FilterName].toString()),
                                         filterDocument(f.toObject(), SubscriptionFilterKeys), {}}); !st)
            return st;

    Result<QJsonArray> streams = describeAll(ctx, QStringLiteral("DescribeLogStreams"), {{LogGroupName, name}, {QStringLiteral("limit"), 50}},
                                             QStringLiteral("logStreams"));
    if (!streams)
        return streams.error();
    for (const QJsonValue &s : std::as_const(*streams)) {
        const QString stream = s[LogStreamName].toString();
        bool truncated = false;
        Result<QJsonArray> events = readEvents(ctx, name, stream, &truncated);
        if (!events)
            return events.error();
        if (truncated)
            ctx.warn(ErrorText::tr("log stream %1 in log group %2 (%3) holds more than %4 events or %5 MiB: only the newest were recorded")
                         .arg(stream, name, ctx.region()).arg(LogsAdapter::MaxEvents).arg(LogsAdapter::MaxEventBytes / (1024 * 1024)));
        QJsonObject streamDoc;
        if (!events->isEmpty())
            streamDoc.insert(Events, *events);
        if (Status st = ctx.add(Resource{ResourcePath::child(groupPath, LogStream, stream), streamDoc, {}}); !st)
            return st;
    }
    return {};
}

// Writes events (in timestamp order) in batches PutLogEvents accepts.
Status putEvents(ApplyContext &ctx, const QString &group, const QString &stream, const QJsonArray &events)
{
    QJsonArray batch;
    qint64 bytes = 0, first = 0;
    auto flush = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        Status st = ctx.send(logs(QStringLiteral("PutLogEvents"), {{LogGroupName, group}, {LogStreamName, stream}, {QStringLiteral("logEvents"), batch}}));
        batch = {};
        bytes = 0;
        return st;
    };
    for (const QJsonValue &e : events) {
        const qint64 size = e[Message].toString().toUtf8().size() + 26;
        const qint64 ts = qint64(e[Timestamp].toDouble());
        if (!batch.isEmpty() && (batch.size() == BatchEvents || bytes + size > BatchBytes || ts - first > BatchSpanMs))
            if (Status st = flush(); !st)
                return st;
        if (batch.isEmpty())
            first = ts;
        batch.append(e);
        bytes += size;
    }
    return flush();
}

Status putFilter(ApplyContext &ctx, const QStringList &seg, const QJsonObject &doc)
{
    QJsonObject in = doc;
    in.insert(LogGroupName, seg[4]);
    in.insert(FilterName, seg[6]);
    return ctx.send(logs(seg[5] == MetricFilter ? QStringLiteral("PutMetricFilter") : QStringLiteral("PutSubscriptionFilter"), in));
}

Status setTags(ApplyContext &ctx, const QString &group, const QJsonObject &before, const QJsonObject &after)
{
    const QStringList removed = DocumentJson::tagsToRemove(before, after);
    const QJsonObject set = DocumentJson::tagsToSet(before, after);
    if (removed.isEmpty() && set.isEmpty())
        return {};
    Result<AwsResponse> d = ctx.send(logs(QStringLiteral("DescribeLogGroups"), {{QStringLiteral("logGroupNamePrefix"), group}}));
    if (!d)
        return d.error();
    QString arn;
    for (const QJsonValue &g : d->json.value(QStringLiteral("logGroups")).toArray())
        if (g[LogGroupName].toString() == group)
            arn = g[QStringLiteral("logGroupArn")].toString(g[QStringLiteral("arn")].toString().chopped(2));
    if (!removed.isEmpty())
        if (Status st = ctx.send(logs(QStringLiteral("UntagResource"), {{QStringLiteral("resourceArn"), arn}, {QStringLiteral("tagKeys"), DocumentJson::toArray(removed)}})); !st)
            return st;
    if (!set.isEmpty())
        return ctx.send(logs(QStringLiteral("TagResource"), {{QStringLiteral("resourceArn"), arn}, {Tags, set}}));
    return {};
}

Status updateGroup(ApplyContext &ctx, const QString &group, const QJsonObject &a, const QJsonObject &b)
{
    if (a.value(QStringLiteral("logGroupClass")) != b.value(QStringLiteral("logGroupClass")))
        return Error(Error::Code::Conflict, ErrorText::tr("log group %1 changes its class, which CloudWatch Logs fixes at creation: "
                                                           "delete the group, or inject with --strategy overwrite").arg(group));
    if (a.value(Retention) != b.value(Retention)) {
        Status st = b.contains(Retention)
            ? Status(ctx.send(logs(QStringLiteral("PutRetentionPolicy"), {{LogGroupName, group}, {Retention, b.value(Retention)}})))
            : Status(ctx.send(logs(QStringLiteral("DeleteRetentionPolicy"), {{LogGroupName, group}})));
        if (!st)
            return st;
    }
    if (a.value(KmsKeyId) != b.value(KmsKeyId)) {
        Status st = b.contains(KmsKeyId)
            ? Status(ctx.send(logs(QStringLiteral("AssociateKmsKey"), {{LogGroupName, group}, {KmsKeyId, b.value(KmsKeyId)}})))
            : Status(ctx.send(logs(QStringLiteral("DisassociateKmsKey"), {{LogGroupName, group}})));
        if (!st)
            return st;
    }
    const QString protection = QStringLiteral("deletionProtectionEnabled");
    if (a.value(protection) != b.value(protection)) {
        Status st = ctx.send(logs(QStringLiteral("PutLogGroupDeletionProtection"), {{LogGroupName, group}, {protection, b.value(protection).toBool()}}));
        if (!st)
            return st;
    }
    return setTags(ctx, group, a.value(Tags).toObject(), b.value(Tags).toObject());
}

bool isGone(const Status &st) { return DocumentJson::hasCode(st.error(), {"ResourceNotFoundException"}); }

} // namespace

int LogsAdapter::restoreRank(const Resource &resource) const
{
    const QStringList seg = ResourcePath::segments(resource.path);
    if (seg.size() <= 5)
        return 10;
    return seg[5] == SubscriptionFilter ? 35 : 20;
}

Status LogsAdapter::snapshot(SnapshotContext &ctx)
{
    Result<QJsonArray> groups = describeAll(ctx, QStringLiteral("DescribeLogGroups"), {{QStringLiteral("limit"), 50}}, QStringLiteral("logGroups"));
    if (!groups)
        return groups.error();
    for (const QJsonValue &g : std::as_const(*groups))
        if (Status st = readGroup(ctx, g.toObject()); !st)
            return st;
    return {};
}

Result<bool> LogsAdapter::hasResources(SnapshotContext &ctx)
{
    Result<AwsResponse> r = ctx.send(logs(QStringLiteral("DescribeLogGroups"), {{QStringLiteral("limit"), 1}}));
    if (!r)
        return r.error();
    return !r->json.value(QStringLiteral("logGroups")).toArray().isEmpty();
}

Status LogsAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    const QJsonObject &doc = resource.document;
    if (seg.size() > 5 && seg[5] == LogStream) {
        if (Status st = ctx.send(logs(QStringLiteral("CreateLogStream"), {{LogGroupName, seg[4]}, {LogStreamName, seg[6]}})); !st)
            return st;
        return putEvents(ctx, seg[4], seg[6], doc.value(Events).toArray());
    }
    if (seg.size() > 5)
        return putFilter(ctx, seg, doc);
    QJsonObject in = DocumentJson::pick(doc, GroupKeys);
    in.insert(LogGroupName, seg[4]);
    if (doc.contains(Tags))
        in.insert(Tags, doc.value(Tags));
    if (doc.value(QStringLiteral("deletionProtectionEnabled")).toBool())
        in.insert(QStringLiteral("deletionProtectionEnabled"), true);
    in.remove(Retention); // CreateLogGroup has no retention member
    if (Status st = ctx.send(logs(QStringLiteral("CreateLogGroup"), in)); !st)
        return st;
    if (doc.contains(Retention))
        return ctx.send(logs(QStringLiteral("PutRetentionPolicy"), {{LogGroupName, seg[4]}, {Retention, doc.value(Retention)}}));
    return {};
}

Status LogsAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    const QStringList seg = ResourcePath::segments(after.path);
    if (seg.size() <= 5)
        return updateGroup(ctx, seg[4], before.document, after.document);
    if (seg[5] == SubscriptionFilter)
        return putFilter(ctx, seg, after.document); // replaces the filter of the same name
    if (seg[5] == MetricFilter) { // moto adds a second filter of the same name on a put: delete first
        if (Status st = remove(ctx, before); !st)
            return st;
        return putFilter(ctx, seg, after.document);
    }
    // Events cannot be removed one by one: append when the version only adds newer ones, else replace.
    const QJsonArray was = before.document.value(Events).toArray(), wanted = after.document.value(Events).toArray();
    if (wanted.size() >= was.size() && std::equal(was.begin(), was.end(), wanted.begin())) {
        QJsonArray newer;
        for (qsizetype i = was.size(); i < wanted.size(); ++i)
            newer.append(wanted[i]);
        return putEvents(ctx, seg[4], seg[6], newer);
    }
    return ServiceAdapter::update(ctx, before, after);
}

Status LogsAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    Status st;
    if (seg.size() <= 5)
        st = ctx.send(logs(QStringLiteral("DeleteLogGroup"), {{LogGroupName, seg[4]}}));
    else if (seg[5] == LogStream)
        st = ctx.send(logs(QStringLiteral("DeleteLogStream"), {{LogGroupName, seg[4]}, {LogStreamName, seg[6]}}));
    else
        st = ctx.send(logs(seg[5] == MetricFilter ? QStringLiteral("DeleteMetricFilter") : QStringLiteral("DeleteSubscriptionFilter"),
                           {{LogGroupName, seg[4]}, {FilterName, seg[6]}}));
    return isGone(st) ? Status() : st;
}

} // namespace poddeck
