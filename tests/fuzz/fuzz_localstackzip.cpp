// The LocalStack state zip reader (LocalStackZip over ArchiveReader, seekable and streamed) and the
// metadata.yaml line reader.
#include "FuzzSupport.h"

#include "bundle/LocalStackMetadata.h"
#include "bundle/LocalStackZip.h"
#include "store/ObjectStore.h"

#include <QBuffer>

#include <algorithm>

using namespace poddeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const LocalStackMetadata meta = LocalStackMetadata::parse(bytes);
    FUZZ_CHECK(std::is_sorted(meta.services.cbegin(), meta.services.cend()));

    BundleLimits limits;
    limits.maxFileBytes = 4 * 1024 * 1024;
    limits.maxTotalBytes = 16 * 1024 * 1024;
    limits.maxManifestBytes = 1024 * 1024;
    limits.maxEntries = 10'000;
    ObjectStore store(fuzz::scratchDir() + QStringLiteral("/zip"));
    QByteArray copy = bytes;
    QBuffer in(&copy);
    in.open(QIODevice::ReadOnly);
    Result<Version> v = LocalStackZip::import(store, &in, QStringLiteral("fuzz.zip"), limits);
    if (v)
        FUZZ_CHECK(!v->id.isNull() && v->emulatorKind == QLatin1String("localstack"));
    store.discardPending();
    return 0;
}
