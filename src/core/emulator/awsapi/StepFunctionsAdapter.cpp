#include "emulator/awsapi/StepFunctionsAdapter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

namespace poddeck {

namespace {

const QString StateMachine = QStringLiteral("statemachine");
const QString Activity = QStringLiteral("activity");
const QString Definition = QStringLiteral("definition");
const QString RoleArn = QStringLiteral("roleArn");
const QString Type = QStringLiteral("type");
const QString Logging = QStringLiteral("loggingConfiguration");
const QString Tracing = QStringLiteral("tracingConfiguration");
const QString Encryption = QStringLiteral("encryptionConfiguration");
const QString Tags = QStringLiteral("tags");
const int PageSize = 25; // small lists; moto pages these calls, so tests can cross a page cheaply

AwsRequest sfn(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::stepFunctions(), operation, input);
}

PageToken nextToken() { return {QStringLiteral("nextToken"), QStringLiteral("nextToken"), {}}; }

QString arnOf(const QString &region, const QString &account, const QString &kind, const QString &name)
{
    return QStringLiteral("arn:aws:states:%1:%2:%3:%4").arg(region, account, kind, name);
}

QString arnOf(const ApplyContext &ctx, const Resource &resource)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    return arnOf(ctx.region(), ctx.account(), seg.value(3) == StateMachine ? QStringLiteral("stateMachine") : QStringLiteral("activity"),
                 seg.value(4));
}

bool isGone(const Status &st)
{
    return DocumentJson::hasCode(st.error(), {"StateMachineDoesNotExist", "ActivityDoesNotExist", "ResourceNotFound"});
}

Result<QJsonObject> tagsOf(const SnapshotContext &ctx, const QString &arn)
{
    Result<AwsResponse> r = ctx.send(sfn(QStringLiteral("ListTagsForResource"), {{QStringLiteral("resourceArn"), arn}}));
    if (!r)
        return r.error();
    return DocumentJson::tagMap(r->json.value(Tags).toArray(), QStringLiteral("key"), QStringLiteral("value"));
}

// DescribeStateMachine's answer -> document. Defaults (logging OFF, tracing off, AWS-owned encryption)
// are left out, so emulators that spell them differently or not at all agree.
QJsonObject machineDocument(const QJsonObject &d, const QJsonObject &tags)
{
    QJsonObject doc{{Definition, DocumentJson::policyValue(d.value(Definition).toString())},
                    {Type, d.value(Type).toString(QStringLiteral("STANDARD"))}};
    DocumentJson::insertIfNotEmpty(doc, RoleArn, d.value(RoleArn).toString());
    const QJsonObject logging = d.value(Logging).toObject();
    if (logging.value(QStringLiteral("level")).toString(QStringLiteral("OFF")) != QLatin1String("OFF")
        || !logging.value(QStringLiteral("destinations")).toArray().isEmpty())
        doc.insert(Logging, logging);
    if (d.value(Tracing)[QStringLiteral("enabled")].toBool())
        doc.insert(Tracing, QJsonObject{{QStringLiteral("enabled"), true}});
    const QJsonObject encryption = d.value(Encryption).toObject();
    if (!encryption.isEmpty() && encryption.value(Type).toString() != QLatin1String("AWS_OWNED_KEY"))
        doc.insert(Encryption, encryption);
    if (!tags.isEmpty())
        doc.insert(Tags, tags);
    return doc;
}

// Every entry of a list call (stateMachines or activities).
Status listAll(SnapshotContext &ctx, const QString &operation, const QString &member, QList<QJsonObject> *out)
{
    return AwsPaginator::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); },
                                     sfn(operation, {{QStringLiteral("maxResults"), PageSize}}), nextToken(),
                                     [&](const AwsResponse &page) {
        for (const QJsonValue &v : page.json.value(member).toArray())
            out->append(v.toObject());
        return true;
    });
}

Status updateTags(ApplyContext &ctx, const QString &arn, const QJsonObject &before, const QJsonObject &after)
{
    if (const QStringList removed = DocumentJson::tagsToRemove(before, after); !removed.isEmpty()) {
        Status st = ctx.send(sfn(QStringLiteral("UntagResource"), {{QStringLiteral("resourceArn"), arn}, {QStringLiteral("tagKeys"), DocumentJson::toArray(removed)}}));
        if (!st)
            return st;
    }
    if (const QJsonObject set = DocumentJson::tagsToSet(before, after); !set.isEmpty())
        return ctx.send(sfn(QStringLiteral("TagResource"), {{QStringLiteral("resourceArn"), arn},
                                                            {Tags, DocumentJson::tagList(set, QStringLiteral("key"), QStringLiteral("value"))}}));
    return {};
}

// Members of a state machine document as Create/UpdateStateMachine input.
QJsonObject machineInput(const QJsonObject &doc, bool forUpdate)
{
    QJsonObject in{{Definition, DocumentJson::policyText(doc.value(Definition))}};
    for (const QString &m : {RoleArn, Logging, Tracing, Encryption})
        if (doc.contains(m))
            in.insert(m, doc.value(m));
    if (forUpdate) { // members the new document dropped go back to their defaults
        if (!doc.contains(Logging))
            in.insert(Logging, QJsonObject{{QStringLiteral("level"), QStringLiteral("OFF")}});
        if (!doc.contains(Tracing))
            in.insert(Tracing, QJsonObject{{QStringLiteral("enabled"), false}});
    }
    return in;
}

} // namespace

int StepFunctionsAdapter::restoreRank(const Resource &resource) const
{
    // Tasks of a state machine call Lambda functions (rank 30) and activities.
    return ResourcePath::segments(resource.path).value(3) == StateMachine ? 35 : 10;
}

Status StepFunctionsAdapter::snapshot(SnapshotContext &ctx)
{
    QList<QJsonObject> machines, activities;
    if (Status st = listAll(ctx, QStringLiteral("ListStateMachines"), QStringLiteral("stateMachines"), &machines); !st)
        return st;
    for (const QJsonObject &m : std::as_const(machines)) {
        const QString arn = m.value(QStringLiteral("stateMachineArn")).toString();
        Result<AwsResponse> d = ctx.send(sfn(QStringLiteral("DescribeStateMachine"), {{QStringLiteral("stateMachineArn"), arn}}));
        if (!d) {
            if (isGone(d.error())) // deleted while we read
                continue;
            return d.error();
        }
        Result<QJsonObject> tags = tagsOf(ctx, arn);
        if (!tags)
            return tags.error();
        const QString name = m.value(QStringLiteral("name")).toString();
        if (Status st = ctx.add(Resource{ctx.path(StateMachine, name), machineDocument(d->json, *tags), {}}); !st)
            return st;
    }
    if (Status st = listAll(ctx, QStringLiteral("ListActivities"), QStringLiteral("activities"), &activities); !st)
        return st;
    for (const QJsonObject &a : std::as_const(activities)) {
        Result<QJsonObject> tags = tagsOf(ctx, a.value(QStringLiteral("activityArn")).toString());
        if (!tags)
            return tags.error();
        QJsonObject doc;
        if (!tags->isEmpty())
            doc.insert(Tags, *tags);
        if (Status st = ctx.add(Resource{ctx.path(Activity, a.value(QStringLiteral("name")).toString()), doc, {}}); !st)
            return st;
    }
    return {};
}

Result<bool> StepFunctionsAdapter::hasResources(SnapshotContext &ctx)
{
    for (const auto &[operation, member] : {std::pair{QStringLiteral("ListStateMachines"), QStringLiteral("stateMachines")},
                                            std::pair{QStringLiteral("ListActivities"), QStringLiteral("activities")}}) {
        Result<AwsResponse> r = ctx.send(sfn(operation, {{QStringLiteral("maxResults"), 1}}));
        if (!r)
            return r.error();
        if (!r->json.value(member).toArray().isEmpty())
            return true;
    }
    return false;
}

Status StepFunctionsAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    const QJsonObject &doc = resource.document;
    QJsonObject in{{QStringLiteral("name"), seg.value(4)}};
    if (doc.contains(Tags))
        in.insert(Tags, DocumentJson::tagList(doc.value(Tags).toObject(), QStringLiteral("key"), QStringLiteral("value")));
    if (seg.value(3) == Activity)
        return ctx.send(sfn(QStringLiteral("CreateActivity"), in));
    const QJsonObject machine = machineInput(doc, false);
    for (auto it = machine.begin(); it != machine.end(); ++it)
        in.insert(it.key(), it.value());
    in.insert(Type, doc.value(Type));
    Result<AwsResponse> created = ctx.send(sfn(QStringLiteral("CreateStateMachine"), in));
    if (!created)
        return created.error();
    if (doc.value(Type).toString() != QLatin1String("STANDARD")) { // moto 5.2 makes every machine STANDARD
        Result<AwsResponse> d = ctx.send(sfn(QStringLiteral("DescribeStateMachine"), {{QStringLiteral("stateMachineArn"), arnOf(ctx, resource)}}));
        if (d && d->json.value(Type).toString() != doc.value(Type).toString())
            ctx.warn(ErrorText::tr("stepfunctions state machine %1 in %2 was recorded as %3, but the emulator created it as %4")
                         .arg(seg.value(4), ctx.region(), doc.value(Type).toString(), d->json.value(Type).toString()));
    }
    return {};
}

Status StepFunctionsAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    const QJsonObject &a = before.document, &b = after.document;
    // The type and an activity's encryption are fixed at creation.
    if (a.value(Type) != b.value(Type)
        || (ResourcePath::segments(after.path).value(3) == Activity && a.value(Encryption) != b.value(Encryption)))
        return ServiceAdapter::update(ctx, before, after);
    const QString arn = arnOf(ctx, after);
    if (ResourcePath::segments(after.path).value(3) == StateMachine) {
        QJsonObject oa = a, ob = b;
        oa.remove(Tags);
        ob.remove(Tags);
        if (oa != ob) {
            QJsonObject in = machineInput(b, true);
            in.insert(QStringLiteral("stateMachineArn"), arn);
            if (Status st = ctx.send(sfn(QStringLiteral("UpdateStateMachine"), in)); !st)
                return st;
        }
    }
    return updateTags(ctx, arn, a.value(Tags).toObject(), b.value(Tags).toObject());
}

Status StepFunctionsAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    const bool machine = ResourcePath::segments(resource.path).value(3) == StateMachine;
    const QString arn = arnOf(ctx, resource);
    Status st = machine ? Status(ctx.send(sfn(QStringLiteral("DeleteStateMachine"), {{QStringLiteral("stateMachineArn"), arn}})))
                        : Status(ctx.send(sfn(QStringLiteral("DeleteActivity"), {{QStringLiteral("activityArn"), arn}})));
    return isGone(st) ? Status() : st;
}

} // namespace poddeck
