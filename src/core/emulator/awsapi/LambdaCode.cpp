#include "emulator/awsapi/LambdaCode.h"

#include "emulator/HttpCall.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/LambdaApi.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QCryptographicHash>

namespace poddeck::LambdaCode {

namespace {

const QString Sha = QStringLiteral("CodeSha256");

// "function", "layer" (its legacy shape, with the code: LambdaLayers::isLegacy) or "layer-version";
// empty for what holds no code (a function's versions and aliases, a layer of the current shape).
QString type(const QString &path, const QJsonObject &doc)
{
    const QStringList seg = ResourcePath::segments(path);
    if (seg.size() == 7 && seg.value(3) == QLatin1String("layer") && seg.value(5) == QLatin1String("version"))
        return QStringLiteral("layer-version");
    if (seg.size() != 5 || (seg.value(3) == QLatin1String("layer") && !doc.contains(QStringLiteral("Version"))))
        return {};
    return seg.value(3);
}
QString name(const QString &path) { return ResourcePath::decodeSegment(ResourcePath::segments(path).value(4)); }
bool isLayer(const QString &type) { return type == QLatin1String("layer") || type == QLatin1String("layer-version"); }
// A layer version's number: in its path, or (legacy shape) in its document.
int layerNumber(const QString &path, const QJsonObject &doc)
{
    const QStringList seg = ResourcePath::segments(path);
    return seg.size() == 7 ? seg.value(6).toInt() : doc.value(QStringLiteral("Version")).toInt();
}

QString segment(const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); }

// The entry point's route for this function ($LATEST) or layer version.
QUrl codeUrl(const SnapshotContext &ctx, const QString &path, const QJsonObject &doc)
{
    QUrl url = ctx.options().lambdaCodeEndpoint;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    const QString prefix = QStringLiteral("/_poddeck/lambda/%1/%2/").arg(segment(ctx.account()), segment(ctx.region()));
    if (isLayer(type(path, doc)))
        url.setPath(base + prefix + QStringLiteral("layers/%1/versions/%2/content")
                                        .arg(segment(name(path))).arg(layerNumber(path, doc)),
                    QUrl::StrictMode);
    else
        url.setPath(base + prefix + QStringLiteral("functions/%1/code").arg(segment(name(path))), QUrl::StrictMode);
    return url;
}

// The emulator's copy: the zip, an empty array when it has none (404), or an error.
Result<QByteArray> download(SnapshotContext &ctx, const Resource &resource)
{
    const QUrl url = codeUrl(ctx, resource.path, resource.document);
    Result<HttpReply> reply = httpCall("GET", url, {}, {}, 120000, ctx.cancelFlag());
    if (!reply)
        return Error(reply.error().code, ErrorText::tr("reading the code of %1 from %2: %3")
                                             .arg(describe(resource.path, resource.document), url.toString(), reply.error().message));
    if (reply->status == 404)
        return QByteArray();
    if (reply->status != 200)
        return Error(Error::Code::Remote, ErrorText::tr("reading the code of %1: the emulator answered HTTP %2 to GET %3")
                                              .arg(describe(resource.path, resource.document)).arg(reply->status).arg(url.toString()));
    return reply->body;
}

} // namespace

QString sha256(const QByteArray &zip)
{
    return QString::fromLatin1(QCryptographicHash::hash(zip, QCryptographicHash::Sha256).toBase64());
}

QString attachKey(const QString &path, const QJsonObject &document)
{
    if (ResourcePath::service(path) != QLatin1String("lambda"))
        return {};
    const QString t = type(path, document);
    if (t == QLatin1String("function"))
        return name(path);
    if (isLayer(t))
        return QStringLiteral("layer:%1:%2").arg(name(path)).arg(layerNumber(path, document));
    return {};
}

QString describe(const QString &path, const QJsonObject &document)
{
    const QStringList s = ResourcePath::segments(path);
    const QString where = QStringLiteral(" (%1/%2)").arg(s.value(1), s.value(2));
    if (isLayer(type(path, document)))
        return QStringLiteral("layer %1:%2").arg(name(path)).arg(layerNumber(path, document)) + where;
    return QStringLiteral("function %1").arg(name(path)) + where;
}

bool isMissing(const Resource &resource)
{
    return !attachKey(resource.path, resource.document).isEmpty()
           && resource.document.value(QStringLiteral("PackageType")) != QLatin1String("Image")
           && !resource.attachments.contains(LambdaApi::Code);
}

Resource withCode(Resource resource, const AttachmentRef &zip, const QString &sha)
{
    resource.attachments.insert(LambdaApi::Code, zip);
    resource.document.insert(Sha, sha);
    resource.document.remove(Missing);
    return resource;
}

Status fill(SnapshotContext &ctx, Resource &resource)
{
    const QString what = describe(resource.path, resource.document);
    const QString expected = resource.document.value(Sha).toString();
    std::optional<Resource> previous = ctx.previous(resource.path);
    // A layer version after a pod of the legacy shape (the layer held its newest version's code itself).
    if (!previous && type(resource.path, resource.document) == QLatin1String("layer-version"))
        previous = ctx.previous(resource.path.section(u'/', 0, 4));
    if (previous && previous->attachments.contains(LambdaApi::Code) && previous->document.value(Sha).toString() == expected) {
        resource.attachments.insert(LambdaApi::Code, previous->attachments.value(LambdaApi::Code));
        return {};
    }
    if (!ctx.options().lambdaCodeEndpoint.isEmpty()) {
        Result<QByteArray> zip = download(ctx, resource);
        if (!zip)
            return zip.error();
        if (!zip->isEmpty()) {
            const QString actual = sha256(*zip);
            if (actual != expected)
                return Error(Error::Code::Corrupt,
                             ErrorText::tr("the code the emulator served for %1 does not match its CodeSha256 (%2, "
                                            "expected %3): commit again, and if it persists restart moto")
                                 .arg(what, actual, expected));
            Result<AttachmentRef> ref = ctx.putAttachment(*zip);
            if (!ref)
                return ref.error();
            resource.attachments.insert(LambdaApi::Code, *ref);
            return {};
        }
    }
    const QString key = attachKey(resource.path, resource.document);
    const auto attached = ctx.options().attachedCode.constFind(key);
    if (attached != ctx.options().attachedCode.constEnd()) {
        const QString sha = sha256(*attached);
        Result<AttachmentRef> ref = ctx.putAttachment(*attached);
        if (!ref)
            return ref.error();
        if (sha != expected)
            ctx.warn(ErrorText::tr("%1: the attached zip is not the code the emulator runs (CodeSha256 %2, the "
                                    "emulator's %3); the version records the attached zip").arg(what, sha, expected));
        resource = withCode(resource, *ref, sha);
        return {};
    }
    ctx.warn(ErrorText::tr("%1: this emulator cannot give its code back, so the version records it without code; "
                            "attach the zip with `commit --attach-code %2=FILE.zip`, or start moto with `poddeck-cli moto`")
                 .arg(what, key));
    resource.document.insert(Missing, true);
    return {};
}

} // namespace poddeck::LambdaCode
