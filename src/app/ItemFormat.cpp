#include "app/ItemFormat.h"

#include <QLocale>
#include <QRegularExpression>

namespace poddeck::ItemFormat {

QString time(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    // The locale's short format, without seconds (some locales, C among them, put them in): a list
    // column has no room for precision that the tooltip gives anyway.
    // Worked out once per locale, not per cell painted.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    thread_local QLocale cachedLocale(QLocale::c());
    thread_local QString format;
    const QLocale locale;
    if (format.isEmpty() || locale != cachedLocale) {
        cachedLocale = locale;
        format = locale.dateTimeFormat(QLocale::ShortFormat);
        format.remove(seconds);
    }
    return locale.toString(utc.toLocalTime(), format);
}

QString exactTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::LongFormat) : QString();
}

QString bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

QString services(const QStringList &services)
{
    return services.join(QStringLiteral(", "));
}

QString firstLine(const QString &text)
{
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    return (nl < 0 ? text : text.left(nl)).trimmed();
}

} // namespace poddeck::ItemFormat
