#pragma once

#include "aws/AwsCredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace poddeck {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;
using QueryItems = QList<QPair<QString, QString>>;

// What SigV4 needs to know about a request. `path` is the path as it goes on the wire (percent-encoded
// once); `query` holds decoded name/value pairs, encoded here the one way SigV4 accepts.
struct SigV4Request
{
    QByteArray method;
    QByteArray host;       // as in the Host header: name[:port]
    QByteArray path = "/";
    QueryItems query;
    HttpHeaders headers;   // every header given here is signed
    QByteArray body;
    QByteArray payloadHash; // hex SHA-256 or UNSIGNED-PAYLOAD; computed from body when empty
};

// The outcome of signing: the headers to add to the request, and the intermediate strings for tests/debugging.
struct SigV4Signature
{
    HttpHeaders headersToAdd; // x-amz-date, [x-amz-security-token], [x-amz-content-sha256], authorization
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature;
    QByteArray authorization;
    QByteArray canonicalQuery; // presign(): the full signed query string, ready for the URL
};

// AWS Signature Version 4 (header and presigned-query forms). S3 differs from every other service:
// its canonical URI is the path encoded once and never normalized; other services normalize the path and
// encode the wire path again ("double encoding").
class SigV4Signer
{
public:
    SigV4Signer(AwsCredentials credentials, QString region, QString service);

    SigV4Signature sign(const SigV4Request &request, const QDateTime &now) const;
    // Query-string form (X-Amz-Algorithm ... X-Amz-Signature), signing only the host header.
    SigV4Signature presign(const SigV4Request &request, const QDateTime &now, int expiresSeconds) const;

    bool isS3() const { return m_service == QLatin1String("s3"); }

    // RFC 3986 encoding with AWS's unreserved set (A-Z a-z 0-9 - _ . ~); '/' kept when keepSlash.
    static QByteArray uriEncode(QByteArrayView bytes, bool keepSlash);
    static QByteArray canonicalUri(const QByteArray &wirePath, bool s3);
    static QByteArray canonicalQuery(const QueryItems &items);
    static QByteArray sha256Hex(QByteArrayView data);
    static QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);
    static QByteArray amzDate(const QDateTime &t); // 20150830T123600Z

private:
    QByteArray signingKey(const QByteArray &date) const;
    QByteArray scope(const QByteArray &date) const;
    void finish(SigV4Signature &out, const QByteArray &amzDate) const;

    AwsCredentials m_credentials;
    QString m_region;
    QString m_service;
};

} // namespace poddeck
