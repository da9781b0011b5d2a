#pragma once

#include "state/Resource.h"
#include "util/Result.h"

#include <QList>

namespace poddeck {

class ApplyContext;
class SnapshotContext;

// A layer and every version of it: ".../layer/<name>" (an empty document: a layer has no settings of its
// own, it exists while it has versions) and ".../layer/<name>/version/<n>" (CompatibleRuntimes,
// CompatibleArchitectures, Description, LicenseInfo, CodeSha256; the zip as attachment "code";
// "Permissions": the version's policy as AddLayerVersionPermission input {StatementId, Action, Principal,
// OrganizationId}, sorted by StatementId), so diff and merge treat each version as a resource. Content is
// immutable; permissions are not, so an update changes only them.
//
// Lambda numbers layer versions itself and never reuses a number. A restore publishes the versions in
// ascending order; a gap (a deleted version) is kept by publishing a placeholder and deleting it at once,
// so functions' layer version ARNs name the same content as before. A number the instance has already
// used cannot be published again: that is refused before anything is published. Versions are immutable:
// an instance version with other content under the same number is not changed (unrestorable, see
// conflict()).
//
// Pods committed before versions were children hold one "layer" resource whose document carries the
// newest "Version" and the code (the legacy shape); such a layer is still restored as it was then: its
// content published until the newest number is the recorded one.
namespace LambdaLayers {

inline const QString Version = QStringLiteral("version");

// ".../layer/<name>/version/<n>".
bool isVersion(const QString &path);
// A layer resource of the legacy shape (its document has "Version").
bool isLegacy(const Resource &resource);

// Adds every layer and all its versions to the snapshot.
Status read(SnapshotContext &ctx);

// Publishes `versions` (children of one layer) so each gets its recorded number.
Status publish(ApplyContext &ctx, QList<Resource> versions);
// Versions cannot change: equal content (CodeMissing aside) is fine, other content is an error.
Status update(ApplyContext &ctx, const Resource &before, const Resource &after);
Status remove(ApplyContext &ctx, const Resource &version);
// Why `version` cannot replace the instance's `live` one (different content under one number), or empty.
QString conflict(const Resource &version, const Resource &live);

} // namespace LambdaLayers
} // namespace poddeck
