#include "emulator/awsapi/LambdaAccess.h"

#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "emulator/awsapi/DocumentJson.h"
#include "emulator/awsapi/LambdaApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace poddeck::LambdaAccess {

using namespace LambdaApi;

namespace {

const QString Permissions = QStringLiteral("Permissions");
const QString Url = QStringLiteral("FunctionUrl");

QString urlPath(const QString &function) { return QStringLiteral("/2021-10-31/functions/%1/url").arg(function); }
QString policyPath(const QString &function) { return functionPath(function) + QStringLiteral("/policy"); }

bool isNotFound(const Error &e) { return DocumentJson::hasCode(e, {"ResourceNotFoundException"}); }

// A policy statement -> AddPermission input (the API's own names), the inverse of what Lambda does.
QJsonObject permissionOf(const QJsonObject &st)
{
    QJsonObject p{{QStringLiteral("StatementId"), st.value(QStringLiteral("Sid"))},
                  {QStringLiteral("Action"), st.value(QStringLiteral("Action"))}};
    const QJsonValue principal = st.value(QStringLiteral("Principal"));
    if (principal.isObject()) {
        const QJsonObject o = principal.toObject();
        p.insert(QStringLiteral("Principal"), o.contains(QStringLiteral("Service")) ? o.value(QStringLiteral("Service")) : o.value(QStringLiteral("AWS")));
    } else {
        p.insert(QStringLiteral("Principal"), principal);
    }
    const QJsonObject condition = st.value(QStringLiteral("Condition")).toObject();
    const QJsonObject arnLike = condition.value(QStringLiteral("ArnLike")).toObject();
    const QJsonObject equals = condition.value(QStringLiteral("StringEquals")).toObject();
    DocumentJson::insertIfNotEmpty(p, QStringLiteral("SourceArn"), arnLike.value(QStringLiteral("AWS:SourceArn")).toString());
    DocumentJson::insertIfNotEmpty(p, QStringLiteral("SourceAccount"), equals.value(QStringLiteral("AWS:SourceAccount")).toString());
    DocumentJson::insertIfNotEmpty(p, QStringLiteral("PrincipalOrgID"), equals.value(QStringLiteral("aws:PrincipalOrgID")).toString());
    QString urlAuth = equals.value(QStringLiteral("lambda:FunctionUrlAuthType")).toString();
    if (urlAuth.isEmpty())
        urlAuth = st.value(QStringLiteral("FunctionUrlAuthType")).toString();
    DocumentJson::insertIfNotEmpty(p, QStringLiteral("FunctionUrlAuthType"), urlAuth);
    return p;
}

QMap<QString, QJsonObject> byId(const QJsonObject &doc)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue &p : doc.value(Permissions).toArray())
        out.insert(p[QStringLiteral("StatementId")].toString(), p.toObject());
    return out;
}

} // namespace

Status read(SnapshotContext &ctx, const QString &function, QJsonObject &doc)
{
    Result<AwsResponse> policy = ctx.send(request(QStringLiteral("GetPolicy"), "GET", policyPath(function)));
    if (!policy && !isNotFound(policy.error()))
        return policy.error();
    if (policy) {
        const QJsonObject p = QJsonDocument::fromJson(policy->json.value(QStringLiteral("Policy")).toString().toUtf8()).object();
        const QString arn = functionArn(ctx.region(), ctx.account(), function);
        QList<QJsonObject> permissions;
        for (const QJsonValue &st : p.value(QStringLiteral("Statement")).toArray()) {
            const QString resource = st[QStringLiteral("Resource")].toString();
            if (resource == arn || resource == arn + QStringLiteral(":$LATEST"))
                permissions.append(permissionOf(st.toObject()));
        }
        std::sort(permissions.begin(), permissions.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QStringLiteral("StatementId")).toString() < b.value(QStringLiteral("StatementId")).toString();
        });
        if (!permissions.isEmpty()) {
            QJsonArray array;
            for (const QJsonObject &o : permissions)
                array.append(o);
            doc.insert(Permissions, array);
        }
    }
    Result<AwsResponse> url = ctx.send(request(QStringLiteral("GetFunctionUrlConfig"), "GET", urlPath(function)));
    if (!url && !isNotFound(url.error()))
        return url.error();
    if (url) {
        QJsonObject u{{QStringLiteral("AuthType"), url->json.value(QStringLiteral("AuthType"))},
                      {QStringLiteral("InvokeMode"), url->json.value(QStringLiteral("InvokeMode")).toString(QStringLiteral("BUFFERED"))}};
        const QJsonObject cors = url->json.value(QStringLiteral("Cors")).toObject();
        if (!cors.isEmpty())
            u.insert(QStringLiteral("Cors"), cors);
        doc.insert(Url, u);
    }
    return {};
}

Status sync(ApplyContext &ctx, const QString &function, const QJsonObject &before, const QJsonObject &after)
{
    const QMap<QString, QJsonObject> had = byId(before), want = byId(after);
    for (auto it = had.cbegin(); it != had.cend(); ++it) {
        if (want.value(it.key()) == it.value())
            continue;
        Result<AwsResponse> r = ctx.send(request(QStringLiteral("RemovePermission"), "DELETE", policyPath(function) + u'/' + it.key()));
        if (!r && !isNotFound(r.error()))
            return r.error();
    }
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        if (had.value(it.key()) == it.value())
            continue;
        if (Status st = ctx.send(request(QStringLiteral("AddPermission"), "POST", policyPath(function), it.value())); !st)
            return st;
    }
    const QJsonObject hadUrl = before.value(Url).toObject(), wantUrl = after.value(Url).toObject();
    if (hadUrl == wantUrl)
        return {};
    if (wantUrl.isEmpty()) {
        Result<AwsResponse> r = ctx.send(request(QStringLiteral("DeleteFunctionUrlConfig"), "DELETE", urlPath(function)));
        return r || isNotFound(r.error()) ? Status() : Status(r.error());
    }
    QJsonObject in = wantUrl;
    if (!in.contains(QStringLiteral("Cors")) && !hadUrl.isEmpty())
        in.insert(QStringLiteral("Cors"), QJsonObject());
    return ctx.send(request(hadUrl.isEmpty() ? QStringLiteral("CreateFunctionUrlConfig") : QStringLiteral("UpdateFunctionUrlConfig"),
                            hadUrl.isEmpty() ? "POST" : "PUT", urlPath(function), in));
}

} // namespace poddeck::LambdaAccess
