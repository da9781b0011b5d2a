#include "emulator/awsapi/SnsAdapter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "util/ParallelTasks.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

namespace poddeck {

namespace {

const QString TopicType = QStringLiteral("topic");
const QString SubscriptionType = QStringLiteral("subscription");
const QString Attributes = QStringLiteral("Attributes");
const QString Tags = QStringLiteral("Tags");

const QStringList JsonValued{QStringLiteral("Policy"), QStringLiteral("DeliveryPolicy"),
                             QStringLiteral("ArchivePolicy"), QStringLiteral("FilterPolicy"),
                             QStringLiteral("RedrivePolicy"), QStringLiteral("ReplayPolicy")};
const QStringList TopicServerOwned{QStringLiteral("TopicArn"),
                                   QStringLiteral("Owner"),
                                   QStringLiteral("SubscriptionsPending"),
                                   QStringLiteral("SubscriptionsConfirmed"),
                                   QStringLiteral("SubscriptionsDeleted"),
                                   QStringLiteral("EffectiveDeliveryPolicy"),
                                   QStringLiteral("BeginningArchiveTime")};
// What Subscribe takes; everything else GetSubscriptionAttributes says is the server's.
const QStringList SubscriptionSettable{QStringLiteral("DeliveryPolicy"),     QStringLiteral("FilterPolicy"),
                                       QStringLiteral("FilterPolicyScope"),  QStringLiteral("RawMessageDelivery"),
                                       QStringLiteral("RedrivePolicy"),      QStringLiteral("SubscriptionRoleArn"),
                                       QStringLiteral("ReplayPolicy")};
const QStringList CreateOnly{QStringLiteral("FifoTopic")};

struct SnsPath
{
    QString topic;
    QString protocol, endpoint; // subscriptions only
    bool isSubscription = false;
    bool valid = false;
};

SnsPath parsePath(const QString &path)
{
    const QStringList seg = ResourcePath::segments(path);
    SnsPath p;
    if (seg.size() >= 5 && seg[3] == TopicType) {
        p.topic = seg[4];
        p.valid = seg.size() == 5;
        if (seg.size() == 7 && seg[5] == SubscriptionType) {
            p.isSubscription = true;
            p.protocol = seg[6].section(u':', 0, 0);
            p.endpoint = seg[6].section(u':', 1);
            p.valid = true;
        }
    }
    return p;
}

Error badPath(const QString &path)
{
    return Error(Error::Code::InvalidArgument, ErrorText::tr("not an SNS topic or subscription path: %1").arg(path));
}

QString topicArn(const ApplyContext &ctx, const QString &name)
{
    return QStringLiteral("arn:aws:sns:%1:%2:%3").arg(ctx.region(), ctx.account(), name);
}

AwsRequest request(const QString &operation, const QueryItems &params)
{
    return AwsRequest::query(AwsService::sns(), operation, params);
}

QJsonObject entries(const XmlNode &attributes)
{
    QJsonObject out;
    for (const XmlNode &e : attributes.childrenNamed(u"entry"))
        out.insert(e.textAt(u"key"), e.textAt(u"value"));
    return out;
}

void appendAttributes(QueryItems &params, const QJsonObject &attributes)
{
    int n = 0;
    const QJsonObject text = DocumentJson::attributesFromDocument(attributes);
    for (auto it = text.begin(); it != text.end(); ++it) {
        ++n;
        params.append({QStringLiteral("Attributes.entry.%1.key").arg(n), it.key()});
        params.append({QStringLiteral("Attributes.entry.%1.value").arg(n), it.value().toString()});
    }
}

void appendTags(QueryItems &params, const QJsonObject &tags)
{
    int n = 0;
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        ++n;
        params.append({QStringLiteral("Tags.member.%1.Key").arg(n), it.key()});
        params.append({QStringLiteral("Tags.member.%1.Value").arg(n), it.value().toString()});
    }
}

bool isMissing(const Error &e)
{
    return DocumentJson::hasCode(e, {"NotFound", "NotFoundException"});
}

} // namespace

int SnsAdapter::restoreRank(const Resource &resource) const
{
    return parsePath(resource.path).isSubscription ? SubscriptionRank : TopicRank;
}

Result<bool> SnsAdapter::hasResources(SnapshotContext &ctx)
{
    const Result<AwsResponse> r = ctx.send(request(QStringLiteral("ListTopics"), {}));
    if (!r)
        return r.error();
    return !r->result().child(u"Topics").childrenNamed(u"member").isEmpty();
}

Status SnsAdapter::snapshot(SnapshotContext &ctx)
{
    QStringList arns;
    Status st = AwsPaginator::forEachPage(ctx.client(), request(QStringLiteral("ListTopics"), {}), PageToken::nextToken(),
                                          [&](const AwsResponse &page) {
        for (const XmlNode &m : page.result().child(u"Topics").childrenNamed(u"member"))
            arns.append(m.textAt(u"TopicArn"));
        return true;
    }, ctx.cancelFlag());
    if (!st)
        return st;
    return ParallelTasks::forEach(arns.size(), [&](qsizetype i) { return snapshotTopic(ctx, arns.at(i)); },
                                    ParallelTasks::EmulatorInFlight, ctx.cancelFlag());
}

Status SnsAdapter::snapshotTopic(SnapshotContext &ctx, const QString &arn)
{
    const Result<AwsResponse> attrs = ctx.send(request(QStringLiteral("GetTopicAttributes"), {{QStringLiteral("TopicArn"), arn}}));
    if (!attrs) // deleted since listing
        return isMissing(attrs.error()) ? Status() : Status(attrs);
    const Result<AwsResponse> tags = ctx.send(request(QStringLiteral("ListTagsForResource"), {{QStringLiteral("ResourceArn"), arn}}));
    if (!tags)
        return tags.error();

    QJsonObject doc;
    const QJsonObject kept = DocumentJson::attributesToDocument(entries(attrs->result().child(u"Attributes")), JsonValued,
                                                               TopicServerOwned);
    if (!kept.isEmpty())
        doc.insert(Attributes, kept);
    QJsonObject tagMap;
    for (const XmlNode &t : tags->result().child(u"Tags").childrenNamed(u"member"))
        tagMap.insert(t.textAt(u"Key"), t.textAt(u"Value"));
    if (!tagMap.isEmpty())
        doc.insert(Tags, tagMap);
    const QString topicPath = ctx.path(TopicType, arn.section(u':', 5));
    if (Status st = ctx.add(Resource{topicPath, doc, {}}); !st)
        return st;

    QList<QJsonObject> subscriptions;
    Status st = AwsPaginator::forEachPage(ctx.client(), request(QStringLiteral("ListSubscriptionsByTopic"), {{QStringLiteral("TopicArn"), arn}}),
                                          PageToken::nextToken(), [&](const AwsResponse &page) {
        for (const XmlNode &m : page.result().child(u"Subscriptions").childrenNamed(u"member"))
            subscriptions.append(QJsonObject{{QStringLiteral("Protocol"), m.textAt(u"Protocol")},
                                             {QStringLiteral("Endpoint"), m.textAt(u"Endpoint")},
                                             {QStringLiteral("SubscriptionArn"), m.textAt(u"SubscriptionArn")}});
        return true;
    }, ctx.cancelFlag());
    if (!st)
        return st;
    for (QJsonObject sub : subscriptions) {
        const QString subArn = sub.take(QStringLiteral("SubscriptionArn")).toString();
        // Unconfirmed subscriptions (http, email) have no ARN yet, so no attributes to read.
        if (subArn.startsWith(QLatin1String("arn:"))) {
            const Result<AwsResponse> sa = ctx.send(request(QStringLiteral("GetSubscriptionAttributes"),
                                                            {{QStringLiteral("SubscriptionArn"), subArn}}));
            if (!sa && !isMissing(sa.error()))
                return sa.error();
            if (sa) {
                QJsonObject all = entries(sa->result().child(u"Attributes"));
                QJsonObject settable;
                for (const QString &k : SubscriptionSettable) {
                    if (all.contains(k))
                        settable.insert(k, all.value(k));
                }
                const QJsonObject kept = DocumentJson::attributesToDocument(settable, JsonValued, {});
                if (!kept.isEmpty())
                    sub.insert(Attributes, kept);
            }
        }
        const QString id = sub.value(QStringLiteral("Protocol")).toString() + u':' + sub.value(QStringLiteral("Endpoint")).toString();
        if (Status added = ctx.add(Resource{ResourcePath::child(topicPath, SubscriptionType, id), sub, {}}); !added)
            return added;
    }
    return {};
}

Status SnsAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    const SnsPath p = parsePath(resource.path);
    if (!p.valid)
        return badPath(resource.path);
    const QJsonObject attributes = resource.document.value(Attributes).toObject();
    if (p.isSubscription) {
        QueryItems params{{QStringLiteral("TopicArn"), topicArn(ctx, p.topic)},
                          {QStringLiteral("Protocol"), resource.document.value(QStringLiteral("Protocol")).toString(p.protocol)},
                          {QStringLiteral("Endpoint"), resource.document.value(QStringLiteral("Endpoint")).toString(p.endpoint)},
                          {QStringLiteral("ReturnSubscriptionArn"), QStringLiteral("true")}};
        appendAttributes(params, attributes);
        const Result<AwsResponse> r = ctx.send(request(QStringLiteral("Subscribe"), params));
        if (!r)
            return Error(r.error().code, ErrorText::tr("subscription %1:%2 to %3: %4").arg(p.protocol, p.endpoint, p.topic, r.error().message));
        return {};
    }
    QueryItems params{{QStringLiteral("Name"), p.topic}};
    appendAttributes(params, attributes);
    appendTags(params, resource.document.value(Tags).toObject());
    const Result<AwsResponse> r = ctx.send(request(QStringLiteral("CreateTopic"), params));
    if (!r)
        return Error(r.error().code, ErrorText::tr("topic %1: %2").arg(p.topic, r.error().message));
    return {};
}

Status SnsAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    const SnsPath p = parsePath(after.path);
    if (!p.valid)
        return badPath(after.path);
    const QJsonObject oldAttrs = before.document.value(Attributes).toObject();
    const QJsonObject newAttrs = after.document.value(Attributes).toObject();
    const QStringList changed = DocumentJson::changedKeys(oldAttrs, newAttrs);
    if (p.isSubscription) // a subscription is small: replace it
        return ServiceAdapter::update(ctx, before, after);
    for (const QString &k : CreateOnly) {
        if (changed.contains(k))
            return ServiceAdapter::update(ctx, before, after);
    }
    const QString arn = topicArn(ctx, p.topic);
    const QJsonObject text = DocumentJson::attributesFromDocument(newAttrs);
    for (const QString &k : changed) {
        const Result<AwsResponse> r = ctx.send(request(QStringLiteral("SetTopicAttributes"),
                                                       {{QStringLiteral("TopicArn"), arn},
                                                        {QStringLiteral("AttributeName"), k},
                                                        {QStringLiteral("AttributeValue"), text.value(k).toString()}}));
        if (!r)
            return r.error();
    }
    const QJsonObject oldTags = before.document.value(Tags).toObject();
    const QJsonObject newTags = after.document.value(Tags).toObject();
    QueryItems untag{{QStringLiteral("ResourceArn"), arn}};
    QJsonObject tag;
    for (const QString &k : DocumentJson::changedKeys(oldTags, newTags)) {
        if (newTags.contains(k))
            tag.insert(k, newTags.value(k));
        else
            untag.append({QStringLiteral("TagKeys.member.%1").arg(untag.size()), k});
    }
    if (untag.size() > 1) {
        if (const Result<AwsResponse> r = ctx.send(request(QStringLiteral("UntagResource"), untag)); !r)
            return r.error();
    }
    if (!tag.isEmpty()) {
        QueryItems params{{QStringLiteral("ResourceArn"), arn}};
        appendTags(params, tag);
        if (const Result<AwsResponse> r = ctx.send(request(QStringLiteral("TagResource"), params)); !r)
            return r.error();
    }
    return {};
}

Result<QString> SnsAdapter::findSubscription(ApplyContext &ctx, const QString &arn, const QString &protocol,
                                             const QString &endpoint)
{
    QString found;
    Status st = AwsPaginator::forEachPage(ctx.client(), request(QStringLiteral("ListSubscriptionsByTopic"), {{QStringLiteral("TopicArn"), arn}}),
                                          PageToken::nextToken(), [&](const AwsResponse &page) {
        for (const XmlNode &m : page.result().child(u"Subscriptions").childrenNamed(u"member")) {
            if (m.textAt(u"Protocol") == protocol && m.textAt(u"Endpoint") == endpoint) {
                found = m.textAt(u"SubscriptionArn");
                return false;
            }
        }
        return true;
    });
    if (!st)
        return st.error();
    return found;
}

Status SnsAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    const SnsPath p = parsePath(resource.path);
    if (!p.valid)
        return badPath(resource.path);
    const QString arn = topicArn(ctx, p.topic);
    if (!p.isSubscription) {
        const Result<AwsResponse> r = ctx.send(request(QStringLiteral("DeleteTopic"), {{QStringLiteral("TopicArn"), arn}}));
        return r || isMissing(r.error()) ? Status() : Status(r);
    }
    const Result<QString> sub = findSubscription(ctx, arn, p.protocol, p.endpoint);
    if (!sub)
        return isMissing(sub.error()) ? Status() : Status(sub);
    if (!sub->startsWith(QLatin1String("arn:")))
        return {}; // gone, or still pending confirmation (which cannot be unsubscribed)
    const Result<AwsResponse> r = ctx.send(request(QStringLiteral("Unsubscribe"), {{QStringLiteral("SubscriptionArn"), *sub}}));
    return r || isMissing(r.error()) ? Status() : Status(r);
}

} // namespace poddeck
