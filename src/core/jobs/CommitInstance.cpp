#include "jobs/CommitInstance.h"

#include "bundle/LocalStackZip.h"
#include "emulator/Emulator.h"
#include "emulator/awsapi/LambdaCode.h"
#include "jobs/CommitDirectory.h"
#include "jobs/GcLock.h"
#include "jobs/InstanceConfig.h"
#include "jobs/VersionCommit.h"
#include "merge/InjectPlan.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"
#include "store/StateBuilder.h"
#include "store/StateTreeReader.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QMutex>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <optional>

namespace poddeck {

namespace {

// The instance head's state: where data the emulator cannot give back (Lambda code on moto) comes from.
StateMap headState(const QString &home, const QString &endpoint, const ObjectStore &store)
{
    Result<std::unique_ptr<Catalogue>> cat = Catalogue::open(home);
    if (!cat)
        return {};
    Result<InstanceHead> head = (*cat)->instanceHead(endpoint);
    if (!head)
        return {};
    Result<Version> v = (*cat)->versionById(head->pod, head->version);
    if (!v)
        return {};
    Result<StateMap> map = flattenStateTree(store, v->root);
    return map ? *map : StateMap();
}

} // namespace

Result<CommitInstanceReport> commitInstance(const CommitInstanceRequest &request, JobContext &context)
{
    if (Status st = Catalogue::validatePodName(request.pod); !st)
        return st.error();
    if (Status st = waitForEndpoint(request.config, request.waitForEndpointSeconds, context); !st)
        return Error(st.error().code, ErrorText::tr("%1; nothing was recorded").arg(st.error().message));
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Contacting %1").arg(request.config.endpoint.toString()));
    Result<std::unique_ptr<Emulator>> opened = Emulator::open(request.config);
    if (!opened)
        return Error(opened.error().code, ErrorText::tr("%1; nothing was recorded").arg(opened.error().message));
    const Emulator &emulator = **opened;
    const EmulatorInfo &info = emulator.info();
    CommitInstanceReport report;
    report.emulator = info;
    if (!info.notice.isEmpty())
        report.warnings.append(info.notice);

    const QString endpoint = instanceKey(request.config);
    // Until the version is published: gc must not remove what it stores or finds already stored.
    Result<std::unique_ptr<GcLock>> gcLock = GcLock::acquire(request.home, GcLock::Mode::Shared, context);
    if (!gcLock)
        return gcLock.error();
    ObjectStore store(request.home);
    Version meta;
    meta.message = request.message;
    meta.author = request.author.isEmpty() ? defaultAuthor() : request.author;
    meta.emulatorKind = info.kindName();
    meta.emulatorVersion = info.version;

    // The whole instance in the emulator's own format where it can give that (LocalStack's state API).
    const bool native = emulator.capabilities().nativeState && request.filter.services.isEmpty()
                        && request.filter.regions.isEmpty();
    Result<Version> version = Error();
    if (native) {
        if (!request.filter.options.attachedCode.isEmpty())
            report.warnings.append(ErrorText::tr("--attach-code was ignored: LocalStack's state API holds the code itself"));
        context.setStage(QCoreApplication::translate("poddeck::Stage", "Reading LocalStack state"));
        Result<QByteArray> zip = emulator.nativeState(context.cancelFlag());
        if (!zip)
            return Error(zip.error().code, ErrorText::tr("%1; nothing was recorded").arg(zip.error().message));
        report.nativeState = true;
        version = commitVersion(request.home, request.pod, endpoint, meta, store, context, [&](const Version &m) {
            QBuffer buffer(&*zip);
            buffer.open(QIODevice::ReadOnly);
            return LocalStackZip::import(store, &buffer, ErrorText::tr("LocalStack state"), {}, m);
        }, info.life);
    } else {
        const StateMap head = headState(request.home, endpoint, store);
        StateBuilder builder(store);
        QMutex mutex;
        QSet<QString> codeKeys; // every function and layer seen, to check the --attach-code names
        SnapshotContext::Sink sink;
        sink.add = [&](const Resource &r) {
            QMutexLocker lock(&mutex);
            const QString key = LambdaCode::attachKey(r.path, r.document);
            if (!key.isEmpty()) {
                codeKeys.insert(key);
                if (LambdaCode::isMissing(r))
                    report.missingCode.append({r.path, LambdaCode::describe(r.path, r.document), key});
            }
            return builder.add(r);
        };
        sink.putAttachment = [&store](const QByteArray &data) { return store.putBlob(data); };
        sink.previous = [&](const QString &path) -> std::optional<Resource> {
            const ObjectId id = head.value(path);
            if (id.isNull())
                return std::nullopt;
            Result<Resource> r = loadResource(store, id);
            if (!r)
                return std::nullopt;
            return *r;
        };
        const SnapshotFilter &filter = request.filter;
        // What the adapters cannot read, asked beside the snapshot: moto builds its model listing slowly
        // once EC2 holds its default AMIs, and on a thread of its own it costs no wall time up to the
        // snapshot's. Not on the global pool, which the adapters fan out on.
        std::optional<Result<QList<NotCapturedService>>> missing;
        std::atomic<bool> stopAsking{false}; // the snapshot failed or was cancelled: its answer is moot
        std::unique_ptr<QThread> asking(QThread::create([&missing, &stopAsking, &emulator] {
            missing.emplace(emulator.notCaptured(&stopAsking));
        }));
        asking->start();
        Result<SnapshotSummary> summary = emulator.snapshot(Emulator::Read::Commit, filter, sink, context.cancelFlag(),
                                                            [&context](const QString &stage) { context.setStage(stage); });
        if (!summary || context.isCancelled())
            stopAsking.store(true);
        if (!asking->isFinished())
            context.setStage(QCoreApplication::translate("poddeck::Stage", "Asking the emulator what PodDeck cannot read"));
        asking->wait();
        if (!summary)
            return Error(summary.error().code, ErrorText::tr("%1; nothing was recorded").arg(summary.error().message));
        report.warnings += summary->warnings;
        QStringList unknown;
        for (auto it = filter.options.attachedCode.constBegin(); it != filter.options.attachedCode.constEnd(); ++it)
            if (!codeKeys.contains(it.key()))
                unknown << it.key();
        if (!unknown.isEmpty())
            return Error(Error::Code::NotFound,
                         ErrorText::tr("--attach-code names no function or layer of this instance: %1 (a function by its "
                                        "name, a layer as layer:NAME:VERSION); nothing was recorded")
                             .arg(unknown.join(QStringLiteral(", "))));
        std::sort(report.missingCode.begin(), report.missingCode.end(),
                  [](const MissingCode &a, const MissingCode &b) { return a.path < b.path; });
        if (missing && *missing)
            report.notCaptured = **missing;
        else if (missing && !stopAsking.load())
            report.warnings.append(ErrorText::tr("could not ask the emulator what else it holds: %1").arg((*missing).error().message));
        version = commitVersion(request.home, request.pod, endpoint, builder, meta, store, context, info.life);
    }
    if (!version)
        return version.error();
    if (Result<std::unique_ptr<Catalogue>> cat = Catalogue::open(request.home))
        (void)(*cat)->recordInstance(endpoint, info.kindName());
    report.version = *version;
    return report;
}

} // namespace poddeck
