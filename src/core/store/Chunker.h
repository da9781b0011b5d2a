#pragma once

#include <QtGlobal>
#include <cstdint>

namespace poddeck {

// Content-defined chunking after FastCDC (Xia et al., 2016): a gear rolling hash with normalized chunking,
// so an edit moves only the chunk boundaries next to it and the rest of a large blob dedups.
// The gear table and masks are part of the store format: changing them changes every chunk id.
class Chunker
{
public:
    static constexpr qsizetype MinSize = 16 * 1024;
    static constexpr qsizetype AvgSize = 64 * 1024;
    static constexpr qsizetype MaxSize = 256 * 1024;

    // Length of the first chunk of data[0..size). Unless data ends there, pass at least MaxSize bytes,
    // so the cut never depends on where a read happened to end.
    static qsizetype cut(const uchar *data, qsizetype size);
};

} // namespace poddeck
