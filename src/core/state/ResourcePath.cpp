#include "state/ResourcePath.h"

#include <QUrl>

namespace poddeck::ResourcePath {

namespace {
// Characters left readable in a segment; everything else (including '/', '%', controls) is encoded.
const QByteArray Safe = QByteArrayLiteral("-._~:@+=,!$&'()*;");
} // namespace

QString encodeSegment(const QString &segment)
{
    if (segment.isEmpty())
        return QStringLiteral("%00empty"); // never produced by percent-encoding, so it round-trips
    return QString::fromLatin1(QUrl::toPercentEncoding(segment, Safe));
}

QString decodeSegment(const QString &segment)
{
    if (segment == QLatin1String("%00empty"))
        return QString();
    return QUrl::fromPercentEncoding(segment.toLatin1());
}

QString make(const QString &service, const QString &account, const QString &region, const QString &type,
             const QString &id)
{
    return QStringList{encodeSegment(service), encodeSegment(account), encodeSegment(region), encodeSegment(type),
                       encodeSegment(id)}
        .join(QLatin1Char('/'));
}

QString child(const QString &parentPath, const QString &childType, const QString &childId)
{
    return parentPath + QLatin1Char('/') + encodeSegment(childType) + QLatin1Char('/') + encodeSegment(childId);
}

bool isValid(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() < 5 || (parts.size() - 5) % 2 != 0)
        return false;
    for (const QString &p : parts) {
        if (p.isEmpty() || p == QLatin1String(".") || p == QLatin1String(".."))
            return false;
        for (QChar c : p)
            if (c.unicode() < 0x21 || c.unicode() > 0x7e)
                return false;
    }
    return true;
}

QStringList segments(const QString &path)
{
    if (!isValid(path))
        return {};
    QStringList out;
    for (const QString &p : path.split(QLatin1Char('/')))
        out.append(decodeSegment(p));
    return out;
}

QString display(const QString &path)
{
    const QStringList decoded = segments(path);
    return decoded.isEmpty() ? path : decoded.join(QLatin1Char('/'));
}

} // namespace poddeck::ResourcePath
