#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace poddeck::ItemFormat {

// How the views show values, in one place so the pod list and the history agree.
QString time(const QDateTime &utc);      // local time, the locale's short format; empty when invalid
QString exactTime(const QDateTime &utc); // local time in the locale's long format, for tooltips
QString bytes(qint64 bytes);
QString services(const QStringList &services);
QString firstLine(const QString &text);

} // namespace poddeck::ItemFormat
