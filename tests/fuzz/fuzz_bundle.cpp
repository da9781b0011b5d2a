// The .pod reader (BundleReader over ArchiveReader): any bytes give a bundle or an error, never a crash,
// and nothing becomes visible in the store (objects stay pending and are dropped).
// Input starting with 'S' is structured: entries (name, data) as FuzzedDataProvider strings, written into a
// well-formed tar here, so mutations reach the bundle logic instead of dying on tar header checksums.
#include "FuzzSupport.h"

#include "bundle/ArchiveWriter.h"
#include "bundle/BundleReader.h"
#include "store/ObjectStore.h"

#include <QBuffer>

#include <fuzzer/FuzzedDataProvider.h>

using namespace poddeck;

namespace {

QByteArray tarOf(const uint8_t *data, size_t size)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    ArchiveWriter writer(&buffer, ArchiveWriter::Format::Tar);
    if (!writer.open())
        return out;
    FuzzedDataProvider in(data, size);
    for (int i = 0; i < 64 && in.remaining_bytes() > 0; ++i) {
        const QString name = QString::fromStdString(in.ConsumeRandomLengthString(200));
        const QByteArray body = QByteArray::fromStdString(in.ConsumeRandomLengthString(1 << 20));
        if (!writer.beginFile(name, body.size(), 0) || !writer.write(body))
            break;
    }
    (void)writer.close();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString home = fuzz::scratchDir() + QStringLiteral("/bundle");
    QByteArray bytes = size > 0 && data[0] == 'S' ? tarOf(data + 1, size - 1) : fuzz::bytesOf(data, size);
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    BundleLimits limits; // small, so the fuzzer spends its time on parsing, not on memory
    limits.maxEntryBytes = 1024 * 1024;
    limits.maxObjectBytes = 4 * 1024 * 1024;
    limits.maxTotalBytes = 16 * 1024 * 1024;
    limits.maxManifestBytes = 1024 * 1024;
    limits.maxEntries = 10'000;
    ObjectStore store(home);
    Result<BundleContents> contents = BundleReader::import(store, &in, QStringLiteral("fuzz.pod"), limits);
    if (contents) {
        FUZZ_CHECK(!contents->versions.isEmpty());
        FUZZ_CHECK(contents->objects > 0);
    } else {
        FUZZ_CHECK(!contents.error().message.isEmpty());
    }
    store.discardPending();
    return 0;
}
