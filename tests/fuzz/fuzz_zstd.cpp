// Stored objects are exactly one zstd frame (store/Compression): any bytes decompress within the limit or
// fail, and what decompresses compresses back to bytes that decompress to the same.
#include "FuzzSupport.h"

#include "store/Compression.h"

using namespace poddeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    constexpr qint64 Limit = 1024 * 1024;
    Result<QByteArray> plain = zstdDecompress(bytes, Limit);
    if (!plain) {
        FUZZ_CHECK(!plain.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(plain->size() <= Limit);
    Result<QByteArray> back = zstdDecompress(zstdCompress(*plain), Limit);
    FUZZ_CHECK(back.ok() && *back == *plain);
    return 0;
}
