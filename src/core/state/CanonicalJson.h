#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace poddeck {

// Canonical JSON: UTF-8, object keys sorted, no insignificant whitespace. QJsonObject keeps its keys sorted
// and QJsonDocument::Compact writes no whitespace, so equal documents always give equal bytes.
QByteArray canonicalJson(const QJsonObject &object);
bool parseJsonObject(const QByteArray &bytes, QJsonObject *out, QString *error = nullptr);

// Counts and sizes travel as JSON numbers, which doubles hold exactly up to 2^53. A count read from an
// untrusted document must be a whole number in [0, 2^53]: anything else (1e300, -1, 2.5) would overflow
// or wrap when converted. Returns false for those; *out is set only on success.
constexpr qint64 MaxJsonCount = qint64(1) << 53;
bool jsonCount(const QJsonValue &value, qint64 *out);

} // namespace poddeck
