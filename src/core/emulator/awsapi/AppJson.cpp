#include "emulator/awsapi/AppJson.h"

#include <QJsonDocument>
#include <QUrl>
#include <algorithm>

namespace poddeck::AppJson {

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

} // namespace poddeck::AppJson
