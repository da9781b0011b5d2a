#pragma once

#include "emulator/ServiceAdapter.h"

#include "aws/AwsClient.h"

#include <QList>
#include <QMap>
#include <functional>

namespace poddeck {

// S3 through its REST-XML API. Buckets are listed globally (ListBuckets) but each lives in its own region
// (GetBucketLocation), so a snapshot of one region holds only that region's buckets.
//
//   s3/<account>/<region>/bucket/<name>                 document: S3BucketConfig members
//   s3/<account>/<region>/bucket/<name>/object/<key>    document: Key, ContentType, Metadata, Tags,
//                                                       CacheControl ... ; attachment "body"
//   .../object/<key>/version/<n>                        an older version of a versioned bucket's object,
//                                                       oldest first (n = 0); like an object, or
//                                                       {"DeleteMarker": true} when the key's latest entry
//                                                       is a delete marker (then there is no object/<key>)
//
// Version ids, ETags and timestamps are server-assigned and not kept: a version is named by its position.
// Restore puts a key's older versions oldest first (rank VersionRank, one key per createMany call),
// then the current object (ObjectRank), so ListObjectVersions shows the same order and the latest content
// is right. Delete markers between versions are not kept (moto lists them apart from the versions, with
// times to the second, so they cannot be placed); they change no content. Objects are read and written
// several at a time: emulators answer slowly one by one.
class S3Adapter : public ServiceAdapter
{
public:
    static constexpr int BucketRank = 10;
    static constexpr int VersionRank = 15;
    static constexpr int ObjectRank = 20;

    QString service() const override { return QStringLiteral("s3"); }
    int restoreRank(const Resource &resource) const override;
    QString orderedGroup(const Resource &resource) const override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;

    // Creates many resources at once: buckets one by one first, then objects in parallel. The framework's
    // batching path; create() stays the one-at-a-time form.
    Status createMany(ApplyContext &ctx, const QList<Resource> &resources) override;

private:
    struct KeyHistory
    {
        QString current;      // the latest version's id, when the latest entry is not a delete marker
        QStringList older;    // ids of the other versions, oldest first
        bool deleted = false; // the latest entry is a delete marker
    };
    static Result<QMap<QString, KeyHistory>> listVersions(const std::function<Result<AwsResponse>(const AwsRequest &)> &send,
                                                          const QString &bucket, const QString &prefix);
    static Status snapshotVersions(SnapshotContext &ctx, const QString &bucket, const QString &bucketPath);
    static Status putVersions(ApplyContext &ctx, QList<const Resource *> versions);
    static Status removeVersion(ApplyContext &ctx, const QString &bucket, const QString &key, int index, const Resource &version);
    static Result<QStringList> listBuckets(SnapshotContext &ctx);
    static Result<QString> bucketRegion(SnapshotContext &ctx, const QString &bucket);
    static Status snapshotObjects(SnapshotContext &ctx, const QString &bucket, const QString &bucketPath);
    static Result<Resource> readObject(SnapshotContext &ctx, const QString &bucket, const QString &bucketPath,
                                       const QString &key, const QString &versionId = {});
    static Status createBucket(ApplyContext &ctx, const QString &bucket, const QJsonObject &document);
    static Status putObject(ApplyContext &ctx, const QString &bucket, const Resource &object,
                            const QByteArray &body);
    static Status deleteBucket(ApplyContext &ctx, const QString &bucket);
    static Status purgeVersions(ApplyContext &ctx, const QString &bucket);
};

} // namespace poddeck
