#pragma once

#include "state/ObjectId.h"
#include "state/Version.h"
#include "store/PodInfo.h"
#include "store/RemoteInfo.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace poddeck {

// The version an instance was last committed to or injected from (see DESIGN.md, "Instance head").
struct InstanceHead
{
    QString endpoint;
    QString pod;
    ObjectId version;
    int number = 0;
    QDateTime updated;
    QString life;          // boot id / session of the emulator the head was recorded in; '' = unknown
    bool modified = false; // an inject failed half-way (or similar): the instance no longer equals the head
    QString note;          // why it is modified, for the user
};

// The catalogue of a PodDeck home: pods, their versions, refs, instance heads, remotes and settings, in
// one SQLite database (`<home>/catalogue.db`, WAL, schema migrations by PRAGMA user_version).
//
// Threads: an instance owns one connection and must be used (and destroyed) by the thread that opened
// it; another thread opens its own instance. Several instances and processes may share a home: writers
// wait for each other up to a busy timeout of 5 s.
//
// Identity is the content id (Version::id); the same id may be in several pods. Per-pod numbers 1..n
// are assigned in the order this catalogue learns of versions and are never reused after a deletion.
// A pod lives until deletePod(): deleting its last version leaves it empty.
class Catalogue
{
public:
    static constexpr const char *FileName = "catalogue.db";

    // Creates `homeDir` and the database if missing, upgrades an older schema. Refuses, without writing
    // to it, a file of a newer schema (Unsupported) or one that is not a catalogue (Corrupt).
    static Result<std::unique_ptr<Catalogue>> open(const QString &homeDir);
    ~Catalogue();
    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;

    QString path() const { return m_path; }
    static int latestSchemaVersion();

    // 1..100 characters of [A-Za-z0-9._-], not starting with '.' or '-'. Unique regardless of case.
    static Status validatePodName(const QString &name);
    // Lowercase scheme and host, no trailing slash: "HTTP://LocalHost:4566/" -> "http://localhost:4566".
    static QString normalizeEndpoint(const QString &endpoint);

    // Pods, ordered by name. Lookups by name ignore case.
    Result<QList<PodInfo>> pods();
    Result<PodInfo> pod(const QString &name);
    bool hasPod(const QString &name);
    Status createPod(const QString &name); // Conflict when it exists
    Status renamePod(const QString &from, const QString &to);
    Status deletePod(const QString &name); // with its versions, refs and the instance heads naming them
    // Replaces the pod's description and labels after PodDescription's checks (InvalidArgument); an invalid
    // `edited` means now. NotFound when there is no such pod.
    Status describePod(const QString &name, const PodDescription &description);

    // Versions come with pod, number and parents filled in.
    Result<QList<Version>> versions(const QString &pod); // ordered by number
    Result<Version> version(const QString &pod, int number); // number <= 0: the newest
    Result<Version> versionById(const QString &pod, const ObjectId &id);
    Result<QList<Version>> allVersions(); // by pod name, then number
    // In one transaction: creates the pod if needed, skips versions the pod already has, numbers the
    // others in list order (pass parents first). Returns how many were added.
    Result<int> addVersions(const QString &pod, const QList<Version> &versions);
    // Children keep the deleted version's id among their parents; refs and heads naming it go.
    Status deleteVersion(const QString &pod, int number);
    // Every version id and root tree id in every pod: where gc and fsck start.
    Result<QSet<ObjectId>> reachableRoots();

    // Named refs of a pod (e.g. "head").
    Status setRef(const QString &pod, const QString &name, const ObjectId &version);
    Result<ObjectId> ref(const QString &pod, const QString &name);

    // Instances, by normalized endpoint.
    Status recordInstance(const QString &endpoint, const QString &kind);
    // Records the head (clearing any modified mark); `life` binds it to one life of the emulator.
    Status setInstanceHead(const QString &endpoint, const QString &pod, const ObjectId &version,
                           const QString &life = QString());
    // Keeps the head (the base of later merges) but says the instance no longer equals it, and why.
    Status markInstanceModified(const QString &endpoint, const QString &note);
    Result<InstanceHead> instanceHead(const QString &endpoint); // NotFound when none
    Status clearInstanceHead(const QString &endpoint);

    Result<QString> setting(const QString &key, const QString &fallback = {});
    Status setSetting(const QString &key, const QString &value);
    Status removeSetting(const QString &key);

    Status addRemote(const QString &name, const QString &url, const QJsonObject &options = {});
    Status removeRemote(const QString &name);
    Result<QList<RemoteInfo>> remotes();
    Result<RemoteInfo> remote(const QString &name);
    // What a remote was last seen to hold for a pod (by the pod's name on the remote).
    Status setRemoteRef(const QString &remote, const QString &podName, const ObjectId &version);
    Result<ObjectId> remoteRef(const QString &remote, const QString &podName);
    // Every remote ref in one query: pod name -> (remote, version) in remote-name order.
    Result<QHash<QString, QList<QPair<QString, ObjectId>>>> allRemoteRefs();

private:
    explicit Catalogue(const QString &path);
    Status connect();
    Result<qint64> podId(const QString &name);
    Result<QList<PodInfo>> loadPods(const QString &where, const QVariantList &values, const QString &what);
    Result<QList<Version>> loadVersions(const QString &where, const QVariantList &values,
                                        const QString &what);
    Error noSuchNumber(qint64 podId, const QString &pod, int number);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace poddeck
