#include "emulator/awsapi/S3BucketConfig.h"

#include "emulator/awsapi/DocumentJson.h"
#include "util/ErrorText.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamWriter>

namespace poddeck {

namespace {

const QString S3Namespace = QStringLiteral("http://s3.amazonaws.com/doc/2006-03-01/");

// Configurations that are one XML document each, stored as its JSON form under `member`.
struct XmlConfig
{
    const char *member;
    const char *subresource;
    const char *rootElement;
    std::initializer_list<const char *> absentCodes;
    const char *deleteOperation; // empty: deleting = putting an empty configuration
};

const XmlConfig XmlConfigs[] = {
    {"Cors", "cors", "CORSConfiguration", {"NoSuchCORSConfiguration"}, "DeleteBucketCors"},
    {"Lifecycle", "lifecycle", "LifecycleConfiguration", {"NoSuchLifecycleConfiguration"},
     "DeleteBucketLifecycle"},
    {"Encryption", "encryption", "ServerSideEncryptionConfiguration",
     {"ServerSideEncryptionConfigurationNotFoundError"}, "DeleteBucketEncryption"},
    {"PublicAccessBlock", "publicAccessBlock", "PublicAccessBlockConfiguration",
     {"NoSuchPublicAccessBlockConfiguration"}, "DeletePublicAccessBlock"},
    {"Notification", "notification", "NotificationConfiguration", {}, ""},
    {"Website", "website", "WebsiteConfiguration", {"NoSuchWebsiteConfiguration"},
     "DeleteBucketWebsite"},
    {"OwnershipControls", "ownershipControls", "OwnershipControls",
     {"OwnershipControlsNotFoundError"}, "DeleteBucketOwnershipControls"},
};

// Element names the S3 model declares as flattened lists: always arrays, even with one entry, so a
// document's shape does not change when a second rule is added.
bool isListElement(const QString &name)
{
    static const QStringList names{
        QStringLiteral("CORSRule"), QStringLiteral("AllowedHeader"), QStringLiteral("AllowedMethod"),
        QStringLiteral("AllowedOrigin"), QStringLiteral("ExposeHeader"), QStringLiteral("Rule"),
        QStringLiteral("Transition"), QStringLiteral("NoncurrentVersionTransition"), QStringLiteral("Tag"),
        QStringLiteral("TopicConfiguration"), QStringLiteral("QueueConfiguration"),
        QStringLiteral("CloudFunctionConfiguration"), QStringLiteral("Event"), QStringLiteral("FilterRule"),
        QStringLiteral("RoutingRule")};
    return names.contains(name);
}

// Errors that mean "this bucket has no such setting" or "this emulator has no such setting".
bool isAbsent(const Error &error, std::initializer_list<const char *> codes)
{
    return DocumentJson::hasCode(error, codes)
           || DocumentJson::hasCode(error, {"NotImplemented", "MethodNotAllowed"});
}

void writeElement(QXmlStreamWriter &w, const QString &name, const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            writeElement(w, name, item);
    } else if (value.isObject()) {
        w.writeStartElement(name);
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            writeElement(w, it.key(), it.value());
        w.writeEndElement();
    } else {
        w.writeTextElement(name, DocumentJson::embeddedToText(value));
    }
}

AwsRequest subresourceRequest(const char *operation, const QByteArray &method, const QString &bucket,
                              const char *subresource, const QByteArray &body = {})
{
    AwsRequest r = AwsRequest::s3(QString::fromLatin1(operation), method, bucket, {},
                                  {{QString::fromLatin1(subresource), QString()}}, body);
    if (!body.isEmpty())
        r.setHeader("Content-MD5", S3BucketConfig::contentMd5(body));
    return r;
}

Status putXml(const S3BucketConfig::Sender &send, const QString &bucket, const char *member,
              const char *subresource, const char *root, const QJsonObject &content)
{
    const QByteArray body = S3BucketConfig::jsonToXml(QString::fromLatin1(root), content);
    const QString op = QStringLiteral("PutBucket") + QString::fromLatin1(member);
    return send(subresourceRequest(op.toLatin1().constData(), "PUT", bucket, subresource, body));
}

} // namespace

QJsonValue S3BucketConfig::xmlToJson(const XmlNode &node)
{
    if (node.children().isEmpty())
        return node.text();
    QJsonObject out;
    for (const XmlNode &c : node.children()) {
        const QJsonValue v = xmlToJson(c);
        if (isListElement(c.name()) || out.contains(c.name())) {
            QJsonValue existing = out.value(c.name());
            QJsonArray list = existing.isArray() ? existing.toArray() : QJsonArray();
            if (!existing.isUndefined() && !existing.isArray())
                list.append(existing);
            list.append(v);
            out.insert(c.name(), list);
        } else {
            out.insert(c.name(), v);
        }
    }
    return out;
}

QByteArray S3BucketConfig::jsonToXml(const QString &rootElement, const QJsonObject &content)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeDefaultNamespace(S3Namespace);
    w.writeStartElement(rootElement);
    for (auto it = content.begin(); it != content.end(); ++it)
        writeElement(w, it.key(), it.value());
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray S3BucketConfig::contentMd5(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64();
}

Result<QJsonObject> S3BucketConfig::read(const Sender &send, const QString &bucket)
{
    QJsonObject doc;

    const Result<AwsResponse> tagging = send(subresourceRequest("GetBucketTagging", "GET", bucket, "tagging"));
    if (tagging) {
        QJsonObject tags;
        for (const XmlNode &t : tagging->result().child(u"TagSet").childrenNamed(u"Tag"))
            tags.insert(t.textAt(u"Key"), t.textAt(u"Value"));
        if (!tags.isEmpty())
            doc.insert(QStringLiteral("Tags"), tags);
    } else if (!isAbsent(tagging.error(), {"NoSuchTagSet", "NoSuchTagSetError"})) {
        return tagging.error();
    }

    AwsRequest policyRequest = subresourceRequest("GetBucketPolicy", "GET", bucket, "policy");
    policyRequest.rawResponse = true;
    const Result<AwsResponse> policy = send(policyRequest);
    if (policy) {
        if (!policy->body.trimmed().isEmpty())
            doc.insert(QStringLiteral("Policy"), DocumentJson::embeddedFromText(QString::fromUtf8(policy->body)));
    } else if (!isAbsent(policy.error(), {"NoSuchBucketPolicy"})) {
        return policy.error();
    }

    const Result<AwsResponse> versioning = send(subresourceRequest("GetBucketVersioning", "GET", bucket, "versioning"));
    if (versioning) {
        const QString status = versioning->result().textAt(u"Status");
        if (!status.isEmpty())
            doc.insert(QStringLiteral("Versioning"), status);
    } else if (!isAbsent(versioning.error(), {})) {
        return versioning.error();
    }

    for (const XmlConfig &c : XmlConfigs) {
        const QString op = QStringLiteral("GetBucket") + QString::fromLatin1(c.member);
        const Result<AwsResponse> r = send(subresourceRequest(op.toLatin1().constData(), "GET", bucket, c.subresource));
        if (!r) {
            if (isAbsent(r.error(), c.absentCodes))
                continue;
            return r.error();
        }
        const QJsonValue v = xmlToJson(r->result());
        if (v.isObject() && !v.toObject().isEmpty())
            doc.insert(QString::fromLatin1(c.member), v);
    }
    return doc;
}

Status S3BucketConfig::apply(const Sender &send, const QString &bucket, const QJsonObject &before,
                             const QJsonObject &after)
{
    const auto changed = [&](const QString &member) { return before.value(member) != after.value(member); };

    if (changed(QStringLiteral("Versioning"))) {
        // Versioning cannot go back to "never enabled": an absent member after an enabled one suspends it.
        QString status = after.value(QStringLiteral("Versioning")).toString();
        if (status.isEmpty())
            status = QStringLiteral("Suspended");
        if (Status st = putXml(send, bucket, "Versioning", "versioning", "VersioningConfiguration",
                               QJsonObject{{QStringLiteral("Status"), status}});
            !st)
            return st;
    }

    if (changed(QStringLiteral("Tags"))) {
        const QJsonObject tags = after.value(QStringLiteral("Tags")).toObject();
        Status st;
        if (tags.isEmpty()) {
            st = send(subresourceRequest("DeleteBucketTagging", "DELETE", bucket, "tagging"));
        } else {
            const QJsonObject tagSet{{QStringLiteral("TagSet"),
                                      QJsonObject{{QStringLiteral("Tag"), DocumentJson::tagList(tags)}}}};
            st = putXml(send, bucket, "Tagging", "tagging", "Tagging", tagSet);
        }
        if (!st)
            return st;
    }

    if (changed(QStringLiteral("Policy"))) {
        const QJsonValue policy = after.value(QStringLiteral("Policy"));
        Status st;
        if (policy.isUndefined()) {
            st = send(subresourceRequest("DeleteBucketPolicy", "DELETE", bucket, "policy"));
        } else {
            AwsRequest r = subresourceRequest("PutBucketPolicy", "PUT", bucket, "policy",
                                              DocumentJson::embeddedToText(policy).toUtf8());
            r.setHeader("Content-Type", "application/json");
            r.rawResponse = true; // the answer has no XML body to parse (moto sends one that is not XML)
            st = send(r);
        }
        if (!st)
            return st;
    }

    for (const XmlConfig &c : XmlConfigs) {
        const QString member = QString::fromLatin1(c.member);
        if (!changed(member))
            continue;
        const QJsonValue v = after.value(member);
        Status st;
        if (v.isObject())
            st = putXml(send, bucket, c.member, c.subresource, c.rootElement, v.toObject());
        else if (*c.deleteOperation)
            st = send(subresourceRequest(c.deleteOperation, "DELETE", bucket, c.subresource));
        else
            st = putXml(send, bucket, c.member, c.subresource, c.rootElement, {});
        if (!st && !(v.isUndefined() && isAbsent(st.error(), c.absentCodes)))
            return Error(st.error().code, ErrorText::tr("bucket %1, %2: %3").arg(bucket, member, st.error().message));
    }
    return {};
}

} // namespace poddeck
