#pragma once

#include "state/Resource.h"
#include "util/Result.h"

#include <QList>

namespace poddeck {

class ApplyContext;
class SnapshotContext;

// A function's published versions and aliases, as its children: ".../function/<name>/version/<n>"
// (the configuration and CodeSha256 it was published from, its description) and
// ".../function/<name>/alias/<alias>" (FunctionVersion, Description, RoutingConfig). Nothing the
// server assigns (RevisionId, dates, ARNs) is kept.
//
// Versions are numbered by the server and immutable: a restore publishes them in number order, each
// from the function's configuration as recorded for it; their own zips are not kept, so a version whose
// code differed from the function's is published from the current code (with a restore warning).
namespace LambdaVersions {

inline const QString Version = QStringLiteral("version");
inline const QString Alias = QStringLiteral("alias");

// "version" / "alias" for a child path of a function, else empty (a layer's versions: LambdaLayers).
QString childType(const QString &path);

// Adds the function's versions and aliases to the snapshot.
Status read(SnapshotContext &ctx, const QString &function, const QString &functionPath);

// Publishes `versions` (children of one function) in number order.
Status publish(ApplyContext &ctx, QList<Resource> versions);
Status createAlias(ApplyContext &ctx, const Resource &alias);
Status update(ApplyContext &ctx, const Resource &before, const Resource &after);
Status remove(ApplyContext &ctx, const Resource &resource);

} // namespace LambdaVersions
} // namespace poddeck
