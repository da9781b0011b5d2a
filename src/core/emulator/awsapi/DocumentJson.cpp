#include "emulator/awsapi/DocumentJson.h"

#include "aws/AwsError.h"

#include <QJsonDocument>
#include <QUrl>
#include <algorithm>

namespace poddeck::DocumentJson {

QJsonObject tagMap(const QJsonArray &list, const QString &keyName, const QString &valueName)
{
    QJsonObject map;
    for (const QJsonValue &t : list)
        map.insert(t[keyName].toString(), t[valueName].toString());
    return map;
}

QJsonArray tagList(const QJsonObject &map, const QString &keyName, const QString &valueName)
{
    QJsonArray list;
    for (auto it = map.begin(); it != map.end(); ++it) // QJsonObject iterates in key order
        list.append(QJsonObject{{keyName, it.key()}, {valueName, it.value().toString()}});
    return list;
}

QJsonObject tagsToSet(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject set;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value())
            set.insert(it.key(), it.value());
    return set;
}

QStringList tagsToRemove(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys;
    for (const QString &k : before.keys())
        if (!after.contains(k))
            keys << k;
    return keys;
}

QJsonValue policyValue(const QString &text, bool percentEncoded)
{
    const QString plain = percentEncoded ? QUrl::fromPercentEncoding(text.toUtf8()) : text;
    const QJsonDocument doc = QJsonDocument::fromJson(plain.toUtf8());
    if (doc.isObject())
        return doc.object();
    return plain;
}

QString policyText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toString();
}

void insertIfNotEmpty(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject pick(const QJsonObject &from, const QStringList &keys)
{
    QJsonObject out;
    for (const QString &k : keys) {
        const QJsonValue v = from.value(k);
        const bool empty = v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty())
                           || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
        if (!empty)
            out.insert(k, v);
    }
    return out;
}

QStringList sortedStrings(const QJsonArray &array)
{
    QStringList list = toStringList(array);
    std::sort(list.begin(), list.end());
    return list;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

bool hasCode(const Error &error, std::initializer_list<const char *> codes)
{
    const QString code = AwsError::codeOf(error);
    return std::any_of(codes.begin(), codes.end(), [&](const char *c) { return code == QLatin1String(c); });
}

QJsonValue embeddedFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            if (doc.isObject())
                return doc.object();
            return doc.array();
        }
    }
    return text;
}

QString embeddedToText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}

QJsonObject attributesToDocument(const QJsonObject &attributes, const QStringList &jsonValued,
                                 const QStringList &dropped)
{
    QJsonObject out;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (dropped.contains(it.key()))
            continue;
        const QString text = embeddedToText(it.value());
        if (text.isEmpty())
            continue;
        out.insert(it.key(), jsonValued.contains(it.key()) ? embeddedFromText(text) : QJsonValue(text));
    }
    return out;
}

QJsonObject attributesFromDocument(const QJsonObject &document)
{
    QJsonObject out;
    for (auto it = document.begin(); it != document.end(); ++it)
        out.insert(it.key(), embeddedToText(it.value()));
    return out;
}

QStringList changedKeys(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys = before.keys() + after.keys();
    keys.sort();
    keys.removeDuplicates();
    QStringList out;
    for (const QString &k : keys) {
        if (before.value(k) != after.value(k))
            out.append(k);
    }
    return out;
}

} // namespace poddeck::DocumentJson
