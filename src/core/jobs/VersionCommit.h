#pragma once

#include "jobs/JobContext.h"
#include "state/Version.h"
#include "util/Result.h"

namespace poddeck {

class Catalogue;
class ObjectStore;
class StateBuilder;

// The last step every commit shares: choose the parent (the instance head when it belongs to `pod`,
// else the pod's newest version), write the version object, make every object durable, then make the
// version visible in one catalogue transaction and record it as the instance's head.
// `endpoint` may be empty when no instance is involved.
Result<Version> commitVersion(const QString &home, const QString &pod, const QString &endpoint, StateBuilder &builder,
                              Version meta, ObjectStore &store, JobContext &context);

// Makes versions already in the store visible: flush, then one catalogue transaction.
// Returns the versions as the catalogue holds them (pod and number filled in).
Result<QList<Version>> publishVersions(Catalogue &catalogue, const QString &pod, const QList<Version> &versions,
                                       ObjectStore &store);

} // namespace poddeck
