#include "emulator/NotCaptured.h"

#include "emulator/AdapterRegistry.h"
#include "emulator/HttpCall.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace poddeck {

namespace {

QUrl at(const QUrl &endpoint, const QString &path)
{
    QUrl u = endpoint;
    QString base = u.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + path);
    return u;
}

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

Result<QMap<QString, int>> motoCounts(const AwsConfig &config, const QString &account, const std::atomic<bool> *cancel)
{
    Result<HttpReply> r = httpCall("GET", at(config.endpoint, QStringLiteral("/moto-api/data.json")), {}, {}, 60000, cancel);
    if (!r)
        return r.error();
    if (r->status != 200)
        return QMap<QString, int>();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r->body, &error);
    if (!doc.isObject())
        return Error(Error::Code::Remote, QStringLiteral("moto's /moto-api/data.json is not JSON: %1").arg(error.errorString()));
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

Result<QMap<QString, int>> localStackCounts(const AwsConfig &config, const std::atomic<bool> *cancel)
{
    Result<HttpReply> r = httpCall("GET", at(config.endpoint, QStringLiteral("/_localstack/resources")), {}, {}, 60000, cancel);
    if (!r)
        return r.error();
    QMap<QString, int> counts;
    if (r->status != 200)
        return counts;
    // One JSON object per line: {"AWS::SNS::Topic": [{"region_name", "account_id", "id"}, ...]}.
    for (const QByteArray &line : r->body.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line.trimmed()).object();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString service = it.key().section(QStringLiteral("::"), 1, 1).toLower();
            if (!service.isEmpty())
                counts[service] += int(it.value().toArray().size());
        }
    }
    return counts;
}

} // namespace

Result<QMap<QString, int>> emulatorResourceCounts(const AwsConfig &config, const EmulatorInfo &info,
                                                  const std::atomic<bool> *cancel)
{
    if (info.kind == EmulatorInfo::Kind::Moto)
        return motoCounts(config, info.account, cancel);
    if (info.kind == EmulatorInfo::Kind::LocalStack)
        return localStackCounts(config, cancel);
    return QMap<QString, int>();
}

Result<QList<NotCapturedService>> findNotCaptured(const AwsConfig &config, const EmulatorInfo &info,
                                                  const std::atomic<bool> *cancel)
{
    Result<QMap<QString, int>> counts = emulatorResourceCounts(config, info, cancel);
    if (!counts)
        return counts.error();
    const QStringList captured = supportedServices();
    QList<NotCapturedService> out;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        if (it.value() > 0 && !captured.contains(it.key()))
            out.append({it.key(), it.value()});
    return out;
}

QString describeNotCaptured(const QList<NotCapturedService> &services)
{
    QStringList parts;
    for (const NotCapturedService &s : services)
        parts.append(parts.isEmpty() ? QStringLiteral("%1 (%2 resource%3)").arg(s.service).arg(s.count).arg(s.count == 1 ? "" : "s")
                                     : QStringLiteral("%1 (%2)").arg(s.service).arg(s.count));
    return parts.join(QLatin1String(", "));
}

} // namespace poddeck
