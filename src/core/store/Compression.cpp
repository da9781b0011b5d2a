#include "store/Compression.h"

#include "util/ErrorText.h"

#include <QtEndian>

#include <zstd.h>

namespace poddeck {

namespace {

// One context per thread, reused: ZSTD_compress/ZSTD_decompress allocate and clear a fresh one on every
// call, which costs more than compressing a small object.
struct ThreadContexts
{
    ZSTD_CCtx *c = ZSTD_createCCtx();
    ZSTD_DCtx *d = ZSTD_createDCtx();
    ~ThreadContexts()
    {
        ZSTD_freeCCtx(c);
        ZSTD_freeDCtx(d);
    }
};

ThreadContexts &contexts()
{
    thread_local ThreadContexts t;
    return t;
}

} // namespace

QByteArray zstdCompress(const QByteArray &data, int level)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), Qt::Uninitialized);
    ZSTD_CCtx *cctx = contexts().c;
    if (!cctx)
        return {};
    const size_t n = ZSTD_compressCCtx(cctx, out.data(), size_t(out.size()), data.constData(), size_t(data.size()), level);
    if (ZSTD_isError(n))
        return {}; // only on allocation failure; callers treat an empty result as an I/O error
    out.resize(qsizetype(n));
    return out;
}

Result<QByteArray> zstdDecompress(const QByteArray &compressed, qint64 maxSize)
{
    // Exactly one regular frame and nothing after it. zstd itself decompresses concatenated frames and
    // skips skippable ones, so without this an object could carry bytes its hash never covers.
    if (compressed.size() < 4 || qFromLittleEndian<quint32>(compressed.constData()) != ZSTD_MAGICNUMBER)
        return Error(Error::Code::Corrupt, ErrorText::tr("not a zstd frame"));
    const size_t frameSize = ZSTD_findFrameCompressedSize(compressed.constData(), size_t(compressed.size()));
    if (ZSTD_isError(frameSize))
        return Error(Error::Code::Corrupt, ErrorText::tr("damaged zstd data: %1")
                                               .arg(QString::fromLatin1(ZSTD_getErrorName(frameSize))));
    if (frameSize != size_t(compressed.size()))
        return Error(Error::Code::Corrupt, ErrorText::tr("%1 bytes follow the zstd frame (an object is exactly one frame)")
                                               .arg(qsizetype(compressed.size()) - qsizetype(frameSize)));
    const unsigned long long declared = ZSTD_getFrameContentSize(compressed.constData(), size_t(compressed.size()));
    if (declared == ZSTD_CONTENTSIZE_ERROR)
        return Error(Error::Code::Corrupt, ErrorText::tr("not a zstd frame"));
    if (declared != ZSTD_CONTENTSIZE_UNKNOWN) {
        if (declared > (unsigned long long)maxSize)
            return Error(Error::Code::LimitExceeded,
                         ErrorText::tr("object would decompress to %1 bytes, more than the limit of %2")
                             .arg(declared)
                             .arg(maxSize));
        QByteArray out(qsizetype(declared), Qt::Uninitialized);
        ZSTD_DCtx *dctx = contexts().d;
        if (!dctx)
            return Error(Error::Code::Io, ErrorText::tr("out of memory while decompressing an object"));
        const size_t n = ZSTD_decompressDCtx(dctx, out.data(), size_t(out.size()), compressed.constData(),
                                             size_t(compressed.size()));
        if (ZSTD_isError(n) || n != declared)
            return Error(Error::Code::Corrupt, ErrorText::tr("damaged zstd data: %1")
                                                   .arg(QString::fromLatin1(ZSTD_getErrorName(n))));
        return out;
    }
    // Unknown size: stream with a cap.
    ZSTD_DStream *ds = ZSTD_createDStream();
    ZSTD_initDStream(ds);
    QByteArray out;
    ZSTD_inBuffer in{compressed.constData(), size_t(compressed.size()), 0};
    QByteArray buf(64 * 1024, Qt::Uninitialized);
    size_t ret = 1;
    while (in.pos < in.size) {
        ZSTD_outBuffer ob{buf.data(), size_t(buf.size()), 0};
        ret = ZSTD_decompressStream(ds, &ob, &in);
        if (ZSTD_isError(ret)) {
            ZSTD_freeDStream(ds);
            return Error(Error::Code::Corrupt, ErrorText::tr("damaged zstd data"));
        }
        out.append(buf.constData(), qsizetype(ob.pos));
        if (out.size() > maxSize) {
            ZSTD_freeDStream(ds);
            return Error(Error::Code::LimitExceeded, ErrorText::tr("object decompresses past the limit of %1 bytes").arg(maxSize));
        }
    }
    ZSTD_freeDStream(ds);
    if (ret != 0)
        return Error(Error::Code::Corrupt, ErrorText::tr("truncated zstd data"));
    return out;
}

} // namespace poddeck
