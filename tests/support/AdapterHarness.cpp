#include "support/AdapterHarness.h"

#include "emulator/ApplyContext.h"
#include "emulator/SnapshotContext.h"
#include "state/CanonicalJson.h"
#include "state/ResourcePath.h"
#include "store/StateBuilder.h"

#include <QMutex>
#include <algorithm>

namespace poddeck::test {

AdapterHarness::AdapterHarness(const QString &endpoint)
    : m_endpoint(endpoint), m_store(std::make_unique<ObjectStore>(m_home.path()))
{
}

AwsClient AdapterHarness::client(const QString &region) const
{
    return AwsClient(AwsConfig::forEndpoint(QUrl(m_endpoint), region));
}

QString AdapterHarness::account() const
{
    if (m_account.isEmpty()) {
        Result<AwsResponse> r = client().send(AwsRequest::query(AwsService::sts(), QStringLiteral("GetCallerIdentity")));
        m_account = r ? r->value(QStringLiteral("Account")) : QString();
        if (m_account.isEmpty())
            m_account = QStringLiteral("123456789012");
    }
    return m_account;
}

Result<AdapterHarness::Snapshot> AdapterHarness::snapshot(const QList<ServiceAdapter *> &adapters,
                                                          const QStringList &regions,
                                                          const std::optional<Snapshot> &previous,
                                                          const SnapshotOptions &options)
{
    StateBuilder builder(*m_store);
    Snapshot out;
    QMutex mutex;
    SnapshotContext::Sink sink;
    sink.add = [&](const Resource &r) {
        QMutexLocker lock(&mutex);
        out.resources.insert(r.path, r);
        return builder.add(r);
    };
    sink.putAttachment = [this](const QByteArray &data) { return m_store->putBlob(data); };
    sink.previous = [&previous](const QString &path) -> std::optional<Resource> {
        if (previous && previous->resources.contains(path))
            return previous->resources.value(path);
        return std::nullopt;
    };
    for (ServiceAdapter *adapter : adapters) {
        const QStringList where = adapter->isGlobal() ? QStringList{QStringLiteral("global")} : regions;
        for (const QString &region : where) {
            const QString signingRegion = region == QLatin1String("global") ? QStringLiteral("us-east-1") : region;
            SnapshotContext ctx(client(signingRegion), adapter->service(), account(), region, sink, options);
            if (Status st = adapter->snapshot(ctx); !st)
                return st.error();
            out.warnings += ctx.warnings();
        }
    }
    Result<Version> v = builder.finish({});
    if (!v)
        return v.error();
    out.root = v->root;
    return out;
}

Status AdapterHarness::restore(const QList<ServiceAdapter *> &adapters, const Snapshot &state)
{
    struct Step
    {
        int rank;
        ServiceAdapter *adapter;
        Resource resource;
    };
    QList<Step> steps;
    for (const Resource &r : state.resources) {
        const QString service = ResourcePath::decodeSegment(ResourcePath::service(r.path));
        auto it = std::find_if(adapters.begin(), adapters.end(), [&](ServiceAdapter *a) { return a->service() == service; });
        if (it == adapters.end())
            return Error(Error::Code::Unsupported, QStringLiteral("no adapter for %1").arg(r.path));
        steps.append({(*it)->restoreRank(r), *it, r});
    }
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.rank < b.rank; });
    // Creates in one ordered group (SQS messages of a queue) go to createMany() together, as the applier does.
    QMap<QString, QPair<ServiceAdapter *, QList<Resource>>> ordered;
    const auto flush = [&](ServiceAdapter *adapter, const QList<Resource> &group) -> Status {
        const QStringList seg = ResourcePath::segments(group.first().path);
        const QString region = seg.value(2) == QLatin1String("global") ? QStringLiteral("us-east-1") : seg.value(2);
        ApplyContext ctx(client(region), seg.value(1), seg.value(2),
                         [this](const AttachmentRef &ref) { return m_store->getBlob(ref); });
        if (Status st = group.size() == 1 ? adapter->create(ctx, group.first()) : adapter->createMany(ctx, group); !st)
            return Error(st.error().code, QStringLiteral("restoring %1: %2").arg(group.first().path, st.error().message));
        return {};
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &s = steps.at(i);
        const QString group = s.adapter->orderedGroup(s.resource);
        if (group.isEmpty()) {
            if (Status st = flush(s.adapter, {s.resource}); !st)
                return st;
            continue;
        }
        ordered[group].first = s.adapter;
        ordered[group].second.append(s.resource);
        if (i + 1 == steps.size() || steps.at(i + 1).rank != s.rank) {
            for (const auto &[adapter, g] : std::as_const(ordered))
                if (Status st = flush(adapter, g); !st)
                    return st;
            ordered.clear();
        }
    }
    return {};
}

QString AdapterHarness::describeDifference(const Snapshot &a, const Snapshot &b)
{
    QStringList lines;
    for (auto it = a.resources.cbegin(); it != a.resources.cend(); ++it) {
        if (!b.resources.contains(it.key()))
            lines << QStringLiteral("- %1").arg(it.key());
        else if (b.resources.value(it.key()).toObjectBytes() != it.value().toObjectBytes())
            lines << QStringLiteral("~ %1:\n    before %2\n    after  %3")
                         .arg(it.key(), QString::fromUtf8(canonicalJson(it.value().document)),
                              QString::fromUtf8(canonicalJson(b.resources.value(it.key()).document)));
    }
    for (auto it = b.resources.cbegin(); it != b.resources.cend(); ++it)
        if (!a.resources.contains(it.key()))
            lines << QStringLiteral("+ %1").arg(it.key());
    return lines.join(QLatin1Char('\n'));
}

} // namespace poddeck::test
