#include "jobs/LocalStackInject.h"

#include "bundle/LocalStackZip.h"
#include "emulator/HttpCall.h"
#include "store/ObjectStore.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace poddeck {

bool isLocalStackNative(const StateMap &state)
{
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        const QStringList seg = it.key().split(QLatin1Char('/'));
        if (seg.value(0) == QLatin1String(LocalStackZip::OtherService) || seg.value(3) == QLatin1String(LocalStackZip::StateType))
            return true;
    }
    return false;
}

Status injectLocalStackNative(const InjectRequest &request, const EmulatorInfo &info, ObjectStore &store,
                              InjectReport &report, JobContext &context)
{
    report.native = true;
    report.plan.strategy = request.strategy;
    if (info.kind != EmulatorInfo::Kind::LocalStack || !info.stateApi)
        return Error(Error::Code::Unsupported,
                     QStringLiteral("%1 holds LocalStack's own state format, which only a LocalStack with its state API "
                                    "(a licensed edition) can load; %2 is %3")
                         .arg(request.ref.toString(), info.endpoint,
                              info.kind == EmulatorInfo::Kind::LocalStack ? QStringLiteral("LocalStack without the state API")
                                                                          : info.kindName()));
    if (request.strategy == InjectStrategy::DeepMerge)
        return Error(Error::Code::Unsupported, QStringLiteral("deep-merge needs resources PodDeck can read; LocalStack's own "
                                                              "state loads with overwrite, account-region-merge or service-merge"));
    report.plan.notes << QStringLiteral("LocalStack loads the state zip itself (strategy %1)").arg(strategyName(request.strategy));
    if (request.dryRun)
        return {};
    QByteArray zip;
    QBuffer buffer(&zip);
    buffer.open(QIODevice::WriteOnly);
    if (Status st = LocalStackZip::exportVersion(store, report.version, &buffer); !st)
        return st;
    buffer.close();
    QUrl url = request.config.endpoint;
    url.setPath(QStringLiteral("/_localstack/pods"));
    url.setQuery(QStringLiteral("merge=%1").arg(strategyName(request.strategy)));
    context.setStage(QCoreApplication::translate("poddeck::Stage", "LocalStack is loading the state"));
    Result<HttpReply> r = httpCall("POST", url, zip, {{"Content-Type", "application/zip"}}, 600000, context.cancelFlag());
    if (!r)
        return r.error();
    if (r->status == 404 && r->body.trimmed().isEmpty())
        return Error(Error::Code::Unsupported, QStringLiteral("LocalStack's state API is not licensed on %1").arg(info.endpoint));
    if (r->status == 422)
        return Error(Error::Code::Remote, QStringLiteral("LocalStack refused the state as incompatible with this instance: %1")
                                              .arg(QString::fromUtf8(r->body.trimmed()).left(500)));
    QStringList failures;
    for (const QByteArray &line : r->body.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString msg = QStringLiteral("%1: %2 %3").arg(o.value(QStringLiteral("service")).toString(),
                                                            o.value(QStringLiteral("status")).toString(),
                                                            o.value(QStringLiteral("message")).toString()).trimmed();
        report.nativeMessages.append(msg);
        if (o.value(QStringLiteral("status")).toString() == QLatin1String("error"))
            failures.append(msg);
    }
    if (r->status < 200 || r->status > 299)
        return Error(Error::Code::Remote, QStringLiteral("LocalStack answered HTTP %1 while loading the state").arg(r->status));
    report.applied = true;
    if (!failures.isEmpty())
        report.apply.error = Error(Error::Code::Remote, QStringLiteral("LocalStack could not load: %1").arg(failures.join(QLatin1String("; "))));
    return {};
}

} // namespace poddeck
