#pragma once

#include "util/Result.h"

#include <QByteArray>

namespace poddeck {

// zstd with the content size in the frame header, so readers can check sizes before allocating.
QByteArray zstdCompress(const QByteArray &data, int level = 3);
// Refuses frames that would decompress past maxSize (a compressed bomb must not fill memory or disk), and
// anything but exactly one regular frame: skippable frames, a second frame or trailing bytes are Corrupt.
Result<QByteArray> zstdDecompress(const QByteArray &compressed, qint64 maxSize);

} // namespace poddeck
