#pragma once

#include "util/Result.h"

#include <QString>

namespace poddeck {

// A duration as users type it on the command line: a whole number with an optional unit, s (the default),
// m, h or d ("7d", "12h", "30m", "3600"), in seconds. InvalidArgument, with the forms it takes, for anything
// else. Callers bound it (0 parses).
Result<qint64> parseDurationText(const QString &text);

} // namespace poddeck
