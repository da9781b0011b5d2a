#pragma once

#include "aws/AwsClient.h"
#include "remote/Remote.h"

#include <functional>

namespace poddeck {

// A remote in an S3-compatible bucket (AWS S3, MinIO, Ceph, LocalStack, moto), below an optional key prefix,
// signed with SigV4 through AwsClient; path-style or virtual-host addressing as the URL says.
// Pod files are replaced with conditional PUTs: If-Match: <ETag> to update, If-None-Match: * to create;
// 412 PreconditionFailed (and AWS's 409 ConditionalRequestConflict) become Conflict.
// Bodies above MultipartThreshold go up as multipart uploads of PartSize parts.
class S3Remote final : public Remote
{
public:
    static constexpr qint64 MultipartThreshold = 8ll * 1024 * 1024;
    static constexpr qint64 PartSize = 8ll * 1024 * 1024;
    static constexpr int MaxShareSeconds = 7 * 24 * 3600; // SigV4 presigned URLs live at most 7 days

    S3Remote(const RemoteUrl &url, const AwsCredentials &credentials);

    Result<bool> hasObject(const ObjectId &id) override;
    Result<QSet<ObjectId>> listObjects(const QString &hexPrefix) override;
    Result<QByteArray> getObject(const ObjectId &id) override;
    Status putObject(const ObjectId &id, const QByteArray &compressed) override;
    Result<QStringList> listPackFiles() override;
    Result<QList<PackFileInfo>> listPackFilesWithTimes() override;
    Status putPackFile(const QString &name, const QByteArray &bytes) override;
    Result<QByteArray> readPackRange(const QString &name, qint64 offset, qint64 length) override;
    Result<QByteArray> readPackFile(const QString &name, qint64 maxBytes) override;
    Status removePackFile(const QString &name) override;
    Result<bool> hasLooseObjects() override;
    Result<QStringList> listPods() override;
    Result<RemoteDocument> readPod(const QString &name) override;
    Result<QString> writePod(const QString &name, const QByteArray &bytes, const QString &expectedTag) override;
    // PUT tmp/probe-<uuid> with If-None-Match: * (must succeed), again (must fail with 412), with a wrong
    // If-Match (must fail with 412), then DELETE it. One attempt each, short timeouts.
    Result<QString> checkConditionalWrites() override;
    Result<QString> putShare(const QString &id, const QString &localFile, int expiresSeconds,
                             const Progress &progress) override;
    Result<QList<ShareFile>> listShares() override;
    Status removeShare(const QString &id) override;
    // A lifecycle rule per day count 1..7 on <prefix>shares/ objects tagged shareExpiryTag(days), added to
    // the bucket's own rules (never replacing them); nothing to do when they are there already.
    QString ensureShareExpiry() override;

    const AwsClient &client() const { return m_client; }
    QString key(const QString &relative) const; // below the prefix

    // Reads part `index` (0-based) of `size` bytes; parts are PartSize long, the last one shorter.
    using PartReader = std::function<Result<QByteArray>(int index)>;
    // CreateMultipartUpload, UploadPart (in parallel when `parallel`), CompleteMultipartUpload; aborts the
    // upload on failure so no parts linger.
    // `tagging` ("k=v&k2=v2") tags the object, like PutObject's x-amz-tagging.
    Status multipartUpload(const QString &key, qint64 size, const PartReader &read, bool parallel,
                           const Progress &progress = {}, const QByteArray &tagging = {});

private:
    Result<AwsResponse> send(const AwsRequest &request) const;
    Status putBytes(const QString &key, const QByteArray &body, bool parallelParts);
    Result<QStringList> listKeys(const QString &prefix, bool delimited);
    Error listingError(const Error &error) const;
    Result<QByteArray> getPackBytes(const QString &name, const QByteArray &range, qint64 maxBytes);

    AwsClient m_client;
};

} // namespace poddeck
