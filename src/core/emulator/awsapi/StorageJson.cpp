#include "emulator/awsapi/StorageJson.h"

#include "aws/AwsError.h"

#include <QJsonDocument>

namespace poddeck::StorageJson {

QJsonObject tagsFromList(const QJsonArray &list, const QString &keyName, const QString &valueName)
{
    QJsonObject tags;
    for (const QJsonValue &t : list)
        tags.insert(t[keyName].toString(), t[valueName].toString());
    return tags;
}

QJsonArray tagsToList(const QJsonObject &tags, const QString &keyName, const QString &valueName)
{
    QJsonArray list;
    for (auto it = tags.begin(); it != tags.end(); ++it)
        list.append(QJsonObject{{keyName, it.key()}, {valueName, it.value().toString()}});
    return list;
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

bool hasCode(const Error &error, std::initializer_list<QLatin1String> codes)
{
    const QString code = AwsError::codeOf(error);
    if (code.isEmpty())
        return false;
    for (QLatin1String c : codes) {
        if (code == c)
            return true;
    }
    return false;
}

} // namespace poddeck::StorageJson
