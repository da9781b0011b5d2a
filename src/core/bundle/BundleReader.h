#pragma once

#include "bundle/BundleLimits.h"
#include "state/ObjectId.h"
#include "state/Version.h"
#include "util/Result.h"

#include <QList>
#include <QString>

class QIODevice;

namespace poddeck {

class ObjectStore;

// What a .pod bundle held, once every object in it has been verified.
struct BundleContents
{
    QString pod;
    QList<Version> versions; // parents first; ids are hashes of their objects; pod set, number 0
    ObjectId head;
    qint64 objects = 0;    // object entries in the bundle
    qint64 bytes = 0;      // their stored (compressed) bytes
    qint64 newObjects = 0; // of those, how many the store did not hold before
};

// Imports a .pod bundle into the store. Every object is decompressed (within the limits) and hashed against
// its name; then every object each version reaches must be present, and each manifest entry must match its
// version object. Objects go into the store as pending (unflushed) objects: nothing becomes visible here —
// the caller flushes the store and adds the versions to the catalogue. Importing twice is harmless.
// Errors say what is wrong with the file, prefixed with its name.
class BundleReader
{
public:
    static Result<BundleContents> import(ObjectStore &store, const QString &path, const BundleLimits &limits = {},
                                         const BundleProgress &progress = {});
    // `label` names the source in messages (a file name, a URL).
    static Result<BundleContents> import(ObjectStore &store, QIODevice *in, const QString &label,
                                         const BundleLimits &limits = {}, const BundleProgress &progress = {});
};

} // namespace poddeck
