#pragma once

#include "state/ObjectId.h"
#include "state/Version.h"
#include "store/PodDescription.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace poddeck {

// pods/<name>.json on a remote: which versions the pod holds there (parents first) and its head (the
// version pushed last). Like a bundle manifest, the version entries are informative: pull trusts only
// the version objects it downloads and checks each entry against its object.
//   {"format":"poddeck-remote-pod","formatVersion":1,"pod":NAME,"head":<id>,
//    "versions":[<Version::toJson()>, ...],"packs":[<pack id>, ...],"updated":ISO,"updatedBy":AUTHOR}
// "packs" names the packs that hold the objects its versions reach (format 2; a pod whose objects are all
// loose, the layout before packs, is written as format 1 without it, so older PodDeck still reads it).
// Format 3: some of its trees are stored in parts (TreeObject.h), which PodDeck before format 3 cannot read;
// it then says "written by a newer PodDeck". Pods without such trees stay format 2.
// "pushes" lists, for the latest pushes, the packs each wrote: [{"head":<id>,"packs":[<pack id>, ...]}, ...],
// oldest first, at most MaxPushes. Those packs hold what the push's versions added, so a pull of them reads
// those packs ahead in a few parallel reads instead of walking the new trees one level (one round trip) at
// a time. Informative like the version entries: older PodDeck ignores it, and a pull without it walks.
// "description", "labels" and "described" (PodDescription) are written only when the pod has been described;
// older PodDeck ignores them and older files read as undescribed, so neither needs a new format.
struct RemotePod
{
    static constexpr int FormatVersion = 3; // the newest this build reads and writes
    static constexpr const char *Format = "poddeck-remote-pod";
    static constexpr qint64 MaxBytes = 64ll * 1024 * 1024;

    QString pod;
    ObjectId head;
    QList<Version> versions; // parents first; number = position on the remote (1..n)
    QString updatedBy;
    QStringList packs; // sorted, no duplicates
    bool treeParts = false; // some version's trees are stored in parts: written as format 3
    struct Push
    {
        ObjectId head;      // the version pushed
        QStringList packs;  // the packs that push wrote
    };
    static constexpr int MaxPushes = 64;
    QList<Push> pushes; // oldest first
    PodDescription description;

    // Records that a push of `head` wrote `written`, keeping the newest MaxPushes.
    void addPush(const ObjectId &head, const QStringList &written);

    QByteArray toBytes() const;
    static Result<RemotePod> parse(const QByteArray &bytes, const QString &label);

    bool contains(const ObjectId &id) const { return indexOf(id) >= 0; }
    qsizetype indexOf(const ObjectId &id) const;
};

// A small document read from a remote with the tag a conditional write must present to replace it
// (an S3 ETag, a folder generation). An empty tag on write means "create; fail if it exists".
struct RemoteDocument
{
    QByteArray bytes;
    QString tag;
};

} // namespace poddeck
