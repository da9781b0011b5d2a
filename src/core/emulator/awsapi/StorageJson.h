#pragma once

#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace poddeck {

// JSON shaping shared by the storage adapters (S3, SQS, SNS, DynamoDB): tags as sorted maps, policies kept
// as JSON values rather than escaped strings (so a diff shows the statement that changed), and the one
// question every reader asks of an error: "is this just 'not there'?".
namespace StorageJson {

// [{Key, Value}, ...] -> {key: value} (QJsonObject keeps keys sorted, so the document is deterministic).
QJsonObject tagsFromList(const QJsonArray &list, const QString &keyName = QStringLiteral("Key"),
                         const QString &valueName = QStringLiteral("Value"));
QJsonArray tagsToList(const QJsonObject &tags, const QString &keyName = QStringLiteral("Key"),
                      const QString &valueName = QStringLiteral("Value"));

// An attribute that carries JSON text (policies, redrive and filter policies): the parsed object or array,
// else the text itself. embeddedToText() is the inverse (compact JSON for objects and arrays).
QJsonValue embeddedFromText(const QString &text);
QString embeddedToText(const QJsonValue &value);

// A string attribute map (SQS/SNS attributes) -> a document object: JSON-valued names parsed, `dropped` and
// empty values left out.
QJsonObject attributesToDocument(const QJsonObject &attributes, const QStringList &jsonValued,
                                 const QStringList &dropped);
// The inverse: every value back to the string the API takes.
QJsonObject attributesFromDocument(const QJsonObject &document);

// The keys whose values differ between two objects (present in either).
QStringList changedKeys(const QJsonObject &before, const QJsonObject &after);

// True when `error` is an AWS error whose code is one of `codes`.
bool hasCode(const Error &error, std::initializer_list<QLatin1String> codes);

} // namespace StorageJson
} // namespace poddeck
