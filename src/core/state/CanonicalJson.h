#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace poddeck {

// Canonical JSON: UTF-8, object keys sorted, no insignificant whitespace. QJsonObject keeps its keys sorted
// and QJsonDocument::Compact writes no whitespace, so equal documents always give equal bytes.
QByteArray canonicalJson(const QJsonObject &object);
bool parseJsonObject(const QByteArray &bytes, QJsonObject *out, QString *error = nullptr);

} // namespace poddeck
