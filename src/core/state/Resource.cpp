#include "state/Resource.h"

#include "state/CanonicalJson.h"
#include "state/ResourcePath.h"

#include <QCoreApplication>

namespace poddeck {

QByteArray Resource::toObjectBytes() const
{
    QJsonObject atts;
    for (auto it = attachments.cbegin(); it != attachments.cend(); ++it)
        atts.insert(it.key(), it.value().toJson());
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("resource")},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("document"), document}};
    if (!atts.isEmpty())
        o.insert(QStringLiteral("attachments"), atts);
    return canonicalJson(o);
}

bool Resource::fromObjectBytes(const QByteArray &bytes, Resource *out, QString *error)
{
    QJsonObject o;
    if (!parseJsonObject(bytes, &o, error))
        return false;
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (o.value(QStringLiteral("type")).toString() != QLatin1String("resource"))
        return fail(QCoreApplication::translate("poddeck::Error", "not a resource object"));
    Resource r;
    r.path = o.value(QStringLiteral("path")).toString();
    if (!ResourcePath::isValid(r.path))
        return fail(QCoreApplication::translate("poddeck::Error", "resource object has an invalid path '%1'").arg(r.path));
    r.document = o.value(QStringLiteral("document")).toObject();
    const QJsonObject atts = o.value(QStringLiteral("attachments")).toObject();
    for (auto it = atts.constBegin(); it != atts.constEnd(); ++it) {
        AttachmentRef ref;
        if (!AttachmentRef::fromJson(it.value().toObject(), &ref))
            return fail(QCoreApplication::translate("poddeck::Error", "resource %1 has a malformed attachment '%2'").arg(r.path, it.key()));
        r.attachments.insert(it.key(), ref);
    }
    *out = r;
    return true;
}

qint64 Resource::byteSize() const
{
    qint64 n = canonicalJson(document).size();
    for (const AttachmentRef &a : attachments)
        n += a.size;
    return n;
}

} // namespace poddeck
