#include "emulator/awsapi/LambdaWriter.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "emulator/awsapi/LambdaAccess.h"
#include "emulator/awsapi/LambdaApi.h"
#include "emulator/awsapi/LambdaLayers.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QJsonArray>
#include <algorithm>

namespace poddeck {

using namespace LambdaApi;

namespace {

const QString Tags = QStringLiteral("Tags");

bool isGone(const Status &st)
{
    return DocumentJson::hasCode(st.error(), {"ResourceNotFoundException"});
}

} // namespace

LambdaWriter::LambdaWriter(ApplyContext &ctx) : m_ctx(ctx) {}

Status LambdaWriter::create(const Resource &resource)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    const QString type = seg.value(3), name = seg.value(4);
    if (type == QLatin1String("function"))
        return createFunction(name, resource);
    if (type == QLatin1String("layer"))
        return publishLayer(name, resource);
    if (type == QLatin1String("event-source-mapping"))
        return createMapping(resource.document);
    return Error(Error::Code::Unsupported, ErrorText::tr("Lambda: unknown resource type in %1").arg(resource.path));
}

Status LambdaWriter::update(const Resource &before, const Resource &after)
{
    const QStringList seg = ResourcePath::segments(after.path);
    const QString type = seg.value(3), name = seg.value(4);
    if (type == QLatin1String("function"))
        return updateFunction(name, before, after);
    if (type == QLatin1String("layer"))
        return publishLayer(name, after);
    return updateMapping(before.document, after.document);
}

Status LambdaWriter::remove(const Resource &resource)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    const QString type = seg.value(3), name = seg.value(4);
    Status st;
    if (type == QLatin1String("function"))
        st = m_ctx.send(request(QStringLiteral("DeleteFunction"), "DELETE", functionPath(name)));
    else if (type == QLatin1String("layer"))
        st = removeLayer(name);
    else
        st = removeMapping(resource.document);
    return isGone(st) ? Status() : st;
}

// --- functions ---

Result<QJsonObject> LambdaWriter::code(const Resource &function)
{
    const QJsonObject &doc = function.document;
    if (doc.value(QStringLiteral("PackageType")) == QLatin1String("Image"))
        return QJsonObject{{QStringLiteral("ImageUri"), doc.value(QStringLiteral("ImageUri"))}};
    const QString name = ResourcePath::segments(function.path).value(4);
    if (!function.attachments.contains(Code))
        return Error(Error::Code::NotFound, ErrorText::tr("function %1 has no code in this version (it was committed from "
                                                           "an emulator that cannot return code)").arg(name));
    Result<QByteArray> zip = m_ctx.attachment(function, Code);
    if (!zip)
        return zip.error();
    return QJsonObject{{QStringLiteral("ZipFile"), QString::fromLatin1(zip->toBase64())}};
}

Status LambdaWriter::createFunction(const QString &name, const Resource &resource)
{
    Result<QJsonObject> zip = code(resource);
    if (!zip)
        return zip.error();
    const QJsonObject &doc = resource.document;
    QJsonObject in = configurationInput(doc, false);
    in.insert(QStringLiteral("FunctionName"), name);
    in.insert(QStringLiteral("Code"), *zip);
    in.insert(QStringLiteral("PackageType"), doc.value(QStringLiteral("PackageType")));
    in.insert(QStringLiteral("Publish"), false);
    if (doc.contains(QStringLiteral("Architectures")))
        in.insert(QStringLiteral("Architectures"), doc.value(QStringLiteral("Architectures")));
    if (doc.contains(Tags))
        in.insert(Tags, doc.value(Tags));
    if (Status st = m_ctx.send(request(QStringLiteral("CreateFunction"), "POST", QStringLiteral("/2015-03-31/functions"), in)); !st)
        return st;
    return LambdaAccess::sync(m_ctx, name, {}, doc);
}

Status LambdaWriter::updateFunction(const QString &name, const Resource &before, const Resource &after)
{
    const QJsonObject &a = before.document, &b = after.document;
    if (a.value(QStringLiteral("PackageType")) != b.value(QStringLiteral("PackageType"))) {
        if (Status st = remove(before); !st)
            return st;
        return createFunction(name, after);
    }
    if (configurationDiffers(a, b)) {
        Status st = m_ctx.send(request(QStringLiteral("UpdateFunctionConfiguration"), "PUT",
                                       functionPath(name) + QStringLiteral("/configuration"), configurationInput(b, true)));
        if (!st)
            return st;
    }
    const QStringList codeMembers{QStringLiteral("CodeSha256"), QStringLiteral("ImageUri"), QStringLiteral("Architectures")};
    // CodeSha256 is the zip's hash: equal hashes mean equal code, even when one side lacks the zip.
    if (std::any_of(codeMembers.begin(), codeMembers.end(), [&](const QString &m) { return a.value(m) != b.value(m); })) {
        Result<QJsonObject> in = code(after);
        if (!in)
            return in.error();
        if (b.contains(QStringLiteral("Architectures")))
            in->insert(QStringLiteral("Architectures"), b.value(QStringLiteral("Architectures")));
        Status st = m_ctx.send(request(QStringLiteral("UpdateFunctionCode"), "PUT", functionPath(name) + QStringLiteral("/code"), *in));
        if (!st)
            return st;
    }
    if (Status st = syncTags(name, a.value(Tags).toObject(), b.value(Tags).toObject()); !st)
        return st;
    return LambdaAccess::sync(m_ctx, name, a, b);
}

Status LambdaWriter::syncTags(const QString &name, const QJsonObject &before, const QJsonObject &after)
{
    const QString path = tagsPath(functionArn(m_ctx.region(), m_ctx.account(), name));
    const QStringList removed = DocumentJson::tagsToRemove(before, after);
    if (!removed.isEmpty()) {
        QueryItems keys;
        for (const QString &k : removed)
            keys.append({QStringLiteral("tagKeys"), k});
        if (Status st = m_ctx.send(request(QStringLiteral("UntagResource"), "DELETE", path, {}, keys)); !st)
            return st;
    }
    const QJsonObject set = DocumentJson::tagsToSet(before, after);
    if (set.isEmpty())
        return {};
    return m_ctx.send(request(QStringLiteral("TagResource"), "POST", path, {{Tags, set}}));
}

// --- layers ---

Status LambdaWriter::publishLayer(const QString &name, const Resource &resource)
{
    // A layer of the current shape has nothing of its own to write: its versions are its children.
    if (!LambdaLayers::isLegacy(resource))
        return {};
    const QJsonObject &doc = resource.document;
    if (!resource.attachments.contains(Code))
        return Error(Error::Code::NotFound, ErrorText::tr("layer %1 has no code in this version (it was committed from "
                                                           "an emulator that cannot return code)").arg(name));
    Result<QByteArray> zip = m_ctx.attachment(resource, Code);
    if (!zip)
        return zip.error();
    const QJsonObject in = layerVersionInput(doc, *zip);
    const int wanted = doc.value(QStringLiteral("Version")).toInt(1);
    for (int attempt = 0; attempt < std::max(wanted, 1); ++attempt) {
        Result<AwsResponse> r = m_ctx.send(request(QStringLiteral("PublishLayerVersion"), "POST", layerVersionsPath(name), in));
        if (!r)
            return r.error();
        if (r->json.value(QStringLiteral("Version")).toInt() >= wanted)
            break;
    }
    return {};
}

Status LambdaWriter::removeLayer(const QString &name)
{
    QList<int> versions;
    Status st = AwsPaginator::forEachPage([this](const AwsRequest &r) { return m_ctx.send(r); },
                                          request(QStringLiteral("ListLayerVersions"), "GET", layerVersionsPath(name)),
                                          PageToken::lambdaMarker(), [&](const AwsResponse &page) {
        for (const QJsonValue &v : page.json.value(QStringLiteral("LayerVersions")).toArray())
            versions << v[QStringLiteral("Version")].toInt();
        return true;
    });
    if (!st)
        return st;
    for (int v : versions) {
        Status deleted = m_ctx.send(request(QStringLiteral("DeleteLayerVersion"), "DELETE",
                                            layerVersionsPath(name) + u'/' + QString::number(v)));
        if (!deleted)
            return deleted;
    }
    return {};
}

// --- event source mappings ---

Status LambdaWriter::createMapping(const QJsonObject &doc)
{
    QJsonObject in = mappingUpdateInput(doc);
    in.insert(QStringLiteral("EventSourceArn"), doc.value(QStringLiteral("EventSourceArn")));
    for (const QString &m : {QStringLiteral("StartingPosition"), QStringLiteral("Topics"), QStringLiteral("Queues")})
        if (doc.contains(m))
            in.insert(m, doc.value(m));
    if (!doc.contains(QStringLiteral("FilterCriteria")))
        in.remove(QStringLiteral("FilterCriteria"));
    return m_ctx.send(request(QStringLiteral("CreateEventSourceMapping"), "POST", mappingsPath(), in));
}

Status LambdaWriter::updateMapping(const QJsonObject &before, const QJsonObject &after)
{
    if (before.value(QStringLiteral("StartingPosition")) != after.value(QStringLiteral("StartingPosition"))) {
        if (Status st = removeMapping(before); !st && !isGone(st))
            return st;
        return createMapping(after);
    }
    Result<QString> uuid = findMapping(before);
    if (!uuid)
        return uuid.error();
    if (uuid->isEmpty())
        return createMapping(after);
    return m_ctx.send(request(QStringLiteral("UpdateEventSourceMapping"), "PUT", mappingsPath() + u'/' + *uuid,
                              mappingUpdateInput(after)));
}

Status LambdaWriter::removeMapping(const QJsonObject &doc)
{
    Result<QString> uuid = findMapping(doc);
    if (!uuid)
        return uuid.error();
    if (uuid->isEmpty())
        return {};
    return m_ctx.send(request(QStringLiteral("DeleteEventSourceMapping"), "DELETE", mappingsPath() + u'/' + *uuid));
}

Result<QString> LambdaWriter::findMapping(const QJsonObject &doc)
{
    QString exact, sameIdentity;
    Status st = AwsPaginator::forEachPage([this](const AwsRequest &r) { return m_ctx.send(r); },
                                          request(QStringLiteral("ListEventSourceMappings"), "GET", mappingsPath(), {},
                                             {{QStringLiteral("EventSourceArn"), doc.value(QStringLiteral("EventSourceArn")).toString()}}),
                                     PageToken::lambdaMarker(), [&](const AwsResponse &page) {
        for (const QJsonValue &m : page.json.value(QStringLiteral("EventSourceMappings")).toArray()) {
            const QJsonObject live = mappingDocument(m.toObject());
            if (mappingId(live) != mappingId(doc))
                continue;
            const QString uuid = m[QStringLiteral("UUID")].toString();
            if (live == doc && exact.isEmpty())
                exact = uuid;
            if (sameIdentity.isEmpty())
                sameIdentity = uuid;
        }
        return true;
    });
    if (!st)
        return st.error();
    return exact.isEmpty() ? sameIdentity : exact;
}

} // namespace poddeck
