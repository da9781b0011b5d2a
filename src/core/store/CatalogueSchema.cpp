#include "store/CatalogueSchema.h"

#include "store/CatalogueSql.h"
#include "store/CatalogueTransaction.h"
#include "util/ErrorText.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QStringList>
#include <QThread>
#include <QUuid>

#include <iterator>

namespace poddeck {

using catalogue::change;
using catalogue::selectValue;

namespace {

// PRAGMA application_id: "PDkC", so `file` and other tools can tell a catalogue from any SQLite file.
constexpr qint64 ApplicationId = 0x50446B43;
constexpr int BusyTimeoutMs = 5000;

Status execAll(const QSqlDatabase &db, const QStringList &statements, const QString &what)
{
    for (const QString &sql : statements) {
        Result<int> r = change(db, sql, {}, what);
        if (!r)
            return r.error();
    }
    return {};
}

// Schema 1. Ids are lowercase hex; times are ISO 8601 UTC with milliseconds.
Status migrateTo1(const QSqlDatabase &db)
{
    return execAll(db, {
        // next_number: numbers of deleted versions are never handed out again.
        // Names are unique regardless of case, because remotes store pods/<name>.json on file
        // systems that may ignore case.
        QStringLiteral("CREATE TABLE pods ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " created TEXT NOT NULL,"
                       " next_number INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE versions ("
                       " pod_id INTEGER NOT NULL REFERENCES pods(id) ON DELETE CASCADE,"
                       " id TEXT NOT NULL,"
                       " number INTEGER NOT NULL,"
                       " root TEXT NOT NULL,"
                       " message TEXT NOT NULL DEFAULT '',"
                       " author TEXT NOT NULL DEFAULT '',"
                       " created TEXT NOT NULL DEFAULT '',"
                       " emulator_kind TEXT NOT NULL DEFAULT '',"
                       " emulator_version TEXT NOT NULL DEFAULT '',"
                       " services TEXT NOT NULL DEFAULT '[]'," // JSON array of strings, sorted
                       " resource_count INTEGER NOT NULL DEFAULT 0,"
                       " bytes INTEGER NOT NULL DEFAULT 0,"
                       " added TEXT NOT NULL," // when this catalogue learned of the version
                       " PRIMARY KEY (pod_id, id),"
                       " UNIQUE (pod_id, number))"),
        QStringLiteral("CREATE INDEX versions_by_id ON versions(id)"),
        // A parent may be missing from the pod (deleted): no foreign key on parent_id.
        QStringLiteral("CREATE TABLE version_parents ("
                       " pod_id INTEGER NOT NULL,"
                       " version_id TEXT NOT NULL,"
                       " ord INTEGER NOT NULL,"
                       " parent_id TEXT NOT NULL,"
                       " PRIMARY KEY (pod_id, version_id, ord),"
                       " FOREIGN KEY (pod_id, version_id) REFERENCES versions(pod_id, id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE INDEX version_parents_by_parent ON version_parents(pod_id, parent_id)"),
        QStringLiteral("CREATE TABLE refs ("
                       " pod_id INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " version_id TEXT NOT NULL,"
                       " updated TEXT NOT NULL,"
                       " PRIMARY KEY (pod_id, name),"
                       " FOREIGN KEY (pod_id, version_id) REFERENCES versions(pod_id, id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE INDEX refs_by_version ON refs(pod_id, version_id)"),
        QStringLiteral("CREATE TABLE instances ("
                       " endpoint TEXT PRIMARY KEY,"
                       " kind TEXT NOT NULL DEFAULT '',"
                       " last_seen TEXT NOT NULL)"),
        // One head per endpoint; it disappears with the version it names.
        QStringLiteral("CREATE TABLE instance_heads ("
                       " endpoint TEXT PRIMARY KEY REFERENCES instances(endpoint) ON DELETE CASCADE,"
                       " pod_id INTEGER NOT NULL,"
                       " version_id TEXT NOT NULL,"
                       " updated TEXT NOT NULL,"
                       " FOREIGN KEY (pod_id, version_id) REFERENCES versions(pod_id, id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE INDEX instance_heads_by_version ON instance_heads(pod_id, version_id)"),
        // options: JSON object; secrets never go here (they live in the OS keychain).
        QStringLiteral("CREATE TABLE remotes ("
                       " name TEXT PRIMARY KEY,"
                       " url TEXT NOT NULL,"
                       " options TEXT NOT NULL DEFAULT '{}',"
                       " added TEXT NOT NULL)"),
        // What we last saw on a remote, by the pod's name there.
        QStringLiteral("CREATE TABLE remote_refs ("
                       " remote TEXT NOT NULL REFERENCES remotes(name) ON DELETE CASCADE ON UPDATE CASCADE,"
                       " pod_name TEXT NOT NULL,"
                       " version_id TEXT NOT NULL,"
                       " updated TEXT NOT NULL,"
                       " PRIMARY KEY (remote, pod_name))"),
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
    }, ErrorText::tr("creating the catalogue tables"));
}

// Schema 2: an instance head belongs to one life of the emulator (DESIGN.md "Instance head"), and an
// inject that failed half-way marks the instance as modified instead of leaving the old head standing.
// life: the emulator's boot id or session ('' when the emulator has none); modified: 1 after a failed
// apply or any change PodDeck knows of that no version records; note: why, for the user.
Status migrateTo2(const QSqlDatabase &db)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE instance_heads ADD COLUMN life TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE instance_heads ADD COLUMN modified INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE instance_heads ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
    }, ErrorText::tr("adding the life and state of instance heads"));
}

// Schema 3: a pod's description and labels (PodDescription), for a registry of pods on a remote.
// labels: JSON array of strings, sorted; described: when they were last edited ('' = never), so a pull
// can tell whether the remote's copy is newer.
Status migrateTo3(const QSqlDatabase &db)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE pods ADD COLUMN description TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE pods ADD COLUMN labels TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("ALTER TABLE pods ADD COLUMN described TEXT NOT NULL DEFAULT ''"),
    }, ErrorText::tr("adding the description and labels of pods"));
}

// Schema 4: a summary row per pod (how many versions, the newest number and time, the union of their
// services), kept by triggers on versions, so listing pods costs what the pods are, not every version of
// every pod. An insert updates the row in place; a delete or change recomputes that one pod's row.
QString summaryOf(const QString &podId)
{
    return QStringLiteral("UPDATE pod_summary SET"
                          " n = (SELECT count(*) FROM versions WHERE pod_id = %1),"
                          " last = (SELECT max(created) FROM versions WHERE pod_id = %1),"
                          " newest = (SELECT max(number) FROM versions WHERE pod_id = %1),"
                          " services = (SELECT coalesce(json_group_array(value), '[]') FROM (SELECT DISTINCT j.value"
                          "             FROM versions v, json_each(v.services) j WHERE v.pod_id = %1 ORDER BY j.value))"
                          " WHERE pod_id = %1;")
        .arg(podId);
}

Status migrateTo4(const QSqlDatabase &db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE pod_summary ("
                       " pod_id INTEGER PRIMARY KEY," // pods(id); removed with the pod by a trigger
                       " n INTEGER NOT NULL DEFAULT 0,"
                       " last TEXT,"                  // newest `created` of its versions
                       " newest INTEGER,"             // highest version number
                       " services TEXT NOT NULL DEFAULT '[]')"), // JSON array, sorted, distinct
        QStringLiteral("CREATE TRIGGER pod_summary_version_added AFTER INSERT ON versions BEGIN"
                       " INSERT OR IGNORE INTO pod_summary(pod_id) VALUES (NEW.pod_id);"
                       " UPDATE pod_summary SET n = n + 1,"
                       "  last = CASE WHEN last IS NULL OR NEW.created > last THEN NEW.created ELSE last END,"
                       "  newest = CASE WHEN newest IS NULL OR NEW.number > newest THEN NEW.number ELSE newest END,"
                       "  services = (SELECT coalesce(json_group_array(value), '[]') FROM (SELECT value FROM json_each(services)"
                       "              UNION SELECT value FROM json_each(NEW.services) ORDER BY 1))"
                       " WHERE pod_id = NEW.pod_id;"
                       " END"),
        QStringLiteral("CREATE TRIGGER pod_summary_version_removed AFTER DELETE ON versions BEGIN %1 END")
            .arg(summaryOf(QStringLiteral("OLD.pod_id"))),
        QStringLiteral("CREATE TRIGGER pod_summary_version_changed AFTER UPDATE OF pod_id, number, created, services ON versions"
                       " BEGIN INSERT OR IGNORE INTO pod_summary(pod_id) VALUES (NEW.pod_id); %1 %2 END")
            .arg(summaryOf(QStringLiteral("OLD.pod_id")), summaryOf(QStringLiteral("NEW.pod_id"))),
        QStringLiteral("CREATE TRIGGER pod_summary_pod_removed AFTER DELETE ON pods BEGIN"
                       " DELETE FROM pod_summary WHERE pod_id = OLD.id; END"),
        QStringLiteral("INSERT INTO pod_summary(pod_id) SELECT DISTINCT pod_id FROM versions"),
        summaryOf(QStringLiteral("pod_summary.pod_id")),
    }, ErrorText::tr("adding the pod summaries"));
}

// migrations[n] takes a catalogue from schema n to n+1. Append only; never edit a shipped step.
using Migration = Status (*)(const QSqlDatabase &);
const Migration migrations[] = {
    &migrateTo1,
    &migrateTo2,
    &migrateTo3,
    &migrateTo4,
};

Result<int> userVersion(const QSqlDatabase &db)
{
    Result<QVariant> v = selectValue(db, QStringLiteral("PRAGMA user_version"), {},
                                     ErrorText::tr("reading the catalogue schema version"));
    if (!v)
        return v.error();
    return v->toInt();
}

Error newerSchema(const QSqlDatabase &db, int version)
{
    return Error(Error::Code::Unsupported,
                 ErrorText::tr("%1 was written by a newer PodDeck (schema %2, this build knows up to %3); "
                                "upgrade PodDeck or use another --home")
                     .arg(db.databaseName())
                     .arg(version)
                     .arg(CatalogueSchema::latestVersion()));
}

Status checkHeader(const QSqlDatabase &db)
{
    // One snapshot: another process may be creating the tables right now.
    CatalogueTransaction tx(db, CatalogueTransaction::Mode::Read);
    if (Status s = tx.begin(ErrorText::tr("reading the catalogue header")); !s)
        return s;
    Result<QVariant> appId = selectValue(db, QStringLiteral("PRAGMA application_id"), {},
                                         ErrorText::tr("reading the catalogue header"));
    if (!appId)
        return appId.error();
    if (appId->toLongLong() != 0 && appId->toLongLong() != ApplicationId)
        return Error(Error::Code::Corrupt,
                     ErrorText::tr("%1 is an SQLite database of another application, not a PodDeck "
                                    "catalogue; move it away or use another --home")
                         .arg(db.databaseName()));
    Result<int> version = userVersion(db);
    if (!version)
        return version.error();
    if (*version > CatalogueSchema::latestVersion())
        return newerSchema(db, *version);
    if (*version == 0) {
        // Schema 0 is an empty file, which we create; a database with tables of its own is not ours.
        Result<QVariant> tables = selectValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), {},
                                              ErrorText::tr("reading the catalogue tables"));
        if (!tables)
            return tables.error();
        if (tables->toInt() > 0)
            return Error(Error::Code::Corrupt,
                         ErrorText::tr("%1 is an SQLite database but not a PodDeck catalogue; "
                                        "move it away or use another --home")
                             .arg(db.databaseName()));
    }
    return {};
}

// Switching a file to WAL needs it to itself for a moment. When another connection opens the same new
// file at that moment SQLite says "database is locked" at once instead of waiting on the busy timeout,
// so wait here. (Once the file is in WAL mode this is a no-op that takes no lock.)
Status enableWal(const QSqlDatabase &db)
{
    const QDeadlineTimer deadline(BusyTimeoutMs);
    for (;;) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return {};
        const QString code = query.lastError().nativeErrorCode();
        const bool busy = code == QLatin1String("5") || code == QLatin1String("6"); // SQLITE_BUSY, _LOCKED
        if (!busy || deadline.hasExpired())
            return catalogue::sqlError(db, query.lastError(), ErrorText::tr("switching the catalogue to WAL"));
        QThread::msleep(QRandomGenerator::global()->bounded(2, 20));
    }
}

} // namespace

int CatalogueSchema::latestVersion()
{
    return int(std::size(migrations));
}

Status CatalogueSchema::checkFile(const QString &path)
{
    const QString connection =
        QStringLiteral("poddeck-catalogue-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open())
            status = catalogue::sqlError(db, db.lastError(), ErrorText::tr("opening the catalogue"));
        else
            status = checkHeader(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!status.ok() && status.error().code == Error::Code::Corrupt
        && !status.error().message.contains(
            ErrorText::tr("PodDeck catalogue", "the name the catalogue's own messages use; translate it as there")))
        return Error(Error::Code::Corrupt,
                     ErrorText::tr("%1 is not a PodDeck catalogue (%2); move it away or use another --home")
                         .arg(path, status.error().message));
    return status;
}

Status CatalogueSchema::prepare(const QSqlDatabase &db)
{
    // None of these may run inside a transaction; journal_mode=WAL is persistent, the rest per connection.
    // synchronous=FULL: a commit is on disk when COMMIT returns, so a version we reported is never lost.
    Status s = execAll(db, {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
    }, ErrorText::tr("configuring the catalogue connection"));
    if (!s)
        return s;
    if (Status wal = enableWal(db); !wal)
        return wal;

    Result<int> current = userVersion(db);
    if (!current)
        return current.error();
    while (*current != latestVersion()) {
        if (*current > latestVersion())
            return newerSchema(db, *current);
        // Another process may be migrating the same file: take the write lock, then look again.
        CatalogueTransaction tx(db, CatalogueTransaction::Mode::Write);
        if (Status b = tx.begin(ErrorText::tr("upgrading the catalogue schema")); !b)
            return b;
        current = userVersion(db);
        if (!current)
            return current.error();
        if (*current > latestVersion())
            return newerSchema(db, *current);
        if (*current < latestVersion()) {
            if (Status m = migrations[*current](db); !m)
                return m;
            Result<int> v = change(db, QStringLiteral("PRAGMA user_version = %1").arg(*current + 1), {},
                                   ErrorText::tr("recording the catalogue schema version"));
            if (!v)
                return v.error();
            current = *current + 1;
        }
        if (Status c = tx.commit(); !c)
            return c;
    }
    return {};
}

} // namespace poddeck
