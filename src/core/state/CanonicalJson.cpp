#include "state/CanonicalJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace poddeck {

QByteArray canonicalJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool parseJsonObject(const QByteArray &bytes, QJsonObject *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = pe.error != QJsonParseError::NoError
                         ? QCoreApplication::translate("poddeck::Error", "invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString())
                         : QCoreApplication::translate("poddeck::Error", "JSON is not an object");
        return false;
    }
    *out = doc.object();
    return true;
}

bool jsonCount(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    // Compared as doubles first, so the conversion below never sees a value it cannot hold.
    if (!(d >= 0 && d <= double(MaxJsonCount)) || d != double(qint64(d)))
        return false;
    *out = qint64(d);
    return true;
}

} // namespace poddeck
