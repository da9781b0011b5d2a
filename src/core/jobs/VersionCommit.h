#pragma once

#include "jobs/JobContext.h"
#include "state/Version.h"
#include "util/Result.h"

#include <functional>

namespace poddeck {

class Catalogue;
class ObjectStore;
class StateBuilder;

// The last step every commit shares: choose the parent (the instance head when it belongs to `pod`,
// else the pod's newest version), write the version object, make every object durable, then make the
// version visible in one catalogue transaction and record it as the instance's head.
// `endpoint` may be empty when no instance is involved; `life` is the emulator's life the head belongs to
// (EmulatorInfo::life: a restart makes the head no longer apply), empty when the emulator does not say.
Result<Version> commitVersion(const QString &home, const QString &pod, const QString &endpoint, StateBuilder &builder,
                              Version meta, ObjectStore &store, JobContext &context, const QString &life = QString());
// The same for states that build their version object themselves (LocalStack state zips): `finish`
// gets `meta` with the parents filled in and returns the stored version.
Result<Version> commitVersion(const QString &home, const QString &pod, const QString &endpoint, Version meta,
                              ObjectStore &store, JobContext &context,
                              const std::function<Result<Version>(const Version &meta)> &finish,
                              const QString &life = QString());

// Makes versions already in the store visible: flush, then one catalogue transaction.
// Returns the versions as the catalogue holds them (pod and number filled in).
Result<QList<Version>> publishVersions(Catalogue &catalogue, const QString &pod, const QList<Version> &versions,
                                       ObjectStore &store);

} // namespace poddeck
