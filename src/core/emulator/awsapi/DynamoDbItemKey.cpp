#include "emulator/awsapi/DynamoDbItemKey.h"

#include "util/ErrorText.h"

#include <QJsonArray>

namespace poddeck {

QList<DynamoDbItemKey::Attribute> DynamoDbItemKey::schemaOf(const QJsonObject &table)
{
    QHash<QString, QString> types;
    for (const QJsonValue &d : table.value(QStringLiteral("AttributeDefinitions")).toArray())
        types.insert(d[QStringLiteral("AttributeName")].toString(), d[QStringLiteral("AttributeType")].toString());
    QList<Attribute> schema;
    const QJsonArray keys = table.value(QStringLiteral("KeySchema")).toArray();
    for (const char *role : {"HASH", "RANGE"}) {
        for (const QJsonValue &k : keys) {
            if (k[QStringLiteral("KeyType")].toString() == QLatin1String(role)) {
                const QString name = k[QStringLiteral("AttributeName")].toString();
                schema.append({name, types.value(name, QStringLiteral("S"))});
            }
        }
    }
    return schema;
}

Result<QString> DynamoDbItemKey::encode(const QList<Attribute> &schema, const QJsonObject &item)
{
    QStringList parts;
    for (const Attribute &a : schema) {
        const QJsonValue v = item.value(a.name).toObject().value(a.type);
        if (!v.isString())
            return Error(Error::Code::Corrupt, ErrorText::tr("item has no %1 key attribute '%2'").arg(a.type, a.name));
        QString text = v.toString();
        text.replace(u'\\', QStringLiteral("\\\\"));
        text.replace(u'|', QStringLiteral("\\|"));
        parts.append(text);
    }
    if (parts.isEmpty())
        return Error(Error::Code::Corrupt, ErrorText::tr("table has no key schema"));
    return parts.join(u'|');
}

Result<QJsonObject> DynamoDbItemKey::decode(const QList<Attribute> &schema, const QString &id)
{
    QStringList parts{QString()};
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (c == u'\\' && i + 1 < id.size()) {
            parts.last().append(id.at(++i));
        } else if (c == u'|') {
            parts.append(QString());
        } else {
            parts.last().append(c);
        }
    }
    if (parts.size() != schema.size())
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("item id '%1' has %2 parts, the table's key %3").arg(id).arg(parts.size()).arg(schema.size()));
    QJsonObject key;
    for (qsizetype i = 0; i < schema.size(); ++i)
        key.insert(schema[i].name, QJsonObject{{schema[i].type, parts[i]}});
    return key;
}

QJsonObject DynamoDbItemKey::keyOf(const QList<Attribute> &schema, const QJsonObject &item)
{
    QJsonObject key;
    for (const Attribute &a : schema)
        key.insert(a.name, item.value(a.name));
    return key;
}

} // namespace poddeck
