#include "emulator/ServiceAdapter.h"

namespace poddeck {

Status ServiceAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    if (Status st = remove(ctx, before); !st)
        return st;
    return create(ctx, after);
}

} // namespace poddeck
