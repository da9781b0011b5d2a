#include "aws/AwsResponse.h"

namespace poddeck {

QByteArray AwsResponse::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

const XmlNode &AwsResponse::result() const
{
    if (protocol == AwsProtocol::Query) {
        const XmlNode &r = xml.child(QString(operation + QStringLiteral("Result")));
        if (!r.isNull())
            return r;
    }
    return xml;
}

QString AwsResponse::value(const QString &path) const
{
    if (protocol == AwsProtocol::Json || protocol == AwsProtocol::RestJson) {
        QJsonValue v = json;
        for (const QString &part : path.split(u'.'))
            v = v.toObject().value(part);
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return {};
    }
    return result().textAt(path);
}

} // namespace poddeck
