#include "emulator/awsapi/SqsMessages.h"

#include "aws/AwsError.h"
#include "emulator/HttpCall.h"
#include "state/CanonicalJson.h"
#include "state/ObjectId.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace poddeck {

namespace {

const QString QueueUrl = QStringLiteral("QueueUrl");
const QString Body = QStringLiteral("Body");
const QString MessageAttributes = QStringLiteral("MessageAttributes");
const QString GroupId = QStringLiteral("MessageGroupId");
const QString DedupId = QStringLiteral("MessageDeduplicationId");
const QString Entries = QStringLiteral("Entries");
// Long enough to read a bounded queue; messages come back by themselves after it if releasing fails.
constexpr int ReadVisibilitySeconds = 120;

AwsRequest request(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::sqs(), operation, input);
}

// Only what SendMessage takes: the receive-side list members (always empty) are dropped.
QJsonObject messageAttributes(const QJsonObject &received)
{
    QJsonObject out;
    for (auto it = received.constBegin(); it != received.constEnd(); ++it) {
        const QJsonObject v = it.value().toObject();
        QJsonObject kept{{QStringLiteral("DataType"), v.value(QStringLiteral("DataType"))}};
        for (const QString &k : {QStringLiteral("StringValue"), QStringLiteral("BinaryValue")})
            if (v.contains(k))
                kept.insert(k, v.value(k));
        out.insert(it.key(), kept);
    }
    return out;
}

QJsonObject documentOf(const QJsonObject &message)
{
    QJsonObject doc{{Body, message.value(Body)}};
    const QJsonObject attrs = messageAttributes(message.value(MessageAttributes).toObject());
    if (!attrs.isEmpty())
        doc.insert(MessageAttributes, attrs);
    const QJsonObject system = message.value(QStringLiteral("Attributes")).toObject();
    for (const QString &k : {GroupId, DedupId})
        if (!system.value(k).toString().isEmpty())
            doc.insert(k, system.value(k));
    return doc;
}

Status checkBatch(const Result<AwsResponse> &r, const QString &what)
{
    if (!r)
        return r.error();
    const QJsonArray failed = r->json.value(QStringLiteral("Failed")).toArray();
    if (failed.isEmpty())
        return {};
    const QJsonObject f = failed.first().toObject();
    return Error(Error::Code::Io, ErrorText::tr("%1: %2 of the batch failed (%3: %4)")
                                      .arg(what).arg(failed.size())
                                      .arg(f.value(QStringLiteral("Code")).toString(), f.value(QStringLiteral("Message")).toString()));
}

Status release(const SqsMessages::Send &send, const QString &url, const QStringList &handles)
{
    Status first;
    for (qsizetype i = 0; i < handles.size(); i += 10) {
        QJsonArray entries;
        for (qsizetype j = i; j < std::min(i + 10, handles.size()); ++j)
            entries.append(QJsonObject{{QStringLiteral("Id"), QString::number(j - i)},
                                       {QStringLiteral("ReceiptHandle"), handles.at(j)},
                                       {QStringLiteral("VisibilityTimeout"), 0}});
        Status st = checkBatch(send(request(QStringLiteral("ChangeMessageVisibilityBatch"), {{QueueUrl, url}, {Entries, entries}})),
                               ErrorText::tr("making messages visible again"));
        if (!st && first)
            first = st;
    }
    return first;
}

} // namespace

namespace SqsMessages {

QString contentHash(const QJsonObject &document)
{
    QJsonObject content = document;
    content.remove(Order);
    return ObjectId::hash(canonicalJson(content)).shortHex(16);
}

bool isMessagePath(const QString &path)
{
    const QStringList seg = ResourcePath::segments(path);
    return seg.size() == 7 && seg[5] == Type;
}

Result<QList<Received>> read(const Send &send, const QString &url, int limit)
{
    QList<Received> out;
    QStringList handles;
    Status failed;
    while (out.size() < limit) {
        const int batch = int(std::min<qsizetype>(10, limit - out.size()));
        const Result<AwsResponse> r = send(request(QStringLiteral("ReceiveMessage"),
            {{QueueUrl, url},
             {QStringLiteral("MaxNumberOfMessages"), batch},
             {QStringLiteral("VisibilityTimeout"), ReadVisibilitySeconds},
             {QStringLiteral("WaitTimeSeconds"), 0},
             {QStringLiteral("AttributeNames"), QJsonArray{QStringLiteral("All")}},
             {QStringLiteral("MessageSystemAttributeNames"), QJsonArray{QStringLiteral("All")}},
             {QStringLiteral("MessageAttributeNames"), QJsonArray{QStringLiteral("All")}}}));
        if (!r) {
            failed = r.error();
            break;
        }
        const QJsonArray messages = r->json.value(QStringLiteral("Messages")).toArray();
        if (messages.isEmpty())
            break;
        for (const QJsonValue &m : messages) {
            const QJsonObject msg = m.toObject();
            handles.append(msg.value(QStringLiteral("ReceiptHandle")).toString());
            out.append({documentOf(msg), handles.last()});
        }
    }
    // Release before reporting anything: a failed read must not hide messages from the queue's consumers.
    const Status released = release(send, url, handles);
    if (!failed)
        return failed.error();
    if (!released)
        return released.error();
    return out;
}

Result<QList<Received>> peek(const QUrl &endpoint, const QString &account, const QString &region, const QString &name,
                             int limit, const std::atomic<bool> *cancel)
{
    QUrl url = endpoint;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    const auto segment = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    url.setPath(base + QStringLiteral("/_poddeck/sqs/%1/%2/queues/%3/messages").arg(segment(account), segment(region), segment(name)),
                QUrl::StrictMode);
    url.setQuery(QStringLiteral("limit=%1").arg(limit));
    const Result<HttpReply> reply = httpCall("GET", url, {}, {}, 120000, cancel);
    if (!reply)
        return Error(reply.error().code, ErrorText::tr("reading the messages of queue %1 from %2: %3")
                                             .arg(name, url.toString(), reply.error().message));
    if (reply->status == 404) { // deleted since it was listed: the error SQS itself gives
        AwsError gone;
        gone.code = QStringLiteral("AWS.SimpleQueueService.NonExistentQueue");
        gone.message = QStringLiteral("queue %1 is gone").arg(name);
        return gone.toError(QStringLiteral("SQS"), QStringLiteral("peek"));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply->body, &parseError);
    if (reply->status != 200 || !doc.isObject())
        return Error(Error::Code::Remote, ErrorText::tr("reading the messages of queue %1: the emulator answered HTTP %2 to GET %3")
                                              .arg(name).arg(reply->status).arg(url.toString()));
    QList<Received> out;
    for (const QJsonValue &m : doc.object().value(QStringLiteral("Messages")).toArray())
        out.append({documentOf(m.toObject()), {}});
    return out;
}

QList<Resource> toResources(const QString &queuePath, const QList<Received> &messages)
{
    QList<Resource> out;
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString hash = contentHash(messages.at(i).document);
        const int n = seen[hash]++;
        QJsonObject doc = messages.at(i).document;
        doc.insert(Order, int(i));
        out.append(Resource{ResourcePath::child(queuePath, Type, QStringLiteral("%1-%2").arg(hash).arg(n)), doc, {}});
    }
    return out;
}

Status sendAll(const Send &send, const QString &url, QList<Resource> messages)
{
    std::stable_sort(messages.begin(), messages.end(), [](const Resource &a, const Resource &b) {
        const int oa = a.document.value(Order).toInt(), ob = b.document.value(Order).toInt();
        return oa != ob ? oa < ob : a.path < b.path;
    });
    for (qsizetype i = 0; i < messages.size(); i += 10) {
        QJsonArray entries;
        for (qsizetype j = i; j < std::min(i + 10, messages.size()); ++j) {
            const QJsonObject &doc = messages.at(j).document;
            QJsonObject e{{QStringLiteral("Id"), QString::number(j - i)}, {QStringLiteral("MessageBody"), doc.value(Body)}};
            for (const QString &k : {MessageAttributes, GroupId, DedupId})
                if (doc.contains(k))
                    e.insert(k, doc.value(k));
            // A captured message was visible: the queue's DelaySeconds must not hide it again. FIFO
            // queues take no per-message delay.
            if (!url.endsWith(QLatin1String(".fifo")))
                e.insert(QStringLiteral("DelaySeconds"), 0);
            entries.append(e);
        }
        Status st = checkBatch(send(request(QStringLiteral("SendMessageBatch"), {{QueueUrl, url}, {Entries, entries}})),
                               ErrorText::tr("sending messages (from %1)").arg(messages.at(i).path));
        if (!st)
            return st;
    }
    return {};
}

Status removeOne(const Send &send, const QString &url, const Resource &message)
{
    const QString wanted = contentHash(message.document);
    const Result<QList<Received>> all = read(send, url, MaxPerQueue);
    if (!all)
        return all.error();
    for (const Received &m : *all) {
        if (contentHash(m.document) != wanted)
            continue;
        // read() made it visible again; its receipt handle still names it.
        return send(request(QStringLiteral("DeleteMessage"), {{QueueUrl, url}, {QStringLiteral("ReceiptHandle"), m.receiptHandle}}));
    }
    return {}; // consumed meanwhile: already gone
}

} // namespace SqsMessages
} // namespace poddeck
