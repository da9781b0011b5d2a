#include "emulator/awsapi/SecretVersions.h"

#include "aws/AwsPaginator.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

#include <QJsonArray>
#include <QUuid>
#include <algorithm>

namespace poddeck {

namespace {

const QString SecretId = QStringLiteral("SecretId");
const QString SecretString = QStringLiteral("SecretString");
const QString SecretBinary = QStringLiteral("SecretBinary");

AwsRequest sm(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::secretsManager(), operation, input);
}

QStringList stagesOf(const QJsonObject &document)
{
    return DocumentJson::toStringList(document.value(SecretVersions::Stages));
}

int indexOf(const Resource &version)
{
    return ResourcePath::segments(version.path).value(6).toInt();
}

// Which version holds each label.
Result<QMap<QString, QString>> holders(const SecretVersions::Send &send, const QString &name)
{
    const Result<QList<SecretVersions::Listed>> versions = SecretVersions::list(send, name);
    if (!versions)
        return versions.error();
    QMap<QString, QString> out;
    for (const SecretVersions::Listed &v : *versions)
        for (const QString &s : v.stages)
            out.insert(s, v.id);
    return out;
}

// Moves `label` to version `to` (empty: only takes it off its holder).
Status moveLabel(const SecretVersions::Send &send, const QString &name, const QString &label, const QString &to,
                 QMap<QString, QString> &held)
{
    const QString from = held.value(label);
    if (from == to)
        return {};
    QJsonObject in{{SecretId, name}, {QStringLiteral("VersionStage"), label}};
    if (!from.isEmpty())
        in.insert(QStringLiteral("RemoveFromVersionId"), from);
    if (!to.isEmpty())
        in.insert(QStringLiteral("MoveToVersionId"), to);
    if (Status st = send(sm(QStringLiteral("UpdateSecretVersionStage"), in)); !st)
        return Error(st.error().code, ErrorText::tr("secret %1, label %2: %3").arg(name, label, st.error().message));
    if (to.isEmpty())
        held.remove(label);
    else
        held.insert(label, to);
    return {};
}

} // namespace

namespace SecretVersions {

bool isVersionPath(const QString &path)
{
    const QStringList seg = ResourcePath::segments(path);
    return seg.size() == 7 && seg[5] == Type;
}

QString secretName(const QString &path)
{
    return ResourcePath::segments(path).value(4);
}

Result<QList<Listed>> list(const Send &send, const QString &secretId)
{
    QList<QPair<double, Listed>> found;
    Status st = AwsPaginator::forEachPage(send, sm(QStringLiteral("ListSecretVersionIds"), {{SecretId, secretId}, {QStringLiteral("MaxResults"), 100}}),
                                          PageToken::nextToken(), [&](const AwsResponse &page) {
        for (const QJsonValue &v : page.json.value(QStringLiteral("Versions")).toArray()) {
            QStringList stages = DocumentJson::toStringList(v[Stages]);
            if (stages.isEmpty())
                continue;
            stages.sort();
            found.append({v[QStringLiteral("CreatedDate")].toDouble(), Listed{v[QStringLiteral("VersionId")].toString(), stages}});
        }
        return true;
    });
    if (!st)
        return st.error();
    // Creation order; emulators that stamp every version alike keep the order they list them in.
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Listed> out;
    for (const auto &f : std::as_const(found))
        out.append(f.second);
    return out;
}

Status snapshot(SnapshotContext &ctx, const QString &secretPath, const QString &secretId, QJsonObject &secretDocument)
{
    const Result<QList<Listed>> versions = list([&ctx](const AwsRequest &r) { return ctx.send(r); }, secretId);
    if (!versions)
        return versions.error();
    int n = 0;
    for (const Listed &v : *versions) {
        if (v.stages.contains(Current)) {
            QStringList others = v.stages;
            others.removeAll(Current);
            if (!others.isEmpty())
                secretDocument.insert(Stages, DocumentJson::toArray(others));
            continue;
        }
        const Result<AwsResponse> value = ctx.send(sm(QStringLiteral("GetSecretValue"),
                                                      {{SecretId, secretId}, {QStringLiteral("VersionId"), v.id}}));
        if (!value)
            return value.error();
        QJsonObject doc{{Stages, DocumentJson::toArray(v.stages)}};
        for (const QString &k : {SecretString, SecretBinary})
            if (value->json.contains(k))
                doc.insert(k, value->json.value(k));
        if (Status st = ctx.add(Resource{ResourcePath::child(secretPath, Type, QString::number(n++)), doc, {}}); !st)
            return st;
    }
    return {};
}

Status applyCurrentLabels(const Send &send, const QString &name, const QJsonObject &before, const QJsonObject &after)
{
    const QStringList was = stagesOf(before), now = stagesOf(after);
    if (was == now)
        return {};
    Result<QMap<QString, QString>> held = holders(send, name);
    if (!held)
        return held.error();
    const QString current = held->value(Current);
    for (const QString &label : now)
        if (Status st = moveLabel(send, name, label, current, *held); !st)
            return st;
    for (const QString &label : was)
        if (!now.contains(label) && held->value(label) == current)
            if (Status st = moveLabel(send, name, label, QString(), *held); !st)
                return st;
    return {};
}

Status createAll(const Send &send, QList<Resource> versions)
{
    std::stable_sort(versions.begin(), versions.end(), [](const Resource &a, const Resource &b) {
        return std::pair(a.path.section(QLatin1Char('/'), 0, 4), indexOf(a)) < std::pair(b.path.section(QLatin1Char('/'), 0, 4), indexOf(b));
    });
    for (const Resource &v : std::as_const(versions)) {
        const QString name = secretName(v.path);
        QJsonObject in{{SecretId, name},
                       {Stages, v.document.value(Stages)},
                       {QStringLiteral("ClientRequestToken"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
        for (const QString &k : {SecretString, SecretBinary})
            if (v.document.contains(k))
                in.insert(k, v.document.value(k));
        if (Status st = send(sm(QStringLiteral("PutSecretValue"), in)); !st)
            return Error(st.error().code, QStringLiteral("%1: %2").arg(v.path, st.error().message));
    }
    return {};
}

Status update(const Send &send, const Resource &before, const Resource &after)
{
    const QString name = secretName(after.path);
    if (before.document.value(SecretString) != after.document.value(SecretString)
        || before.document.value(SecretBinary) != after.document.value(SecretBinary)) {
        if (Status st = remove(send, before); !st)
            return st;
        return createAll(send, {after});
    }
    Result<QMap<QString, QString>> held = holders(send, name);
    if (!held)
        return held.error();
    const QStringList was = stagesOf(before.document), now = stagesOf(after.document);
    QString id;
    for (const QString &label : was)
        if (held->contains(label) && held->value(label) != held->value(Current)) {
            id = held->value(label);
            break;
        }
    if (id.isEmpty()) // the version lost all its labels meanwhile: put it again
        return createAll(send, {after});
    for (const QString &label : now)
        if (Status st = moveLabel(send, name, label, id, *held); !st)
            return st;
    for (const QString &label : was)
        if (!now.contains(label) && held->value(label) == id)
            if (Status st = moveLabel(send, name, label, QString(), *held); !st)
                return st;
    return {};
}

Status remove(const Send &send, const Resource &version)
{
    const QString name = secretName(version.path);
    Result<QMap<QString, QString>> held = holders(send, name);
    if (!held) // the secret is gone, and its versions with it
        return DocumentJson::hasCode(held.error(), {"ResourceNotFoundException"}) ? Status() : Status(held.error());
    const QStringList stages = stagesOf(version.document);
    QString id;
    for (const QString &label : stages)
        if (held->contains(label) && held->value(label) != held->value(Current)) {
            id = held->value(label);
            break;
        }
    if (id.isEmpty())
        return {};
    for (const QString &label : stages)
        if (held->value(label) == id)
            if (Status st = moveLabel(send, name, label, QString(), *held); !st)
                return st;
    return {};
}

} // namespace SecretVersions
} // namespace poddeck
