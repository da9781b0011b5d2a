#pragma once

#include "jobs/InjectVersion.h"

namespace poddeck {

class ObjectStore;

// Versions that hold LocalStack's native state (its state zip, imported or committed through the state
// API) are opaque to the AWS API adapters: only LocalStack's state API can load them.
bool isLocalStackNative(const StateMap &state);

// POST /_localstack/pods?merge=<strategy> with the version's state zip; the NDJSON answer lines
// {service, status, message} go into report.nativeMessages. 422: incompatible state; a bare 404: the
// state API is not licensed on that instance.
Status injectLocalStackNative(const InjectRequest &request, const EmulatorInfo &info, ObjectStore &store,
                              InjectReport &report, JobContext &context);

} // namespace poddeck
