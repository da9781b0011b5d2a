#include "jobs/InstanceStatus.h"

#include "emulator/EmulatorProbe.h"
#include "emulator/Emulator.h"
#include "jobs/HeadValidity.h"
#include "jobs/InstanceConfig.h"
#include "state/ResourcePath.h"
#include "store/ObjectStore.h"

#include <QCoreApplication>
#include <QMutex>

namespace poddeck {

Result<InstanceStatus> instanceStatus(const QString &home, const AwsConfig &config, bool countResources, JobContext &context)
{
    InstanceStatus status;
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Contacting %1").arg(config.endpoint.toString()));
    Result<EmulatorInfo> info = probeEmulator(config);
    if (!info)
        return info.error();
    status.emulator = *info;
    if (Result<std::unique_ptr<Catalogue>> cat = Catalogue::open(home))
        if (Result<InstanceHead> head = (*cat)->instanceHead(instanceKey(config)))
            status.head = *head;
    if (status.head) {
        context.setStage(QCoreApplication::translate("poddeck::Stage", "Checking the instance head"));
        const HeadValidity validity = checkHeadValidity(home, config, *info, *status.head, context.cancelFlag());
        status.headApplies = validity.applies;
        status.headNote = validity.applies ? validity.warning : validity.describe(*status.head);
    }
    if (!countResources)
        return status;
    QMutex mutex;
    SnapshotContext::Sink sink;
    // Counting needs no storage: resources are dropped and attachments only measured.
    sink.add = [&](const Resource &r) -> Status {
        QMutexLocker lock(&mutex);
        ++status.resourceCounts[ResourcePath::decodeSegment(ResourcePath::service(r.path))];
        return {};
    };
    sink.putAttachment = [](const QByteArray &data) -> Result<AttachmentRef> {
        AttachmentRef ref;
        ref.size = data.size();
        return ref;
    };
    // A status check must not change the instance: reading SQS messages hides them from consumers for a
    // while and raises their receive count (a redrive policy would move them), so messages are not counted.
    SnapshotFilter filter;
    filter.options.includeSqsMessages = false;
    Result<SnapshotSummary> read = Emulator::forInfo(config, *info)
                                       ->snapshot(Emulator::Read::Live, filter, sink, context.cancelFlag(),
                                                  [&context](const QString &stage) { context.setStage(stage); });
    if (!read)
        return read.error();
    status.regions = read->regions;
    for (const QString &s : read->services)
        status.resourceCounts[s] += 0;
    return status;
}

Status resetInstanceJob(const QString &home, const AwsConfig &config, const QStringList &services, JobContext &context)
{
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Contacting %1").arg(config.endpoint.toString()));
    Result<std::unique_ptr<Emulator>> emulator = Emulator::open(config);
    if (!emulator)
        return emulator.error();
    ObjectStore scratch(home); // holds nothing after this call: unflushed objects are discarded
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Resetting"));
    if (Status st = (*emulator)->reset(services, scratch, context.cancelFlag()); !st)
        return st;
    if (services.isEmpty())
        if (Result<std::unique_ptr<Catalogue>> cat = Catalogue::open(home))
            return (*cat)->clearInstanceHead(instanceKey(config));
    return {};
}

} // namespace poddeck
