#include "aws/SigV4Signer.h"

#include <QMap>
#include <QUrl>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <algorithm>

namespace poddeck {

namespace {

const QByteArray Algorithm = "AWS4-HMAC-SHA256";

// A request signed with garbage would fail far away with a misleading "signature does not match"; OpenSSL
// fails here only when broken or configured without its default provider (OPENSSL_CONF).
[[noreturn]] void cryptoFailed(const char *what)
{
    char why[256] = "no error queued";
    if (const unsigned long e = ERR_get_error())
        ERR_error_string_n(e, why, sizeof why);
    qFatal("OpenSSL cannot compute %s (%s): check OPENSSL_CONF and the OpenSSL installation", what, why);
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '~';
}

// Lowercase names, values trimmed with inner runs of white space collapsed, repeats joined with ','.
QMap<QByteArray, QByteArray> canonicalHeaderMap(const HttpHeaders &headers)
{
    QMap<QByteArray, QByteArray> map;
    for (const auto &[name, rawValue] : headers) {
        QByteArray value = rawValue.simplified();
        const QByteArray key = name.trimmed().toLower();
        auto it = map.find(key);
        if (it == map.end())
            map.insert(key, value);
        else
            it.value() += ',' + value;
    }
    return map;
}

bool hasHeader(const HttpHeaders &headers, QByteArrayView name)
{
    return std::any_of(headers.begin(), headers.end(),
                       [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace

SigV4Signer::SigV4Signer(AwsCredentials credentials, QString region, QString service)
    : m_credentials(std::move(credentials)), m_region(std::move(region)), m_service(std::move(service))
{
}

QByteArray SigV4Signer::uriEncode(QByteArrayView bytes, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out += c;
        } else {
            const auto u = static_cast<unsigned char>(c);
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xF];
        }
    }
    return out;
}

QByteArray SigV4Signer::canonicalUri(const QByteArray &wirePath, bool s3)
{
    if (s3) // the key as the server decodes it, encoded exactly once; never normalized (keys may hold "//" or "..")
        return uriEncode(QByteArray::fromPercentEncoding(wirePath.isEmpty() ? QByteArray("/") : wirePath), true);
    // RFC 3986 remove_dot_segments plus collapsing empty segments, then the second encoding.
    QList<QByteArray> segments;
    for (const QByteArray &seg : wirePath.split('/')) {
        if (seg.isEmpty() || seg == ".")
            continue;
        if (seg == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(seg);
    }
    QByteArray path = '/' + segments.join('/');
    if (wirePath.endsWith('/') && path.size() > 1)
        path += '/';
    return uriEncode(path, true);
}

QByteArray SigV4Signer::canonicalQuery(const QueryItems &items)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(items.size());
    for (const auto &[name, value] : items)
        encoded.append({uriEncode(name.toUtf8(), false), uriEncode(value.toUtf8(), false)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : encoded) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QByteArray SigV4Signer::sha256Hex(QByteArrayView data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), md, &len, EVP_sha256(), nullptr) != 1)
        cryptoFailed("SHA-256");
    return QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex();
}

QByteArray SigV4Signer::hmacSha256(QByteArrayView key, QByteArrayView data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), key.data(), int(key.size()), reinterpret_cast<const unsigned char *>(data.data()),
              size_t(data.size()), md, &len))
        cryptoFailed("HMAC-SHA256");
    return QByteArray(reinterpret_cast<const char *>(md), int(len));
}

QByteArray SigV4Signer::amzDate(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4Signer::signingKey(const QByteArray &date) const
{
    QByteArray k = hmacSha256("AWS4" + m_credentials.secretAccessKey.toUtf8(), date);
    k = hmacSha256(k, m_region.toUtf8());
    k = hmacSha256(k, m_service.toUtf8());
    return hmacSha256(k, "aws4_request");
}

QByteArray SigV4Signer::scope(const QByteArray &date) const
{
    return date + '/' + m_region.toUtf8() + '/' + m_service.toUtf8() + "/aws4_request";
}

void SigV4Signer::finish(SigV4Signature &out, const QByteArray &date) const
{
    const QByteArray day = date.left(8);
    out.stringToSign = Algorithm + '\n' + date + '\n' + scope(day) + '\n' + sha256Hex(out.canonicalRequest);
    out.signature = hmacSha256(signingKey(day), out.stringToSign).toHex();
}

SigV4Signature SigV4Signer::sign(const SigV4Request &request, const QDateTime &now) const
{
    SigV4Signature out;
    const QByteArray date = amzDate(now);
    HttpHeaders headers;
    for (const auto &h : request.headers) {
        if (h.first.compare("x-amz-date", Qt::CaseInsensitive) != 0 && h.first.compare("authorization", Qt::CaseInsensitive) != 0)
            headers.append(h);
    }
    if (!hasHeader(headers, "host"))
        headers.append({"Host", request.host});
    out.headersToAdd.append({"X-Amz-Date", date});
    if (!m_credentials.sessionToken.isEmpty() && !hasHeader(headers, "x-amz-security-token"))
        out.headersToAdd.append({"X-Amz-Security-Token", m_credentials.sessionToken.toUtf8()});
    QByteArray payloadHash = headerValue(headers, "x-amz-content-sha256");
    if (payloadHash.isEmpty()) {
        payloadHash = request.payloadHash.isEmpty() ? sha256Hex(request.body) : request.payloadHash;
        if (isS3())
            out.headersToAdd.append({"X-Amz-Content-SHA256", payloadHash});
    }
    headers += out.headersToAdd;

    const QMap<QByteArray, QByteArray> canonical = canonicalHeaderMap(headers);
    QByteArray canonicalHeaders;
    QByteArray signedHeaders;
    for (auto it = canonical.begin(); it != canonical.end(); ++it) {
        canonicalHeaders += it.key() + ':' + it.value() + '\n';
        signedHeaders += (signedHeaders.isEmpty() ? "" : ";") + it.key();
    }
    out.canonicalRequest = request.method + '\n' + canonicalUri(request.path, isS3()) + '\n'
        + canonicalQuery(request.query) + '\n' + canonicalHeaders + '\n' + signedHeaders + '\n' + payloadHash;
    finish(out, date);
    out.authorization = Algorithm + " Credential=" + m_credentials.accessKeyId.toUtf8() + '/' + scope(date.left(8))
        + ", SignedHeaders=" + signedHeaders + ", Signature=" + out.signature;
    out.headersToAdd.append({"Authorization", out.authorization});
    return out;
}

SigV4Signature SigV4Signer::presign(const SigV4Request &request, const QDateTime &now, int expiresSeconds) const
{
    SigV4Signature out;
    const QByteArray date = amzDate(now);
    QueryItems query = request.query;
    query.append({QStringLiteral("X-Amz-Algorithm"), QString::fromLatin1(Algorithm)});
    query.append({QStringLiteral("X-Amz-Credential"),
                  m_credentials.accessKeyId + u'/' + QString::fromUtf8(scope(date.left(8)))});
    query.append({QStringLiteral("X-Amz-Date"), QString::fromLatin1(date)});
    query.append({QStringLiteral("X-Amz-Expires"), QString::number(expiresSeconds)});
    query.append({QStringLiteral("X-Amz-SignedHeaders"), QStringLiteral("host")});
    if (!m_credentials.sessionToken.isEmpty())
        query.append({QStringLiteral("X-Amz-Security-Token"), m_credentials.sessionToken});
    const QByteArray payloadHash = isS3() ? QByteArray("UNSIGNED-PAYLOAD") : sha256Hex(request.body);
    const QByteArray canonicalQueryString = canonicalQuery(query);
    out.canonicalRequest = request.method + '\n' + canonicalUri(request.path, isS3()) + '\n' + canonicalQueryString
        + '\n' + "host:" + request.host + '\n' + '\n' + "host" + '\n' + payloadHash;
    finish(out, date);
    out.canonicalQuery = canonicalQueryString + "&X-Amz-Signature=" + out.signature;
    return out;
}

} // namespace poddeck
