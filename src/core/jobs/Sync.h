#pragma once

#include "jobs/JobContext.h"
#include "jobs/VersionRef.h"
#include "state/Version.h"
#include "store/PodDescription.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>

namespace poddeck {

// Push and pull of pods to and from a remote (DESIGN.md, "Remote storage"). A pod keeps its name on the
// remote. Remote version numbers are positions in the remote's pods/<name>.json (1..n).

struct PushRequest
{
    QString home;
    VersionRef ref;  // the version to push with its ancestors; number 0: the pod's newest
    QString remote;  // empty: the only remote
};

struct PushReport
{
    QString pod;
    QString remote;
    Version head;               // what the remote's head is now
    bool upToDate = false;      // the remote already had it: nothing was sent
    int versionsPushed = 0;     // versions new to the remote
    int objectsConsidered = 0;  // objects the new versions reach that the remote's versions do not share
    int objectsPresent = 0;     // of those, already on the remote (an earlier, interrupted push)
    int objectsResent = 0;      // of those, in a leftover pack this push needs too little of to name (sent again)
    int objectsUploaded = 0;
    qint64 bytesUploaded = 0;   // stored (compressed) bytes
    int packsUploaded = 0;
    bool layoutUpgraded = false; // the remote held only loose objects; this push wrote its first packs
    bool descriptionPushed = false; // the pod's description and labels here were newer and replaced the remote's
};

// Uploads the objects the remote lacks (only what the new versions do not share with versions the remote
// has, and in no pack or loose file there yet) as new packs, a few at once, then updates the pod's file
// conditionally, naming the packs. The pod's description travels with it when it was edited here after the
// remote's (even when no version is new). If the remote's head is not an ancestor of
// what we push, nothing is changed on the remote's pod file and the error says to pull and merge (Conflict).
Result<PushReport> pushPod(const PushRequest &request, JobContext &context);

// How much one pull may download, like BundleLimits for a .pod file: a damaged or hostile remote cannot
// make a pull fill the disk. Stored (compressed) bytes and objects of this one pull; objects the store
// already holds do not count. The environment raises them for pods that really are this large.
struct PullLimits
{
    static constexpr const char *MaxBytesVariable = "PODDECK_PULL_MAX_BYTES";     // "200G", "500M", bytes
    static constexpr const char *MaxObjectsVariable = "PODDECK_PULL_MAX_OBJECTS"; // a count

    qint64 maxBytes = 64ll * 1024 * 1024 * 1024;
    qint64 maxObjects = 10'000'000;

    // The defaults, overridden by the variables above; InvalidArgument for a value that is not a size.
    static Result<PullLimits> fromEnvironment();
};

struct PullRequest
{
    QString home;
    QString pod;
    int number = 0;       // remote version number to pull with its ancestors; 0: every version
    QString remote;       // empty: the only remote
    bool clone = false;   // refuse if the pod exists here
};

struct PullReport
{
    QString pod;
    QString remote;
    ObjectId remoteHead;
    QList<Version> versions;  // the pulled versions as the catalogue holds them now
    int versionsAdded = 0;
    int objectsDownloaded = 0;
    qint64 bytesDownloaded = 0; // stored bytes read: loose objects and pack ranges (with the small gaps read between entries)
    int requests = 0;           // object and pack-range reads (index reads not counted)
    int objectsWalked = 0;      // objects whose references were followed (downloaded or already here)
    bool descriptionUpdated = false; // the remote's description and labels were newer and replaced this pod's
};

// Downloads the objects the store lacks, verifies every one against its hash, checks each version is
// complete, and only then adds the versions in one catalogue transaction. On any failure nothing is added.
// A pull that would pass PullLimits::fromEnvironment() stops with LimitExceeded. The remote's description of
// the pod replaces this catalogue's when it was edited later.
Result<PullReport> pullPod(const PullRequest &request, JobContext &context);

struct RemotePodInfo
{
    QString name;
    int versions = 0;
    Version head;           // from the pod file: the newest version (number = its position there), its size
    QString updatedBy;      // who pushed last
    QStringList services;   // union of its versions' services, sorted
    PodDescription description;
    bool local = false;     // this catalogue has a pod of that name
    int ahead = -1;         // local versions the remote lacks (-1: no local pod)
    int behind = -1;        // remote versions this catalogue lacks
};

// The pods of a remote; records what it saw as remote refs (for `list`'s ahead/behind).
Result<QList<RemotePodInfo>> listRemotePods(const QString &home, const QString &remote, JobContext &context);

} // namespace poddeck
