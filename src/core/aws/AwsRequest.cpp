#include "aws/AwsRequest.h"

#include <QJsonDocument>

namespace poddeck {

namespace {

QByteArray formEncode(const QueryItems &items)
{
    QByteArray out;
    for (const auto &[name, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += SigV4Signer::uriEncode(name.toUtf8(), false) + '=' + SigV4Signer::uriEncode(value.toUtf8(), false);
    }
    return out;
}

} // namespace

AwsRequest AwsRequest::json(const AwsService &service, const QString &operation, const QJsonObject &input)
{
    AwsRequest r;
    r.service = service;
    r.operation = operation;
    r.setHeader("Content-Type", "application/x-amz-json-" + service.jsonVersion.toLatin1());
    r.setHeader("X-Amz-Target", (service.targetPrefix + u'.' + operation).toUtf8());
    if (service.queryCompatible)
        r.setHeader("x-amzn-query-mode", "true");
    r.body = QJsonDocument(input).toJson(QJsonDocument::Compact);
    return r;
}

AwsRequest AwsRequest::query(const AwsService &service, const QString &operation, const QueryItems &params)
{
    AwsRequest r;
    r.service = service;
    r.operation = operation;
    r.setHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    QueryItems all{{QStringLiteral("Action"), operation}, {QStringLiteral("Version"), service.apiVersion}};
    all += params;
    r.body = formEncode(all);
    return r;
}

AwsRequest AwsRequest::restJson(const AwsService &service, const QString &operation, const QByteArray &method,
                                const QString &path, const QJsonObject &body, const QueryItems &query)
{
    AwsRequest r;
    r.service = service;
    r.operation = operation;
    r.method = method;
    r.path = path;
    r.queryItems = query;
    if (!body.isEmpty()) {
        r.setHeader("Content-Type", "application/json");
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return r;
}

AwsRequest AwsRequest::s3(const QString &operation, const QByteArray &method, const QString &bucket,
                          const QString &key, const QueryItems &query, const QByteArray &body)
{
    AwsRequest r;
    r.service = AwsService::s3();
    r.operation = operation;
    r.method = method;
    r.bucket = bucket;
    r.path = u'/' + key;
    r.queryItems = query;
    r.body = body;
    return r;
}

AwsRequest &AwsRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

QByteArray AwsRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void AwsRequest::setQueryItem(const QString &name, const QString &value)
{
    if (service.protocol == AwsProtocol::Query) { // parameters travel in the form body
        QueryItems items;
        for (const QByteArray &pair : body.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            const QString n = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq)));
            if (!pair.isEmpty() && n != name)
                items.append({n, QString::fromUtf8(QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : pair.mid(eq + 1)))});
        }
        items.append({name, value});
        body = formEncode(items);
        return;
    }
    queryItems.removeIf([&](const auto &item) { return item.first == name; });
    queryItems.append({name, value});
}

void AwsRequest::setJsonMember(const QString &name, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(body).object();
    o.insert(name, value);
    body = QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace poddeck
