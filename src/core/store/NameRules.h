#pragma once

#include "util/Result.h"

#include <QString>

namespace poddeck {

// Remote names follow the pod name rules (Catalogue::validatePodName: they end up in paths and on command
// lines too); the message calls them remote names.
Status validateRemoteName(const QString &name);

} // namespace poddeck
