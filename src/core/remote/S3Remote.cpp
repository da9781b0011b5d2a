#include "remote/S3Remote.h"

#include "aws/AwsError.h"
#include "aws/AwsPaginator.h"
#include "aws/RetryPolicy.h"
#include "util/ParallelTasks.h"
#include "util/ErrorText.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <QUuid>

namespace poddeck {

namespace {

AwsConfig configFor(const RemoteUrl &url, const AwsCredentials &credentials)
{
    AwsConfig c;
    c.endpoint = url.endpoint;
    c.region = url.region;
    c.credentials = credentials;
    c.s3VirtualHost = url.virtualHost;
    c.timeoutMs = 60000;
    c.retry.maxAttempts = 5;
    return c;
}

bool hasCode(const Error &e, std::initializer_list<const char *> codes)
{
    const QString code = AwsError::codeOf(e);
    for (const char *c : codes)
        if (code == QLatin1String(c))
            return true;
    return false;
}

QByteArray completeBody(const QList<QByteArray> &etags)
{
    QByteArray xml = "<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">";
    for (int i = 0; i < etags.size(); ++i)
        xml += "<Part><PartNumber>" + QByteArray::number(i + 1) + "</PartNumber><ETag>" + QString::fromLatin1(etags[i]).toHtmlEscaped().toLatin1() +
               "</ETag></Part>";
    return xml + "</CompleteMultipartUpload>";
}

} // namespace

S3Remote::S3Remote(const RemoteUrl &url, const AwsCredentials &credentials)
    : Remote(url), m_client(configFor(url, credentials))
{
}

QString S3Remote::key(const QString &relative) const
{
    return m_url.prefix.isEmpty() ? relative : m_url.prefix + u'/' + relative;
}

Result<AwsResponse> S3Remote::send(const AwsRequest &request) const
{
    Result<AwsResponse> r = m_client.send(request);
    if (r)
        return r;
    const Error &e = r.error();
    const QString where = QStringLiteral("remote %1").arg(describe());
    if (hasCode(e, {"NoSuchBucket"}))
        return Error(Error::Code::NotFound, ErrorText::tr("%1: bucket '%2' does not exist (create it first)").arg(where, m_url.bucket));
    if (hasCode(e, {"InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied", "403"}))
        return Error(Error::Code::Remote, ErrorText::tr("%1: access denied (%2); check the credentials stored for this remote "
                                                         "or AWS_ACCESS_KEY_ID / AWS_PROFILE").arg(where, AwsError::codeOf(e)));
    if (e.code == Error::Code::Network)
        return Error(Error::Code::Network, QStringLiteral("%1: %2").arg(where, e.message));
    return e;
}

Result<bool> S3Remote::hasObject(const ObjectId &id)
{
    // A one-byte ranged GET rather than HEAD: AwsClient sends HEAD as a custom verb, and Qt then waits for
    // the Content-Length bytes of an existing object that never come ("response cut short").
    AwsRequest probe = AwsRequest::s3(QStringLiteral("GetObject"), "GET", m_url.bucket, key(objectKey(id)));
    probe.rawResponse = true;
    probe.setHeader("Range", "bytes=0-0");
    probe.maxResponseBytes = MaxObjectBytes; // a server that ignores Range sends the whole object
    probe.setHeader("Accept-Encoding", "identity");
    Result<AwsResponse> r = send(probe);
    if (r)
        return true;
    if (hasCode(r.error(), {"NotFound", "NoSuchKey", "404"}))
        return false;
    if (hasCode(r.error(), {"InvalidRange"})) // an empty object exists too
        return true;
    return r.error();
}

// A listing's error, explained like send() explains one (pages go through the paginator, not send()).
Error S3Remote::listingError(const Error &e) const
{
    if (hasCode(e, {"NoSuchBucket"}))
        return Error(Error::Code::NotFound, ErrorText::tr("remote %1: bucket '%2' does not exist (create it first)").arg(describe(), m_url.bucket));
    return e;
}

Result<QStringList> S3Remote::listKeys(const QString &prefix, bool delimited)
{
    AwsRequest list = AwsRequest::s3(QStringLiteral("ListObjectsV2"), "GET", m_url.bucket, {},
                                     {{QStringLiteral("list-type"), QStringLiteral("2")}, {QStringLiteral("prefix"), prefix}});
    if (delimited)
        list.queryItems.append({QStringLiteral("delimiter"), QStringLiteral("/")});
    list.maxResponseBytes = MaxListingBytes;
    QStringList keys;
    Status st = AwsPaginator::forEachPage(m_client, list, PageToken::s3ListObjectsV2(), [&](const AwsResponse &page) {
        for (const XmlNode &c : page.result().childrenNamed(u"Contents"))
            keys.append(c.textAt(u"Key"));
        return true;
    });
    if (!st)
        return listingError(st.error());
    return keys;
}

Result<QSet<ObjectId>> S3Remote::listObjects(const QString &hexPrefix)
{
    const QString prefix = key(QStringLiteral("objects/") + hexPrefix + u'/');
    Result<QStringList> keys = listKeys(prefix, false);
    if (!keys)
        return keys.error();
    QSet<ObjectId> out;
    for (const QString &k : std::as_const(*keys)) {
        const ObjectId id = ObjectId::fromHex(QString(hexPrefix + k.mid(prefix.size())));
        if (!id.isNull())
            out.insert(id);
    }
    return out;
}

Result<QByteArray> S3Remote::getObject(const ObjectId &id)
{
    AwsRequest get = AwsRequest::s3(QStringLiteral("GetObject"), "GET", m_url.bucket, key(objectKey(id)));
    get.rawResponse = true;
    get.setHeader("Accept-Encoding", "identity");
    get.maxResponseBytes = MaxObjectBytes;
    Result<AwsResponse> r = send(get);
    if (!r) {
        if (hasCode(r.error(), {"NoSuchKey", "NotFound"}))
            return Error(Error::Code::NotFound, ErrorText::tr("object %1 is missing on remote %2").arg(id.toHex(), describe()));
        if (r.error().code == Error::Code::LimitExceeded)
            return Error(Error::Code::LimitExceeded,
                         ErrorText::tr("object %1 on remote %2 is larger than any PodDeck object (%3 bytes at most), so it is "
                                        "damaged or not PodDeck's; delete %4 there and push again from a machine that has it")
                             .arg(id.toHex(), describe())
                             .arg(MaxObjectBytes)
                             .arg(key(objectKey(id))));
        return r.error();
    }
    return std::move(r->body);
}

Status S3Remote::putBytes(const QString &k, const QByteArray &body, bool parallelParts)
{
    if (body.size() > MultipartThreshold) {
        return multipartUpload(k, body.size(), [&body](int index) -> Result<QByteArray> {
            return body.mid(qsizetype(index) * PartSize, PartSize);
        }, parallelParts);
    }
    AwsRequest put = AwsRequest::s3(QStringLiteral("PutObject"), "PUT", m_url.bucket, k, {}, body);
    put.setHeader("Content-Type", "application/octet-stream");
    return send(put);
}

Status S3Remote::putObject(const ObjectId &id, const QByteArray &compressed)
{
    // Parts go one after another here: objects are already sent in parallel, from the transfer pool.
    return putBytes(key(objectKey(id)), compressed, false);
}

Status S3Remote::multipartUpload(const QString &k, qint64 size, const PartReader &read, bool parallel,
                                 const Progress &progress, const QByteArray &tagging)
{
    AwsRequest create = AwsRequest::s3(QStringLiteral("CreateMultipartUpload"), "POST", m_url.bucket, k, {{QStringLiteral("uploads"), {}}});
    if (!tagging.isEmpty())
        create.setHeader("x-amz-tagging", tagging);
    Result<AwsResponse> created = send(create);
    if (!created)
        return created.error();
    const QString uploadId = created->result().textAt(u"UploadId");
    if (uploadId.isEmpty())
        return Error(Error::Code::Corrupt, ErrorText::tr("remote %1: CreateMultipartUpload returned no UploadId").arg(describe()));
    const int parts = int((size + PartSize - 1) / PartSize);
    QList<QByteArray> etags(parts);
    QMutex progressMutex;
    const auto uploadPart = [&](qsizetype i) -> Status {
        Result<QByteArray> body = read(int(i));
        if (!body)
            return body.error();
        AwsRequest part = AwsRequest::s3(QStringLiteral("UploadPart"), "PUT", m_url.bucket, k,
                                         {{QStringLiteral("partNumber"), QString::number(i + 1)}, {QStringLiteral("uploadId"), uploadId}},
                                         *body);
        Result<AwsResponse> r = send(part);
        if (!r)
            return r.error();
        etags[i] = r->header("ETag");
        if (etags[i].isEmpty())
            return Error(Error::Code::Corrupt, ErrorText::tr("remote %1: UploadPart returned no ETag").arg(describe()));
        if (progress) {
            QMutexLocker lock(&progressMutex);
            progress(body->size());
        }
        return {};
    };
    // Sequential parts run in the calling thread, which may itself be a transfer pool task.
    Status st;
    if (parallel)
        st = ParallelTasks::forEach(parts, uploadPart, 4);
    else
        for (int i = 0; i < parts && st; ++i)
            st = uploadPart(i);
    if (st) {
        AwsRequest complete = AwsRequest::s3(QStringLiteral("CompleteMultipartUpload"), "POST", m_url.bucket, k,
                                             {{QStringLiteral("uploadId"), uploadId}}, completeBody(etags));
        complete.setHeader("Content-Type", "application/xml");
        Result<AwsResponse> done = send(complete);
        // CompleteMultipartUpload can answer 200 with an <Error> body.
        if (done && done->xml.name() == QLatin1String("Error"))
            st = Error(Error::Code::Remote, ErrorText::tr("remote %1: CompleteMultipartUpload failed: %2")
                                                 .arg(describe(), done->xml.textAt(u"Message")));
        else
            st = done;
        if (st)
            return st;
    }
    (void)send(AwsRequest::s3(QStringLiteral("AbortMultipartUpload"), "DELETE", m_url.bucket, k,
                              {{QStringLiteral("uploadId"), uploadId}}));
    return st;
}

Result<QStringList> S3Remote::listPackFiles()
{
    const QString prefix = key(QStringLiteral("packs/"));
    Result<QStringList> keys = listKeys(prefix, true);
    if (!keys)
        return keys.error();
    QStringList out;
    for (const QString &k : std::as_const(*keys))
        out.append(k.mid(prefix.size()));
    return out;
}

Result<QList<Remote::PackFileInfo>> S3Remote::listPackFilesWithTimes()
{
    const QString prefix = key(QStringLiteral("packs/"));
    AwsRequest list = AwsRequest::s3(QStringLiteral("ListObjectsV2"), "GET", m_url.bucket, {},
                                     {{QStringLiteral("list-type"), QStringLiteral("2")}, {QStringLiteral("prefix"), prefix},
                                      {QStringLiteral("delimiter"), QStringLiteral("/")}});
    list.maxResponseBytes = MaxListingBytes;
    QList<PackFileInfo> out;
    Status st = AwsPaginator::forEachPage(m_client, list, PageToken::s3ListObjectsV2(), [&](const AwsResponse &page) {
        for (const XmlNode &c : page.result().childrenNamed(u"Contents"))
            out.append({c.textAt(u"Key").mid(prefix.size()), QDateTime::fromString(c.textAt(u"LastModified"), Qt::ISODateWithMs).toUTC(),
                        c.textAt(u"Size").toLongLong()});
        return true;
    });
    if (!st)
        return listingError(st.error());
    return out;
}

Status S3Remote::putPackFile(const QString &name, const QByteArray &bytes)
{
    // Parts of a large pack go up in parallel too: packs upload a few at once (RemotePacks), 4 parts each
    // at most, well within the transfer pool's 32 threads.
    return putBytes(key(packKey(name)), bytes, true);
}

Result<QByteArray> S3Remote::getPackBytes(const QString &name, const QByteArray &range, qint64 maxBytes)
{
    AwsRequest get = AwsRequest::s3(QStringLiteral("GetObject"), "GET", m_url.bucket, key(packKey(name)));
    get.rawResponse = true;
    get.setHeader("Accept-Encoding", "identity");
    if (!range.isEmpty())
        get.setHeader("Range", range);
    get.maxResponseBytes = maxBytes;
    Result<AwsResponse> r = send(get);
    if (!r) {
        if (hasCode(r.error(), {"NoSuchKey", "NotFound"}))
            return Error(Error::Code::NotFound, ErrorText::tr("%1 is missing on remote %2; run `poddeck-cli remote fsck`")
                                                    .arg(packKey(name), describe()));
        if (hasCode(r.error(), {"InvalidRange"}))
            return Error(Error::Code::Corrupt, ErrorText::tr("%1 on remote %2 is shorter than its index says; run `poddeck-cli remote fsck`")
                                                   .arg(packKey(name), describe()));
        if (r.error().code == Error::Code::LimitExceeded)
            return Error(Error::Code::LimitExceeded, ErrorText::tr("%1 on remote %2 is larger than %3 bytes, so it is damaged or not PodDeck's; "
                                                                    "run `poddeck-cli remote fsck`").arg(packKey(name), describe()).arg(maxBytes));
        return r.error();
    }
    return std::move(r->body);
}

Result<QByteArray> S3Remote::readPackRange(const QString &name, qint64 offset, qint64 length)
{
    const QByteArray range = "bytes=" + QByteArray::number(offset) + '-' + QByteArray::number(offset + length - 1);
    Result<QByteArray> bytes = getPackBytes(name, range, std::min(length, MaxPackBytes));
    if (!bytes)
        return bytes;
    if (bytes->size() != length)
        return Error(Error::Code::Corrupt, ErrorText::tr("remote %1 answered a read of %2 bytes of %3 with %4 bytes (it must honour "
                                                          "HTTP Range requests); run `poddeck-cli remote fsck`")
                                               .arg(describe()).arg(length).arg(packKey(name)).arg(bytes->size()));
    return bytes;
}

Result<QByteArray> S3Remote::readPackFile(const QString &name, qint64 maxBytes)
{
    return getPackBytes(name, {}, maxBytes);
}

Status S3Remote::removePackFile(const QString &name)
{
    return send(AwsRequest::s3(QStringLiteral("DeleteObject"), "DELETE", m_url.bucket, key(packKey(name))));
}

Result<bool> S3Remote::hasLooseObjects()
{
    AwsRequest list = AwsRequest::s3(QStringLiteral("ListObjectsV2"), "GET", m_url.bucket, {},
                                     {{QStringLiteral("list-type"), QStringLiteral("2")},
                                      {QStringLiteral("prefix"), key(QStringLiteral("objects/"))},
                                      {QStringLiteral("max-keys"), QStringLiteral("1")}});
    list.maxResponseBytes = MaxListingBytes;
    Result<AwsResponse> r = send(list);
    if (!r)
        return r.error();
    return !r->result().childrenNamed(u"Contents").isEmpty();
}

Result<QStringList> S3Remote::listPods()
{
    const QString prefix = key(QStringLiteral("pods/"));
    Result<QStringList> keys = listKeys(prefix, true);
    if (!keys)
        return keys.error();
    QStringList out;
    for (const QString &k : std::as_const(*keys))
        if (k.endsWith(QLatin1String(".json")))
            out.append(k.mid(prefix.size()).chopped(5));
    return out;
}

Result<RemoteDocument> S3Remote::readPod(const QString &name)
{
    AwsRequest get = AwsRequest::s3(QStringLiteral("GetObject"), "GET", m_url.bucket, key(podKey(name)));
    get.rawResponse = true;
    get.setHeader("Accept-Encoding", "identity");
    get.setHeader("Cache-Control", "no-cache");
    get.maxResponseBytes = documentLimit(name);
    Result<AwsResponse> r = send(get);
    if (!r) {
        if (hasCode(r.error(), {"NoSuchKey", "NotFound"}))
            return Error(Error::Code::NotFound, ErrorText::tr("remote %1 has no pod '%2'").arg(describe(), name));
        if (r.error().code == Error::Code::LimitExceeded)
            return Error(Error::Code::LimitExceeded,
                         ErrorText::tr("%1 on remote %2 is larger than the %3 bytes such a file may have, so it is damaged or "
                                        "not PodDeck's; restore it from a backup, or delete it and push the pod again")
                             .arg(key(podKey(name)), describe())
                             .arg(documentLimit(name)));
        return r.error();
    }
    const QString etag = QString::fromLatin1(r->header("ETag"));
    if (etag.isEmpty())
        return Error(Error::Code::Unsupported,
                     ErrorText::tr("remote %1 sends no ETag, so PodDeck cannot update its pods safely").arg(describe()));
    return RemoteDocument{r->body, etag};
}

Result<QString> S3Remote::writePod(const QString &name, const QByteArray &bytes, const QString &expectedTag)
{
    AwsRequest put = AwsRequest::s3(QStringLiteral("PutObject"), "PUT", m_url.bucket, key(podKey(name)), {}, bytes);
    put.setHeader("Content-Type", "application/json");
    if (expectedTag.isEmpty())
        put.setHeader("If-None-Match", "*");
    else
        put.setHeader("If-Match", expectedTag.toLatin1());
    // Tried again when the server said it is busy (503 SlowDown and the like) or no answer came. A lost answer
    // followed by a retry (ours, or Qt's own resend of a PUT whose connection closed) sees its own write and
    // fails the condition: the pod file holding exactly these bytes then means the earlier attempt landed.
    AwsConfig once = m_client.config();
    once.retry.maxAttempts = 1;
    for (int attempt = 1;; ++attempt) {
        Result<AwsResponse> r = AwsClient(once).send(put);
        if (r)
            return QString::fromLatin1(r->header("ETag"));
        if (hasCode(r.error(), {"PreconditionFailed", "ConditionalRequestConflict", "412", "409"})) {
            if (Result<RemoteDocument> now = readPod(name); now && now->bytes == bytes)
                return now->tag;
            return Error(Error::Code::Conflict, ErrorText::tr("pod '%1' on remote %2 changed since it was read").arg(name, describe()));
        }
        const QString code = AwsError::codeOf(r.error());
        const bool busy = r.error().code == Error::Code::Network || RetryPolicy::isThrottlingCode(code)
            || code == QLatin1String("ServiceUnavailable") || code == QLatin1String("503");
        if (!busy || attempt >= m_client.config().retry.maxAttempts)
            return r.error();
        QThread::msleep(ulong(m_client.config().retry.delayMs(attempt + 1)));
    }
}

Result<QString> S3Remote::checkConditionalWrites()
{
    AwsConfig once = m_client.config();
    once.retry.maxAttempts = 1;
    once.timeoutMs = std::min(once.timeoutMs, 10000);
    const AwsClient client(once);
    const QString probeKey = key(QStringLiteral("tmp/probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto put = [&](const char *header, const QByteArray &value) {
        AwsRequest r = AwsRequest::s3(QStringLiteral("PutObject"), "PUT", m_url.bucket, probeKey, {},
                                      "PodDeck checks that this storage honours conditional writes; safe to delete.\n");
        r.setHeader(header, value);
        return client.send(r);
    };
    auto refused = [](const Result<AwsResponse> &r) {
        return !r && hasCode(r.error(), {"PreconditionFailed", "ConditionalRequestConflict", "412", "409"});
    };
    const QString where = QStringLiteral("remote %1").arg(describe());
    Result<AwsResponse> created = put("If-None-Match", "*");
    if (!created) {
        if (hasCode(created.error(), {"NoSuchBucket"}))
            return Error(Error::Code::NotFound, ErrorText::tr("%1: bucket '%2' does not exist (create it first)").arg(where, m_url.bucket));
        return Error(created.error().code, ErrorText::tr("%1: cannot write a test file: %2").arg(where, created.error().message));
    }
    QString problem;
    Result<AwsResponse> again = put("If-None-Match", "*");
    if (again)
        problem = ErrorText::tr("it replaced an existing file despite If-None-Match: *");
    else if (!refused(again))
        problem = ErrorText::tr("it answered a create-only write of an existing file with %1 instead of 412").arg(AwsError::codeOf(again.error()));
    if (problem.isEmpty()) {
        Result<AwsResponse> stale = put("If-Match", "\"00000000000000000000000000000000\"");
        if (stale)
            problem = ErrorText::tr("it replaced a file whose ETag did not match If-Match");
        else if (!refused(stale))
            problem = ErrorText::tr("it answered an If-Match write with a wrong ETag with %1 instead of 412").arg(AwsError::codeOf(stale.error()));
    }
    (void)client.send(AwsRequest::s3(QStringLiteral("DeleteObject"), "DELETE", m_url.bucket, probeKey)); // best effort
    return problem;
}

Result<QString> S3Remote::putShare(const QString &id, const QString &localFile, int expiresSeconds,
                                   const Progress &progress)
{
    if (!isShareId(id))
        return Error(Error::Code::InvalidArgument, ErrorText::tr("bad share id '%1'").arg(id));
    const QString k = key(QStringLiteral("shares/") + id + QStringLiteral(".pod"));
    const qint64 size = QFileInfo(localFile).size();
    const int expires = std::clamp(expiresSeconds, 1, MaxShareSeconds);
    // The tag lets the lifecycle rule of ensureShareExpiry() delete the bundle a day after the link dies.
    const QByteArray tagging = shareExpiryTag((expires + 86399) / 86400).toLatin1();
    if (size > MultipartThreshold) {
        Status st = multipartUpload(k, size, [&localFile](int index) -> Result<QByteArray> {
            QFile f(localFile);
            if (!f.open(QIODevice::ReadOnly) || !f.seek(qint64(index) * PartSize))
                return Error(Error::Code::Io, ErrorText::tr("cannot read %1: %2").arg(localFile, f.errorString()));
            return f.read(PartSize);
        }, true, progress, tagging);
        if (!st)
            return st.error();
    } else {
        QFile f(localFile);
        if (!f.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io, ErrorText::tr("cannot read %1: %2").arg(localFile, f.errorString()));
        AwsRequest put = AwsRequest::s3(QStringLiteral("PutObject"), "PUT", m_url.bucket, k, {}, f.readAll());
        put.setHeader("Content-Type", "application/octet-stream");
        put.setHeader("x-amz-tagging", tagging);
        if (Status st = send(put); !st)
            return st.error();
        if (progress)
            progress(size);
    }
    return m_client.presignedUrl(AwsRequest::s3(QStringLiteral("GetObject"), "GET", m_url.bucket, k), expires).toString(QUrl::FullyEncoded);
}

Result<QList<Remote::ShareFile>> S3Remote::listShares()
{
    const QString prefix = key(QStringLiteral("shares/"));
    AwsRequest list = AwsRequest::s3(QStringLiteral("ListObjectsV2"), "GET", m_url.bucket, {},
                                     {{QStringLiteral("list-type"), QStringLiteral("2")}, {QStringLiteral("prefix"), prefix}});
    list.maxResponseBytes = MaxListingBytes;
    QList<ShareFile> shares;
    Status st = AwsPaginator::forEachPage(m_client, list, PageToken::s3ListObjectsV2(), [&](const AwsResponse &page) {
        for (const XmlNode &c : page.result().childrenNamed(u"Contents")) {
            const QString name = c.textAt(u"Key").mid(prefix.size());
            if (!name.endsWith(QLatin1String(".pod")) || !isShareId(name.chopped(4)))
                continue;
            shares.append({name.chopped(4), QDateTime::fromString(c.textAt(u"LastModified"), Qt::ISODateWithMs).toUTC(),
                           c.textAt(u"Size").toLongLong()});
        }
        return true;
    });
    if (!st)
        return listingError(st.error());
    return shares;
}

Status S3Remote::removeShare(const QString &id)
{
    if (!isShareId(id))
        return Error(Error::Code::InvalidArgument, ErrorText::tr("bad share id '%1'").arg(id));
    return send(AwsRequest::s3(QStringLiteral("DeleteObject"), "DELETE", m_url.bucket, key(QStringLiteral("shares/") + id + QStringLiteral(".pod"))));
}

QString S3Remote::ensureShareExpiry()
{
    // The rules are added to whatever the bucket has (PutBucketLifecycleConfiguration replaces the whole
    // set), so a team's own rules stay; a bucket that has ours already is left alone.
    static const QString RuleId = QStringLiteral("poddeck-share-days-");
    AwsRequest get = AwsRequest::s3(QStringLiteral("GetBucketLifecycleConfiguration"), "GET", m_url.bucket, {},
                                    {{QStringLiteral("lifecycle"), QString()}});
    get.maxResponseBytes = MaxSmallDocumentBytes;
    QByteArray existing;
    if (Result<AwsResponse> r = m_client.send(get)) {
        if (r->body.contains(RuleId.toLatin1()))
            return {};
        existing = r->body;
    } else if (AwsError::codeOf(r.error()) != QLatin1String("NoSuchLifecycleConfiguration")) {
        return ErrorText::tr("cannot read the bucket's lifecycle rules (%1)").arg(AwsError::codeOf(r.error()).isEmpty() ? r.error().message : AwsError::codeOf(r.error()));
    }
    QByteArray rules;
    const QString prefix = key(QStringLiteral("shares/")).toHtmlEscaped();
    for (int days = 1; days <= (MaxShareSeconds + 86399) / 86400; ++days) {
        const QStringList tag = shareExpiryTag(days).split(u'=');
        rules += QStringLiteral("<Rule><ID>%1%2</ID><Filter><And><Prefix>%3</Prefix><Tag><Key>%4</Key><Value>%5</Value></Tag>"
                                "</And></Filter><Status>Enabled</Status><Expiration><Days>%6</Days></Expiration></Rule>")
                     .arg(RuleId).arg(days).arg(prefix, tag.value(0), tag.value(1)).arg(days + 1)
                     .toUtf8();
    }
    QByteArray body;
    const int end = existing.lastIndexOf("</LifecycleConfiguration>");
    if (end > 0)
        body = existing.left(end) + rules + existing.mid(end);
    else
        body = "<LifecycleConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">" + rules + "</LifecycleConfiguration>";
    AwsRequest put = AwsRequest::s3(QStringLiteral("PutBucketLifecycleConfiguration"), "PUT", m_url.bucket, {},
                                    {{QStringLiteral("lifecycle"), QString()}}, body);
    put.setHeader("Content-Type", "application/xml");
    put.setHeader("Content-MD5", QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64());
    if (Result<AwsResponse> r = m_client.send(put); !r)
        return ErrorText::tr("cannot add lifecycle rules to bucket %1 (%2)")
            .arg(m_url.bucket, AwsError::codeOf(r.error()).isEmpty() ? r.error().message : AwsError::codeOf(r.error()));
    return {};
}

} // namespace poddeck
