#include "emulator/awsapi/EventBridgeAdapter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

namespace poddeck {

namespace {

const QString Bus = QStringLiteral("bus");
const QString Rule = QStringLiteral("rule");
const QString Target = QStringLiteral("target");
const QString Archive = QStringLiteral("archive");
const QString DefaultBus = QStringLiteral("default");
const QString Name = QStringLiteral("Name");
const QString EventBusName = QStringLiteral("EventBusName");
const QString EventPattern = QStringLiteral("EventPattern");
const QString Description = QStringLiteral("Description");
const QString Policy = QStringLiteral("Policy");
const QString Tags = QStringLiteral("Tags");
const QString State = QStringLiteral("State");
const int PageSize = 25; // rules per page; moto pages ListRules, so tests can cross a page cheaply

// Bus members re-created by CreateEventBus and read by DescribeEventBus.
const QStringList BusMembers{Description, QStringLiteral("KmsKeyIdentifier"), QStringLiteral("DeadLetterConfig")};
const QStringList RuleMembers{QStringLiteral("ScheduleExpression"), Description, QStringLiteral("RoleArn")};

AwsRequest events(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::events(), operation, input);
}

bool isGone(const Status &st)
{
    return DocumentJson::hasCode(st.error(), {"ResourceNotFoundException"});
}

bool isEmptyValue(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty())
        || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
}

// "<bus>/<rule>" -> {bus, rule}; rule names hold no '/', partner bus names may.
std::pair<QString, QString> splitRuleId(const QString &id)
{
    const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
    return {id.left(slash), id.mid(slash + 1)};
}

QString busArn(const QString &region, const QString &account, const QString &bus)
{
    return QStringLiteral("arn:aws:events:%1:%2:event-bus/%3").arg(region, account, bus);
}

QString ruleArn(const QString &region, const QString &account, const QString &bus, const QString &rule)
{
    return bus == DefaultBus ? QStringLiteral("arn:aws:events:%1:%2:rule/%3").arg(region, account, rule)
                             : QStringLiteral("arn:aws:events:%1:%2:rule/%3/%4").arg(region, account, bus, rule);
}

Result<QJsonObject> tagsOf(const SnapshotContext &ctx, const QString &arn)
{
    Result<AwsResponse> r = ctx.send(events(QStringLiteral("ListTagsForResource"), {{QStringLiteral("ResourceARN"), arn}}));
    if (!r)
        return r.error();
    return DocumentJson::tagMap(r->json.value(Tags).toArray());
}

Status updateTags(ApplyContext &ctx, const QString &arn, const QJsonObject &before, const QJsonObject &after)
{
    if (const QStringList removed = DocumentJson::tagsToRemove(before, after); !removed.isEmpty()) {
        Status st = ctx.send(events(QStringLiteral("UntagResource"), {{QStringLiteral("ResourceARN"), arn}, {QStringLiteral("TagKeys"), DocumentJson::toArray(removed)}}));
        if (!st)
            return st;
    }
    if (const QJsonObject set = DocumentJson::tagsToSet(before, after); !set.isEmpty())
        return ctx.send(events(QStringLiteral("TagResource"), {{QStringLiteral("ResourceARN"), arn}, {Tags, DocumentJson::tagList(set)}}));
    return {};
}

Status snapshotRules(SnapshotContext &ctx, const QString &bus)
{
    QList<QJsonObject> rules;
    Status listed = AwsPaginator::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); },
                                              events(QStringLiteral("ListRules"), {{EventBusName, bus}, {QStringLiteral("Limit"), PageSize}}),
                                              PageToken::nextToken(), [&](const AwsResponse &page) {
        for (const QJsonValue &r : page.json.value(QStringLiteral("Rules")).toArray())
            if (r[QStringLiteral("ManagedBy")].toString().isEmpty())
                rules.append(r.toObject());
        return true;
    });
    if (!listed)
        return listed;
    for (const QJsonObject &r : std::as_const(rules)) {
        const QString name = r.value(Name).toString();
        QJsonObject doc{{State, r.value(State).toString(QStringLiteral("ENABLED"))}};
        for (const QString &m : RuleMembers)
            DocumentJson::insertIfNotEmpty(doc, m, r.value(m).toString());
        if (const QString pattern = r.value(EventPattern).toString(); !pattern.isEmpty())
            doc.insert(EventPattern, DocumentJson::policyValue(pattern));
        Result<QJsonObject> tags = tagsOf(ctx, r.value(QStringLiteral("Arn")).toString());
        if (!tags)
            return tags.error();
        if (!tags->isEmpty())
            doc.insert(Tags, *tags);
        const QString rulePath = ctx.path(Rule, bus + QLatin1Char('/') + name);
        if (Status st = ctx.add(Resource{rulePath, doc, {}}); !st)
            return st;
        Status targets = AwsPaginator::forEachPage([&ctx](const AwsRequest &q) { return ctx.send(q); },
                                                   events(QStringLiteral("ListTargetsByRule"), {{QStringLiteral("Rule"), name}, {EventBusName, bus}, {QStringLiteral("Limit"), 100}}),
                                                   PageToken::nextToken(), [&](const AwsResponse &page) {
            for (const QJsonValue &t : page.json.value(QStringLiteral("Targets")).toArray()) {
                QJsonObject target;
                const QJsonObject o = t.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    if (it.key() != QLatin1String("Id") && !isEmptyValue(it.value()))
                        target.insert(it.key(), it.value());
                (void)ctx.add(Resource{ResourcePath::child(rulePath, Target, o.value(QStringLiteral("Id")).toString()), target, {}});
            }
            return true;
        });
        if (!targets && !isGone(targets))
            return targets;
    }
    return {};
}

Status putRule(ApplyContext &ctx, const QString &bus, const QString &name, const QJsonObject &doc, bool withTags)
{
    QJsonObject in{{Name, name}, {EventBusName, bus}, {State, doc.value(State)}};
    for (const QString &m : RuleMembers)
        in.insert(m, doc.value(m).toString()); // empty clears on update
    if (doc.contains(EventPattern))
        in.insert(EventPattern, DocumentJson::policyText(doc.value(EventPattern)));
    if (in.value(QStringLiteral("ScheduleExpression")).toString().isEmpty())
        in.remove(QStringLiteral("ScheduleExpression"));
    if (in.value(QStringLiteral("RoleArn")).toString().isEmpty())
        in.remove(QStringLiteral("RoleArn"));
    // A new rule without a description has none, not an empty one (an update sends "" to clear it).
    if (withTags && in.value(Description).toString().isEmpty())
        in.remove(Description);
    if (withTags && doc.contains(Tags))
        in.insert(Tags, DocumentJson::tagList(doc.value(Tags).toObject()));
    return ctx.send(events(QStringLiteral("PutRule"), in));
}

Status putTarget(ApplyContext &ctx, const QStringList &seg, const QJsonObject &doc)
{
    const auto [bus, rule] = splitRuleId(seg.value(4));
    QJsonObject target = doc;
    target.insert(QStringLiteral("Id"), seg.value(6));
    Result<AwsResponse> r = ctx.send(events(QStringLiteral("PutTargets"), {{QStringLiteral("Rule"), rule}, {EventBusName, bus}, {QStringLiteral("Targets"), QJsonArray{target}}}));
    if (!r)
        return r.error();
    if (r->json.value(QStringLiteral("FailedEntryCount")).toInt() > 0) {
        const QJsonValue failed = r->json.value(QStringLiteral("FailedEntries"))[0];
        return Error(Error::Code::Remote, ErrorText::tr("target %1 of rule %2: %3").arg(seg.value(6), rule, failed[QStringLiteral("ErrorMessage")].toString()));
    }
    return {};
}

QJsonObject archiveInput(const QString &name, const QJsonObject &doc)
{
    QJsonObject in{{QStringLiteral("ArchiveName"), name}, {Description, doc.value(Description).toString()},
                   {QStringLiteral("RetentionDays"), doc.value(QStringLiteral("RetentionDays")).toInt()}};
    if (doc.contains(EventPattern))
        in.insert(EventPattern, DocumentJson::policyText(doc.value(EventPattern)));
    return in;
}

Status putPolicy(ApplyContext &ctx, const QString &bus, const QJsonObject &doc)
{
    if (doc.contains(Policy))
        return ctx.send(events(QStringLiteral("PutPermission"), {{EventBusName, bus}, {Policy, DocumentJson::policyText(doc.value(Policy))}}));
    Status st = ctx.send(events(QStringLiteral("RemovePermission"), {{EventBusName, bus}, {QStringLiteral("RemoveAllPermissions"), true}}));
    return isGone(st) ? Status() : st;
}

} // namespace

int EventBridgeAdapter::restoreRank(const Resource &resource) const
{
    const QStringList seg = ResourcePath::segments(resource.path);
    if (seg.size() > 5)
        return 36; // targets call Lambda functions (30) and state machines (35)
    return seg.value(3) == Bus ? 12 : 14; // KMS keys (5) come first; rules and archives need their bus
}

Status EventBridgeAdapter::snapshot(SnapshotContext &ctx)
{
    // moto 5.2 ignores paging on ListEventBuses; AWS pages it.
    QStringList buses;
    QMap<QString, QJsonObject> busPolicies;
    Status listed = AwsPaginator::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); },
                                              events(QStringLiteral("ListEventBuses"), {{QStringLiteral("Limit"), 100}}),
                                              PageToken::nextToken(), [&](const AwsResponse &page) {
        for (const QJsonValue &b : page.json.value(QStringLiteral("EventBuses")).toArray())
            buses.append(b[Name].toString());
        return true;
    });
    if (!listed)
        return listed;
    for (const QString &bus : std::as_const(buses)) {
        if (bus != DefaultBus && !bus.startsWith(QLatin1String("aws."))) { // partner buses come from their source
            Result<AwsResponse> d = ctx.send(events(QStringLiteral("DescribeEventBus"), {{Name, bus}}));
            if (!d) {
                if (isGone(d.error()))
                    continue;
                return d.error();
            }
            QJsonObject doc;
            for (const QString &m : BusMembers)
                if (!isEmptyValue(d->json.value(m)))
                    doc.insert(m, d->json.value(m));
            if (const QString policy = d->json.value(Policy).toString(); !policy.isEmpty())
                doc.insert(Policy, DocumentJson::policyValue(policy));
            Result<QJsonObject> tags = tagsOf(ctx, d->json.value(QStringLiteral("Arn")).toString());
            if (!tags)
                return tags.error();
            if (!tags->isEmpty())
                doc.insert(Tags, *tags);
            if (Status st = ctx.add(Resource{ctx.path(Bus, bus), doc, {}}); !st)
                return st;
        }
        if (Status st = snapshotRules(ctx, bus); !st)
            return st;
    }
    QStringList archives;
    listed = AwsPaginator::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); },
                                       events(QStringLiteral("ListArchives"), {{QStringLiteral("Limit"), 100}}), PageToken::nextToken(),
                                       [&](const AwsResponse &page) {
        for (const QJsonValue &a : page.json.value(QStringLiteral("Archives")).toArray())
            archives.append(a[QStringLiteral("ArchiveName")].toString());
        return true;
    });
    if (!listed)
        return listed;
    for (const QString &name : std::as_const(archives)) {
        Result<AwsResponse> d = ctx.send(events(QStringLiteral("DescribeArchive"), {{QStringLiteral("ArchiveName"), name}}));
        if (!d)
            return isGone(d.error()) ? Status() : Status(d.error());
        QJsonObject doc{{QStringLiteral("EventSourceArn"), d->json.value(QStringLiteral("EventSourceArn"))},
                        {QStringLiteral("RetentionDays"), d->json.value(QStringLiteral("RetentionDays")).toInt()}};
        DocumentJson::insertIfNotEmpty(doc, Description, d->json.value(Description).toString());
        if (const QString pattern = d->json.value(EventPattern).toString(); !pattern.isEmpty())
            doc.insert(EventPattern, DocumentJson::policyValue(pattern));
        if (Status st = ctx.add(Resource{ctx.path(Archive, name), doc, {}}); !st)
            return st;
    }
    return {};
}

Result<bool> EventBridgeAdapter::hasResources(SnapshotContext &ctx)
{
    Result<AwsResponse> buses = ctx.send(events(QStringLiteral("ListEventBuses"), {{QStringLiteral("Limit"), 2}}));
    if (!buses)
        return buses.error();
    if (buses->json.value(QStringLiteral("EventBuses")).toArray().size() > 1)
        return true;
    Result<AwsResponse> rules = ctx.send(events(QStringLiteral("ListRules"), {{QStringLiteral("Limit"), 1}}));
    if (!rules)
        return rules.error();
    return !rules->json.value(QStringLiteral("Rules")).toArray().isEmpty();
}

Status EventBridgeAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    const QJsonObject &doc = resource.document;
    if (seg.size() > 5)
        return putTarget(ctx, seg, doc);
    if (seg.value(3) == Rule) {
        const auto [bus, rule] = splitRuleId(seg.value(4));
        return putRule(ctx, bus, rule, doc, true);
    }
    if (seg.value(3) == Archive) {
        QJsonObject in = archiveInput(seg.value(4), doc);
        in.insert(QStringLiteral("EventSourceArn"), doc.value(QStringLiteral("EventSourceArn")));
        return ctx.send(events(QStringLiteral("CreateArchive"), in));
    }
    QJsonObject in{{Name, seg.value(4)}};
    for (const QString &m : BusMembers)
        if (doc.contains(m))
            in.insert(m, doc.value(m));
    if (doc.contains(Tags))
        in.insert(Tags, DocumentJson::tagList(doc.value(Tags).toObject()));
    if (Status st = ctx.send(events(QStringLiteral("CreateEventBus"), in)); !st)
        return st;
    return doc.contains(Policy) ? putPolicy(ctx, seg.value(4), doc) : Status();
}

Status EventBridgeAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    const QStringList seg = ResourcePath::segments(after.path);
    const QJsonObject &a = before.document, &b = after.document;
    if (seg.size() > 5)
        return putTarget(ctx, seg, b); // PutTargets replaces a target with the same Id
    if (seg.value(3) == Archive) {
        if (a.value(QStringLiteral("EventSourceArn")) != b.value(QStringLiteral("EventSourceArn")))
            return ServiceAdapter::update(ctx, before, after);
        return ctx.send(events(QStringLiteral("UpdateArchive"), archiveInput(seg.value(4), b)));
    }
    if (seg.value(3) == Rule) {
        const auto [bus, rule] = splitRuleId(seg.value(4));
        QJsonObject oa = a, ob = b;
        oa.remove(Tags);
        ob.remove(Tags);
        if (oa != ob)
            if (Status st = putRule(ctx, bus, rule, b, false); !st)
                return st;
        return updateTags(ctx, ruleArn(ctx.region(), ctx.account(), bus, rule), a.value(Tags).toObject(), b.value(Tags).toObject());
    }
    const QString bus = seg.value(4);
    bool settingsChanged = false;
    for (const QString &m : BusMembers)
        settingsChanged |= a.value(m) != b.value(m);
    if (settingsChanged) { // not in moto 5.2: UpdateEventBus answers "not implemented" there
        QJsonObject in{{Name, bus}, {Description, b.value(Description).toString()}};
        for (const QString &m : {QStringLiteral("KmsKeyIdentifier"), QStringLiteral("DeadLetterConfig")})
            if (b.contains(m))
                in.insert(m, b.value(m));
        if (Status st = ctx.send(events(QStringLiteral("UpdateEventBus"), in)); !st)
            return st;
    }
    if (a.value(Policy) != b.value(Policy))
        if (Status st = putPolicy(ctx, bus, b); !st)
            return st;
    return updateTags(ctx, busArn(ctx.region(), ctx.account(), bus), a.value(Tags).toObject(), b.value(Tags).toObject());
}

Status EventBridgeAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    Status st;
    if (seg.size() > 5) {
        const auto [bus, rule] = splitRuleId(seg.value(4));
        st = ctx.send(events(QStringLiteral("RemoveTargets"), {{QStringLiteral("Rule"), rule}, {EventBusName, bus}, {QStringLiteral("Ids"), QJsonArray{seg.value(6)}}}));
    } else if (seg.value(3) == Rule) {
        const auto [bus, rule] = splitRuleId(seg.value(4));
        st = ctx.send(events(QStringLiteral("DeleteRule"), {{Name, rule}, {EventBusName, bus}, {QStringLiteral("Force"), true}}));
    } else if (seg.value(3) == Archive) {
        st = ctx.send(events(QStringLiteral("DeleteArchive"), {{QStringLiteral("ArchiveName"), seg.value(4)}}));
    } else {
        st = ctx.send(events(QStringLiteral("DeleteEventBus"), {{Name, seg.value(4)}}));
    }
    return isGone(st) ? Status() : st;
}

} // namespace poddeck
