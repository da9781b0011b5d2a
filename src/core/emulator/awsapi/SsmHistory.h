#pragma once

#include "aws/AwsClient.h"
#include "state/Resource.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <functional>

namespace poddeck {

class SnapshotContext;

// The history of an SSM parameter (GetParameterHistory) and its version labels.
//
//   ssm/<account>/<region>/parameter/<name>                  current version; "Labels" when it has any
//   ssm/<account>/<region>/parameter/<name>/version/<n>      an older version n: Value, Type, Description,
//                                                            Labels
//
// Version numbers are not random: SSM counts puts from 1, so re-putting the history oldest first with
// Overwrite and then the current value gives the same numbers (unless AWS already dropped the oldest of
// more than 100 versions). A parameter and its history share one ordered group, so they reach
// createMany together. A version that already exists (its number is not above the parameter's latest)
// only gets its labels: deep merges re-add history the parameter's own update just made. Values of
// SecureString versions are decrypted like the current one and masked by the metamodel (Type is in each
// document).
namespace SsmHistory {

using Send = std::function<Result<AwsResponse>(const AwsRequest &)>;

inline const QString Type = QStringLiteral("version");
inline const QString Labels = QStringLiteral("Labels");

bool isVersionPath(const QString &path);
QString parameterName(const QString &path); // of a parameter or version path

// Adds the older versions of `name` as children of `parameterPath` and the current version's labels to
// `parameterDocument`.
Status snapshot(SnapshotContext &ctx, const QString &parameterPath, const QString &name, QJsonObject &parameterDocument);
// The parameter's latest version number; 0 when it does not exist.
Result<int> latestVersion(const Send &send, const QString &name);
// Puts older versions (sorted by n) that do not exist yet and labels them.
Status putVersions(const Send &send, QList<Resource> versions);
// Sets a version's labels from `before` to `after` (version 0: the latest).
Status relabel(const Send &send, const QString &name, int version, const QJsonObject &before, const QJsonObject &after);

} // namespace SsmHistory
} // namespace poddeck
