#pragma once

#include <QString>
#include <QStringList>

namespace poddeck {

// `<service>/<account>/<region>/<type>/<id>[/<child type>/<child id>]...`; global services use region
// "global". Each segment is percent-encoded so a '/' inside an id (an S3 key, an SSM name) cannot break
// the path.
namespace ResourcePath {

QString encodeSegment(const QString &segment);
QString decodeSegment(const QString &segment);
QString make(const QString &service, const QString &account, const QString &region, const QString &type,
             const QString &id);
QString child(const QString &parentPath, const QString &childType, const QString &childId);
// Decoded segments; empty when the path is malformed.
QStringList segments(const QString &path);
bool isValid(const QString &path);
// The path as people read it, segments decoded ("…/object/2024/city.jpg"); for messages and listings,
// never to parse back (JSON output keeps the encoded path). A malformed path comes back unchanged.
QString display(const QString &path);

inline QString service(const QString &path) { return path.section(QLatin1Char('/'), 0, 0); }

} // namespace ResourcePath
} // namespace poddeck
