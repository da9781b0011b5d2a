#pragma once

#include "jobs/VersionRef.h"
#include "state/Metamodel.h"
#include "state/Version.h"
#include "util/Result.h"

#include <memory>

namespace poddeck {

struct Inspection
{
    Version version;
    std::unique_ptr<Metamodel> metamodel;
};

// Resolves `pod[:N]` to a version (NotFound with a message naming what exists otherwise).
Result<Version> resolveVersion(const QString &home, const VersionRef &ref);
// Loads every resource of the version into its metamodel, secrets masked by the home's SecretMask
// unless `revealSecrets`.
Result<Inspection> inspectVersion(const QString &home, const VersionRef &ref, bool revealSecrets);

} // namespace poddeck
