#include "merge/MergeSecrets.h"

namespace poddeck::MergeSecrets {

bool isSecret(const SecretMask &mask, const MergeRow &row, const QStringList &key)
{
    for (const Resource *r : {&row.baseResource, &row.oursResource, &row.theirsResource})
        if (mask.isSecret(row.path, r->document, key))
            return true;
    return row.edited && mask.isSecret(row.path, row.edited->document, key);
}

QJsonValue shown(const SecretMask &mask, const MergeRow &row, const MergeAttribute &attribute, const QJsonValue &value)
{
    if (!attribute.attachment.isEmpty())
        return value;
    return isSecret(mask, row, attribute.key) ? SecretMask::maskWhole(value)
                                              : mask.masked(row.path, QJsonObject(), attribute.key, value);
}

} // namespace poddeck::MergeSecrets
