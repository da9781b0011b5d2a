#pragma once

#include "util/Result.h"

#include <QJsonObject>

namespace poddeck {

class ApplyContext;
class SnapshotContext;

// Who may call a function, kept in its document: "Permissions" (the resource policy's unqualified
// statements as AddPermission input, sorted by StatementId) and "FunctionUrl" (AuthType, Cors,
// InvokeMode). Statements for versions or aliases are not captured (versions and aliases are: LambdaVersions).
namespace LambdaAccess {

// Adds both members to `doc` when the function has them.
Status read(SnapshotContext &ctx, const QString &function, QJsonObject &doc);
// Makes the live function's permissions and URL match `after` (`before`: what it has now; {} if new).
Status sync(ApplyContext &ctx, const QString &function, const QJsonObject &before, const QJsonObject &after);

} // namespace LambdaAccess
} // namespace poddeck
