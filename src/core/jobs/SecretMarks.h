#pragma once

#include "state/SecretMask.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace poddeck {

class Catalogue;

// The values a user marked as secret, per home: kept in the catalogue's settings ("secretMarks", one
// mark per line; SecretMask says what a mark looks like), read into the SecretMask every view masks with.
namespace SecretMarks {

Result<QStringList> list(Catalogue &catalogue);
// The home's SecretMask: the built-in rule plus the home's marks.
Result<SecretMask> mask(Catalogue &catalogue);
Result<SecretMask> mask(const QString &home);
// Adds or removes a mark; InvalidArgument with what a mark looks like when it is malformed.
Status add(const QString &home, const QString &mark);
Status remove(const QString &home, const QString &mark); // NotFound when it is not marked

} // namespace SecretMarks
} // namespace poddeck
