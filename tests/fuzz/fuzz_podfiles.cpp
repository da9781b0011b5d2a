// Version objects, remote pod files (pods/<name>.json) and bundle manifests: parse without crashing, and
// what parses writes back to something that parses to the same versions.
#include "FuzzSupport.h"

#include "bundle/BundleManifest.h"
#include "remote/RemotePod.h"
#include "state/Version.h"

using namespace poddeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    Version v;
    QString why;
    if (Version::fromObjectBytes(bytes, &v, &why)) {
        Version back;
        FUZZ_CHECK(Version::fromObjectBytes(v.toObjectBytes(), &back));
        FUZZ_CHECK(back.toObjectBytes() == v.toObjectBytes());
    }

    Result<RemotePod> pod = RemotePod::parse(bytes, QStringLiteral("pods/fuzz.json"));
    if (pod) {
        Result<RemotePod> again = RemotePod::parse(pod->toBytes(), QStringLiteral("pods/fuzz.json"));
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again->versions.size() == pod->versions.size());
        FUZZ_CHECK(again->head == pod->head);
        FUZZ_CHECK(again->description.sameContent(pod->description));
    }

    Result<BundleManifest> manifest = BundleManifest::parse(bytes);
    if (manifest) {
        FUZZ_CHECK(!manifest->versions.isEmpty());
        FUZZ_CHECK(manifest->objects >= 0 && manifest->bytes >= 0);
    }
    return 0;
}
