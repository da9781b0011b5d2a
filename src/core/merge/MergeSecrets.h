#pragma once

#include "merge/MergeResult.h"
#include "state/SecretMask.h"

namespace poddeck::MergeSecrets {

// Whether the value at `key` of a merge row is secret in any of the row's documents (base, ours, theirs,
// an edit): one side's SecureString makes the value secret on every side.
bool isSecret(const SecretMask &mask, const MergeRow &row, const QStringList &key);
// An attribute row's value (base, ours, theirs or the result) as it may be shown: secret values as the mask,
// secrets inside other values masked. Attachments show as they are (sizes and hashes).
QJsonValue shown(const SecretMask &mask, const MergeRow &row, const MergeAttribute &attribute, const QJsonValue &value);

} // namespace poddeck::MergeSecrets
