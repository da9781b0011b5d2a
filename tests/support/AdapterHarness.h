#pragma once

#include "aws/AwsClient.h"
#include "emulator/ServiceAdapter.h"
#include "emulator/SnapshotContext.h"
#include "store/ObjectStore.h"
#include "support/TestHome.h"

#include <QMap>
#include <QStringList>
#include <memory>

namespace poddeck::test {

// Drives ServiceAdapters directly against an emulator: snapshot into a temp store, restore in rank order.
// A test of one adapter does: create resources with the AwsClient -> snapshot -> moto reset -> restore ->
// snapshot again -> the roots are equal.
class AdapterHarness
{
public:
    struct Snapshot
    {
        ObjectId root;
        QMap<QString, Resource> resources; // path -> resource
        QStringList warnings;
    };

    explicit AdapterHarness(const QString &endpoint);

    AwsClient client(const QString &region = QStringLiteral("us-east-1")) const;
    QString account() const; // STS GetCallerIdentity (moto: 123456789012)
    ObjectStore &store() { return *m_store; }

    // Snapshots every adapter in every region (global adapters once, region "global").
    Result<Snapshot> snapshot(const QList<ServiceAdapter *> &adapters, const QStringList &regions,
                              const std::optional<Snapshot> &previous = std::nullopt,
                              const SnapshotOptions &options = {});
    // Creates every resource of `state` in restore-rank order.
    Status restore(const QList<ServiceAdapter *> &adapters, const Snapshot &state);
    // A readable diff of two snapshots for failure messages ("+ path", "- path", "~ path: {doc} vs {doc}").
    static QString describeDifference(const Snapshot &a, const Snapshot &b);

private:
    QString m_endpoint;
    TestHome m_home;
    std::unique_ptr<ObjectStore> m_store;
    mutable QString m_account;
};

} // namespace poddeck::test
