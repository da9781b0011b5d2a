#include "emulator/NotCaptured.h"

#include <QStringList>

namespace poddeck {

QString describeNotCaptured(const QList<NotCapturedService> &services)
{
    QStringList parts;
    for (const NotCapturedService &s : services)
        parts.append(parts.isEmpty() ? QStringLiteral("%1 (%2 resource%3)").arg(s.service).arg(s.count).arg(s.count == 1 ? "" : "s")
                                     : QStringLiteral("%1 (%2)").arg(s.service).arg(s.count));
    return parts.join(QLatin1String(", "));
}

} // namespace poddeck
