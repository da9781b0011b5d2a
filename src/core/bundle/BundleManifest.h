#pragma once

#include "state/ObjectId.h"
#include "state/Version.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace poddeck {

// manifest.json, the first entry of a .pod bundle:
//   {"format":"poddeck-bundle","formatVersion":1,"pod":NAME,"head":<id>,
//    "versions":[<Version::toJson()>, parents first],"objects":N,"bytes":<stored bytes of the objects>}
// The versions here are informative: a reader trusts only the version objects, and checks that each
// entry matches its object.
// formatVersion 2: its trees may be stored in parts (TreeObject.h). A bundle without such a tree is written
// as 1, so older PodDeck still reads it, and says "upgrade PodDeck" for the others.
struct BundleManifest
{
    static constexpr int FormatVersion = 2; // the newest this build reads and writes
    static constexpr const char *Format = "poddeck-bundle";

    int formatVersion = 1;
    QString pod;
    ObjectId head;
    QList<QJsonObject> versions; // Version::toJson() of each version, parents first
    qint64 objects = 0;
    qint64 bytes = 0;

    QByteArray toBytes() const;
    // Parses and checks the manifest; the error says what is wrong (without a file name prefix).
    static Result<BundleManifest> parse(const QByteArray &bytes);

    // The id of a manifest version entry.
    static ObjectId idOf(const QJsonObject &versionJson);
    // Whether a manifest entry says the same as the version object (ignoring catalogue-only fields).
    static bool matches(const QJsonObject &versionJson, const Version &object);
    // Orders versions so that every parent in the list comes before its children; otherwise keeps the order.
    static QList<Version> parentsFirst(const QList<Version> &versions);
};

} // namespace poddeck
