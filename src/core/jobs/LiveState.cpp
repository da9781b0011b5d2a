#include "jobs/LiveState.h"

#include "emulator/Emulator.h"
#include "emulator/EmulatorProbe.h"
#include "state/ResourcePath.h"
#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>

namespace poddeck {

SnapshotFilter liveFilterCovering(const QList<const StateMap *> &states, const QString &defaultRegion)
{
    QSet<QString> services, regions;
    for (const StateMap *m : states)
        for (auto it = m->cbegin(); it != m->cend(); ++it) {
            const QStringList seg = ResourcePath::segments(it.key());
            services.insert(seg.value(0));
            if (seg.value(2) != QLatin1String("global"))
                regions.insert(seg.value(2));
        }
    if (regions.isEmpty())
        regions.insert(defaultRegion);
    SnapshotFilter filter;
    filter.services = QStringList(services.cbegin(), services.cend());
    filter.regions = QStringList(regions.cbegin(), regions.cend());
    std::sort(filter.services.begin(), filter.services.end());
    std::sort(filter.regions.begin(), filter.regions.end());
    return filter;
}

Result<LiveState> readLiveState(const AwsConfig &config, const EmulatorInfo &emulator, const SnapshotFilter &filter,
                                ObjectStore &store, JobContext &context, const StateMap *previous)
{
    LiveState live;
    QMutex mutex;
    SnapshotContext::Sink sink;
    sink.add = [&](const Resource &r) -> Status {
        Result<ObjectId> id = store.put(r.toObjectBytes());
        if (!id)
            return id.error();
        QMutexLocker lock(&mutex);
        live.resources.insert(r.path, *id);
        return {};
    };
    sink.putAttachment = [&store](const QByteArray &data) { return store.putBlob(data); };
    if (previous)
        sink.previous = [&store, previous](const QString &path) -> std::optional<Resource> {
            const ObjectId id = previous->value(path);
            if (id.isNull())
                return std::nullopt;
            Result<Resource> r = loadResource(store, id);
            if (!r)
                return std::nullopt;
            return *r;
        };
    Result<SnapshotSummary> read = Emulator::forInfo(config, emulator)
                                       ->snapshot(Emulator::Read::Live, filter, sink, context.cancelFlag(),
                                                  [&context](const QString &stage) { context.setStage(stage); });
    if (!read)
        return read.error();
    live.warnings = read->warnings;
    return live;
}

Result<LiveState> snapshotLive(const AwsConfig &config, const SnapshotFilter &filter, ObjectStore &store,
                               JobContext &context, EmulatorInfo *info)
{
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Contacting %1").arg(config.endpoint.toString()));
    Result<EmulatorInfo> probed = probeEmulator(config);
    if (!probed)
        return probed.error();
    if (info)
        *info = *probed;
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Reading the instance"));
    Result<LiveState> live = readLiveState(config, *probed, filter, store, context);
    if (live && !probed->notice.isEmpty())
        live->warnings.prepend(probed->notice);
    return live;
}

} // namespace poddeck
