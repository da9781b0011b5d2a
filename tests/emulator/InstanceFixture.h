#pragma once

#include "aws/AwsClient.h"
#include "jobs/CommitInstance.h"
#include "jobs/InjectVersion.h"
#include "jobs/InstanceConfig.h"
#include "jobs/InstanceStatus.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QtTest>

namespace poddeck::test {

// Commit and inject through the jobs layer (what the CLI and GUI call) against an endpoint.
struct InstanceFixture
{
    QString endpoint;
    QString home;

    AwsConfig config(const QString &region = QStringLiteral("us-east-1")) const
    {
        return AwsConfig::forEndpoint(QUrl(endpoint), region);
    }
    AwsClient client(const QString &region = QStringLiteral("us-east-1")) const { return AwsClient(config(region)); }

    Result<CommitInstanceReport> commit(const QString &pod, const QStringList &services = {},
                                        JobContext::Listener progress = {}) const
    {
        CommitInstanceRequest r;
        r.home = home;
        r.pod = pod;
        r.message = QStringLiteral("test");
        r.author = QStringLiteral("tester");
        r.config = config();
        r.filter.services = services;
        JobContext ctx(std::move(progress));
        return commitInstance(r, ctx);
    }

    Result<InjectReport> inject(const QString &ref, InjectStrategy strategy, Prefer prefer = Prefer::None,
                                bool dryRun = false) const
    {
        InjectRequest r;
        r.home = home;
        r.ref = *VersionRef::parse(ref);
        r.strategy = strategy;
        r.prefer = prefer;
        r.dryRun = dryRun;
        r.config = config();
        JobContext ctx;
        return injectVersion(r, ctx);
    }

    Status reset(const QStringList &services = {}) const
    {
        JobContext ctx;
        return resetInstanceJob(home, config(), services, ctx);
    }

    // Sends and fails the test on error.
    static AwsResponse must(const Result<AwsResponse> &r)
    {
        if (!r)
            qWarning("AWS call failed: %s", qPrintable(r.error().message));
        return r ? *r : AwsResponse();
    }
};

} // namespace poddeck::test
