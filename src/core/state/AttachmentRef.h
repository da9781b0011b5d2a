#pragma once

#include "state/ObjectId.h"

#include <QJsonObject>
#include <QList>

namespace poddeck {

// A binary attachment (S3 object body, Lambda zip, opaque emulator state file) as the list of its
// content-defined chunks in the object store.
struct AttachmentRef
{
    qint64 size = 0;
    QList<ObjectId> chunks;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &o, AttachmentRef *out);
    friend bool operator==(const AttachmentRef &a, const AttachmentRef &b)
    {
        return a.size == b.size && a.chunks == b.chunks;
    }
};

} // namespace poddeck
