#pragma once

#include "bundle/BundleLimits.h"
#include "state/Version.h"
#include "util/Result.h"

#include <QList>
#include <QString>

class QIODevice;

namespace poddeck {

class ObjectStore;

// Writes a .pod bundle: a POSIX tar holding manifest.json, then every object the versions reach
// (version objects, trees, resources, chunks) as objects/ab/<62 hex>, exactly as stored (zstd). Objects are
// streamed one at a time in id order with fixed metadata, so the same versions give byte-identical bundles.
// The versions' own objects are authoritative: the manifest is built from them, not from the catalogue.
class BundleWriter
{
public:
    // Writes next to `path` and renames on success: a failed or cancelled export leaves no file.
    static Status write(const ObjectStore &store, const QString &podName, const QList<Version> &versions,
                        const QString &path, const BundleProgress &progress = {});
    static Status write(const ObjectStore &store, const QString &podName, const QList<Version> &versions,
                        QIODevice *out, const BundleProgress &progress = {});
};

} // namespace poddeck
