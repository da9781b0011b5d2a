#include "emulator/aws/AwsApiEmulator.h"

#include "emulator/HttpCall.h"
#include "store/ObjectStore.h"
#include "util/ErrorText.h"

#include <QMutex>

namespace poddeck {

EmulatorCapabilities AwsApiEmulator::capabilities() const
{
    return {};
}

Result<SnapshotSummary> AwsApiEmulator::snapshot(Read purpose, const SnapshotFilter &filter, const SnapshotContext::Sink &sink,
                                                 const std::atomic<bool> *cancel,
                                                 const std::function<void(const QString &)> &progress) const
{
    // The read-only routes the emulator serves beside the AWS APIs (PodDeck's moto entry point).
    const EmulatorCapabilities can = capabilities();
    SnapshotFilter routed = filter;
    if (can.lambdaCode && purpose == Read::Commit)
        routed.options.lambdaCodeEndpoint = m_config.endpoint;
    if (can.sqsPeek)
        routed.options.sqsPeekEndpoint = m_config.endpoint;
    return snapshotAwsApi(m_config, m_info.account, routed, sink, cancel, progress);
}

ApplyReport AwsApiEmulator::apply(const InjectPlan &plan, const ObjectStore &store, const std::atomic<bool> *cancel,
                                  const std::function<void(qint64, qint64)> &progress) const
{
    return applyPlan(m_config, plan, store, cancel, progress);
}

Status AwsApiEmulator::reset(const QStringList &, ObjectStore &, const std::atomic<bool> *) const
{
    return Error(Error::Code::Unsupported,
                 ErrorText::tr("%1 is not a local emulator; PodDeck only resets moto and LocalStack").arg(m_info.endpoint));
}

Status AwsApiEmulator::deleteThroughAdapters(const QStringList &services, ObjectStore &scratch,
                                             const std::atomic<bool> *cancel) const
{
    QMutex mutex;
    StateMap live;
    SnapshotContext::Sink sink;
    sink.add = [&](const Resource &r) -> Status {
        Result<ObjectId> id = scratch.put(r.toObjectBytes());
        if (!id)
            return id.error();
        QMutexLocker lock(&mutex);
        live.insert(r.path, *id);
        return {};
    };
    sink.putAttachment = [&](const QByteArray &data) { return scratch.putBlob(data); };
    SnapshotFilter filter;
    filter.services = services;
    filter.options.includeSqsMessages = false; // deleting a queue deletes its messages
    Result<SnapshotSummary> read = snapshotAwsApi(m_config, m_info.account, filter, sink, cancel);
    if (!read)
        return read.error();
    const InjectPlan plan = planInject(InjectStrategy::Overwrite, live, {}, nullptr, Prefer::None, false);
    const ApplyReport report = applyPlan(m_config, plan, scratch, cancel);
    return report.ok() ? Status() : Status(report.error);
}

Status AwsApiEmulator::post(const QString &path) const
{
    Result<HttpReply> r = httpCall("POST", endpointUrl(m_config.endpoint, path), {}, {}, 60000);
    if (!r)
        return r.error();
    if (r->status < 200 || r->status > 299)
        return Error(Error::Code::Remote, ErrorText::tr("POST %1 answered HTTP %2").arg(path).arg(r->status));
    return {};
}

} // namespace poddeck
