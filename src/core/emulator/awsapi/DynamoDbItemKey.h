#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>

namespace poddeck {

// The id of a DynamoDB item resource: its key attribute values in KeySchema order (HASH, then RANGE),
// joined by '|'. Each value is its DynamoDB scalar text: S as is, N as the server returns it, B as its
// base64 text; '\' and '|' inside a value are escaped as "\\" and "\|". Types are not in the id: they
// come from the table's AttributeDefinitions. Examples, for key {pk: S, sk: N}:
//   {pk: "a",   sk: 1}  -> "a|1"
//   {pk: "x|y", sk: 2}  -> "x\|y|2"
// decode() reverses encode() into the `Key` map that GetItem and DeleteItem take.
class DynamoDbItemKey
{
public:
    struct Attribute
    {
        QString name;
        QString type; // S, N or B
    };

    // The key attributes of a table, from a DescribeTable "Table" (or a table document): KeySchema with
    // the types from AttributeDefinitions.
    static QList<Attribute> schemaOf(const QJsonObject &table);

    static Result<QString> encode(const QList<Attribute> &schema, const QJsonObject &item);
    static Result<QJsonObject> decode(const QList<Attribute> &schema, const QString &id);
    // Only the key attributes of `item`.
    static QJsonObject keyOf(const QList<Attribute> &schema, const QJsonObject &item);
};

} // namespace poddeck
