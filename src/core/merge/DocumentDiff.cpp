#include "merge/DocumentDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace poddeck {

namespace {

bool isPlainKey(const QString &k)
{
    if (k.isEmpty())
        return false;
    for (QChar c : k)
        if (c == QLatin1Char('.') || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('"'))
            return false;
    return true;
}

QString quoted(const QString &k)
{
    // A JSON string literal: QJsonDocument escapes it for us.
    const QByteArray array = QJsonDocument(QJsonArray{k}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

void diffInto(const QJsonObject &before, const QJsonObject &after, QStringList &key, QList<AttributeChange> &out)
{
    // QJsonObject keeps keys sorted, so walking both key lists in step yields key order.
    const QStringList a = before.keys(), b = after.keys();
    qsizetype i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j >= b.size() || (i < a.size() && a[i] < b[j])) {
            key.append(a[i]);
            out.append({AttributeChange::Kind::Removed, key, before.value(a[i]), QJsonValue(QJsonValue::Undefined)});
            key.removeLast();
            ++i;
        } else if (i >= a.size() || b[j] < a[i]) {
            key.append(b[j]);
            out.append({AttributeChange::Kind::Added, key, QJsonValue(QJsonValue::Undefined), after.value(b[j])});
            key.removeLast();
            ++j;
        } else {
            const QJsonValue x = before.value(a[i]), y = after.value(b[j]);
            key.append(a[i]);
            if (x.isObject() && y.isObject())
                diffInto(x.toObject(), y.toObject(), key, out);
            else if (x != y)
                out.append({AttributeChange::Kind::Modified, key, x, y});
            key.removeLast();
            ++i;
            ++j;
        }
    }
}

QJsonValue setIn(const QJsonValue &node, const QStringList &key, qsizetype at, const QJsonValue &value)
{
    if (at == key.size())
        return value;
    QJsonObject o = node.toObject();
    const QJsonValue child = setIn(o.value(key[at]), key, at + 1, value);
    if (child.isUndefined())
        o.remove(key[at]);
    else
        o.insert(key[at], child);
    return o;
}

} // namespace

QString AttributeChange::keyText() const
{
    return keyPathText(key);
}

QString AttributeChange::kindName(Kind k)
{
    switch (k) {
    case Kind::Added: return QStringLiteral("added");
    case Kind::Removed: return QStringLiteral("removed");
    case Kind::Modified: return QStringLiteral("modified");
    }
    return {};
}

QString keyPathText(const QStringList &key)
{
    QString out;
    for (const QString &k : key) {
        if (isPlainKey(k)) {
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += k;
        } else {
            out += QLatin1Char('[') + quoted(k) + QLatin1Char(']');
        }
    }
    return out;
}

QStringList parseKeyPath(const QString &text, bool *ok)
{
    QStringList out;
    bool good = true;
    qsizetype i = 0;
    while (i < text.size() && good) {
        if (text[i] == QLatin1Char('[')) {
            qsizetype j = i + 2; // past '["'
            while (j < text.size() && text[j] != QLatin1Char('"'))
                j += text[j] == QLatin1Char('\\') ? 2 : 1;
            if (j + 1 >= text.size() || text[j + 1] != QLatin1Char(']') || text.mid(i, 2) != QLatin1String("[\"")) {
                good = false;
                break;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(
                (QLatin1Char('[') + text.mid(i + 1, j - i) + QLatin1Char(']')).toUtf8());
            if (!doc.isArray() || !doc.array().at(0).isString()) {
                good = false;
                break;
            }
            out.append(doc.array().at(0).toString());
            i = j + 2;
            if (i < text.size() && text[i] == QLatin1Char('.'))
                ++i;
        } else {
            qsizetype j = i;
            while (j < text.size() && text[j] != QLatin1Char('.') && text[j] != QLatin1Char('['))
                ++j;
            if (j == i) {
                good = false;
                break;
            }
            out.append(text.mid(i, j - i));
            i = j < text.size() && text[j] == QLatin1Char('.') ? j + 1 : j;
            if (j < text.size() && text[j] == QLatin1Char('.') && i == text.size())
                good = false; // trailing dot
        }
    }
    if (ok)
        *ok = good && !out.isEmpty();
    return good ? out : QStringList();
}

QJsonValue valueAt(const QJsonObject &document, const QStringList &key)
{
    QJsonValue v = document;
    for (const QString &k : key) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(k);
    }
    return v;
}

void setValueAt(QJsonObject &document, const QStringList &key, const QJsonValue &value)
{
    if (key.isEmpty()) {
        if (value.isObject())
            document = value.toObject();
        return;
    }
    document = setIn(document, key, 0, value).toObject();
}

QList<AttributeChange> diffDocuments(const QJsonObject &before, const QJsonObject &after)
{
    QList<AttributeChange> out;
    QStringList key;
    diffInto(before, after, key, out);
    return out;
}

QString jsonValueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("absent");
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace poddeck
