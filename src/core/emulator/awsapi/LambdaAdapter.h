#pragma once

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// Lambda: layers (type "layer", id = name) with every version as a child (LambdaLayers), functions (type "function", id = name,
// code zip as attachment "code", permissions and function URL in the document: LambdaAccess) and event source mappings (type "event-source-mapping",
// id = "<function>|<event source ARN>", not the random UUID). A function's published versions and aliases
// are its children (LambdaVersions).
//
// Plain moto cannot give function or layer code back (Code.Location is not downloadable): LambdaCode says
// where a snapshot finds the zip instead (previous version, PodDeck's moto entry point, a zip the user
// attached) and records "CodeMissing": true when none has it; such a function cannot be re-created.
class LambdaAdapter : public ServiceAdapter
{
public:
    QString service() const override { return QStringLiteral("lambda"); }
    // layers and their versions 30, functions 31, their versions 32 and aliases 33, event source mappings 40.
    int restoreRank(const Resource &resource) const override;
    QString orderedGroup(const Resource &resource) const override;
    Status createMany(ApplyContext &ctx, const QList<Resource> &resources) override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;

    // Inject preflight, in LambdaPreflight.cpp: code the version lacks; roles, layers, event sources.
    QString unrestorable(const Resource &resource, const Resource *live) const override;
    QStringList dependencies(const Resource &resource) const override;
};

} // namespace poddeck
