// Remote URLs as users type them (s3://, file://): parse or a clear error, and the normalized form the
// catalogue keeps parses back to the same remote.
#include "FuzzSupport.h"

#include "remote/RemoteUrl.h"

using namespace poddeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Result<RemoteUrl> url = RemoteUrl::parse(text);
    if (!url) {
        FUZZ_CHECK(!url.error().message.isEmpty());
        return 0;
    }
    (void)url->isInsecureHttp();
    const QString normal = url->toString();
    Result<RemoteUrl> again = RemoteUrl::parse(normal);
    if (!again) {
        std::fprintf(stderr, "'%s' normalizes to '%s', which does not parse: %s\n", qPrintable(text),
                     qPrintable(normal), qPrintable(again.error().message));
        FUZZ_CHECK(again.ok());
    }
    FUZZ_CHECK(again->toString() == normal);
    FUZZ_CHECK(again->kind == url->kind && again->bucket == url->bucket && again->prefix == url->prefix
               && again->path == url->path && again->region == url->region);
    return 0;
}
