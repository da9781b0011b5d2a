#include "jobs/SyncStateCache.h"

#include "jobs/JobContext.h"
#include "util/ErrorText.h"

namespace poddeck {

namespace {

QString keyOf(const PodInfo &pod, const QList<QPair<QString, ObjectId>> &refs)
{
    QString key = pod.newest.toHex() + QLatin1Char(':') + QString::number(pod.versionCount);
    for (const auto &[remote, head] : refs)
        key += QLatin1Char('|') + remote + QLatin1Char('=') + head.toHex();
    return key;
}

} // namespace

int SyncStateCache::podsReadLastTime() const
{
    QMutexLocker lock(&m_mutex);
    return m_podsRead;
}

Result<SyncStatesByPod> syncStatesOfPods(Catalogue &catalogue, const QList<PodInfo> &pods, SyncStateCache *cache,
                                         JobContext *context)
{
    Result<QHash<QString, QList<QPair<QString, ObjectId>>>> refs = catalogue.allRemoteRefs();
    if (!refs)
        return refs.error();
    SyncStatesByPod out;
    QHash<QString, SyncStateCache::Entry> entries;
    if (cache) {
        QMutexLocker lock(&cache->m_mutex);
        entries = cache->m_entries;
    }
    QHash<QString, SyncStateCache::Entry> next;
    int read = 0;
    for (const PodInfo &pod : pods) {
        if (context && context->isCancelled())
            return Error(Error::Code::Cancelled, ErrorText::tr("cancelled"));
        const auto podRefs = refs->constFind(pod.name);
        if (podRefs == refs->cend())
            continue; // on no remote yet: nothing to read
        const QString key = keyOf(pod, *podRefs);
        const auto known = entries.constFind(pod.name);
        QList<SyncState> states;
        if (known != entries.cend() && known->key == key) {
            states = known->states;
        } else {
            Result<QList<SyncState>> computed = syncStates(catalogue, pod.name, *podRefs);
            if (!computed)
                return computed.error();
            states = *computed;
            ++read;
        }
        next.insert(pod.name, {key, states});
        if (!states.isEmpty())
            out.insert(pod.name, states);
    }
    if (cache) {
        QMutexLocker lock(&cache->m_mutex);
        cache->m_entries = std::move(next); // pods that went are forgotten
        cache->m_podsRead = read;
    }
    return out;
}

} // namespace poddeck
