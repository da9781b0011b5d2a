// SigV4 signing of whatever a request may carry (paths, query items, headers as they come from keys,
// prefixes and users): canonical forms are deterministic and encoded the one way AWS accepts.
#include "FuzzSupport.h"

#include "aws/SigV4Signer.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace poddeck;

namespace {

bool onlyUnreservedOrEncoded(const QByteArray &s, bool slash)
{
    for (char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                        || c == '_' || c == '.' || c == '~' || c == '%' || (slash && c == '/');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    AwsCredentials credentials;
    credentials.accessKeyId = QString::fromStdString(in.ConsumeRandomLengthString(40));
    credentials.secretAccessKey = QString::fromStdString(in.ConsumeRandomLengthString(40));
    credentials.sessionToken = QString::fromStdString(in.ConsumeRandomLengthString(40));
    const QString region = QString::fromStdString(in.ConsumeRandomLengthString(20));
    SigV4Request request;
    request.method = in.ConsumeBool() ? "GET" : "PUT";
    request.host = QByteArray::fromStdString(in.ConsumeRandomLengthString(60));
    request.path = '/' + QByteArray::fromStdString(in.ConsumeRandomLengthString(200)); // wire paths are absolute
    const int items = in.ConsumeIntegralInRange(0, 8);
    for (int i = 0; i < items; ++i)
        request.query.append({QString::fromStdString(in.ConsumeRandomLengthString(30)),
                              QString::fromStdString(in.ConsumeRandomLengthString(30))});
    const int headers = in.ConsumeIntegralInRange(0, 6);
    for (int i = 0; i < headers; ++i)
        request.headers.append({QByteArray::fromStdString(in.ConsumeRandomLengthString(30)),
                                QByteArray::fromStdString(in.ConsumeRandomLengthString(60))});
    request.body = QByteArray::fromStdString(in.ConsumeRemainingBytesAsString());
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

    for (const char *service : {"s3", "sqs"}) {
        const SigV4Signer signer(credentials, region, QString::fromLatin1(service));
        const SigV4Signature a = signer.sign(request, now);
        const SigV4Signature b = signer.sign(request, now);
        FUZZ_CHECK(a.signature == b.signature && a.signature.size() == 64);
        FUZZ_CHECK(a.canonicalRequest == b.canonicalRequest);
        const SigV4Signature p = signer.presign(request, now, 3600);
        FUZZ_CHECK(p.signature.size() == 64);
        const QByteArray uri = SigV4Signer::canonicalUri(request.path, signer.isS3());
        FUZZ_CHECK(uri.startsWith('/') && onlyUnreservedOrEncoded(uri, true));
    }
    FUZZ_CHECK(onlyUnreservedOrEncoded(SigV4Signer::uriEncode(request.body, false), false));
    const QByteArray query = SigV4Signer::canonicalQuery(request.query);
    FUZZ_CHECK(query == SigV4Signer::canonicalQuery(request.query));
    return 0;
}
