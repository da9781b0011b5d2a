#pragma once

#include "state/ObjectId.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace poddeck {

// One committed state of a pod. Its identity (id) is the SHA-256 of its canonical JSON (see toObjectBytes()),
// which holds everything below except `id`, `pod` and `number`: those are catalogue conveniences, so the
// same version keeps its id when it travels to another catalogue or is imported under another pod name.
struct Version
{
    ObjectId id;
    QString pod;          // catalogue only
    int number = 0;       // catalogue only: 1..n per pod, in the order this catalogue learned of versions
    ObjectId root;        // root StateTree object
    QList<ObjectId> parents;
    QString message;
    QString author;
    QDateTime created;    // UTC, millisecond precision
    QString emulatorKind; // "moto", "localstack", "aws", "directory", ...
    QString emulatorVersion;
    QStringList services; // sorted
    qint64 resourceCount = 0;
    qint64 bytes = 0;     // uncompressed bytes of documents and attachments

    // Canonical bytes of the version object (what `id` hashes).
    QByteArray toObjectBytes() const;
    // Computes id from the other fields.
    ObjectId computeId() const { return ObjectId::hash(toObjectBytes()); }
    // Parses a version object; sets id to the hash of `bytes`. Returns false on malformed input.
    static bool fromObjectBytes(const QByteArray &bytes, Version *out, QString *error = nullptr);

    // Everything, for --json output and bundle manifests.
    QJsonObject toJson() const;
};

} // namespace poddeck
