#include "emulator/localstack/LocalStackEmulator.h"

#include "emulator/HttpCall.h"
#include "util/ErrorText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace poddeck {

EmulatorCapabilities LocalStackEmulator::capabilities() const
{
    EmulatorCapabilities can;
    can.reset = true;
    can.nativeState = m_info.stateApi;
    can.life = !m_info.life.isEmpty();
    can.survey = true;
    return can;
}

QString LocalStackEmulator::describe() const
{
    return m_info.stateApi ? QStringLiteral("LocalStack") : QStringLiteral("LocalStack without the state API");
}

QString LocalStackEmulator::lifeChange() const
{
    return ErrorText::tr("LocalStack session changed");
}

Status LocalStackEmulator::reset(const QStringList &services, ObjectStore &, const std::atomic<bool> *) const
{
    if (services.isEmpty())
        return post(QStringLiteral("/_localstack/state/reset"));
    for (const QString &s : services)
        if (Status st = post(QStringLiteral("/_localstack/state/%1/reset").arg(s)); !st)
            return st;
    return {};
}

Result<QMap<QString, int>> LocalStackEmulator::resourceCounts(const std::atomic<bool> *cancel) const
{
    Result<HttpReply> r = httpCall("GET", endpointUrl(m_config.endpoint, QStringLiteral("/_localstack/resources")), {}, {},
                                   60000, cancel);
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

Result<QByteArray> LocalStackEmulator::nativeState(const std::atomic<bool> *cancel) const
{
    if (!m_info.stateApi)
        return Emulator::nativeState(cancel);
    Result<HttpReply> zip = httpCall("GET", endpointUrl(m_config.endpoint, QStringLiteral("/_localstack/pods/state")), {}, {},
                                     600000, cancel);
    if (!zip)
        return Error(zip.error().code, ErrorText::tr("reading LocalStack state: %1").arg(zip.error().message));
    if (zip->status != 200)
        return Error(Error::Code::Remote,
                     ErrorText::tr("LocalStack answered HTTP %1 to GET /_localstack/pods/state").arg(zip->status));
    return zip->body;
}

Result<NativeLoadReport> LocalStackEmulator::loadNativeState(const QByteArray &zip, const QString &strategy,
                                                             const std::atomic<bool> *cancel) const
{
    if (!m_info.stateApi)
        return Emulator::loadNativeState(zip, strategy, cancel);
    QUrl url = endpointUrl(m_config.endpoint, QStringLiteral("/_localstack/pods"));
    url.setQuery(QStringLiteral("merge=%1").arg(strategy));
    Result<HttpReply> r = httpCall("POST", url, zip, {{"Content-Type", "application/zip"}}, 600000, cancel);
    if (!r)
        return r.error();
    if (r->status == 404 && r->body.trimmed().isEmpty())
        return Error(Error::Code::Unsupported, ErrorText::tr("LocalStack's state API is not licensed on %1").arg(m_info.endpoint));
    if (r->status == 422)
        return Error(Error::Code::Remote, ErrorText::tr("LocalStack refused the state as incompatible with this instance: %1")
                                              .arg(QString::fromUtf8(r->body.trimmed()).left(500)));
    if (r->status < 200 || r->status > 299)
        return Error(Error::Code::Remote, ErrorText::tr("LocalStack answered HTTP %1 while loading the state").arg(r->status));
    // One NDJSON line per service: {service, status, message}.
    NativeLoadReport report;
    for (const QByteArray &line : r->body.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString msg = QStringLiteral("%1: %2 %3").arg(o.value(QStringLiteral("service")).toString(),
                                                            o.value(QStringLiteral("status")).toString(),
                                                            o.value(QStringLiteral("message")).toString()).trimmed();
        report.messages.append(msg);
        if (o.value(QStringLiteral("status")).toString() == QLatin1String("error"))
            report.failures.append(msg);
    }
    return report;
}

} // namespace poddeck
