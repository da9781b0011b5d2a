#include "store/Catalogue.h"

#include "store/CatalogueSchema.h"
#include "store/CatalogueSql.h"
#include "store/CatalogueTransaction.h"
#include "store/NameRules.h"
#include "util/ErrorText.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace poddeck {

using catalogue::change;
using catalogue::select;
using catalogue::selectValue;
using catalogue::text;
using Mode = CatalogueTransaction::Mode;

namespace {

const QString VersionColumns = QStringLiteral(
    "p.name, v.pod_id, v.id, v.number, v.root, v.message, v.author, v.created, v.emulator_kind,"
    " v.emulator_version, v.services, v.resource_count, v.bytes");

QString stringsToText(const QStringList &services)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(services)).toJson(QJsonDocument::Compact));
}

QStringList stringsFromText(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

QString noPodMessage(const QString &name)
{
    return ErrorText::tr("no pod named '%1' (see `poddeck-cli list`)").arg(name);
}

// "1..3, 5, 8..9": the numbers a pod has, for "no such version" messages.
QString describeNumbers(const QList<int> &numbers)
{
    QStringList ranges;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
            ++j;
        ranges.append(i == j ? QString::number(numbers[i])
                             : QStringLiteral("%1..%2").arg(numbers[i]).arg(numbers[j]));
        i = j + 1;
    }
    if (ranges.size() > 6)
        ranges = ranges.mid(0, 3) + QStringList{QStringLiteral("...")} + ranges.mid(ranges.size() - 2);
    return ranges.join(QStringLiteral(", "));
}

} // namespace

Catalogue::Catalogue(const QString &path)
    : m_path(path), m_connectionName(QStringLiteral("poddeck-catalogue-") +
                                     QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Catalogue::~Catalogue()
{
    if (m_db.isValid())
        m_db.close();
    // The driver refuses to drop a connection while a QSqlDatabase handle to it is alive.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Catalogue>> Catalogue::open(const QString &homeDir)
{
    if (homeDir.isEmpty())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("no PodDeck home directory given"));
    if (!QDir().mkpath(homeDir))
        return Error(Error::Code::Io, ErrorText::tr("cannot create the PodDeck home %1").arg(homeDir));
    const QString path = QDir(homeDir).absoluteFilePath(QString::fromLatin1(FileName));
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return Error(Error::Code::Io, ErrorText::tr("%1 is not a file").arg(path));
        if (Status s = CatalogueSchema::checkFile(path); !s)
            return s.error();
    }
    std::unique_ptr<Catalogue> catalogue(new Catalogue(path));
    if (Status s = catalogue->connect(); !s)
        return s.error();
    return Result<std::unique_ptr<Catalogue>>(std::move(catalogue));
}

Status Catalogue::connect()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        return Error(Error::Code::Database,
                     ErrorText::tr("the Qt SQLite driver (QSQLITE) is not available; reinstall PodDeck"));
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return catalogue::sqlError(m_db, m_db.lastError(), ErrorText::tr("opening the catalogue"));
    return CatalogueSchema::prepare(m_db);
}

int Catalogue::latestSchemaVersion()
{
    return CatalogueSchema::latestVersion();
}

namespace {

Status validateName(const QString &name, bool remote)
{
    if (name.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     remote ? ErrorText::tr("a remote name cannot be empty") : ErrorText::tr("a pod name cannot be empty"));
    if (name.size() > 100)
        return Error(Error::Code::InvalidArgument,
                     (remote ? ErrorText::tr("remote name '%1...' is too long (%2 characters; at most 100)")
                             : ErrorText::tr("pod name '%1...' is too long (%2 characters; at most 100)"))
                         .arg(name.left(20))
                         .arg(name.size()));
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.'
                        || u == '_' || u == '-';
        if (!ok)
            return Error(Error::Code::InvalidArgument,
                         (remote ? ErrorText::tr("remote name '%1' contains '%2'; use letters, digits, '.', '_' and '-'")
                                 : ErrorText::tr("pod name '%1' contains '%2'; use letters, digits, '.', '_' and '-'"))
                             .arg(name, c));
    }
    if (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        return Error(Error::Code::InvalidArgument,
                     (remote ? ErrorText::tr("remote name '%1' cannot start with '.' or '-'")
                             : ErrorText::tr("pod name '%1' cannot start with '.' or '-'"))
                         .arg(name));
    return {};
}

} // namespace

Status Catalogue::validatePodName(const QString &name)
{
    return validateName(name, false);
}

Status validateRemoteName(const QString &name)
{
    return validateName(name, true);
}

QString Catalogue::normalizeEndpoint(const QString &endpoint)
{
    const QString trimmed = endpoint.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return trimmed;
    QUrl normal = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (normal.path() == QLatin1String("/")) // StripTrailingSlash keeps a lone "/"
        normal.setPath(QString());
    return normal.toString();
}

// ---- pods ----

Result<qint64> Catalogue::podId(const QString &name)
{
    Result<QVariant> id = selectValue(m_db, QStringLiteral("SELECT id FROM pods WHERE name = ?"), {name},
                                      ErrorText::tr("looking up pod '%1'").arg(name));
    if (!id)
        return id.error();
    if (!id->isValid())
        return Error(Error::Code::NotFound, noPodMessage(name));
    return id->toLongLong();
}

Result<QList<PodInfo>> Catalogue::loadPods(const QString &where, const QVariantList &values,
                                           const QString &what)
{
    Result<QSqlQuery> q = select(
        m_db,
        // pod_summary (schema 4) holds the per-pod aggregates, kept by triggers: no scan of all versions.
        QStringLiteral("SELECT p.id, p.name, p.created, s.n, s.last, top.id, top.bytes, p.description, p.labels,"
                       " p.described, s.services FROM pods p"
                       " LEFT JOIN pod_summary s ON s.pod_id = p.id"
                       " LEFT JOIN versions top ON top.pod_id = p.id AND top.number = s.newest"
                       " WHERE %1 ORDER BY p.name")
            .arg(where),
        values, what);
    if (!q)
        return q.error();
    QList<PodInfo> pods;
    while (q->next()) {
        PodInfo info;
        info.name = q->value(1).toString();
        info.created = catalogue::fromIso(q->value(2).toString());
        info.versionCount = q->value(3).toInt();
        const QString last = q->value(4).toString();
        info.lastChange = last.isEmpty() ? info.created : catalogue::fromIso(last);
        info.newest = ObjectId::fromHex(q->value(5).toString());
        info.bytes = q->value(6).toLongLong();
        info.description.text = q->value(7).toString();
        info.description.labels = stringsFromText(q->value(8).toString());
        const QString described = q->value(9).toString();
        if (!described.isEmpty())
            info.description.edited = catalogue::fromIso(described);
        info.services = stringsFromText(q->value(10).toString());
        std::sort(info.services.begin(), info.services.end());
        pods.append(info);
    }
    if (q->lastError().isValid())
        return catalogue::sqlError(m_db, q->lastError(), what);
    return pods;
}

Result<QList<PodInfo>> Catalogue::pods()
{
    CatalogueTransaction tx(m_db, Mode::Read);
    if (Status s = tx.begin(ErrorText::tr("listing pods")); !s)
        return s.error();
    return loadPods(QStringLiteral("1"), {}, ErrorText::tr("listing pods"));
}

Result<PodInfo> Catalogue::pod(const QString &name)
{
    const QString what = ErrorText::tr("reading pod '%1'").arg(name);
    CatalogueTransaction tx(m_db, Mode::Read);
    if (Status s = tx.begin(what); !s)
        return s.error();
    Result<QList<PodInfo>> list = loadPods(QStringLiteral("p.name = ?"), {name}, what);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(Error::Code::NotFound, noPodMessage(name));
    return list->first();
}

bool Catalogue::hasPod(const QString &name)
{
    return podId(name).ok();
}

Status Catalogue::createPod(const QString &name)
{
    if (Status s = validatePodName(name); !s)
        return s;
    Result<int> rows = change(m_db,
                              QStringLiteral("INSERT INTO pods(name, created) VALUES(?, ?)"
                                             " ON CONFLICT(name) DO NOTHING"),
                              {name, catalogue::isoNow()}, ErrorText::tr("creating pod '%1'").arg(name));
    if (!rows)
        return rows.error();
    if (*rows == 0)
        return Error(Error::Code::Conflict, ErrorText::tr("a pod named '%1' already exists").arg(name));
    return {};
}

Status Catalogue::renamePod(const QString &from, const QString &to)
{
    if (Status s = validatePodName(to); !s)
        return s;
    const QString what = ErrorText::tr("renaming pod '%1' to '%2'").arg(from, to);
    CatalogueTransaction tx(m_db, Mode::Write);
    if (Status s = tx.begin(what); !s)
        return s;
    Result<qint64> id = podId(from);
    if (!id)
        return id.error();
    // A case-only rename ("demo" -> "Demo") finds the pod itself here, which is fine.
    Result<QVariant> other =
        selectValue(m_db, QStringLiteral("SELECT id FROM pods WHERE name = ?"), {to}, what);
    if (!other)
        return other.error();
    if (other->isValid() && other->toLongLong() != *id)
        return Error(Error::Code::Conflict, ErrorText::tr("a pod named '%1' already exists").arg(to));
    Result<int> rows = change(m_db, QStringLiteral("UPDATE pods SET name = ? WHERE id = ?"), {to, *id}, what);
    if (!rows)
        return rows.error();
    return tx.commit();
}

Status Catalogue::deletePod(const QString &name)
{
    Result<int> rows = change(m_db, QStringLiteral("DELETE FROM pods WHERE name = ?"), {name},
                              ErrorText::tr("deleting pod '%1'").arg(name));
    if (!rows)
        return rows.error();
    if (*rows == 0)
        return Error(Error::Code::NotFound, noPodMessage(name));
    return {};
}

Status Catalogue::describePod(const QString &name, const PodDescription &description)
{
    Result<QString> text = PodDescription::checkText(description.text);
    if (!text)
        return text.error();
    Result<QStringList> labels = PodDescription::checkLabels(description.labels);
    if (!labels)
        return labels.error();
    const QString edited = description.edited.isValid() ? catalogue::isoUtc(description.edited) : catalogue::isoNow();
    Result<int> rows = change(m_db, QStringLiteral("UPDATE pods SET description = ?, labels = ?, described = ? WHERE name = ?"),
                              {*text, stringsToText(*labels), edited, name},
                              ErrorText::tr("describing pod '%1'").arg(name));
    if (!rows)
        return rows.error();
    if (*rows == 0)
        return Error(Error::Code::NotFound, noPodMessage(name));
    return {};
}

// ---- versions ----

Result<QList<Version>> Catalogue::loadVersions(const QString &where, const QVariantList &values,
                                               const QString &what)
{
    Result<QSqlQuery> q = select(m_db,
                                 QStringLiteral("SELECT %1 FROM versions v JOIN pods p ON p.id = v.pod_id"
                                                " WHERE %2 ORDER BY p.name, v.number")
                                     .arg(VersionColumns, where),
                                 values, what);
    if (!q)
        return q.error();
    QList<Version> out;
    QHash<QPair<qint64, QString>, qsizetype> index;
    while (q->next()) {
        Version v;
        v.pod = q->value(0).toString();
        const QString id = q->value(2).toString();
        v.id = ObjectId::fromHex(id);
        v.number = q->value(3).toInt();
        v.root = ObjectId::fromHex(q->value(4).toString());
        v.message = q->value(5).toString();
        v.author = q->value(6).toString();
        v.created = catalogue::fromIso(q->value(7).toString());
        v.emulatorKind = q->value(8).toString();
        v.emulatorVersion = q->value(9).toString();
        v.services = stringsFromText(q->value(10).toString());
        v.resourceCount = q->value(11).toLongLong();
        v.bytes = q->value(12).toLongLong();
        index.insert({q->value(1).toLongLong(), id}, out.size());
        out.append(v);
    }
    if (q->lastError().isValid())
        return catalogue::sqlError(m_db, q->lastError(), what);
    if (out.isEmpty())
        return out;

    Result<QSqlQuery> parents = select(
        m_db,
        QStringLiteral("SELECT vp.pod_id, vp.version_id, vp.parent_id FROM version_parents vp"
                       " JOIN versions v ON v.pod_id = vp.pod_id AND v.id = vp.version_id"
                       " JOIN pods p ON p.id = v.pod_id WHERE %1 ORDER BY vp.pod_id, vp.version_id, vp.ord")
            .arg(where),
        values, what);
    if (!parents)
        return parents.error();
    while (parents->next()) {
        const auto i = index.constFind({parents->value(0).toLongLong(), parents->value(1).toString()});
        if (i != index.constEnd())
            out[*i].parents.append(ObjectId::fromHex(parents->value(2).toString()));
    }
    if (parents->lastError().isValid())
        return catalogue::sqlError(m_db, parents->lastError(), what);
    return out;
}

Error Catalogue::noSuchNumber(qint64 podId, const QString &pod, int number)
{
    QList<int> numbers;
    if (Result<QSqlQuery> q =
            select(m_db, QStringLiteral("SELECT number FROM versions WHERE pod_id = ? ORDER BY number"),
                   {podId}, ErrorText::tr("listing the versions of pod '%1'").arg(pod));
        q) {
        while (q->next())
            numbers.append(q->value(0).toInt());
    }
    if (numbers.isEmpty())
        return Error(Error::Code::NotFound, ErrorText::tr("pod '%1' has no versions yet").arg(pod));
    return Error(Error::Code::NotFound, ErrorText::tr("pod '%1' has no version %2 (it has %3)")
                                            .arg(pod)
                                            .arg(number)
                                            .arg(describeNumbers(numbers)));
}

Result<QList<Version>> Catalogue::versions(const QString &pod)
{
    const QString what = ErrorText::tr("reading the versions of pod '%1'").arg(pod);
    CatalogueTransaction tx(m_db, Mode::Read);
    if (Status s = tx.begin(what); !s)
        return s.error();
    Result<qint64> id = podId(pod);
    if (!id)
        return id.error();
    return loadVersions(QStringLiteral("v.pod_id = ?"), {*id}, what);
}

Result<Version> Catalogue::version(const QString &pod, int number)
{
    const QString what = ErrorText::tr("reading version %1 of pod '%2'").arg(number).arg(pod);
    CatalogueTransaction tx(m_db, Mode::Read);
    if (Status s = tx.begin(what); !s)
        return s.error();
    Result<qint64> id = podId(pod);
    if (!id)
        return id.error();
    Result<QList<Version>> list =
        number <= 0 ? loadVersions(QStringLiteral("v.pod_id = ? AND v.number ="
                                                  " (SELECT max(number) FROM versions WHERE pod_id = ?)"),
                                   {*id, *id}, what)
                    : loadVersions(QStringLiteral("v.pod_id = ? AND v.number = ?"), {*id, number}, what);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return noSuchNumber(*id, pod, number);
    return list->first();
}

Result<Version> Catalogue::versionById(const QString &pod, const ObjectId &versionId)
{
    const QString what = ErrorText::tr("reading version %1 of pod '%2'").arg(versionId.shortHex(), pod);
    CatalogueTransaction tx(m_db, Mode::Read);
    if (Status s = tx.begin(what); !s)
        return s.error();
    Result<qint64> id = podId(pod);
    if (!id)
        return id.error();
    Result<QList<Version>> list =
        loadVersions(QStringLiteral("v.pod_id = ? AND v.id = ?"), {*id, versionId.toHex()}, what);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(Error::Code::NotFound,
                     ErrorText::tr("pod '%1' has no version %2").arg(pod, versionId.shortHex()));
    return list->first();
}

Result<QList<Version>> Catalogue::allVersions()
{
    const QString what = ErrorText::tr("reading all versions");
    CatalogueTransaction tx(m_db, Mode::Read);
    if (Status s = tx.begin(what); !s)
        return s.error();
    return loadVersions(QStringLiteral("1"), {}, what);
}

Result<int> Catalogue::addVersions(const QString &pod, const QList<Version> &versions)
{
    if (Status s = validatePodName(pod); !s)
        return s.error();
    for (const Version &v : versions) {
        if (v.id.isNull() || v.root.isNull())
            return Error(
                Error::Code::InvalidArgument,
                ErrorText::tr("cannot add a version without an id or root tree to pod '%1'").arg(pod));
    }
    const QString what = ErrorText::tr("adding versions to pod '%1'").arg(pod);
    const QString now = catalogue::isoNow();
    CatalogueTransaction tx(m_db, Mode::Write);
    if (Status s = tx.begin(what); !s)
        return s.error();
    Result<int> created = change(
        m_db, QStringLiteral("INSERT INTO pods(name, created) VALUES(?, ?) ON CONFLICT(name) DO NOTHING"),
        {pod, now}, what);
    if (!created)
        return created.error();
    qint64 podId = 0;
    qint64 next = 1;
    {
        Result<QSqlQuery> q = select(m_db, QStringLiteral("SELECT id, next_number FROM pods WHERE name = ?"),
                                     {pod}, what);
        if (!q)
            return q.error();
        if (!q->next())
            return catalogue::sqlError(m_db, q->lastError(), what);
        podId = q->value(0).toLongLong();
        next = q->value(1).toLongLong();
    }

    Result<QSqlQuery> insertVersion = catalogue::prepare(
        m_db,
        QStringLiteral(
            "INSERT INTO versions(pod_id, id, number, root, message, author, created, emulator_kind,"
            " emulator_version, services, resource_count, bytes, added)"
            " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(pod_id, id) DO NOTHING"),
        what);
    if (!insertVersion)
        return insertVersion.error();
    Result<QSqlQuery> insertParent = catalogue::prepare(
        m_db,
        QStringLiteral("INSERT INTO version_parents(pod_id, version_id, ord, parent_id) VALUES(?, ?, ?, ?)"),
        what);
    if (!insertParent)
        return insertParent.error();

    int added = 0;
    for (const Version &v : versions) {
        const QString id = v.id.toHex();
        Result<int> rows =
            change(m_db, *insertVersion,
                   {podId, id, next, v.root.toHex(), text(v.message), text(v.author),
                    catalogue::isoUtc(v.created), text(v.emulatorKind), text(v.emulatorVersion),
                    stringsToText(v.services), v.resourceCount, v.bytes, now},
                   what);
        if (!rows)
            return rows.error();
        if (*rows == 0)
            continue; // the pod has it already
        for (int i = 0; i < v.parents.size(); ++i) {
            Result<int> p = change(m_db, *insertParent, {podId, id, i, v.parents[i].toHex()}, what);
            if (!p)
                return p.error();
        }
        ++next;
        ++added;
    }
    Result<int> counter =
        change(m_db, QStringLiteral("UPDATE pods SET next_number = ? WHERE id = ?"), {next, podId}, what);
    if (!counter)
        return counter.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return added;
}

Status Catalogue::deleteVersion(const QString &pod, int number)
{
    if (number <= 0)
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("version numbers start at 1 (asked to delete %1 of pod '%2')")
                         .arg(number)
                         .arg(pod));
    const QString what = ErrorText::tr("deleting version %1 of pod '%2'").arg(number).arg(pod);
    CatalogueTransaction tx(m_db, Mode::Write);
    if (Status s = tx.begin(what); !s)
        return s;
    Result<qint64> id = podId(pod);
    if (!id)
        return id.error();
    Result<int> rows = change(m_db, QStringLiteral("DELETE FROM versions WHERE pod_id = ? AND number = ?"),
                              {*id, number}, what);
    if (!rows)
        return rows.error();
    if (*rows == 0)
        return noSuchNumber(*id, pod, number);
    return tx.commit();
}

Result<QSet<ObjectId>> Catalogue::reachableRoots()
{
    Result<QSqlQuery> q = select(m_db, QStringLiteral("SELECT id, root FROM versions"), {},
                                 ErrorText::tr("listing the versions gc must keep"));
    if (!q)
        return q.error();
    QSet<ObjectId> ids;
    while (q->next()) {
        ids.insert(ObjectId::fromHex(q->value(0).toString()));
        ids.insert(ObjectId::fromHex(q->value(1).toString()));
    }
    if (q->lastError().isValid())
        return catalogue::sqlError(m_db, q->lastError(), ErrorText::tr("listing the versions gc must keep"));
    return ids;
}

} // namespace poddeck
