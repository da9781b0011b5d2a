#pragma once

#include "aws/AwsClient.h"
#include "aws/AwsError.h"
#include "aws/AwsPaginator.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace poddeck {

// Document helpers shared by the IAM, Lambda, SSM and Secrets Manager adapters. Documents keep tags as
// a {key: value} object and policies as parsed JSON, so key order and whitespace chosen by whoever
// created the resource never change a hash.
namespace AppJson {

// [{Key, Value}, ...] -> {Key: Value}.
QJsonObject tagMap(const QJsonArray &list, const QString &keyName = QStringLiteral("Key"),
                   const QString &valueName = QStringLiteral("Value"));
// {Key: Value} -> [{Key, Value}, ...] sorted by key (Step Functions and ECS spell them key/value).
QJsonArray tagList(const QJsonObject &map, const QString &keyName = QStringLiteral("Key"),
                   const QString &valueName = QStringLiteral("Value"));
// Tags in `after` that are new or changed relative to `before`, and keys that `after` dropped.
QJsonObject tagsToSet(const QJsonObject &before, const QJsonObject &after);
QStringList tagsToRemove(const QJsonObject &before, const QJsonObject &after);

// A policy document as the API returns it (IAM percent-encodes them): a parsed JSON object, or the text
// itself when it is not a JSON object.
QJsonValue policyValue(const QString &text, bool percentEncoded = false);
// Back to the compact text the APIs accept.
QString policyText(const QJsonValue &value);

void insertIfNotEmpty(QJsonObject &object, const QString &key, const QString &value);
QStringList sortedStrings(const QJsonArray &array);
QJsonArray toArray(const QStringList &list);
QStringList toStringList(const QJsonValue &value);
bool hasCode(const Error &error, std::initializer_list<const char *> codes);

// Every page of a paginated call through `send` (a context's send(), which honours its cancel flag).
template<typename Send>
Status forEachPage(const Send &send, AwsRequest request, const PageToken &token,
                   const std::function<void(const AwsResponse &)> &onPage)
{
    for (int page = 0; page < AwsPaginator::MaxPages; ++page) {
        Result<AwsResponse> r = send(request);
        if (!r)
            return r.error();
        onPage(*r);
        std::optional<AwsRequest> next = AwsPaginator::nextRequest(request, *r, token);
        if (!next)
            return {};
        request = std::move(*next);
    }
    return Error(Error::Code::Corrupt, QStringLiteral("%1 %2: too many pages").arg(request.service.id, request.operation));
}

} // namespace AppJson
} // namespace poddeck
