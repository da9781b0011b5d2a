#include "store/ResourceLoad.h"

#include "store/ObjectStore.h"
#include "util/ErrorText.h"

namespace poddeck {

Result<Resource> loadResource(const ObjectStore &store, const ObjectId &id)
{
    Result<QByteArray> bytes = store.get(id);
    if (!bytes)
        return bytes.error();
    Resource r;
    QString why;
    if (!Resource::fromObjectBytes(*bytes, &r, &why))
        return Error(Error::Code::Corrupt,
                     ErrorText::tr("resource %1 in the store is damaged: %2 (run `poddeck-cli fsck`)")
                         .arg(id.toHex(), why));
    return r;
}

} // namespace poddeck
