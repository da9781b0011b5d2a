#pragma once

#include "aws/AwsService.h"
#include "aws/SigV4Signer.h"

#include <QJsonObject>

namespace poddeck {

// One AWS API call, protocol-encoded but not yet addressed or signed (AwsClient does both, per attempt).
struct AwsRequest
{
    AwsService service;
    QString operation;         // for messages and pagination: "ListObjectsV2"
    QByteArray method = "POST";
    QString path = QStringLiteral("/"); // decoded path below the endpoint (S3: the key, without the bucket)
    QString bucket;            // S3 only: addressed path-style or virtual-host style by the client
    QueryItems queryItems;     // decoded URL query
    HttpHeaders headers;
    QByteArray body;
    QString region;            // overrides the configured and the service's signing region
    bool rawResponse = false;  // keep the body as bytes (S3 GetObject); otherwise parsed per protocol
    // The most body bytes this call accepts, declared (Content-Length) or streamed: past it the reply is
    // aborted and the call fails with LimitExceeded, without retries. Callers reading untrusted storage
    // (remotes) set the limit of what they expect; the default only keeps a runaway answer from eating memory.
    static constexpr qint64 DefaultMaxResponseBytes = 1024ll * 1024 * 1024;
    qint64 maxResponseBytes = DefaultMaxResponseBytes;

    // JSON 1.0/1.1: POST / with X-Amz-Target: <prefix>.<operation>.
    static AwsRequest json(const AwsService &service, const QString &operation, const QJsonObject &input = {});
    // Query: POST / with Action=<operation>&Version=<apiVersion>&<params> (already flattened:
    // "Attributes.entry.1.key", "Tags.member.1.Key" ...).
    static AwsRequest query(const AwsService &service, const QString &operation, const QueryItems &params = {});
    // REST-JSON (Lambda ...): path segments already substituted, decoded.
    static AwsRequest restJson(const AwsService &service, const QString &operation, const QByteArray &method,
                               const QString &path, const QJsonObject &body = {}, const QueryItems &query = {});
    // REST-XML for S3: bucket and key separately; an empty key addresses the bucket itself.
    static AwsRequest s3(const QString &operation, const QByteArray &method, const QString &bucket,
                         const QString &key = {}, const QueryItems &query = {}, const QByteArray &body = {});

    AwsRequest &setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    // Pagination: set (replace) a query parameter / a JSON body member.
    void setQueryItem(const QString &name, const QString &value);
    void setJsonMember(const QString &name, const QJsonValue &value);
};

} // namespace poddeck
