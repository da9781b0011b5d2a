#pragma once

#include "jobs/JobContext.h"
#include "state/ObjectId.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace poddeck {

// Where a pod's space goes (Version > Properties): per service of one version, and new bytes per version
// over the pod's history. "Stored" bytes are what the objects take on disk (compressed); an object shared
// by two services counts for each, so service figures may add up to more than the version's own.
struct ServiceSpace
{
    QString service;
    qint64 resources = 0;
    qint64 bytes = 0;       // documents and attachments, uncompressed
    qint64 storedBytes = 0; // the distinct objects of the service, as stored
};

struct VersionSpace
{
    int number = 0;
    ObjectId id;
    QString message;
    QDateTime created;
    qint64 bytes = 0;          // the version's own size, uncompressed
    qint64 newStoredBytes = 0; // objects no earlier version (by number) had, as stored
};

struct SpaceReport
{
    QString pod;
    int number = 0;
    QList<ServiceSpace> services; // largest stored first
    QList<VersionSpace> history;  // by number
    qint64 storedBytes = 0;       // every distinct object of the version
    qint64 podStoredBytes = 0;    // every distinct object of the pod's versions
};

// Reads the version's state (every tree and resource object) and walks the pod's versions once, each
// object visited once, so the cost is what the versions do not share.
Result<SpaceReport> spaceUsage(const QString &home, const QString &pod, int number, JobContext &context);

} // namespace poddeck
