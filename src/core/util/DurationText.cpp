#include "util/DurationText.h"

#include "util/ErrorText.h"

#include <QRegularExpression>

namespace poddeck {

Result<qint64> parseDurationText(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,9})([smhd]?)$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("'%1' is not a duration (like 7d, 12h, 30m or 3600)").arg(text));
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    return n * (unit == QLatin1String("d") ? 86400 : unit == QLatin1String("h") ? 3600 : unit == QLatin1String("m") ? 60 : 1);
}

} // namespace poddeck
