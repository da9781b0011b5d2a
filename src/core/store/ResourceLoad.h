#pragma once

#include "state/ObjectId.h"
#include "state/Resource.h"
#include "util/Result.h"

namespace poddeck {

class ObjectStore;

// The resource object `id` read from the store and parsed. A missing or hash-damaged object keeps the
// store's own error; bytes that are no resource become a Corrupt error that names the object.
Result<Resource> loadResource(const ObjectStore &store, const ObjectId &id);

} // namespace poddeck
