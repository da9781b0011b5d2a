#include "emulator/awsapi/S3Adapter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/S3BucketConfig.h"
#include "emulator/awsapi/DocumentJson.h"
#include "util/ParallelTasks.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QJsonArray>
#include <QMutex>
#include <QXmlStreamWriter>

namespace poddeck {

namespace {

const QString BucketType = QStringLiteral("bucket");
const QString ObjectType = QStringLiteral("object");
const QString VersionType = QStringLiteral("version");
const QString DeleteMarker = QStringLiteral("DeleteMarker");
const QString BodyAttachment = QStringLiteral("body");
const QByteArray MetaPrefix = "x-amz-meta-";

// Object headers kept in the document, by document member.
struct HeaderField
{
    const char *member;
    const char *header;
};
const HeaderField ObjectHeaders[] = {
    {"ContentType", "Content-Type"},
    {"CacheControl", "Cache-Control"},
    {"ContentEncoding", "Content-Encoding"},
    {"ContentDisposition", "Content-Disposition"},
    {"ContentLanguage", "Content-Language"},
    {"WebsiteRedirectLocation", "x-amz-website-redirect-location"},
    {"StorageClass", "x-amz-storage-class"},
};

// Decoded path segments: [s3, account, region, bucket, <name>] or [... , object, <key>].
struct S3Path
{
    QString bucket;
    QString key;
    bool isObject = false;
    bool isVersion = false; // an older version of the object (isObject too)
    int version = -1;
    bool valid = false;
};

S3Path parsePath(const QString &path)
{
    const QStringList seg = ResourcePath::segments(path);
    S3Path p;
    if (seg.size() == 5 && seg[3] == BucketType) {
        p.bucket = seg[4];
        p.valid = true;
    } else if (seg.size() == 7 && seg[3] == BucketType && seg[5] == ObjectType) {
        p.bucket = seg[4];
        p.key = seg[6];
        p.isObject = true;
        p.valid = true;
    } else if (seg.size() == 9 && seg[3] == BucketType && seg[5] == ObjectType && seg[7] == VersionType) {
        p.bucket = seg[4];
        p.key = seg[6];
        p.isObject = p.isVersion = true;
        p.version = seg[8].toInt(&p.valid);
    }
    return p;
}

Error badPath(const QString &path)
{
    return Error(Error::Code::InvalidArgument, ErrorText::tr("not an S3 bucket or object path: %1").arg(path));
}

QByteArray taggingHeader(const QJsonObject &tags)
{
    QByteArray out;
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        if (!out.isEmpty())
            out += '&';
        out += SigV4Signer::uriEncode(it.key().toUtf8(), false) + '='
               + SigV4Signer::uriEncode(it.value().toString().toUtf8(), false);
    }
    return out;
}

} // namespace

int S3Adapter::restoreRank(const Resource &resource) const
{
    const S3Path p = parsePath(resource.path);
    return p.isVersion ? VersionRank : p.isObject ? ObjectRank : BucketRank;
}

QString S3Adapter::orderedGroup(const Resource &resource) const
{
    return parsePath(resource.path).isVersion ? resource.path.section(QLatin1Char('/'), 0, 6) : QString();
}

Result<QStringList> S3Adapter::listBuckets(SnapshotContext &ctx)
{
    const Result<AwsResponse> r = ctx.send(AwsRequest::s3(QStringLiteral("ListBuckets"), "GET", QString()));
    if (!r)
        return r.error();
    QStringList names;
    for (const XmlNode &b : r->result().child(u"Buckets").childrenNamed(u"Bucket"))
        names.append(b.textAt(u"Name"));
    names.sort();
    return names;
}

Result<QString> S3Adapter::bucketRegion(SnapshotContext &ctx, const QString &bucket)
{
    const Result<AwsResponse> r = ctx.send(
        AwsRequest::s3(QStringLiteral("GetBucketLocation"), "GET", bucket, {}, {{QStringLiteral("location"), {}}}));
    if (!r)
        return r.error();
    // us-east-1 answers an empty LocationConstraint; "EU" is the legacy name of eu-west-1.
    const QString location = r->xml.text().trimmed();
    if (location.isEmpty())
        return QStringLiteral("us-east-1");
    if (location == QLatin1String("EU"))
        return QStringLiteral("eu-west-1");
    return location;
}

Result<bool> S3Adapter::hasResources(SnapshotContext &ctx)
{
    const Result<QStringList> buckets = listBuckets(ctx);
    if (!buckets)
        return buckets.error();
    for (const QString &b : *buckets) {
        const Result<QString> region = bucketRegion(ctx, b);
        if (region && *region == ctx.region())
            return true;
    }
    return false;
}

Status S3Adapter::snapshot(SnapshotContext &ctx)
{
    const Result<QStringList> buckets = listBuckets(ctx);
    if (!buckets)
        return buckets.error();

    // Location and settings of every bucket, several buckets at once; a bucket deleted meanwhile is skipped.
    QList<std::optional<QJsonObject>> documents(buckets->size());
    const S3BucketConfig::Sender send = [&ctx](const AwsRequest &r) { return ctx.send(r); };
    Status st = ParallelTasks::forEach(buckets->size(), [&](qsizetype i) -> Status {
        const QString &bucket = buckets->at(i);
        const Result<QString> region = bucketRegion(ctx, bucket);
        if (!region)
            return DocumentJson::hasCode(region.error(), {"NoSuchBucket"}) ? Status() : Status(region);
        if (*region != ctx.region())
            return {};
        Result<QJsonObject> doc = S3BucketConfig::read(send, bucket);
        if (!doc)
            return DocumentJson::hasCode(doc.error(), {"NoSuchBucket"}) ? Status() : Status(doc);
        documents[i] = *doc;
        return {};
    }, ParallelTasks::EmulatorInFlight, ctx.cancelFlag());
    if (!st)
        return st;

    for (qsizetype i = 0; i < buckets->size(); ++i) {
        if (!documents[i])
            continue;
        const QString path = ctx.path(BucketType, buckets->at(i));
        if (Status added = ctx.add(Resource{path, *documents[i], {}}); !added)
            return added;
        if (Status objects = snapshotObjects(ctx, buckets->at(i), path); !objects)
            return objects;
        if (documents[i]->contains(QStringLiteral("Versioning")))
            if (Status versions = snapshotVersions(ctx, buckets->at(i), path); !versions)
                return versions;
    }
    return {};
}

Status S3Adapter::snapshotObjects(SnapshotContext &ctx, const QString &bucket, const QString &bucketPath)
{
    QStringList keys;
    const AwsRequest list = AwsRequest::s3(QStringLiteral("ListObjectsV2"), "GET", bucket, {},
                                           {{QStringLiteral("list-type"), QStringLiteral("2")},
                                            {QStringLiteral("max-keys"), QString::number(AwsPaginator::pageSize(1000))}});
    Status st = AwsPaginator::forEachPage(ctx.client(), list, PageToken::s3ListObjectsV2(), [&](const AwsResponse &page) {
        for (const XmlNode &c : page.result().childrenNamed(u"Contents"))
            keys.append(c.textAt(u"Key"));
        return true;
    }, ctx.cancelFlag());
    if (!st)
        return st;

    return ParallelTasks::forEach(keys.size(), [&](qsizetype i) -> Status {
        Result<Resource> object = readObject(ctx, bucket, bucketPath, keys.at(i));
        if (!object) // deleted between listing and reading: not part of the state
            return DocumentJson::hasCode(object.error(), {"NoSuchKey"}) ? Status() : Status(object);
        return ctx.add(*object);
    }, ParallelTasks::EmulatorInFlight, ctx.cancelFlag());
}

Result<Resource> S3Adapter::readObject(SnapshotContext &ctx, const QString &bucket, const QString &bucketPath,
                                       const QString &key, const QString &versionId)
{
    QueryItems version;
    if (!versionId.isEmpty())
        version.append({QStringLiteral("versionId"), versionId});
    AwsRequest get = AwsRequest::s3(QStringLiteral("GetObject"), "GET", bucket, key, version);
    get.rawResponse = true;
    // The stored bytes as they are: without this, the network stack would inflate gzip-encoded objects.
    get.setHeader("Accept-Encoding", "identity");
    const Result<AwsResponse> r = ctx.send(get);
    if (!r)
        return r.error();

    QJsonObject doc{{QStringLiteral("Key"), key}};
    for (const HeaderField &f : ObjectHeaders) {
        const QByteArray v = r->header(f.header);
        if (!v.isEmpty())
            doc.insert(QString::fromLatin1(f.member), QString::fromUtf8(v));
    }
    if (doc.value(QStringLiteral("StorageClass")).toString() == QLatin1String("STANDARD"))
        doc.remove(QStringLiteral("StorageClass"));
    QJsonObject metadata;
    for (const auto &[name, value] : r->headers) {
        if (name.size() > MetaPrefix.size() && name.toLower().startsWith(MetaPrefix))
            metadata.insert(QString::fromUtf8(name.mid(MetaPrefix.size()).toLower()), QString::fromUtf8(value));
    }
    if (!metadata.isEmpty())
        doc.insert(QStringLiteral("Metadata"), metadata);

    if (r->header("x-amz-tagging-count").toInt() > 0) {
        const Result<AwsResponse> tagging = ctx.send(AwsRequest::s3(QStringLiteral("GetObjectTagging"), "GET", bucket,
                                                                    key, QueryItems{{QStringLiteral("tagging"), {}}} + version));
        if (!tagging)
            return tagging.error();
        QJsonObject tags;
        for (const XmlNode &t : tagging->result().child(u"TagSet").childrenNamed(u"Tag"))
            tags.insert(t.textAt(u"Key"), t.textAt(u"Value"));
        if (!tags.isEmpty())
            doc.insert(QStringLiteral("Tags"), tags);
    }

    const Result<AttachmentRef> body = ctx.putAttachment(r->body);
    if (!body)
        return body.error();
    Resource object{ResourcePath::child(bucketPath, ObjectType, key), doc, {}};
    object.attachments.insert(BodyAttachment, *body);
    return object;
}

Result<QMap<QString, S3Adapter::KeyHistory>> S3Adapter::listVersions(
    const std::function<Result<AwsResponse>(const AwsRequest &)> &send, const QString &bucket, const QString &prefix)
{
    QMap<QString, KeyHistory> out;
    AwsRequest list = AwsRequest::s3(QStringLiteral("ListObjectVersions"), "GET", bucket, {},
                                     {{QStringLiteral("versions"), {}}, {QStringLiteral("max-keys"), QString::number(AwsPaginator::pageSize(1000))}});
    if (!prefix.isEmpty())
        list.setQueryItem(QStringLiteral("prefix"), prefix);
    QString lastMarker;
    for (int page = 0; page < AwsPaginator::MaxPages; ++page) {
        const Result<AwsResponse> r = send(list);
        if (!r)
            return r.error();
        // Versions of a key come newest first. Delete markers are only trusted when latest: moto lists them
        // apart from the versions with times to the second, so an older one cannot be placed among them.
        for (const XmlNode &v : r->result().children()) {
            const bool latest = v.textAt(u"IsLatest") == QLatin1String("true");
            if (v.name() == QLatin1String("Version")) {
                KeyHistory &h = out[v.textAt(u"Key")];
                if (latest)
                    h.current = v.textAt(u"VersionId");
                else
                    h.older.prepend(v.textAt(u"VersionId"));
            } else if (v.name() == QLatin1String("DeleteMarker") && latest) {
                out[v.textAt(u"Key")].deleted = true;
            }
        }
        if (r->result().textAt(u"IsTruncated") != QLatin1String("true"))
            return out;
        const QString key = r->result().textAt(u"NextKeyMarker"), id = r->result().textAt(u"NextVersionIdMarker");
        if (key + u'\n' + id == lastMarker)
            return Error(Error::Code::Corrupt, ErrorText::tr("s3://%1: ListObjectVersions repeated a page").arg(bucket));
        lastMarker = key + u'\n' + id;
        list.setQueryItem(QStringLiteral("key-marker"), key);
        list.setQueryItem(QStringLiteral("version-id-marker"), id);
    }
    return Error(Error::Code::Corrupt, ErrorText::tr("s3://%1: too many object versions").arg(bucket));
}

Status S3Adapter::snapshotVersions(SnapshotContext &ctx, const QString &bucket, const QString &bucketPath)
{
    const Result<QMap<QString, KeyHistory>> histories = listVersions([&ctx](const AwsRequest &r) { return ctx.send(r); }, bucket, {});
    if (!histories)
        return histories.error();
    struct Job
    {
        QString key, versionId, path;
    };
    QList<Job> jobs;
    for (auto it = histories->cbegin(); it != histories->cend(); ++it) {
        const QString objectPath = ResourcePath::child(bucketPath, ObjectType, it.key());
        for (qsizetype n = 0; n < it->older.size(); ++n)
            jobs.append({it.key(), it->older.at(n), ResourcePath::child(objectPath, VersionType, QString::number(n))});
        if (it->deleted) {
            const QString marker = ResourcePath::child(objectPath, VersionType, QString::number(it->older.size()));
            if (Status st = ctx.add(Resource{marker, {{DeleteMarker, true}}, {}}); !st)
                return st;
        }
    }
    return ParallelTasks::forEach(jobs.size(), [&](qsizetype i) -> Status {
        Result<Resource> version = readObject(ctx, bucket, bucketPath, jobs.at(i).key, jobs.at(i).versionId);
        if (!version)
            return DocumentJson::hasCode(version.error(), {"NoSuchVersion", "NoSuchKey"}) ? Status() : Status(version);
        version->path = jobs.at(i).path;
        return ctx.add(*version);
    }, ParallelTasks::EmulatorInFlight, ctx.cancelFlag());
}

Status S3Adapter::putVersions(ApplyContext &ctx, QList<const Resource *> versions)
{
    std::stable_sort(versions.begin(), versions.end(), [](const Resource *a, const Resource *b) {
        return parsePath(a->path).version < parsePath(b->path).version;
    });
    for (const Resource *v : std::as_const(versions)) {
        const S3Path p = parsePath(v->path);
        if (v->document.value(DeleteMarker).toBool()) {
            const Result<AwsResponse> r = ctx.send(AwsRequest::s3(QStringLiteral("DeleteObject"), "DELETE", p.bucket, p.key));
            if (!r)
                return Error(r.error().code, QStringLiteral("%1: %2").arg(v->path, r.error().message));
            continue;
        }
        const Result<QByteArray> body = ctx.attachment(*v, BodyAttachment);
        if (!body)
            return body.error();
        Resource object = *v;
        object.document.insert(QStringLiteral("Key"), p.key);
        if (Status st = putObject(ctx, p.bucket, object, *body); !st)
            return st;
    }
    return {};
}

Status S3Adapter::removeVersion(ApplyContext &ctx, const QString &bucket, const QString &key, int index, const Resource &version)
{
    const Result<QMap<QString, KeyHistory>> histories = listVersions([&ctx](const AwsRequest &r) { return ctx.send(r); }, bucket, key);
    if (!histories)
        return DocumentJson::hasCode(histories.error(), {"NoSuchBucket"}) ? Status() : Status(histories.error());
    const KeyHistory h = histories->value(key);
    QString id;
    if (version.document.value(DeleteMarker).toBool()) {
        if (!h.deleted)
            return {};
        // The latest delete marker: found through the listing again, by its IsLatest.
        const Result<AwsResponse> list = ctx.send(AwsRequest::s3(QStringLiteral("ListObjectVersions"), "GET", bucket, {},
                                                                 {{QStringLiteral("versions"), {}}, {QStringLiteral("prefix"), key}}));
        if (!list)
            return list.error();
        for (const XmlNode &m : list->result().childrenNamed(u"DeleteMarker"))
            if (m.textAt(u"Key") == key && m.textAt(u"IsLatest") == QLatin1String("true"))
                id = m.textAt(u"VersionId");
    } else if (index < h.older.size()) {
        id = h.older.at(index);
    }
    if (id.isEmpty())
        return {};
    const Result<AwsResponse> r = ctx.send(AwsRequest::s3(QStringLiteral("DeleteObject"), "DELETE", bucket, key,
                                                          {{QStringLiteral("versionId"), id}}));
    if (!r && !DocumentJson::hasCode(r.error(), {"NoSuchKey", "NoSuchVersion"}))
        return r.error();
    return {};
}

Status S3Adapter::create(ApplyContext &ctx, const Resource &resource)
{
    const S3Path p = parsePath(resource.path);
    if (!p.valid)
        return badPath(resource.path);
    if (!p.isObject)
        return createBucket(ctx, p.bucket, resource.document);
    if (p.isVersion)
        return putVersions(ctx, {&resource});
    const Result<QByteArray> body = ctx.attachment(resource, BodyAttachment);
    if (!body)
        return body.error();
    return putObject(ctx, p.bucket, resource, *body);
}

Status S3Adapter::createMany(ApplyContext &ctx, const QList<Resource> &resources)
{
    QList<const Resource *> objects;
    QMap<QString, QList<const Resource *>> versions; // by object: one key's versions go in order
    for (const Resource &r : resources) {
        const S3Path p = parsePath(r.path);
        if (!p.valid)
            return badPath(r.path);
        if (p.isVersion)
            versions[r.path.section(QLatin1Char('/'), 0, 6)].append(&r);
        else if (p.isObject)
            objects.append(&r);
        else if (Status st = createBucket(ctx, p.bucket, r.document); !st)
            return st;
    }
    for (const QList<const Resource *> &history : std::as_const(versions))
        if (Status st = putVersions(ctx, history); !st)
            return st;
    QMutex loaderMutex; // the attachment loader is not promised to be thread-safe
    return ParallelTasks::forEach(objects.size(), [&](qsizetype i) -> Status {
        const Resource &object = *objects.at(i);
        Result<QByteArray> body = [&] {
            QMutexLocker lock(&loaderMutex);
            return ctx.attachment(object, BodyAttachment);
        }();
        if (!body)
            return body.error();
        return putObject(ctx, parsePath(object.path).bucket, object, *body);
    }, ParallelTasks::EmulatorInFlight);
}

Status S3Adapter::createBucket(ApplyContext &ctx, const QString &bucket, const QJsonObject &document)
{
    QByteArray body;
    if (ctx.region() != QLatin1String("us-east-1")) {
        QXmlStreamWriter w(&body);
        w.writeStartElement(QStringLiteral("CreateBucketConfiguration"));
        w.writeDefaultNamespace(QStringLiteral("http://s3.amazonaws.com/doc/2006-03-01/"));
        w.writeTextElement(QStringLiteral("LocationConstraint"), ctx.region());
        w.writeEndElement();
    }
    const Result<AwsResponse> r = ctx.send(AwsRequest::s3(QStringLiteral("CreateBucket"), "PUT", bucket, {}, {}, body));
    if (!r && !DocumentJson::hasCode(r.error(), {"BucketAlreadyOwnedByYou"}))
        return r.error();
    const S3BucketConfig::Sender send = [&ctx](const AwsRequest &req) { return ctx.send(req); };
    return S3BucketConfig::apply(send, bucket, {}, document);
}

Status S3Adapter::putObject(ApplyContext &ctx, const QString &bucket, const Resource &object, const QByteArray &body)
{
    const QJsonObject &doc = object.document;
    const QString key = doc.value(QStringLiteral("Key")).toString(parsePath(object.path).key);
    AwsRequest put = AwsRequest::s3(QStringLiteral("PutObject"), "PUT", bucket, key, {}, body);
    for (const HeaderField &f : ObjectHeaders) {
        const QString v = doc.value(QString::fromLatin1(f.member)).toString();
        if (!v.isEmpty())
            put.setHeader(f.header, v.toUtf8());
    }
    const QJsonObject metadata = doc.value(QStringLiteral("Metadata")).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        put.setHeader(MetaPrefix + it.key().toUtf8(), it.value().toString().toUtf8());
    const QJsonObject tags = doc.value(QStringLiteral("Tags")).toObject();
    if (!tags.isEmpty())
        put.setHeader("x-amz-tagging", taggingHeader(tags));
    const Result<AwsResponse> r = ctx.send(put);
    if (!r)
        return Error(r.error().code, QStringLiteral("s3://%1/%2: %3").arg(bucket, key, r.error().message));
    return {};
}

Status S3Adapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    const S3Path p = parsePath(after.path);
    if (!p.valid)
        return badPath(after.path);
    // An older version cannot be rewritten in place (S3 history is append-only): it keeps what it holds.
    if (p.isVersion)
        return {};
    if (p.isObject) // an object is replaced as a whole; PutObject overwrites it
        return create(ctx, after);
    const S3BucketConfig::Sender send = [&ctx](const AwsRequest &req) { return ctx.send(req); };
    return S3BucketConfig::apply(send, p.bucket, before.document, after.document);
}

Status S3Adapter::remove(ApplyContext &ctx, const Resource &resource)
{
    const S3Path p = parsePath(resource.path);
    if (!p.valid)
        return badPath(resource.path);
    if (!p.isObject)
        return deleteBucket(ctx, p.bucket);
    if (p.isVersion)
        return removeVersion(ctx, p.bucket, p.key, p.version, resource);
    const Result<AwsResponse> r = ctx.send(AwsRequest::s3(QStringLiteral("DeleteObject"), "DELETE", p.bucket, p.key));
    if (!r && !DocumentJson::hasCode(r.error(), {"NoSuchKey", "NoSuchBucket"}))
        return r.error();
    return {};
}

Status S3Adapter::deleteBucket(ApplyContext &ctx, const QString &bucket)
{
    const AwsRequest del = AwsRequest::s3(QStringLiteral("DeleteBucket"), "DELETE", bucket);
    Result<AwsResponse> r = ctx.send(del);
    if (!r && DocumentJson::hasCode(r.error(), {"BucketNotEmpty"})) {
        // Objects are separate resources and already gone; what is left are older versions and delete
        // markers of a versioned bucket, which the state does not keep.
        if (Status st = purgeVersions(ctx, bucket); !st)
            return st;
        r = ctx.send(del);
    }
    if (!r && !DocumentJson::hasCode(r.error(), {"NoSuchBucket"}))
        return r.error();
    return {};
}

Status S3Adapter::purgeVersions(ApplyContext &ctx, const QString &bucket)
{
    for (int round = 0; round < 1000; ++round) {
        const Result<AwsResponse> list = ctx.send(AwsRequest::s3(QStringLiteral("ListObjectVersions"), "GET", bucket, {},
                                                                 {{QStringLiteral("versions"), {}},
                                                                  {QStringLiteral("max-keys"), QStringLiteral("1000")}}));
        if (!list)
            return list.error();
        QByteArray body;
        QXmlStreamWriter w(&body);
        w.writeStartElement(QStringLiteral("Delete"));
        w.writeDefaultNamespace(QStringLiteral("http://s3.amazonaws.com/doc/2006-03-01/"));
        w.writeTextElement(QStringLiteral("Quiet"), QStringLiteral("true"));
        int count = 0;
        for (const XmlNode &v : list->result().children()) {
            if (v.name() != QLatin1String("Version") && v.name() != QLatin1String("DeleteMarker"))
                continue;
            w.writeStartElement(QStringLiteral("Object"));
            w.writeTextElement(QStringLiteral("Key"), v.textAt(u"Key"));
            w.writeTextElement(QStringLiteral("VersionId"), v.textAt(u"VersionId"));
            w.writeEndElement();
            ++count;
        }
        w.writeEndElement();
        if (count == 0)
            return {};
        AwsRequest del = AwsRequest::s3(QStringLiteral("DeleteObjects"), "POST", bucket, {}, {{QStringLiteral("delete"), {}}}, body);
        del.setHeader("Content-MD5", S3BucketConfig::contentMd5(body));
        if (const Result<AwsResponse> r = ctx.send(del); !r)
            return r.error();
    }
    return Error(Error::Code::LimitExceeded, ErrorText::tr("s3://%1: too many object versions to delete").arg(bucket));
}

} // namespace poddeck
