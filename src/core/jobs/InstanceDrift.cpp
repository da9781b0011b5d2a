#include "jobs/InstanceDrift.h"

#include "jobs/DiffMerge.h"
#include "jobs/InstanceConfig.h"
#include "state/ResourcePath.h"
#include "util/ErrorText.h"

namespace poddeck {

namespace {

bool isSqsMessage(const QString &path)
{
    const QStringList s = ResourcePath::segments(path);
    return s.value(0) == QLatin1String("sqs") && s.value(5) == QLatin1String("message");
}

} // namespace

Result<InstanceDrift> instanceDrift(const QString &home, const AwsConfig &config, bool force, JobContext &context)
{
    InstanceDrift drift;
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    Result<InstanceHead> head = (*catalogue)->instanceHead(instanceKey(config));
    if (!head) {
        if (head.error().code == Error::Code::NotFound)
            return drift;
        return head.error();
    }
    drift.head = *head;
    Result<Version> version = (*catalogue)->versionById(head->pod, head->version);
    if (!version) {
        drift.state = InstanceDrift::State::Unknown;
        drift.why = ErrorText::tr("the head %1:%2 is no longer in the catalogue").arg(head->pod).arg(head->number);
        return drift;
    }
    catalogue->reset(); // the diff opens its own
    drift.headResources = version->resourceCount;
    if (!force && version->resourceCount > AutoDriftLimit) {
        drift.state = InstanceDrift::State::Unknown;
        drift.why = ErrorText::tr("%1:%2 holds %n resource(s); checking reads them all from the instance", nullptr,
                              int(version->resourceCount))
                        .arg(head->pod)
                        .arg(head->number);
        return drift;
    }

    DiffRequest request;
    request.home = home;
    request.from.version = VersionRef{head->pod, head->number};
    request.to.live = true;
    request.config = config;
    request.details = false;
    request.filter.services = version->services;
    request.filter.options.includeSqsMessages = false; // an empty head (no services) compares every service
    Result<DiffReport> report = diffVersions(request, context);
    if (!report)
        return report.error();
    for (const ResourceChange &c : std::as_const(report->changes)) {
        if (isSqsMessage(c.path))
            continue;
        switch (c.kind) {
        case ResourceChange::Kind::Added: ++drift.added; break;
        case ResourceChange::Kind::Removed: ++drift.removed; break;
        case ResourceChange::Kind::Modified: ++drift.modified; break;
        }
    }
    drift.state = drift.changes() == 0 ? InstanceDrift::State::InSync : InstanceDrift::State::Changed;
    return drift;
}

} // namespace poddeck
