#pragma once

#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <initializer_list>

namespace poddeck {

// The JSON shaping every adapter shares (ServiceAdapter.h), so documents of all services follow the same
// rules: tags are a {key: value} object, JSON the API carries as text (policies, redrive and filter
// policies) is kept parsed, and empty defaults a server adds are left out — so key order, whitespace or a
// server's new defaults never change a hash, and a diff shows the statement that changed.
namespace DocumentJson {

// Tags: [{Key, Value}, ...] <-> {Key: Value}; tagList sorts by key (QJsonObject iterates in key order).
// ECS spells the members "key" and "value".
QJsonObject tagMap(const QJsonArray &list, const QString &keyName = QStringLiteral("Key"),
                   const QString &valueName = QStringLiteral("Value"));
QJsonArray tagList(const QJsonObject &map, const QString &keyName = QStringLiteral("Key"),
                   const QString &valueName = QStringLiteral("Value"));
// Tags in `after` that are new or changed relative to `before`, and keys that `after` dropped.
QJsonObject tagsToSet(const QJsonObject &before, const QJsonObject &after);
QStringList tagsToRemove(const QJsonObject &before, const QJsonObject &after);

// A policy document as the API returns it (IAM percent-encodes them): the parsed JSON object, or the text
// itself when it is not a JSON object. policyText() gives back the compact text the APIs accept.
QJsonValue policyValue(const QString &text, bool percentEncoded = false);
QString policyText(const QJsonValue &value);

// An attribute that carries JSON text, an object or an array (SQS redrive policies, SNS filter policies):
// the parsed value, else the text itself. embeddedToText() is the inverse (compact JSON for objects and
// arrays, numbers and booleans as the API spells them).
QJsonValue embeddedFromText(const QString &text);
QString embeddedToText(const QJsonValue &value);
// A string attribute map (SQS/SNS attributes) -> a document object: the `jsonValued` names parsed,
// `dropped` and empty values left out. attributesFromDocument() turns every value back into its string.
QJsonObject attributesToDocument(const QJsonObject &attributes, const QStringList &jsonValued,
                                 const QStringList &dropped);
QJsonObject attributesFromDocument(const QJsonObject &document);

// The keys whose values differ between two objects (present in either), sorted.
QStringList changedKeys(const QJsonObject &before, const QJsonObject &after);

void insertIfNotEmpty(QJsonObject &object, const QString &key, const QString &value);
// The members `keys` of `from` that hold something: null, "", [] and {} are left out, so a describe
// output becomes a document that does not change when a server adds empty defaults.
QJsonObject pick(const QJsonObject &from, const QStringList &keys);
QStringList sortedStrings(const QJsonArray &array);
QJsonArray toArray(const QStringList &list);
QStringList toStringList(const QJsonValue &value);

// The one question every reader asks of an error: is it an AWS error whose code is one of `codes`
// ("is this just 'not there'?").
bool hasCode(const Error &error, std::initializer_list<const char *> codes);

} // namespace DocumentJson
} // namespace poddeck
