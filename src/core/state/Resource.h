#pragma once

#include "state/AttachmentRef.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace poddeck {

// One resource of the emulator's state: a canonical JSON document that says how the AWS API would
// re-create it, plus named binary attachments stored by hash. Stored as one object whose bytes are
// canonical JSON, so equal resources have equal ids.
struct Resource
{
    QString path; // see ResourcePath
    QJsonObject document;
    QMap<QString, AttachmentRef> attachments;

    QByteArray toObjectBytes() const;
    static bool fromObjectBytes(const QByteArray &bytes, Resource *out, QString *error = nullptr);
    qint64 byteSize() const; // document plus attachments, uncompressed
};

} // namespace poddeck
