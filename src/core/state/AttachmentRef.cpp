#include "state/AttachmentRef.h"

#include "state/CanonicalJson.h"

#include <QJsonArray>

namespace poddeck {

QJsonObject AttachmentRef::toJson() const
{
    QJsonArray list;
    for (const ObjectId &c : chunks)
        list.append(c.toHex());
    return QJsonObject{{QStringLiteral("size"), double(size)}, {QStringLiteral("chunks"), list}};
}

bool AttachmentRef::fromJson(const QJsonObject &o, AttachmentRef *out)
{
    AttachmentRef r;
    if (!jsonCount(o.value(QStringLiteral("size")), &r.size))
        return false;
    for (const QJsonValue &c : o.value(QStringLiteral("chunks")).toArray()) {
        const ObjectId id = ObjectId::fromHex(c.toString());
        if (id.isNull())
            return false;
        r.chunks.append(id);
    }
    if (r.size < r.chunks.size() || r.size > r.chunks.size() * MaxChunkBytes)
        return false;
    *out = r;
    return true;
}

} // namespace poddeck
