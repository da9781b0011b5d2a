#include "emulator/awsapi/SqsAdapter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/SqsMessages.h"
#include "emulator/awsapi/DocumentJson.h"
#include "util/ParallelTasks.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QJsonArray>

namespace poddeck {

namespace {

const QString QueueType = QStringLiteral("queue");
const QString Attributes = QStringLiteral("Attributes");
const QString Tags = QStringLiteral("Tags");

const QStringList JsonValued{QStringLiteral("Policy"), QStringLiteral("RedrivePolicy"),
                             QStringLiteral("RedriveAllowPolicy")};
const QStringList ServerOwned{QStringLiteral("QueueArn"),
                              QStringLiteral("CreatedTimestamp"),
                              QStringLiteral("LastModifiedTimestamp"),
                              QStringLiteral("ApproximateNumberOfMessages"),
                              QStringLiteral("ApproximateNumberOfMessagesDelayed"),
                              QStringLiteral("ApproximateNumberOfMessagesNotVisible")};
// Set only when a queue is created.
const QStringList CreateOnly{QStringLiteral("FifoQueue")};

QString queueName(const QString &path)
{
    const QStringList seg = ResourcePath::segments(path);
    return seg.size() == 5 && seg[3] == QueueType ? seg[4] : QString();
}

Error badPath(const QString &path)
{
    return Error(Error::Code::InvalidArgument, ErrorText::tr("not an SQS queue path: %1").arg(path));
}

AwsRequest request(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::sqs(), operation, input);
}

bool isMissingQueue(const Error &e)
{
    return DocumentJson::hasCode(e, {"AWS.SimpleQueueService.NonExistentQueue",
                                    "QueueDoesNotExist"});
}

SqsMessages::Send sender(const SnapshotContext &ctx)
{
    return [&ctx](const AwsRequest &r) { return ctx.send(r); };
}

SqsMessages::Send sender(const ApplyContext &ctx)
{
    return [&ctx](const AwsRequest &r) { return ctx.send(r); };
}

QString queueOfMessage(const QString &path)
{
    return ResourcePath::segments(path).value(4);
}

int count(const QJsonObject &attributes, const char *name)
{
    return attributes.value(QLatin1String(name)).toString().toInt();
}

} // namespace

int SqsAdapter::restoreRank(const Resource &resource) const
{
    if (SqsMessages::isMessagePath(resource.path))
        return SqsMessages::Rank;
    return resource.document.value(Attributes).toObject().contains(QStringLiteral("RedrivePolicy")) ? RedrivenQueueRank
                                                                                                   : QueueRank;
}

Result<bool> SqsAdapter::hasResources(SnapshotContext &ctx)
{
    const Result<AwsResponse> r = ctx.send(request(QStringLiteral("ListQueues"), {{QStringLiteral("MaxResults"), 1}}));
    if (!r)
        return r.error();
    return !r->json.value(QStringLiteral("QueueUrls")).toArray().isEmpty();
}

// Every queue whose name starts with `prefix`. An emulator that ignores MaxResults (moto) answers at most
// 1000 queues and no token: then the names are split by their next character and listed again, so
// a state of any size is listed whole.
Status SqsAdapter::listQueues(SnapshotContext &ctx, const QString &prefix, QSet<QString> &urls)
{
    QJsonObject input{{QStringLiteral("MaxResults"), AwsPaginator::pageSize(1000)}};
    if (!prefix.isEmpty())
        input.insert(QStringLiteral("QueueNamePrefix"), prefix);
    QStringList found;
    bool paged = false;
    Status st = AwsPaginator::forEachPage(ctx.client(), request(QStringLiteral("ListQueues"), input),
                                          PageToken::nextToken(), [&](const AwsResponse &page) {
        for (const QJsonValue &u : page.json.value(QStringLiteral("QueueUrls")).toArray())
            found.append(u.toString());
        paged = paged || !page.json.value(QStringLiteral("NextToken")).toString().isEmpty();
        return true;
    }, ctx.cancelFlag());
    if (!st)
        return st;
    for (const QString &url : std::as_const(found))
        urls.insert(url);
    if (paged || found.size() < CappedListing)
        return {};
    // Queue names hold letters, digits, '-' and '_', and FIFO queues end in ".fifo". The next character splits
    // them (not '.': moto reads a prefix as a regular expression); the queues named just `prefix` (plus
    // ".fifo") match no longer prefix, so they are looked up by name.
    static const QString next = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");
    if (prefix.size() >= 80)
        return Error(Error::Code::Unsupported, ErrorText::tr("the emulator keeps answering %1 queues for prefix '%2'; "
                                                              "cannot list its queues whole").arg(CappedListing).arg(prefix));
    for (const QString &name : {prefix, prefix + QStringLiteral(".fifo")}) {
        if (name.isEmpty() || name == QLatin1String(".fifo"))
            continue;
        Result<AwsResponse> url = ctx.send(request(QStringLiteral("GetQueueUrl"), {{QStringLiteral("QueueName"), name}}));
        if (url)
            urls.insert(url->json.value(QStringLiteral("QueueUrl")).toString());
        else if (!isMissingQueue(url.error()))
            return url.error();
    }
    for (const QChar c : next)
        if (Status sub = listQueues(ctx, prefix + c, urls); !sub)
            return sub;
    return {};
}

Status SqsAdapter::snapshot(SnapshotContext &ctx)
{
    QSet<QString> listed;
    if (Status st = listQueues(ctx, QString(), listed); !st)
        return st;
    QStringList urls = listed.values();
    std::sort(urls.begin(), urls.end());
    return ParallelTasks::forEach(urls.size(), [&](qsizetype i) -> Status {
        QJsonObject serverAttributes;
        Result<Resource> queue = readQueue(ctx, urls.at(i), &serverAttributes);
        if (!queue) // deleted since listing
            return isMissingQueue(queue.error()) ? Status() : Status(queue);
        if (Status st = ctx.add(*queue); !st)
            return st;
        if (!ctx.options().includeSqsMessages)
            return {};
        Status st = readMessages(ctx, *queue, urls.at(i), serverAttributes);
        return st.ok() || isMissingQueue(st.error()) ? Status() : st;
    }, ParallelTasks::EmulatorInFlight, ctx.cancelFlag());
}

Result<Resource> SqsAdapter::readQueue(SnapshotContext &ctx, const QString &url, QJsonObject *serverAttributes)
{
    const Result<AwsResponse> attrs = ctx.send(request(QStringLiteral("GetQueueAttributes"),
                                                       {{QStringLiteral("QueueUrl"), url},
                                                        {QStringLiteral("AttributeNames"), QJsonArray{QStringLiteral("All")}}}));
    if (!attrs)
        return attrs.error();
    const Result<AwsResponse> tags = ctx.send(request(QStringLiteral("ListQueueTags"), {{QStringLiteral("QueueUrl"), url}}));
    if (!tags)
        return tags.error();

    const QJsonObject attributes = attrs->json.value(Attributes).toObject();
    *serverAttributes = attributes;
    // The name comes from the ARN: the URL's host is the endpoint's, not the queue's.
    QString name = attributes.value(QStringLiteral("QueueArn")).toString().section(u':', 5);
    if (name.isEmpty())
        name = url.section(u'/', -1);
    QJsonObject doc;
    const QJsonObject kept = DocumentJson::attributesToDocument(attributes, JsonValued, ServerOwned);
    if (!kept.isEmpty())
        doc.insert(Attributes, kept);
    const QJsonObject tagMap = tags->json.value(Tags).toObject();
    if (!tagMap.isEmpty())
        doc.insert(Tags, tagMap);
    return Resource{ctx.path(QueueType, name), doc, {}};
}

Status SqsAdapter::readMessages(SnapshotContext &ctx, const Resource &queue, const QString &url,
                                const QJsonObject &serverAttributes)
{
    const QString name = queueName(queue.path);
    const int visible = count(serverAttributes, "ApproximateNumberOfMessages");
    const int hidden = count(serverAttributes, "ApproximateNumberOfMessagesNotVisible")
                     + count(serverAttributes, "ApproximateNumberOfMessagesDelayed");
    const bool peek = !ctx.options().sqsPeekEndpoint.isEmpty();
    // A received message counts as received: after maxReceiveCount reads SQS moves it to the dead-letter
    // queue, so without a way to peek a few commits would empty a redriven queue behind its consumers' backs.
    if (!peek && serverAttributes.contains(QStringLiteral("RedrivePolicy"))) {
        if (visible + hidden > 0)
            ctx.warn(ErrorText::tr("The messages of queue %1 (%2 region) are not captured: this emulator can only read them by "
                                    "receiving them, and after maxReceiveCount receives SQS moves them to the dead-letter queue. "
                                    "PodDeck's moto (poddeck-cli moto) reads them without receiving.")
                         .arg(name, ctx.region()));
        return {};
    }
    if (hidden > 0)
        ctx.warn(ErrorText::tr("Not captured: %n message(s) of queue %1 (%2), in flight or delayed.", nullptr, int(hidden))
                     .arg(name, ctx.region()));
    if (visible == 0)
        return {};
    const Result<QList<SqsMessages::Received>> read =
        peek ? SqsMessages::peek(ctx.options().sqsPeekEndpoint, ctx.account(), ctx.region(), name, SqsMessages::MaxPerQueue, ctx.cancelFlag())
             : SqsMessages::read(sender(ctx), url, SqsMessages::MaxPerQueue);
    if (!read)
        return read.error();
    if (read->size() < visible)
        ctx.warn(ErrorText::tr("Queue %1 (%2) holds about %n message(s); %3 were captured (at most %4 per queue, and a FIFO "
                           "queue hands out one batch per message group at a time).", nullptr, int(visible))
                     .arg(name, ctx.region())
                     .arg(read->size())
                     .arg(SqsMessages::MaxPerQueue));
    for (const Resource &m : SqsMessages::toResources(queue.path, *read))
        if (Status st = ctx.add(m); !st)
            return st;
    return {};
}

Result<QString> SqsAdapter::queueUrl(ApplyContext &ctx, const QString &name)
{
    const Result<AwsResponse> r = ctx.send(request(QStringLiteral("GetQueueUrl"), {{QStringLiteral("QueueName"), name}}));
    if (!r)
        return r.error();
    return r->json.value(QStringLiteral("QueueUrl")).toString();
}

QString SqsAdapter::orderedGroup(const Resource &resource) const
{
    return SqsMessages::isMessagePath(resource.path) ? resource.path.section(QLatin1Char('/'), 0, 4) : QString();
}

Status SqsAdapter::createMany(ApplyContext &ctx, const QList<Resource> &resources)
{
    QMap<QString, QList<Resource>> messagesByQueue;
    for (const Resource &r : resources) {
        if (SqsMessages::isMessagePath(r.path)) {
            messagesByQueue[queueOfMessage(r.path)].append(r);
        } else if (Status st = create(ctx, r); !st) {
            return st;
        }
    }
    for (auto it = messagesByQueue.cbegin(); it != messagesByQueue.cend(); ++it) {
        const Result<QString> url = queueUrl(ctx, it.key());
        if (!url)
            return Error(url.error().code, QStringLiteral("%1: %2").arg(it.value().first().path, url.error().message));
        if (Status st = SqsMessages::sendAll(sender(ctx), *url, it.value()); !st)
            return st;
    }
    return {};
}

Status SqsAdapter::create(ApplyContext &ctx, const Resource &resource)
{
    if (SqsMessages::isMessagePath(resource.path))
        return createMany(ctx, {resource});
    const QString name = queueName(resource.path);
    if (name.isEmpty())
        return badPath(resource.path);
    QJsonObject input{{QStringLiteral("QueueName"), name}};
    const QJsonObject attributes = resource.document.value(Attributes).toObject();
    if (!attributes.isEmpty())
        input.insert(Attributes, DocumentJson::attributesFromDocument(attributes));
    const QJsonObject tags = resource.document.value(Tags).toObject();
    if (!tags.isEmpty())
        input.insert(QStringLiteral("tags"), tags);
    const Result<AwsResponse> r = ctx.send(request(QStringLiteral("CreateQueue"), input));
    if (!r)
        return Error(r.error().code, ErrorText::tr("queue %1: %2").arg(name, r.error().message));
    return {};
}

Status SqsAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    // A message's path holds its content, so only its Order can differ: SQS cannot move a message.
    if (SqsMessages::isMessagePath(after.path))
        return {};
    const QString name = queueName(after.path);
    if (name.isEmpty())
        return badPath(after.path);
    const QJsonObject oldAttrs = before.document.value(Attributes).toObject();
    const QJsonObject newAttrs = after.document.value(Attributes).toObject();
    const QStringList changed = DocumentJson::changedKeys(oldAttrs, newAttrs);
    for (const QString &k : CreateOnly) {
        if (changed.contains(k))
            return ServiceAdapter::update(ctx, before, after);
    }
    const Result<QString> url = queueUrl(ctx, name);
    if (!url)
        return url.error();

    if (!changed.isEmpty()) {
        // An attribute that is no longer set goes back to "unset" (an empty value), as the console does.
        QJsonObject set;
        const QJsonObject text = DocumentJson::attributesFromDocument(newAttrs);
        for (const QString &k : changed)
            set.insert(k, text.value(k).toString());
        const Result<AwsResponse> r = ctx.send(request(QStringLiteral("SetQueueAttributes"),
                                                       {{QStringLiteral("QueueUrl"), *url}, {Attributes, set}}));
        if (!r)
            return r.error();
    }

    const QJsonObject oldTags = before.document.value(Tags).toObject();
    const QJsonObject newTags = after.document.value(Tags).toObject();
    QJsonArray untag;
    QJsonObject tag;
    for (const QString &k : DocumentJson::changedKeys(oldTags, newTags)) {
        if (newTags.contains(k))
            tag.insert(k, newTags.value(k));
        else
            untag.append(k);
    }
    if (!untag.isEmpty()) {
        if (const Result<AwsResponse> r = ctx.send(request(QStringLiteral("UntagQueue"),
                                                           {{QStringLiteral("QueueUrl"), *url}, {QStringLiteral("TagKeys"), untag}}));
            !r)
            return r.error();
    }
    if (!tag.isEmpty()) {
        if (const Result<AwsResponse> r = ctx.send(request(QStringLiteral("TagQueue"),
                                                           {{QStringLiteral("QueueUrl"), *url}, {Tags, tag}}));
            !r)
            return r.error();
    }
    return {};
}

Status SqsAdapter::remove(ApplyContext &ctx, const Resource &resource)
{
    if (SqsMessages::isMessagePath(resource.path)) {
        const Result<QString> url = queueUrl(ctx, queueOfMessage(resource.path));
        if (!url)
            return isMissingQueue(url.error()) ? Status() : Status(url.error());
        return SqsMessages::removeOne(sender(ctx), *url, resource);
    }
    const QString name = queueName(resource.path);
    if (name.isEmpty())
        return badPath(resource.path);
    const Result<QString> url = queueUrl(ctx, name);
    if (!url)
        return isMissingQueue(url.error()) ? Status() : Status(url.error());
    const Result<AwsResponse> r = ctx.send(request(QStringLiteral("DeleteQueue"), {{QStringLiteral("QueueUrl"), *url}}));
    if (!r && !isMissingQueue(r.error()))
        return r.error();
    return {};
}

} // namespace poddeck
