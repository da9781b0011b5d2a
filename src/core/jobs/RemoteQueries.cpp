#include "jobs/RemoteQueries.h"

#include "util/ErrorText.h"

#include <QCoreApplication>

namespace poddeck {

namespace {

// Gives the free functions below a translation context lupdate understands.
struct RemoteText
{
    Q_DECLARE_TR_FUNCTIONS(poddeck::RemoteJobs)
};

} // namespace

Result<QList<RemoteInfo>> loadRemotes(const QString &home, JobContext &context)
{
    context.setStage(RemoteText::tr("Reading remotes"));
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    return (*catalogue)->remotes();
}

Result<int> testRemoteConnection(const QString &home, const QString &name, JobContext &context)
{
    context.setStage(RemoteText::tr("Connecting to %1").arg(name));
    RemoteInfo info;
    {
        Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
        if (!catalogue)
            return catalogue.error();
        Result<RemoteInfo> found = (*catalogue)->remote(name);
        if (!found)
            return found.error();
        info = *found;
    }
    Result<std::unique_ptr<Remote>> remote = openRemote(info);
    if (!remote)
        return remote.error();
    context.setStage(RemoteText::tr("Listing pods on %1").arg(name));
    Result<QStringList> pods = (*remote)->listPods();
    if (!pods)
        return pods.error();
    return int(pods->size());
}

Result<SyncStatesByPod> loadSyncStates(const QString &home, SyncStateCache &cache, JobContext &context)
{
    context.setStage(RemoteText::tr("Reading sync states"));
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    Result<QList<PodInfo>> pods = (*catalogue)->pods();
    if (!pods)
        return pods.error();
    Result<SyncStatesByPod> states = syncStatesOfPods(**catalogue, *pods, &cache, &context);
    if (!states && states.error().code == Error::Code::Cancelled)
        return Error(Error::Code::Cancelled, ErrorText::tr("Cancelled."));
    return states;
}

} // namespace poddeck
