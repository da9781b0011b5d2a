// Canonical JSON and the objects built on it (resources with attachments): what parses has one canonical
// form, writing it and parsing it again changes nothing, and a resource that parses writes back the same.
#include "FuzzSupport.h"

#include "state/CanonicalJson.h"
#include "state/Resource.h"

using namespace poddeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    QJsonObject o;
    QString why;
    if (!parseJsonObject(bytes, &o, &why)) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    const QByteArray canonical = canonicalJson(o);
    QJsonObject again;
    FUZZ_CHECK(parseJsonObject(canonical, &again));
    FUZZ_CHECK(canonicalJson(again) == canonical);

    Resource r;
    if (Resource::fromObjectBytes(bytes, &r, &why)) {
        Resource back;
        FUZZ_CHECK(Resource::fromObjectBytes(r.toObjectBytes(), &back));
        FUZZ_CHECK(back.toObjectBytes() == r.toObjectBytes());
        FUZZ_CHECK(r.byteSize() >= 0);
    }
    return 0;
}
