#pragma once

#include "jobs/InjectVersion.h"

namespace poddeck {

class Emulator;
class ObjectStore;

// Versions that hold LocalStack's native state (its state zip, imported or committed through the state
// API) are opaque to the AWS API adapters: only LocalStack's state API can load them.
bool isLocalStackNative(const StateMap &state);

// Loads such a version through the emulator's native state (Emulator::loadNativeState: LocalStack's
// POST /_localstack/pods?merge=<strategy>); its per-service answers go into report.nativeMessages. An
// emulator without it (capabilities().nativeState) is refused with what would load it.
Status injectLocalStackNative(const InjectRequest &request, const Emulator &emulator, ObjectStore &store,
                              InjectReport &report, JobContext &context);

} // namespace poddeck
