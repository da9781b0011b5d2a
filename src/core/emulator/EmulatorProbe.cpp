#include "emulator/EmulatorProbe.h"

#include "aws/AwsClient.h"
#include "emulator/HttpCall.h"
#include "util/ErrorText.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QThread>
#include <QJsonDocument>
#include <QJsonObject>

namespace poddeck {

namespace {

// A LocalStack state API that is not licensed answers a bare, empty 404.
bool stateApiAnswers(const QUrl &endpoint)
{
    Result<HttpReply> r = httpCall("GET", endpointUrl(endpoint, QStringLiteral("/_localstack/pods/state/metamodel")), {}, {}, 5000);
    return r && r->status == 200;
}

} // namespace

Result<EmulatorInfo> probeEmulator(const AwsConfig &config)
{
    EmulatorInfo info;
    info.endpoint = config.endpoint.toString();
    if (config.endpoint.isEmpty()) {
        info.kind = EmulatorInfo::Kind::Aws;
        info.endpoint = QStringLiteral("https://amazonaws.com");
    } else {
        Result<HttpReply> health = httpCall("GET", endpointUrl(config.endpoint, QStringLiteral("/_localstack/health")), {}, {}, 5000);
        if (!health)
            return Error(Error::Code::Network,
                         ErrorText::tr("nothing answers at %1: start an emulator there (e.g. `localstack start`, or "
                                        "`moto_server -p 4566`) or pass --endpoint URL")
                             .arg(config.endpoint.toString()));
        const QJsonObject h = QJsonDocument::fromJson(health->body).object();
        if (health->status == 200 && h.contains(QStringLiteral("services"))) {
            info.kind = EmulatorInfo::Kind::LocalStack;
            info.version = h.value(QStringLiteral("version")).toString();
            const QJsonObject services = h.value(QStringLiteral("services")).toObject();
            for (auto it = services.constBegin(); it != services.constEnd(); ++it) {
                const QString state = it.value().toString();
                if (state == QLatin1String("running") || state == QLatin1String("available"))
                    info.services.append(it.key());
            }
            Result<HttpReply> about = httpCall("GET", endpointUrl(config.endpoint, QStringLiteral("/_localstack/info")), {}, {}, 5000);
            if (about && about->status == 200)
                info.life = QJsonDocument::fromJson(about->body).object().value(QStringLiteral("session_id")).toString();
            info.stateApi = stateApiAnswers(config.endpoint);
            if (!info.stateApi)
                info.notice = ErrorText::tr("LocalStack's state API is not available (it needs a licensed edition); "
                                             "PodDeck uses the AWS APIs instead");
        } else {
            Result<HttpReply> moto = httpCall("GET", endpointUrl(config.endpoint, QStringLiteral("/moto-api/")), {}, {}, 5000);
            info.kind = moto && moto->status == 200 ? EmulatorInfo::Kind::Moto : EmulatorInfo::Kind::Aws;
            if (info.kind == EmulatorInfo::Kind::Moto) {
                // PodDeck's moto entry point (poddeck-cli moto) adds this route: a boot id and its features.
                Result<HttpReply> about = httpCall("GET", endpointUrl(config.endpoint, QStringLiteral("/_poddeck/info")), {}, {}, 5000);
                if (about && about->status == 200) {
                    const QJsonObject o = QJsonDocument::fromJson(about->body).object();
                    info.life = o.value(QStringLiteral("bootId")).toString();
                    info.version = o.value(QStringLiteral("moto")).toString();
                    for (const QJsonValue &f : o.value(QStringLiteral("features")).toArray())
                        info.features.append(f.toString());
                }
            }
        }
    }
    AwsClient client(config);
    Result<AwsResponse> identity = client.send(AwsRequest::query(AwsService::sts(), QStringLiteral("GetCallerIdentity")));
    if (identity) {
        info.account = identity->value(QStringLiteral("Account"));
        info.healthy = true;
    } else {
        info.healthy = info.kind == EmulatorInfo::Kind::LocalStack;
        if (info.notice.isEmpty())
            info.notice = ErrorText::tr("STS GetCallerIdentity failed: %1").arg(identity.error().message);
    }
    if (info.account.isEmpty())
        info.account = info.kind == EmulatorInfo::Kind::Moto ? QStringLiteral("123456789012") : QStringLiteral("000000000000");
    return info;
}

} // namespace poddeck

namespace poddeck {

Result<EmulatorInfo> waitForEmulator(const AwsConfig &config, int seconds, const std::function<void(int)> &waiting,
                                     const std::atomic<bool> *cancel)
{
    const QDeadlineTimer deadline(qint64(std::max(seconds, 0)) * 1000);
    for (;;) {
        Result<EmulatorInfo> info = probeEmulator(config);
        if (info || info.error().code != Error::Code::Network)
            return info;
        if (deadline.hasExpired())
            return Error(Error::Code::Network, ErrorText::tr("%1 (waited %2 s)").arg(info.error().message).arg(seconds));
        if (cancel && cancel->load())
            return Error(Error::Code::Cancelled, ErrorText::tr("stopped waiting for %1").arg(config.endpoint.toString()));
        if (waiting)
            waiting(int((deadline.remainingTime() + 999) / 1000));
        QThread::msleep(std::min<qint64>(500, std::max<qint64>(deadline.remainingTime(), 1)));
    }
}

} // namespace poddeck
