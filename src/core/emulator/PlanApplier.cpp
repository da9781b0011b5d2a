#include "emulator/PlanApplier.h"

#include "emulator/AdapterRegistry.h"
#include "emulator/ApplyContext.h"
#include "emulator/IdRewrite.h"
#include "state/ResourcePath.h"
#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"
#include "util/ErrorText.h"

#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent>
#include <map>

namespace poddeck {

namespace {

struct Work
{
    PlanStep step;
    std::shared_ptr<ServiceAdapter> adapter;
    Resource before, after;
};

} // namespace

ApplyReport applyPlan(const AwsConfig &config, const InjectPlan &plan, const ObjectStore &store,
                      const std::atomic<bool> *cancel, const std::function<void(qint64, qint64)> &progress)
{
    ApplyReport report;
    // (phase, rank) -> work; phase 0 deletes (rank descending), phase 1 creates and updates (ascending).
    std::map<std::pair<int, int>, QList<Work>> groups;
    for (const PlanStep &step : plan.steps) {
        Work w{step, nullptr, {}, {}};
        const QString service = ResourcePath::decodeSegment(ResourcePath::service(step.path));
        w.adapter = adapterFor(service);
        if (!w.adapter) {
            report.failedPath = step.path;
            report.error = Error(Error::Code::Unsupported,
                                 ErrorText::tr("%1: PodDeck cannot write %2 resources through the AWS APIs").arg(step.path, service));
            return report;
        }
        for (auto [id, into] : {std::pair{step.before, &w.before}, std::pair{step.after, &w.after}}) {
            if (id.isNull())
                continue;
            Result<Resource> r = loadResource(store, id);
            if (!r) {
                report.failedPath = step.path;
                report.error = r.error();
                return report;
            }
            *into = *r;
        }
        const bool del = step.action == PlanStep::Action::Delete;
        const int rank = w.adapter->restoreRank(del ? w.before : w.after);
        groups[{del ? 0 : 1, del ? -rank : rank}].append(w);
    }

    QThreadPool pool;
    pool.setMaxThreadCount(8);
    const qint64 total = plan.steps.size();
    qint64 done = 0;
    QMutex mutex;
    std::atomic<bool> stop{false};
    QHash<QString, QString> mappedIds; // ids the emulator did not keep, old -> new (ApplyContext::mapId)
    for (auto &[key, work] : groups) {
        // References to them in what is still to come point at the new resources.
        QStringList rewritten;
        for (Work &w : work) {
            if (mappedIds.isEmpty() || w.step.action == PlanStep::Action::Delete)
                continue;
            const QJsonObject doc = rewriteIds(w.after.document, mappedIds);
            if (doc != w.after.document)
                rewritten.append(ResourcePath::display(w.step.path));
            w.after.document = doc;
        }
        if (!rewritten.isEmpty())
            report.warnings.append(ErrorText::tr("references to re-created ids were rewritten in %1").arg(rewritten.join(QLatin1String(", "))));
        // Creates of one service in one account/region go to the adapter together (batch APIs); the
        // rest one by one. Units of one rank run in parallel.
        QList<QList<Work>> units;
        QHash<QString, qsizetype> batchOf;
        for (const Work &w : std::as_const(work)) {
            if (w.step.action != PlanStep::Action::Create) {
                units.append({w});
                continue;
            }
            const QString ordered = w.adapter->orderedGroup(w.after);
            const QString batchKey = ordered.isEmpty() ? w.step.path.section(QLatin1Char('/'), 0, 2) : ordered;
            auto it = batchOf.find(batchKey);
            if (it == batchOf.end() || (ordered.isEmpty() && units[*it].size() >= 500)) {
                batchOf.insert(batchKey, units.size());
                units.append({w});
            } else {
                units[*it].append(w);
            }
        }
        QtConcurrent::blockingMap(&pool, units, [&](const QList<Work> &unit) {
            if (stop.load() || (cancel && cancel->load()))
                return;
            const Work &first = unit.first();
            const QStringList seg = ResourcePath::segments(first.step.path);
            AwsConfig c = config;
            c.region = seg.value(2) == QLatin1String("global") ? QStringLiteral("us-east-1") : seg.value(2);
            ApplyContext ctx(AwsClient(c), seg.value(1), seg.value(2),
                             [&store](const AttachmentRef &ref) { return store.getBlob(ref); }, cancel);
            Status st;
            if (unit.size() > 1) {
                QList<Resource> resources;
                for (const Work &w : unit)
                    resources.append(w.after);
                st = first.adapter->createMany(ctx, resources);
            } else {
                switch (first.step.action) {
                case PlanStep::Action::Create: st = first.adapter->create(ctx, first.after); break;
                case PlanStep::Action::Update: st = first.adapter->update(ctx, first.before, first.after); break;
                case PlanStep::Action::Delete: st = first.adapter->remove(ctx, first.before); break;
                }
            }
            QMutexLocker lock(&mutex);
            report.warnings += ctx.warnings();
            mappedIds.insert(ctx.mappedIds());
            if (!st) {
                if (!stop.exchange(true)) {
                    // Name the resource: the one the adapter's message names, else the unit's first.
                    report.failedPath = first.step.path;
                    for (const Work &w : unit)
                        if (st.error().message.contains(w.step.path))
                            report.failedPath = w.step.path;
                    const QString what = unit.size() > 1 ? QStringLiteral("creating %1 resources (from %2)").arg(unit.size()).arg(first.step.path)
                                                         : QStringLiteral("%1 %2").arg(PlanStep::actionName(first.step.action), first.step.path);
                    report.error = Error(st.error().code, ErrorText::tr("%1 failed: %2").arg(what, st.error().message));
                }
                return;
            }
            for (const Work &w : unit)
                report.applied.append({w.step.action, w.step.path});
            done += unit.size();
            if (progress)
                progress(done, total);
        });
        if (stop.load())
            break;
        if (cancel && cancel->load()) {
            report.error = Error(Error::Code::Cancelled, ErrorText::tr("cancelled after %1 of %2 changes").arg(done).arg(total));
            break;
        }
    }
    return report;
}

} // namespace poddeck
