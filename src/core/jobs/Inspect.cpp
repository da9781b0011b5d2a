#include "jobs/Inspect.h"

#include "jobs/SecretMarks.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"
#include "store/StateTreeReader.h"

namespace poddeck {

Result<Version> resolveVersion(const QString &home, const VersionRef &ref)
{
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    return (*catalogue)->version(ref.pod, ref.number);
}

Result<Inspection> inspectVersion(const QString &home, const VersionRef &ref, bool revealSecrets)
{
    Result<Version> version = resolveVersion(home, ref);
    if (!version)
        return version.error();
    Result<SecretMask> mask = SecretMarks::mask(home);
    if (!mask)
        return mask.error();
    ObjectStore store(home);
    auto model = std::make_unique<Metamodel>();
    Error failure;
    Status st = forEachResource(store, version->root, [&](const QString &, const ObjectId &id) {
        Result<Resource> r = loadResource(store, id);
        if (!r) {
            failure = r.error();
            return false;
        }
        model->add(*r, *mask, revealSecrets);
        return true;
    });
    if (!st)
        return st.error();
    if (failure)
        return failure;
    Inspection out;
    out.version = *version;
    out.metamodel = std::move(model);
    return out;
}

} // namespace poddeck
