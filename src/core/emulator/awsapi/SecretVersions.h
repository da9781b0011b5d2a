#pragma once

#include "aws/AwsClient.h"
#include "state/Resource.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <functional>

namespace poddeck {

class SnapshotContext;

// The versions of a Secrets Manager secret and their staging labels.
//
//   secretsmanager/<account>/<region>/secret/<name>                 current value; "VersionStages": the
//                                                                   current version's labels besides AWSCURRENT
//   secretsmanager/<account>/<region>/secret/<name>/version/<n>     one other labelled version (AWSPREVIOUS,
//                                                                   custom labels): SecretString or SecretBinary,
//                                                                   VersionStages
//
// Version ids are server-assigned, so a version is named by its position n among the secret's labelled
// non-current versions, oldest first. Values sit in SecretString/SecretBinary at the top of each document,
// where the metamodel masks them. Versions without labels (deprecated: AWS drops them by itself) are not
// kept. Restore creates the secret with its current value, then puts the other versions oldest first with
// their labels (PutSecretValue VersionStages moves a label from whichever version holds it); the
// current version comes first, so creation dates differ, but values and labels are what they were, and
// a new snapshot numbers the versions the same way. Labels are moved with UpdateSecretVersionStage.
namespace SecretVersions {

using Send = std::function<Result<AwsResponse>(const AwsRequest &)>;

inline constexpr int Rank = 20;
inline const QString Type = QStringLiteral("version");
inline const QString Stages = QStringLiteral("VersionStages");
inline const QString Current = QStringLiteral("AWSCURRENT");

struct Listed
{
    QString id;
    QStringList stages; // sorted
};

bool isVersionPath(const QString &path);
QString secretName(const QString &path); // of a secret or version path

// Labelled versions in creation order.
Result<QList<Listed>> list(const Send &send, const QString &secretId);
// Adds the non-current versions of a secret as children of `secretPath` and puts the current version's
// other labels into `secretDocument`.
Status snapshot(SnapshotContext &ctx, const QString &secretPath, const QString &secretId, QJsonObject &secretDocument);

// Sets the current version's labels besides AWSCURRENT from `before` to `after` (documents of the secret).
Status applyCurrentLabels(const Send &send, const QString &name, const QJsonObject &before, const QJsonObject &after);
// Puts versions of one secret (any order in; put by n).
Status createAll(const Send &send, QList<Resource> versions);
Status update(const Send &send, const Resource &before, const Resource &after);
// Takes the version's labels off it (it becomes deprecated; Secrets Manager has no call to delete one).
Status remove(const Send &send, const Resource &version);

} // namespace SecretVersions
} // namespace poddeck
