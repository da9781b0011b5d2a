#pragma once

#include "ArchiveCraft.h"

#include "state/ResourcePath.h"
#include "state/Version.h"
#include "store/ObjectStore.h"
#include "store/StateBuilder.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace poddeck::test {

// Three versions of a small pod: v1 (a bucket with a 3 MiB object body, a queue), v2 (queue changed,
// a parameter added) and v3 (one byte of the body changed, so most chunks are shared). Flushed.
inline QList<Version> makeThreeVersions(ObjectStore &store)
{
    QList<Version> out;
    QByteArray body = randomBytes(3 * 1024 * 1024, 7);
    const QString bucket = ResourcePath::make(QStringLiteral("s3"), QStringLiteral("000000000000"),
                                              QStringLiteral("us-east-1"), QStringLiteral("bucket"), QStringLiteral("data"));
    for (int i = 0; i < 3; ++i) {
        StateBuilder b(store);
        Resource r{bucket, QJsonObject{{QStringLiteral("Name"), QStringLiteral("data")}}, {}};
        if (!b.add(r))
            return {};
        if (i == 2)
            body[1000000] = char(body[1000000] ^ 0x5a);
        Resource obj{ResourcePath::child(bucket, QStringLiteral("object"), QStringLiteral("big/file.bin")),
                     QJsonObject{{QStringLiteral("Key"), QStringLiteral("big/file.bin")}}, {}};
        Result<AttachmentRef> ref = b.putAttachment(body);
        if (!ref)
            return {};
        obj.attachments.insert(QStringLiteral("body"), *ref);
        if (!b.add(obj))
            return {};
        Resource q{ResourcePath::make(QStringLiteral("sqs"), QStringLiteral("000000000000"), QStringLiteral("us-east-1"),
                                      QStringLiteral("queue"), QStringLiteral("jobs")),
                   QJsonObject{{QStringLiteral("VisibilityTimeout"), i == 0 ? 30 : 60}}, {}};
        if (!b.add(q))
            return {};
        if (i >= 1) {
            Resource p{ResourcePath::make(QStringLiteral("ssm"), QStringLiteral("000000000000"), QStringLiteral("us-east-1"),
                                          QStringLiteral("parameter"), QStringLiteral("/app/mode")),
                       QJsonObject{{QStringLiteral("Value"), QStringLiteral("fast")}}, {}};
            if (!b.add(p))
                return {};
        }
        Version meta;
        meta.message = QStringLiteral("v%1").arg(i + 1);
        meta.author = QStringLiteral("Test <test@example.com>");
        meta.emulatorKind = QStringLiteral("moto");
        meta.created = QDateTime::fromMSecsSinceEpoch(1700000000000ll + i * 1000, Qt::UTC);
        if (!out.isEmpty())
            meta.parents.append(out.last().id);
        Result<Version> v = b.finish(meta);
        if (!v)
            return {};
        out.append(*v);
    }
    if (!store.flush())
        return {};
    return out;
}

} // namespace poddeck::test
