#pragma once

#include "state/ObjectId.h"

#include <QJsonObject>
#include <QList>

namespace poddeck {

// A binary attachment (S3 object body, Lambda zip, opaque emulator state file) as the list of its
// content-defined chunks in the object store.
struct AttachmentRef
{
    // The store cuts attachments into chunks of at most this many bytes (Chunker::MaxSize, checked there),
    // so a reference whose size its chunks cannot hold is damaged or crafted: reading it would reserve
    // memory for bytes that do not exist.
    static constexpr qint64 MaxChunkBytes = 256 * 1024;

    qint64 size = 0;
    QList<ObjectId> chunks;

    QJsonObject toJson() const;
    // False when malformed: a size that is no whole number, or one its chunks cannot hold (each holds
    // 1..MaxChunkBytes bytes).
    static bool fromJson(const QJsonObject &o, AttachmentRef *out);
    friend bool operator==(const AttachmentRef &a, const AttachmentRef &b)
    {
        return a.size == b.size && a.chunks == b.chunks;
    }
};

} // namespace poddeck
