#include "jobs/Autosave.h"

#include "jobs/CommitInstance.h"
#include "jobs/InstanceConfig.h"
#include "jobs/InstanceStatus.h"
#include "store/Catalogue.h"
#include "util/ErrorText.h"

namespace poddeck {

namespace {

// commitVersion() makes every commit the instance head; a safety copy must not be one, or the next
// deep-merge would take it as its base. Put back what was there.
Status restoreHead(Catalogue &cat, const QString &endpoint, const std::optional<InstanceHead> &head)
{
    if (!head)
        return cat.clearInstanceHead(endpoint);
    if (Status st = cat.setInstanceHead(endpoint, head->pod, head->version, head->life); !st)
        return st;
    return head->modified ? cat.markInstanceModified(endpoint, head->note) : Status();
}

Status prune(Catalogue &cat)
{
    Result<QList<Version>> versions = cat.versions(Autosave::Pod);
    if (!versions)
        return versions.error();
    for (qsizetype i = 0; i + Autosave::Keep < versions->size(); ++i)
        if (Status st = cat.deleteVersion(Autosave::Pod, versions->at(i).number); !st)
            return st;
    return {};
}

} // namespace

Result<std::optional<Version>> Autosave::save(const QString &home, const AwsConfig &config, const QString &what,
                                              const QStringList &services, JobContext &context)
{
    const QString endpoint = instanceKey(config);
    std::optional<InstanceHead> head;
    bool podExisted = false;
    {
        Result<std::unique_ptr<Catalogue>> cat = Catalogue::open(home);
        if (!cat)
            return cat.error();
        if (Result<InstanceHead> h = (*cat)->instanceHead(endpoint))
            head = *h;
        podExisted = (*cat)->hasPod(Pod);
    }
    CommitInstanceRequest request;
    request.home = home;
    request.pod = Pod;
    request.message = QStringLiteral("Autosave before %1 at %2").arg(what, config.endpoint.toString());
    request.config = config;
    request.filter.services = services;
    Result<CommitInstanceReport> committed = commitInstance(request, context);
    if (!committed)
        return Error(committed.error().code, ErrorText::tr("autosave failed: %1").arg(committed.error().message));

    Result<std::unique_ptr<Catalogue>> cat = Catalogue::open(home);
    if (!cat)
        return cat.error();
    if (Status st = restoreHead(**cat, endpoint, head); !st)
        return st.error();
    const Version &version = committed->version;
    if (version.resourceCount == 0) { // nothing to lose: keep no empty safety copy (nor an empty pod)
        Status st = podExisted ? (*cat)->deleteVersion(Pod, version.number) : (*cat)->deletePod(Pod);
        if (!st)
            return st.error();
        return std::optional<Version>();
    }
    if (Status st = prune(**cat); !st)
        return st.error();
    return std::optional<Version>(version);
}

QString Autosave::restoreCommand(const Version &version, bool partial)
{
    return QStringLiteral("poddeck-cli inject %1:%2 --strategy %3")
        .arg(version.pod)
        .arg(version.number)
        .arg(partial ? QStringLiteral("account-region-merge") : QStringLiteral("overwrite"));
}

Result<ResetReport> resetWithAutosave(const QString &home, const AwsConfig &config, const QStringList &services,
                                      bool autosave, JobContext &context)
{
    ResetReport report;
    if (autosave) {
        const QString what = services.isEmpty() ? QStringLiteral("reset")
                                                : QStringLiteral("reset of %1").arg(services.join(QLatin1String(", ")));
        Result<std::optional<Version>> saved = Autosave::save(home, config, what, services, context);
        if (!saved)
            return Error(saved.error().code, ErrorText::tr("%1; nothing was reset (--no-autosave resets without one)")
                                                 .arg(saved.error().message));
        report.autosave = *saved;
    }
    if (Status st = resetInstanceJob(home, config, services, context); !st)
        return st.error();
    return report;
}

} // namespace poddeck
