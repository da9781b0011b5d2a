#include "emulator/awsapi/SsmHistory.h"

#include "aws/AwsPaginator.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "state/ResourcePath.h"

#include <QJsonArray>
#include <algorithm>

namespace poddeck {

namespace {

const QString Name = QStringLiteral("Name");
const QString Value = QStringLiteral("Value");
const QString ParamType = QStringLiteral("Type");
const QString Description = QStringLiteral("Description");
const QString Version = QStringLiteral("Version");

AwsRequest ssm(const QString &operation, const QJsonObject &input)
{
    return AwsRequest::json(AwsService::ssm(), operation, input);
}

int versionOf(const Resource &r)
{
    return ResourcePath::segments(r.path).value(6).toInt();
}

QStringList labelsOf(const QJsonObject &doc)
{
    return DocumentJson::toStringList(doc.value(SsmHistory::Labels));
}

} // namespace

namespace SsmHistory {

bool isVersionPath(const QString &path)
{
    const QStringList seg = ResourcePath::segments(path);
    return seg.size() == 7 && seg[5] == Type;
}

QString parameterName(const QString &path)
{
    return ResourcePath::segments(path).value(4);
}

Status snapshot(SnapshotContext &ctx, const QString &parameterPath, const QString &name, QJsonObject &parameterDocument)
{
    QList<QJsonObject> history;
    Status st = AwsPaginator::forEachPage([&ctx](const AwsRequest &r) { return ctx.send(r); },
                                          ssm(QStringLiteral("GetParameterHistory"),
                                         {{Name, name}, {QStringLiteral("WithDecryption"), true}, {QStringLiteral("MaxResults"), AwsPaginator::pageSize(50)}}),
                                     PageToken::nextToken(), [&](const AwsResponse &page) {
        for (const QJsonValue &p : page.json.value(QStringLiteral("Parameters")).toArray())
            history.append(p.toObject());
        return true;
    });
    if (!st)
        return st;
    std::stable_sort(history.begin(), history.end(),
                     [](const QJsonObject &a, const QJsonObject &b) { return a.value(Version).toInt() < b.value(Version).toInt(); });
    for (qsizetype i = 0; i < history.size(); ++i) {
        const QJsonObject &h = history.at(i);
        QStringList labels = DocumentJson::toStringList(h.value(Labels));
        labels.sort();
        if (i + 1 == history.size()) { // the current version: its value is the parameter's
            if (!labels.isEmpty())
                parameterDocument.insert(Labels, DocumentJson::toArray(labels));
            break;
        }
        QJsonObject doc{{Value, h.value(Value)}, {ParamType, h.value(ParamType)}};
        DocumentJson::insertIfNotEmpty(doc, Description, h.value(Description).toString());
        if (!labels.isEmpty())
            doc.insert(Labels, DocumentJson::toArray(labels));
        const QString path = ResourcePath::child(parameterPath, Type, QString::number(h.value(Version).toInt()));
        if (Status added = ctx.add(Resource{path, doc, {}}); !added)
            return added;
    }
    return {};
}

Result<int> latestVersion(const Send &send, const QString &name)
{
    const Result<AwsResponse> r = send(ssm(QStringLiteral("GetParameter"), {{Name, name}}));
    if (!r)
        return DocumentJson::hasCode(r.error(), {"ParameterNotFound"}) ? Result<int>(0) : Result<int>(r.error());
    return r->json.value(QStringLiteral("Parameter"))[Version].toInt();
}

Status putVersions(const Send &send, QList<Resource> versions)
{
    if (versions.isEmpty())
        return {};
    std::stable_sort(versions.begin(), versions.end(), [](const Resource &a, const Resource &b) { return versionOf(a) < versionOf(b); });
    const QString name = parameterName(versions.first().path);
    Result<int> latest = latestVersion(send, name);
    if (!latest)
        return latest.error();
    for (const Resource &v : std::as_const(versions)) {
        int number = versionOf(v);
        if (number > *latest) {
            QJsonObject in{{Name, name}, {Value, v.document.value(Value)}, {ParamType, v.document.value(ParamType)},
                           {QStringLiteral("Overwrite"), true}};
            if (v.document.contains(Description))
                in.insert(Description, v.document.value(Description));
            const Result<AwsResponse> put = send(ssm(QStringLiteral("PutParameter"), in));
            if (!put)
                return Error(put.error().code, QStringLiteral("%1: %2").arg(v.path, put.error().message));
            number = *latest = put->json.value(Version).toInt();
        }
        if (Status st = relabel(send, name, number, {}, v.document); !st)
            return Error(st.error().code, QStringLiteral("%1: %2").arg(v.path, st.error().message));
    }
    return {};
}

Status relabel(const Send &send, const QString &name, int version, const QJsonObject &before, const QJsonObject &after)
{
    const QStringList was = labelsOf(before), now = labelsOf(after);
    if (was == now)
        return {};
    if (version == 0) {
        const Result<int> latest = latestVersion(send, name);
        if (!latest)
            return latest.error();
        version = *latest;
    }
    QStringList gone;
    for (const QString &l : was)
        if (!now.contains(l))
            gone.append(l);
    if (!gone.isEmpty()) {
        const Result<AwsResponse> r = send(ssm(QStringLiteral("UnlabelParameterVersion"),
                                               {{Name, name}, {QStringLiteral("ParameterVersion"), version}, {Labels, DocumentJson::toArray(gone)}}));
        if (!r)
            return r.error();
    }
    if (now.isEmpty())
        return {};
    // A label names one version of a parameter: labelling moves it from wherever it was.
    const Result<AwsResponse> r = send(ssm(QStringLiteral("LabelParameterVersion"),
                                           {{Name, name}, {QStringLiteral("ParameterVersion"), version}, {Labels, DocumentJson::toArray(now)}}));
    if (!r)
        return r.error();
    return {};
}

} // namespace SsmHistory
} // namespace poddeck
