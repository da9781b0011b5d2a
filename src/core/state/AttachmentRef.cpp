#include "state/AttachmentRef.h"

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
    const QJsonValue size = o.value(QStringLiteral("size"));
    if (!size.isDouble() || size.toDouble() < 0)
        return false;
    r.size = qint64(size.toDouble());
    for (const QJsonValue &c : o.value(QStringLiteral("chunks")).toArray()) {
        const ObjectId id = ObjectId::fromHex(c.toString());
        if (id.isNull())
            return false;
        r.chunks.append(id);
    }
    *out = r;
    return true;
}

} // namespace poddeck
