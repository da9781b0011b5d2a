#pragma once

#include <QtGlobal>

#include <functional>

namespace poddeck {

// Limits a reader enforces on an untrusted archive (.pod bundle or LocalStack state zip), so a hostile or
// damaged file cannot exhaust memory or disk. Tests lower them to exercise each rejection cheaply.
struct BundleLimits
{
    static constexpr qint64 MiB = 1024ll * 1024;
    static constexpr qint64 GiB = 1024ll * MiB;

    qint64 maxEntryBytes = 256 * MiB;   // one stored entry of a .pod (a compressed object)
    qint64 maxObjectBytes = 256 * MiB;  // one object once decompressed (compression bombs)
    qint64 maxFileBytes = 16 * GiB;     // one file of a LocalStack zip, uncompressed (streamed into chunks)
    qint64 maxTotalBytes = 64 * GiB;    // all entries together (stored bytes of a .pod, uncompressed of a zip)
    qint64 maxEntries = 10'000'000;
    qint64 maxManifestBytes = 64 * MiB; // manifest.json of a .pod, metadata.yaml of a zip
};

// Progress of a bundle or zip operation in bytes; return false to cancel (the operation then fails with
// Error::Code::Cancelled and leaves nothing behind). `total` is -1 when unknown.
using BundleProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace poddeck
