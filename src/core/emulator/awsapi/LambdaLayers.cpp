#include "emulator/awsapi/LambdaLayers.h"

#include "aws/AwsPaginator.h"
#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "emulator/awsapi/LambdaApi.h"
#include "emulator/awsapi/LambdaCode.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace poddeck::LambdaLayers {

using namespace LambdaApi;

namespace {

// What makes a layer version's content: two versions under one number must agree on all of them.
const QStringList ContentMembers{QStringLiteral("CodeSha256"), QStringLiteral("CompatibleRuntimes"),
                                 QStringLiteral("CompatibleArchitectures"), QStringLiteral("Description"),
                                 QStringLiteral("LicenseInfo")};

QString layerOf(const QString &path) { return ResourcePath::segments(path).value(4); }
int numberOf(const QString &path) { return ResourcePath::segments(path).value(6).toInt(); }
QString versionPath(const QString &layer, int number) { return layerVersionsPath(layer) + u'/' + QString::number(number); }

bool isGone(const Status &st) { return DocumentJson::hasCode(st.error(), {"ResourceNotFoundException"}); }

const QString Permissions = QStringLiteral("Permissions");
const QString StatementId = QStringLiteral("StatementId");
QString policyPath(const QString &layer, int number) { return versionPath(layer, number) + QStringLiteral("/policy"); }

// A layer version policy statement -> AddLayerVersionPermission input, the inverse of what Lambda does:
// an account principal comes back as "arn:aws:iam::<id>:root", an organization as a condition (moto keeps
// both as they were sent).
QJsonObject permissionOf(const QJsonObject &st)
{
    QJsonObject p{{StatementId, st.value(QStringLiteral("Sid"))}, {QStringLiteral("Action"), st.value(QStringLiteral("Action"))}};
    QJsonValue principal = st.value(QStringLiteral("Principal"));
    if (principal.isObject())
        principal = principal.toObject().value(QStringLiteral("AWS"));
    QString who = principal.toString();
    if (who.startsWith(QLatin1String("arn:aws:iam::")) && who.endsWith(QLatin1String(":root")))
        who = who.section(u':', 4, 4);
    p.insert(QStringLiteral("Principal"), who);
    QString org = st.value(QStringLiteral("Condition"))[QStringLiteral("StringEquals")][QStringLiteral("aws:PrincipalOrgID")].toString();
    if (org.isEmpty())
        org = st.value(QStringLiteral("OrganizationId")).toString();
    DocumentJson::insertIfNotEmpty(p, QStringLiteral("OrganizationId"), org);
    return p;
}

// The version's permissions, sorted by StatementId; empty when it has no policy.
template <typename Context>
Result<QJsonArray> readPermissions(Context &ctx, const QString &layer, int number)
{
    Result<AwsResponse> r = ctx.send(request(QStringLiteral("GetLayerVersionPolicy"), "GET", policyPath(layer, number)));
    if (!r)
        return isGone(r.error()) ? Result<QJsonArray>(QJsonArray()) : Result<QJsonArray>(r.error());
    const QJsonObject policy = QJsonDocument::fromJson(r->json.value(QStringLiteral("Policy")).toString().toUtf8()).object();
    QList<QJsonObject> permissions;
    for (const QJsonValue &st : policy.value(QStringLiteral("Statement")).toArray())
        permissions.append(permissionOf(st.toObject()));
    std::sort(permissions.begin(), permissions.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(StatementId).toString() < b.value(StatementId).toString();
    });
    QJsonArray out;
    for (const QJsonObject &o : std::as_const(permissions))
        out.append(o);
    return out;
}

QMap<QString, QJsonObject> permissionsById(const QJsonObject &doc)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue &p : doc.value(Permissions).toArray())
        out.insert(p[StatementId].toString(), p.toObject());
    return out;
}

// Makes the live version's permissions those of `after` (`before`: what it has now).
Status syncPermissions(ApplyContext &ctx, const QString &layer, int number, const QJsonObject &before, const QJsonObject &after)
{
    const QMap<QString, QJsonObject> had = permissionsById(before), want = permissionsById(after);
    for (auto it = had.cbegin(); it != had.cend(); ++it) {
        if (want.value(it.key()) == it.value())
            continue;
        Status st = ctx.send(request(QStringLiteral("RemoveLayerVersionPermission"), "DELETE", policyPath(layer, number) + u'/' + it.key()));
        if (!st && !isGone(st))
            return st;
    }
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        if (had.value(it.key()) == it.value())
            continue;
        if (Status st = ctx.send(request(QStringLiteral("AddLayerVersionPermission"), "POST", policyPath(layer, number), it.value())); !st)
            return Error(st.error().code, ErrorText::tr("layer %1 version %2, permission %3: %4").arg(layer).arg(number).arg(it.key(), st.error().message));
    }
    return {};
}

template <typename Context>
Result<QList<int>> liveNumbers(Context &ctx, const QString &layer)
{
    QList<int> numbers;
    Status st = AwsPaginator::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); },
                                          request(QStringLiteral("ListLayerVersions"), "GET", layerVersionsPath(layer)),
                                          PageToken::lambdaMarker(), [&](const AwsResponse &page) {
        for (const QJsonValue &v : page.json.value(QStringLiteral("LayerVersions")).toArray())
            numbers << v[QStringLiteral("Version")].toInt();
        return true;
    });
    if (!st)
        return st.error();
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

} // namespace

bool isVersion(const QString &path)
{
    const QStringList seg = ResourcePath::segments(path);
    return seg.size() == 7 && seg[0] == QLatin1String("lambda") && seg[3] == QLatin1String("layer") && seg[5] == Version;
}

bool isLegacy(const Resource &resource)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    return seg.size() == 5 && seg[3] == QLatin1String("layer") && resource.document.contains(QStringLiteral("Version"));
}

Status read(SnapshotContext &ctx)
{
    QStringList names;
    Status st = AwsPaginator::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); },
                                          request(QStringLiteral("ListLayers"), "GET", QStringLiteral("/2018-10-31/layers")),
                                          PageToken::lambdaMarker(), [&](const AwsResponse &page) {
        for (const QJsonValue &l : page.json.value(QStringLiteral("Layers")).toArray())
            names << l[QStringLiteral("LayerName")].toString();
        return true;
    });
    if (!st)
        return st;
    for (const QString &name : std::as_const(names)) {
        Result<QList<int>> numbers = liveNumbers(ctx, name);
        if (!numbers)
            return numbers.error();
        if (numbers->isEmpty())
            continue; // every version was deleted since the list: the layer is gone
        const QString layerPath = ctx.path(QStringLiteral("layer"), name);
        if (Status added = ctx.add(Resource{layerPath, QJsonObject(), {}}); !added)
            return added;
        for (int n : std::as_const(*numbers)) {
            Result<AwsResponse> v = ctx.send(request(QStringLiteral("GetLayerVersion"), "GET", versionPath(name, n)));
            if (!v)
                return v.error();
            Resource r{ResourcePath::child(layerPath, Version, QString::number(n)), layerVersionDocument(v->json), {}};
            Result<QJsonArray> permissions = readPermissions(ctx, name, n);
            if (!permissions)
                return permissions.error();
            if (!permissions->isEmpty())
                r.document.insert(Permissions, *permissions);
            if (Status code = LambdaCode::fill(ctx, r); !code)
                return code;
            if (Status added = ctx.add(r); !added)
                return added;
        }
    }
    return {};
}

Status publish(ApplyContext &ctx, QList<Resource> versions)
{
    if (versions.isEmpty())
        return {};
    std::sort(versions.begin(), versions.end(), [](const Resource &a, const Resource &b) { return numberOf(a.path) < numberOf(b.path); });
    const QString name = layerOf(versions.first().path);
    Result<QList<int>> live = liveNumbers(ctx, name);
    if (!live)
        return live.error();
    const int first = numberOf(versions.first().path);
    if (!live->isEmpty() && live->last() >= first)
        return Error(Error::Code::Conflict,
                     ErrorText::tr("layer %1 version %2 cannot be published again: the instance's layer is already at "
                                    "version %3 and Lambda never reuses a layer version number; inject with --strategy "
                                    "overwrite (the emulator is reset first), or skip the layer")
                         .arg(name).arg(first).arg(live->last()));
    for (const Resource &v : std::as_const(versions)) {
        const int wanted = numberOf(v.path);
        if (!v.attachments.contains(Code))
            return Error(Error::Code::NotFound, ErrorText::tr("layer %1 version %2 has no code in this version (it was committed "
                                                               "from an emulator that cannot return code)").arg(name).arg(wanted));
        Result<QByteArray> zip = ctx.attachment(v, Code);
        if (!zip)
            return zip.error();
        const QJsonObject in = layerVersionInput(v.document, *zip);
        // Numbers below `wanted` that the pod does not hold were deleted: publish and delete a placeholder
        // (the same content) for each, so the next publish gets `wanted`.
        for (int attempt = 0;; ++attempt) {
            Result<AwsResponse> r = ctx.send(request(QStringLiteral("PublishLayerVersion"), "POST", layerVersionsPath(name), in));
            if (!r)
                return r.error();
            const int got = r->json.value(QStringLiteral("Version")).toInt();
            if (got == wanted)
                break; // placeholders below carry no permissions: they are deleted at once
            Status deleted = ctx.send(request(QStringLiteral("DeleteLayerVersion"), "DELETE", versionPath(name, got)));
            if (!deleted)
                return deleted;
            if (got > wanted || got <= 0 || attempt > wanted)
                return Error(Error::Code::Remote,
                             ErrorText::tr("layer %1 version %2 came back as version %3 (deleted again): the emulator "
                                            "numbered past it; inject with --strategy overwrite into a reset emulator")
                                 .arg(name).arg(wanted).arg(got));
        }
        if (Status st = syncPermissions(ctx, name, wanted, {}, v.document); !st)
            return st;
    }
    return {};
}

QString conflict(const Resource &version, const Resource &live)
{
    QStringList differing;
    for (const QString &m : ContentMembers)
        if (version.document.value(m) != live.document.value(m))
            differing << m;
    if (differing.isEmpty())
        return {};
    return ErrorText::tr("version %1 of layer %2 on the instance holds other content than the version's (%3 differ), "
                     "and a published layer version cannot be changed")
        .arg(numberOf(version.path))
        .arg(layerOf(version.path), differing.join(QLatin1String(", ")));
}

Status update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    if (const QString why = conflict(after, before); !why.isEmpty())
        return Error(Error::Code::Conflict, ErrorText::tr("%1: inject with --strategy overwrite, or skip it").arg(why));
    // The same content (what else differs is whether the code was readable); who may use it can change.
    return syncPermissions(ctx, layerOf(after.path), numberOf(after.path), before.document, after.document);
}

Status remove(ApplyContext &ctx, const Resource &version)
{
    const Status st = ctx.send(request(QStringLiteral("DeleteLayerVersion"), "DELETE",
                                       versionPath(layerOf(version.path), numberOf(version.path))));
    return isGone(st) ? Status() : st;
}

} // namespace poddeck::LambdaLayers
