#include "state/Version.h"

#include "state/CanonicalJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace poddeck {

namespace {

QJsonObject objectFields(const Version &v)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), QStringLiteral("version"));
    o.insert(QStringLiteral("root"), v.root.toHex());
    QJsonArray parents;
    for (const ObjectId &p : v.parents)
        parents.append(p.toHex());
    o.insert(QStringLiteral("parents"), parents);
    o.insert(QStringLiteral("message"), v.message);
    o.insert(QStringLiteral("author"), v.author);
    o.insert(QStringLiteral("created"), v.created.toUTC().toString(Qt::ISODateWithMs));
    QJsonObject emulator;
    emulator.insert(QStringLiteral("kind"), v.emulatorKind);
    emulator.insert(QStringLiteral("version"), v.emulatorVersion);
    o.insert(QStringLiteral("emulator"), emulator);
    o.insert(QStringLiteral("services"), QJsonArray::fromStringList(v.services));
    // Counts as strings would be odd; doubles hold integers exactly up to 2^53, plenty here.
    o.insert(QStringLiteral("resourceCount"), double(v.resourceCount));
    o.insert(QStringLiteral("bytes"), double(v.bytes));
    return o;
}

} // namespace

QByteArray Version::toObjectBytes() const
{
    return canonicalJson(objectFields(*this));
}

bool Version::fromObjectBytes(const QByteArray &bytes, Version *out, QString *error)
{
    QJsonObject o;
    if (!parseJsonObject(bytes, &o, error))
        return false;
    if (o.value(QStringLiteral("type")).toString() != QLatin1String("version")) {
        if (error)
            *error = QCoreApplication::translate("poddeck::Error", "not a version object");
        return false;
    }
    Version v;
    v.root = ObjectId::fromHex(o.value(QStringLiteral("root")).toString());
    if (v.root.isNull()) {
        if (error)
            *error = QCoreApplication::translate("poddeck::Error", "version object has no valid root");
        return false;
    }
    for (const QJsonValue &p : o.value(QStringLiteral("parents")).toArray()) {
        const ObjectId id = ObjectId::fromHex(p.toString());
        if (id.isNull()) {
            if (error)
                *error = QCoreApplication::translate("poddeck::Error", "version object has an invalid parent id");
            return false;
        }
        v.parents.append(id);
    }
    v.message = o.value(QStringLiteral("message")).toString();
    v.author = o.value(QStringLiteral("author")).toString();
    v.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    const QJsonObject emulator = o.value(QStringLiteral("emulator")).toObject();
    v.emulatorKind = emulator.value(QStringLiteral("kind")).toString();
    v.emulatorVersion = emulator.value(QStringLiteral("version")).toString();
    for (const QJsonValue &s : o.value(QStringLiteral("services")).toArray())
        v.services.append(s.toString());
    for (const auto &[key, field] : {std::pair{QStringLiteral("resourceCount"), &v.resourceCount},
                                     std::pair{QStringLiteral("bytes"), &v.bytes}}) {
        const QJsonValue value = o.value(key);
        if (!value.isUndefined() && !jsonCount(value, field)) {
            if (error)
                *error = QCoreApplication::translate("poddeck::Error", "version object has an invalid %1").arg(key);
            return false;
        }
    }
    v.id = ObjectId::hash(bytes);
    *out = v;
    return true;
}

QJsonObject Version::toJson() const
{
    QJsonObject o = objectFields(*this);
    o.remove(QStringLiteral("type"));
    o.insert(QStringLiteral("id"), id.toHex());
    o.insert(QStringLiteral("pod"), pod);
    o.insert(QStringLiteral("number"), number);
    return o;
}

} // namespace poddeck
