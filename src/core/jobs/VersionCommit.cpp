#include "jobs/VersionCommit.h"

#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "store/StateBuilder.h"
#include "util/ErrorText.h"

#include <QCoreApplication>

namespace poddeck {

Result<Version> commitVersion(const QString &home, const QString &pod, const QString &endpoint, StateBuilder &builder,
                              Version meta, ObjectStore &store, JobContext &context, const QString &life)
{
    return commitVersion(home, pod, endpoint, std::move(meta), store, context,
                         [&builder](const Version &m) { return builder.finish(m); }, life);
}

Result<Version> commitVersion(const QString &home, const QString &pod, const QString &endpoint, Version meta,
                              ObjectStore &store, JobContext &context,
                              const std::function<Result<Version>(const Version &meta)> &finish,
                              const QString &life)
{
    if (Status st = Catalogue::validatePodName(pod); !st)
        return st.error();
    if (context.isCancelled())
        return Error(Error::Code::Cancelled, ErrorText::tr("commit cancelled; nothing was recorded"));
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    Catalogue &cat = **catalogue;

    meta.parents.clear();
    bool parentFromHead = false;
    if (!endpoint.isEmpty()) {
        Result<InstanceHead> head = cat.instanceHead(endpoint);
        if (head && head->pod == pod) {
            meta.parents.append(head->version);
            parentFromHead = true;
        }
    }
    if (!parentFromHead && cat.hasPod(pod)) {
        Result<Version> newest = cat.version(pod, 0);
        if (newest)
            meta.parents.append(newest->id);
    }

    context.setStage(QCoreApplication::translate("poddeck::Stage", "Writing version"));
    Result<Version> version = finish(meta);
    if (!version)
        return version;
    Result<QList<Version>> published = publishVersions(cat, pod, {*version}, store);
    if (!published)
        return published.error();
    if (!endpoint.isEmpty()) {
        if (Status st = cat.setInstanceHead(endpoint, pod, version->id, life); !st)
            return st.error();
    }
    return published->first();
}

Result<QList<Version>> publishVersions(Catalogue &catalogue, const QString &pod, const QList<Version> &versions,
                                       ObjectStore &store)
{
    if (Status st = store.flush(); !st)
        return st.error();
    Result<int> added = catalogue.addVersions(pod, versions);
    if (!added)
        return added.error();
    QList<Version> out;
    for (const Version &v : versions) {
        Result<Version> stored = catalogue.versionById(pod, v.id);
        if (!stored)
            return stored.error();
        out.append(*stored);
    }
    return out;
}

} // namespace poddeck
