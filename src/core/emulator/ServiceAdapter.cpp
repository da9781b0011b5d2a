#include "emulator/ServiceAdapter.h"

#include "emulator/ApplyContext.h"
#include "util/ErrorText.h"

namespace poddeck {

Status ServiceAdapter::createMany(ApplyContext &ctx, const QList<Resource> &resources)
{
    for (const Resource &r : resources) {
        if (ctx.isCancelled())
            return Error(Error::Code::Cancelled, ErrorText::tr("cancelled"));
        if (Status st = create(ctx, r); !st)
            return Error(st.error().code, QStringLiteral("%1: %2").arg(r.path, st.error().message));
    }
    return {};
}

Status ServiceAdapter::update(ApplyContext &ctx, const Resource &before, const Resource &after)
{
    if (Status st = remove(ctx, before); !st)
        return st;
    return create(ctx, after);
}

} // namespace poddeck
