#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace poddeck {

// Ids an emulator would not keep on restore (a KMS key id on moto) map old -> new. References to them
// sit in other resources' documents as plain strings: a secret's KmsKeyId, an EventBridge target ARN, a
// Lambda environment variable holding an ARN. Every string value of the document that contains an old id
// as a whole token (not inside a longer run of letters, digits and '-') gets the new id instead.
QJsonObject rewriteIds(const QJsonObject &document, const QHash<QString, QString> &ids);

} // namespace poddeck
