#include "remote/RemoteUrl.h"

#include "util/ErrorText.h"

#include <QHostAddress>

#include <QDir>
#include <QRegularExpression>
#include <QUrlQuery>

namespace poddeck {

namespace {

Error bad(const QString &text, const QString &why)
{
    return Error(Error::Code::InvalidArgument, ErrorText::tr("remote URL '%1': %2").arg(text, why));
}

Result<QString> cleanPrefix(const QString &text, const QString &raw)
{
    QString prefix = raw;
    while (prefix.startsWith(u'/'))
        prefix.remove(0, 1);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    if (prefix.isEmpty())
        return QString();
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._~!$&'()*+,;=:@ -]+\\z"));
    for (const QString &segment : prefix.split(u'/')) {
        if (segment.isEmpty())
            return bad(text, ErrorText::tr("the prefix has an empty path segment ('//')"));
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return bad(text, ErrorText::tr("the prefix cannot contain '.' or '..' segments"));
        if (!allowed.match(segment).hasMatch())
            return bad(text, ErrorText::tr("the prefix segment '%1' has characters S3 keys should not hold").arg(segment));
    }
    if (prefix.size() > 512)
        return bad(text, ErrorText::tr("the prefix is longer than 512 characters"));
    return prefix;
}

} // namespace

Status RemoteUrl::validateBucket(const QString &bucket)
{
    // \z, not $: PCRE's $ also matches before a final newline, so "bucket\n" passed (found by fuzz_remoteurl).
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\\z"));
    static const QRegularExpression ip(QStringLiteral("^\\d+\\.\\d+\\.\\d+\\.\\d+\\z"));
    if (bucket.size() < 3 || bucket.size() > 63)
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("'%1' is not a valid S3 bucket name: it must be 3 to 63 characters long").arg(bucket));
    if (!shape.match(bucket).hasMatch())
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("'%1' is not a valid S3 bucket name: use lowercase letters, digits, '.' and '-', starting "
                               "and ending with a letter or digit")
                         .arg(bucket));
    if (bucket.contains(QLatin1String("..")) || bucket.contains(QLatin1String(".-")) || bucket.contains(QLatin1String("-.")))
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("'%1' is not a valid S3 bucket name: it cannot hold '..', '.-' or '-.'").arg(bucket));
    if (ip.match(bucket).hasMatch())
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("'%1' is not a valid S3 bucket name: it cannot look like an IP address").arg(bucket));
    return {};
}

bool RemoteUrl::isInsecureHttp() const
{
    if (kind != Kind::S3 || endpoint.isEmpty() || endpoint.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return false;
    const QString host = endpoint.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

Result<RemoteUrl> RemoteUrl::parse(const QString &text)
{
    // Messages echo the URL; never with credentials someone put into it.
    // Only an authority right after "scheme:": "file:///@team/pods" is a folder, not a user name.
    static const QRegularExpression userInfo(QStringLiteral("(?<=:)//[^/?#@]*@"));
    const QString trimmed = QString(text.trimmed()).replace(userInfo, QStringLiteral("//***@"));
    if (trimmed.isEmpty())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("a remote needs a URL: s3://bucket/prefix or file:///path"));
    if (trimmed != text.trimmed())
        return bad(trimmed, ErrorText::tr("credentials do not belong in the URL; use --access-key-id and --secret-access-key-stdin"));
    const QString scheme = trimmed.section(u':', 0, 0).toLower();
    RemoteUrl out;
    if (scheme == QLatin1String("file")) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid())
            return bad(trimmed, url.errorString());
        if (!url.host().isEmpty() && url.host() != QLatin1String("localhost"))
            return bad(trimmed, ErrorText::tr("file URLs name a local path: file:///path (three slashes)"));
        if (url.hasQuery() || url.hasFragment())
            return bad(trimmed, ErrorText::tr("file URLs take no query or fragment"));
        const QString path = url.path();
        if (!path.startsWith(u'/'))
            return bad(trimmed, ErrorText::tr("the folder must be an absolute path"));
        if (path.split(u'/').contains(QLatin1String("..")))
            return bad(trimmed, ErrorText::tr("the folder path cannot contain '..'"));
        out.kind = Kind::Folder;
        out.path = QDir::cleanPath(path);
        return out;
    }
    if (scheme != QLatin1String("s3") || !trimmed.mid(2).startsWith(QLatin1String("://")))
        return bad(trimmed, ErrorText::tr("unknown scheme '%1'; use s3://bucket/prefix or file:///path").arg(scheme));
    // Split by hand: QUrl would lowercase the bucket (S3 names are case-sensitive) or reject odd ones
    // before we can say what is wrong with them.
    const QString rest = trimmed.mid(5);
    const qsizetype end = rest.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    const QString authority = end < 0 ? rest : rest.left(end);
    const QString afterAuthority = end < 0 ? QString() : rest.mid(end);
    out.kind = Kind::S3;
    if (authority.isEmpty())
        return bad(trimmed, ErrorText::tr("it names no bucket (s3://bucket/prefix)"));
    if (authority.contains(u':'))
        return bad(trimmed, ErrorText::tr("an s3:// URL takes no port; give the server as ?endpoint=http://host:port"));
    out.bucket = authority;
    if (Status st = validateBucket(out.bucket); !st)
        return bad(trimmed, st.error().message);
    const QUrl url(QStringLiteral("s3://placeholder") + afterAuthority, QUrl::StrictMode);
    if (!url.isValid())
        return bad(trimmed, url.errorString());
    if (url.hasFragment())
        return bad(trimmed, ErrorText::tr("an s3:// URL takes no fragment"));
    Result<QString> prefix = cleanPrefix(trimmed, url.path(QUrl::FullyDecoded));
    if (!prefix)
        return prefix.error();
    out.prefix = *prefix;
    const QUrlQuery query(url);
    bool styleGiven = false;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == QLatin1String("endpoint")) {
            QUrl endpoint(value, QUrl::StrictMode);
            const QString s = endpoint.scheme().toLower();
            if (!endpoint.isValid() || (s != QLatin1String("http") && s != QLatin1String("https")) || endpoint.host().isEmpty())
                return bad(trimmed, ErrorText::tr("endpoint must be an http:// or https:// URL, got '%1'").arg(value));
            if (!endpoint.userInfo().isEmpty())
                return bad(trimmed, ErrorText::tr("the endpoint cannot carry credentials"));
            endpoint = endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
            if (endpoint.path() == QLatin1String("/"))
                endpoint.setPath(QString());
            out.endpoint = endpoint;
        } else if (name == QLatin1String("region")) {
            static const QRegularExpression region(QStringLiteral("^[a-z0-9-]{2,32}\\z"));
            if (!region.match(value).hasMatch())
                return bad(trimmed, ErrorText::tr("'%1' is not a region name (like eu-west-1)").arg(value));
            out.region = value;
        } else if (name == QLatin1String("style")) {
            if (value != QLatin1String("path") && value != QLatin1String("virtual"))
                return bad(trimmed, ErrorText::tr("style must be 'path' or 'virtual'"));
            out.virtualHost = value == QLatin1String("virtual");
            styleGiven = true;
        } else {
            return bad(trimmed, ErrorText::tr("unknown option '%1' (endpoint, region, style)").arg(name));
        }
    }
    if (!styleGiven)
        out.virtualHost = out.endpoint.isEmpty();
    if (out.virtualHost && out.bucket.contains(u'.') && (out.endpoint.isEmpty() || out.endpoint.scheme() == QLatin1String("https")))
        return bad(trimmed, ErrorText::tr("a bucket name with dots breaks TLS with virtual-host addressing; add style=path"));
    return out;
}

QString RemoteUrl::toString() const
{
    if (kind == Kind::Folder)
        return QUrl::fromLocalFile(path).toString();
    QString s = QStringLiteral("s3://") + bucket;
    if (!prefix.isEmpty())
        s += u'/' + prefix;
    QUrlQuery query;
    if (!endpoint.isEmpty())
        query.addQueryItem(QStringLiteral("endpoint"), endpoint.toString());
    if (region != QLatin1String("us-east-1"))
        query.addQueryItem(QStringLiteral("region"), region);
    if (virtualHost != endpoint.isEmpty())
        query.addQueryItem(QStringLiteral("style"), virtualHost ? QStringLiteral("virtual") : QStringLiteral("path"));
    if (!query.isEmpty())
        s += u'?' + query.toString(QUrl::FullyEncoded);
    return s;
}

} // namespace poddeck
