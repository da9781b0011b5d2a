#include "emulator/AwsApiSnapshot.h"

#include "emulator/AdapterRegistry.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

namespace poddeck {

QStringList candidateRegions(const QString &configured)
{
    QStringList regions{QStringLiteral("us-east-1"),      QStringLiteral("us-east-2"),      QStringLiteral("us-west-1"),
                        QStringLiteral("us-west-2"),      QStringLiteral("ca-central-1"),   QStringLiteral("eu-west-1"),
                        QStringLiteral("eu-west-2"),      QStringLiteral("eu-west-3"),      QStringLiteral("eu-central-1"),
                        QStringLiteral("eu-north-1"),     QStringLiteral("eu-south-1"),     QStringLiteral("ap-south-1"),
                        QStringLiteral("ap-northeast-1"), QStringLiteral("ap-northeast-2"), QStringLiteral("ap-southeast-1"),
                        QStringLiteral("ap-southeast-2"), QStringLiteral("sa-east-1"),      QStringLiteral("af-south-1"),
                        QStringLiteral("me-south-1")};
    if (!configured.isEmpty() && !regions.contains(configured))
        regions.prepend(configured);
    return regions;
}

namespace {

struct Task
{
    std::shared_ptr<ServiceAdapter> adapter;
    QString region; // "global" for global services
};

AwsConfig forRegion(const AwsConfig &base, const QString &region)
{
    AwsConfig c = base;
    c.region = region == QLatin1String("global") ? QStringLiteral("us-east-1") : region;
    return c;
}

} // namespace

Result<SnapshotSummary> snapshotAwsApi(const AwsConfig &config, const QString &account, const SnapshotFilter &filter,
                                       const SnapshotContext::Sink &sink, const std::atomic<bool> *cancel,
                                       const std::function<void(const QString &)> &progress)
{
    Result<QList<std::shared_ptr<ServiceAdapter>>> adapters = adaptersFor(filter.services);
    if (!adapters)
        return adapters.error();
    // Adapters fan out on the global pool themselves (S3 objects, DynamoDB segments); the outer tasks get
    // their own pool so they never wait on work queued behind them.
    QThreadPool pool;
    pool.setMaxThreadCount(6);
    std::atomic<bool> stop{false};
    auto cancelled = [&] { return stop.load() || (cancel && cancel->load()); };

    QStringList regions = filter.regions;
    if (regions.isEmpty()) {
        if (progress)
            progress(QCoreApplication::translate("poddeck::Stage", "Finding regions that hold resources"));
        QList<Task> probes;
        for (const QString &region : candidateRegions(config.region))
            for (const auto &a : std::as_const(*adapters))
                if (!a->isGlobal())
                    probes.append({a, region});
        QMutex mutex;
        QSet<QString> found{config.region};
        QtConcurrent::blockingMap(&pool, probes, [&](const Task &t) {
            {
                QMutexLocker lock(&mutex);
                if (found.contains(t.region) || cancelled())
                    return;
            }
            SnapshotContext ctx(AwsClient(forRegion(config, t.region)), t.adapter->service(), account, t.region, sink,
                                filter.options, &stop);
            Result<bool> has = t.adapter->hasResources(ctx);
            if (has && *has) {
                QMutexLocker lock(&mutex);
                found.insert(t.region);
            }
        });
        regions = QStringList(found.cbegin(), found.cend());
        std::sort(regions.begin(), regions.end());
    }

    QList<Task> tasks;
    for (const auto &a : std::as_const(*adapters)) {
        if (a->isGlobal())
            tasks.append({a, QStringLiteral("global")});
        else
            for (const QString &r : std::as_const(regions))
                tasks.append({a, r});
    }
    SnapshotSummary summary;
    summary.regions = regions;
    for (const auto &a : std::as_const(*adapters))
        summary.services.append(a->service());
    QMutex mutex;
    Error failure;
    QtConcurrent::blockingMap(&pool, tasks, [&](const Task &t) {
        if (cancelled())
            return;
        if (progress) {
            // Tasks run on several threads at once; the callback (a JobContext's stage, a GUI listener) is
            // not thread-safe, and two stage strings assigned at once corrupted the heap.
            QMutexLocker lock(&mutex);
            progress(QCoreApplication::translate("poddeck::Stage", "Reading %1 in %2").arg(t.adapter->service(), t.region));
        }
        SnapshotContext ctx(AwsClient(forRegion(config, t.region)), t.adapter->service(), account, t.region, sink,
                            filter.options, &stop);
        const Status st = t.adapter->snapshot(ctx);
        QMutexLocker lock(&mutex);
        summary.warnings += ctx.warnings();
        if (!st && !failure) {
            failure = st.error().code == Error::Code::Cancelled && cancel && cancel->load()
                          ? st.error()
                          : Error(st.error().code, ErrorText::tr("reading %1 in %2: %3")
                                                       .arg(t.adapter->service(), t.region, st.error().message));
            stop.store(true);
        }
    });
    if (cancel && cancel->load())
        return Error(Error::Code::Cancelled, ErrorText::tr("cancelled"));
    if (failure)
        return failure;
    summary.warnings.sort();
    return summary;
}

} // namespace poddeck
