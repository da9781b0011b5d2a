#include "emulator/moto/MotoModelListing.h"

#include "emulator/HttpCall.h"
#include "util/ErrorText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace poddeck {

namespace {

// moto's backend names where they differ from the service names adapters use; empty: moto's own
// bookkeeping, never a user's resource.
QString motoServiceName(const QString &backend)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("awslambda"), QStringLiteral("lambda")},
        {QStringLiteral("awslambda_simple"), QStringLiteral("lambda")},
        {QStringLiteral("dynamodbstreams"), QStringLiteral("dynamodb")},
        {QStringLiteral("dynamodb_v20111205"), QStringLiteral("dynamodb")},
        {QStringLiteral("batch_simple"), QStringLiteral("batch")},
        {QStringLiteral("cognitoidp"), QStringLiteral("cognito-idp")},
        {QStringLiteral("cognitoidentity"), QStringLiteral("cognito-identity")},
        {QStringLiteral("core"), QString()},
        {QStringLiteral("moto_api"), QString()},
        {QStringLiteral("sts"), QString()},
        {QStringLiteral("resourcegroupstaggingapi"), QString()},
    };
    return names.value(backend, backend);
}

bool isTrue(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toBool(false);
}

// Objects moto makes by itself when a backend first loads: default VPC, subnets, ACLs, security
// groups and route tables per region, AWS-owned AMIs with their snapshots and volumes, AWS prefix
// lists, the default event bus. Verified against a fresh moto 5.2: with these left out, data.json
// counts nothing until a client creates something.
bool isDefaultMarked(const QJsonObject &o, const QString &account)
{
    if (isTrue(o, "default") || isTrue(o, "is_default") || isTrue(o, "default_for_az"))
        return true;
    if (o.value(QLatin1String("name")).toString() == QLatin1String("default")
        || o.value(QLatin1String("group_name")).toString() == QLatin1String("default"))
        return true;
    const QString owner = o.value(QLatin1String("owner_id")).toString();
    return !owner.isEmpty() && owner != account; // owned by AWS, not the user's account
}

} // namespace

Result<QMap<QString, int>> motoModelCounts(const QUrl &endpoint, const QString &account, const std::atomic<bool> *cancel)
{
    Result<HttpReply> r = httpCall("GET", endpointUrl(endpoint, QStringLiteral("/moto-api/data.json")), {}, {}, 60000, cancel);
    if (!r)
        return r.error();
    if (r->status != 200)
        return QMap<QString, int>();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r->body, &error);
    if (!doc.isObject())
        return Error(Error::Code::Remote, ErrorText::tr("moto's /moto-api/data.json is not JSON: %1").arg(error.errorString()));
    QMap<QString, int> counts;
    const QJsonObject backends = doc.object();
    for (auto b = backends.constBegin(); b != backends.constEnd(); ++b) {
        const QString service = motoServiceName(b.key());
        if (service.isEmpty())
            continue;
        const QJsonObject models = b.value().toObject();
        // Children of default objects (ACL entries, group rules, volumes of AWS snapshots) are told by the
        // ids of the defaults, which sit in other models of the same backend: collect those first.
        QSet<QString> defaultIds;
        for (auto m = models.constBegin(); m != models.constEnd(); ++m)
            for (const QJsonValue &v : m.value().toArray()) {
                const QJsonObject o = v.toObject();
                if (!isDefaultMarked(o, account))
                    continue;
                for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                    if (it.value().isString()
                        && (it.key() == QLatin1String("id") || it.key().endsWith(QLatin1String("_id"))))
                        defaultIds.insert(it.value().toString());
            }
        int total = 0;
        for (auto m = models.constBegin(); m != models.constEnd(); ++m) {
            // Bookkeeping that exists as soon as a backend loads: the backend itself, IAM's account
            // summary, S3's well-known grantees.
            if (m.key().endsWith(QLatin1String("Backend")) || m.key() == QLatin1String("AccountSummary")
                || m.key() == QLatin1String("FakeGrantee"))
                continue;
            for (const QJsonValue &v : m.value().toArray()) {
                const QJsonObject o = v.toObject();
                if (isDefaultMarked(o, account))
                    continue;
                const QString id = o.value(QLatin1String("id")).toString();
                if (defaultIds.contains(id) || defaultIds.contains(id.section(QLatin1Char('~'), 0, 0))
                    || defaultIds.contains(o.value(QLatin1String("network_acl_id")).toString())
                    || defaultIds.contains(o.value(QLatin1String("group_id")).toString()))
                    continue;
                if (!o.value(QLatin1String("main_association_id")).toString().isEmpty()
                    || o.value(QLatin1String("gateway_id")).toString() == QLatin1String("local"))
                    continue; // a VPC's main route table and its local route come with the VPC
                ++total;
            }
        }
        if (total > 0)
            counts[service] += total;
    }
    return counts;
}

} // namespace poddeck
