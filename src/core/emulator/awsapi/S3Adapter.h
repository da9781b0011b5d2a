#pragma once

#include "emulator/ServiceAdapter.h"

#include <QList>

namespace poddeck {

// S3 through its REST-XML API. Buckets are listed globally (ListBuckets) but each lives in its own region
// (GetBucketLocation), so a snapshot of one region holds only that region's buckets.
//
//   s3/<account>/<region>/bucket/<name>                 document: S3BucketConfig members
//   s3/<account>/<region>/bucket/<name>/object/<key>    document: Key, ContentType, Metadata, Tags,
//                                                       CacheControl ... ; attachment "body"
//
// Only current object versions are kept (not older versions of a versioned bucket, nor ETags or
// timestamps). Objects are read and written several at a time: emulators answer slowly one by one.
class S3Adapter : public ServiceAdapter
{
public:
    static constexpr int BucketRank = 10;
    static constexpr int ObjectRank = 20;

    QString service() const override { return QStringLiteral("s3"); }
    int restoreRank(const Resource &resource) const override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;

    // Creates many resources at once: buckets one by one first, then objects in parallel. The framework's
    // batching path; create() stays the one-at-a-time form.
    Status createMany(ApplyContext &ctx, const QList<Resource> &resources) override;

private:
    static Result<QStringList> listBuckets(SnapshotContext &ctx);
    static Result<QString> bucketRegion(SnapshotContext &ctx, const QString &bucket);
    static Status snapshotObjects(SnapshotContext &ctx, const QString &bucket, const QString &bucketPath);
    static Result<Resource> readObject(SnapshotContext &ctx, const QString &bucket, const QString &bucketPath,
                                       const QString &key);
    static Status createBucket(ApplyContext &ctx, const QString &bucket, const QJsonObject &document);
    static Status putObject(ApplyContext &ctx, const QString &bucket, const Resource &object,
                            const QByteArray &body);
    static Status deleteBucket(ApplyContext &ctx, const QString &bucket);
    static Status purgeVersions(ApplyContext &ctx, const QString &bucket);
};

} // namespace poddeck
