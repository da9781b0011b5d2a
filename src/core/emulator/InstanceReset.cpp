#include "emulator/InstanceReset.h"

#include "emulator/AwsApiSnapshot.h"
#include "emulator/HttpCall.h"
#include "emulator/PlanApplier.h"
#include "store/ObjectStore.h"

#include <QMutex>

namespace poddeck {

namespace {

QUrl at(const AwsConfig &config, const QString &path)
{
    QUrl u = config.endpoint;
    u.setPath(path);
    return u;
}

Status post(const AwsConfig &config, const QString &path)
{
    Result<HttpReply> r = httpCall("POST", at(config, path), {}, {}, 60000);
    if (!r)
        return r.error();
    if (r->status < 200 || r->status > 299)
        return Error(Error::Code::Remote, QStringLiteral("POST %1 answered HTTP %2").arg(path).arg(r->status));
    return {};
}

// Deletes everything the adapters of `services` find, in reverse restore order.
Status deleteThroughAdapters(const AwsConfig &config, const EmulatorInfo &info, const QStringList &services,
                             ObjectStore &store, const std::atomic<bool> *cancel)
{
    QMutex mutex;
    StateMap live;
    SnapshotContext::Sink sink;
    sink.add = [&](const Resource &r) -> Status {
        Result<ObjectId> id = store.put(r.toObjectBytes());
        if (!id)
            return id.error();
        QMutexLocker lock(&mutex);
        live.insert(r.path, *id);
        return {};
    };
    sink.putAttachment = [&](const QByteArray &data) { return store.putBlob(data); };
    SnapshotFilter filter;
    filter.services = services;
    filter.options.includeSqsMessages = false; // deleting a queue deletes its messages
    Result<SnapshotSummary> read = snapshotAwsApi(config, info.account, filter, sink, cancel);
    if (!read)
        return read.error();
    const InjectPlan plan = planInject(InjectStrategy::Overwrite, live, {}, nullptr, Prefer::None, false);
    const ApplyReport report = applyPlan(config, plan, store, cancel);
    return report.ok() ? Status() : Status(report.error);
}

} // namespace

Status resetInstance(const AwsConfig &config, const EmulatorInfo &info, const QStringList &services, ObjectStore &scratch,
                     const std::atomic<bool> *cancel)
{
    switch (info.kind) {
    case EmulatorInfo::Kind::None:
    case EmulatorInfo::Kind::Aws:
        return Error(Error::Code::Unsupported,
                     QStringLiteral("%1 is not a local emulator; PodDeck only resets moto and LocalStack").arg(info.endpoint));
    case EmulatorInfo::Kind::Moto:
        if (services.isEmpty())
            return post(config, QStringLiteral("/moto-api/reset"));
        return deleteThroughAdapters(config, info, services, scratch, cancel); // moto resets all or nothing
    case EmulatorInfo::Kind::LocalStack:
        if (services.isEmpty())
            return post(config, QStringLiteral("/_localstack/state/reset"));
        for (const QString &s : services)
            if (Status st = post(config, QStringLiteral("/_localstack/state/%1/reset").arg(s)); !st)
                return st;
        return {};
    }
    return {};
}

} // namespace poddeck
