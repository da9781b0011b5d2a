#include "emulator/IdRewrite.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace poddeck {

namespace {

QString rewriteString(QString s, const QHash<QString, QString> &ids)
{
    for (auto it = ids.begin(); it != ids.end(); ++it) {
        if (!s.contains(it.key()))
            continue;
        const QRegularExpression token(QStringLiteral("(?<![A-Za-z0-9-])%1(?![A-Za-z0-9-])").arg(QRegularExpression::escape(it.key())));
        s.replace(token, it.value());
    }
    return s;
}

QJsonValue rewriteValue(const QJsonValue &v, const QHash<QString, QString> &ids)
{
    if (v.isString())
        return rewriteString(v.toString(), ids);
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(rewriteValue(e, ids));
        return out;
    }
    if (v.isObject())
        return rewriteIds(v.toObject(), ids);
    return v;
}

} // namespace

QJsonObject rewriteIds(const QJsonObject &document, const QHash<QString, QString> &ids)
{
    if (ids.isEmpty())
        return document;
    QJsonObject out;
    for (auto it = document.begin(); it != document.end(); ++it)
        out.insert(it.key(), rewriteValue(it.value(), ids));
    return out;
}

} // namespace poddeck
