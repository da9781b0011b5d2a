// Catalogue: refs, instances and their heads, settings and remotes (pods and versions: Catalogue.cpp).
#include "store/Catalogue.h"

#include "store/CatalogueSql.h"
#include "store/CatalogueTransaction.h"
#include "store/NameRules.h"
#include "util/ErrorText.h"

#include <QJsonDocument>

namespace poddeck {

using catalogue::change;
using catalogue::select;
using catalogue::selectValue;
using catalogue::text;
using Mode = CatalogueTransaction::Mode;

namespace {

Error noRemote(const QString &name)
{
    return Error(Error::Code::NotFound, ErrorText::tr("no remote named '%1'").arg(name));
}

} // namespace

// ---- refs ----

Status Catalogue::setRef(const QString &pod, const QString &name, const ObjectId &version)
{
    const QString what = ErrorText::tr("setting ref '%1' of pod '%2'").arg(name, pod);
    if (name.isEmpty())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("a ref name cannot be empty"));
    CatalogueTransaction tx(m_db, Mode::Write);
    if (Status s = tx.begin(what); !s)
        return s;
    Result<qint64> id = podId(pod);
    if (!id)
        return id.error();
    Result<QVariant> known =
        selectValue(m_db, QStringLiteral("SELECT 1 FROM versions WHERE pod_id = ? AND id = ?"),
                    {*id, version.toHex()}, what);
    if (!known)
        return known.error();
    if (!known->isValid())
        return Error(Error::Code::NotFound,
                     ErrorText::tr("pod '%1' has no version %2").arg(pod, version.shortHex()));
    Result<int> rows =
        change(m_db,
               QStringLiteral("INSERT INTO refs(pod_id, name, version_id, updated) VALUES(?, ?, ?, ?)"
                              " ON CONFLICT(pod_id, name) DO UPDATE"
                              " SET version_id = excluded.version_id, updated = excluded.updated"),
               {*id, name, version.toHex(), catalogue::isoNow()}, what);
    if (!rows)
        return rows.error();
    return tx.commit();
}

Result<ObjectId> Catalogue::ref(const QString &pod, const QString &name)
{
    const QString what = ErrorText::tr("reading ref '%1' of pod '%2'").arg(name, pod);
    CatalogueTransaction tx(m_db, Mode::Read);
    if (Status s = tx.begin(what); !s)
        return s.error();
    Result<qint64> id = podId(pod);
    if (!id)
        return id.error();
    Result<QVariant> v = selectValue(
        m_db, QStringLiteral("SELECT version_id FROM refs WHERE pod_id = ? AND name = ?"), {*id, name}, what);
    if (!v)
        return v.error();
    if (!v->isValid())
        return Error(Error::Code::NotFound, ErrorText::tr("pod '%1' has no ref '%2'").arg(pod, name));
    return ObjectId::fromHex(v->toString());
}

// ---- instances ----

Status Catalogue::recordInstance(const QString &endpoint, const QString &kind)
{
    const QString key = normalizeEndpoint(endpoint);
    if (key.isEmpty())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("an instance endpoint cannot be empty"));
    Result<int> rows =
        change(m_db,
               QStringLiteral("INSERT INTO instances(endpoint, kind, last_seen) VALUES(?, ?, ?)"
                              " ON CONFLICT(endpoint) DO UPDATE"
                              " SET kind = excluded.kind, last_seen = excluded.last_seen"),
               {key, text(kind), catalogue::isoNow()}, ErrorText::tr("recording instance %1").arg(key));
    return rows;
}

Status Catalogue::setInstanceHead(const QString &endpoint, const QString &pod, const ObjectId &version,
                                  const QString &life)
{
    const QString key = normalizeEndpoint(endpoint);
    if (key.isEmpty())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("an instance endpoint cannot be empty"));
    const QString what = ErrorText::tr("recording the head of %1").arg(key);
    const QString now = catalogue::isoNow();
    CatalogueTransaction tx(m_db, Mode::Write);
    if (Status s = tx.begin(what); !s)
        return s;
    Result<qint64> id = podId(pod);
    if (!id)
        return id.error();
    Result<QVariant> known =
        selectValue(m_db, QStringLiteral("SELECT 1 FROM versions WHERE pod_id = ? AND id = ?"),
                    {*id, version.toHex()}, what);
    if (!known)
        return known.error();
    if (!known->isValid())
        return Error(Error::Code::NotFound,
                     ErrorText::tr("pod '%1' has no version %2").arg(pod, version.shortHex()));
    Result<int> instance =
        change(m_db,
               QStringLiteral("INSERT INTO instances(endpoint, last_seen) VALUES(?, ?)"
                              " ON CONFLICT(endpoint) DO UPDATE SET last_seen = excluded.last_seen"),
               {key, now}, what);
    if (!instance)
        return instance.error();
    Result<int> head =
        change(m_db,
               QStringLiteral("INSERT INTO instance_heads(endpoint, pod_id, version_id, updated, life, modified, note)"
                              " VALUES(?, ?, ?, ?, ?, 0, '') ON CONFLICT(endpoint) DO UPDATE"
                              " SET pod_id = excluded.pod_id, version_id = excluded.version_id,"
                              " updated = excluded.updated, life = excluded.life, modified = 0, note = ''"),
               {key, *id, version.toHex(), now, life.isNull() ? QString(QLatin1String("")) : life}, what);
    if (!head)
        return head.error();
    return tx.commit();
}

Result<InstanceHead> Catalogue::instanceHead(const QString &endpoint)
{
    const QString key = normalizeEndpoint(endpoint);
    // The foreign keys drop a head with its version; the joins make sure of it all the same.
    Result<QSqlQuery> q =
        select(m_db,
               QStringLiteral("SELECT p.name, h.version_id, v.number, h.updated, h.life, h.modified, h.note"
                              " FROM instance_heads h"
                              " JOIN versions v ON v.pod_id = h.pod_id AND v.id = h.version_id"
                              " JOIN pods p ON p.id = h.pod_id WHERE h.endpoint = ?"),
               {key}, ErrorText::tr("reading the head of %1").arg(key));
    if (!q)
        return q.error();
    if (!q->next())
        return Error(
            Error::Code::NotFound,
            ErrorText::tr("no version recorded for %1 yet (commit it or inject a version first)").arg(key));
    InstanceHead head;
    head.endpoint = key;
    head.pod = q->value(0).toString();
    head.version = ObjectId::fromHex(q->value(1).toString());
    head.number = q->value(2).toInt();
    head.updated = catalogue::fromIso(q->value(3).toString());
    head.life = q->value(4).toString();
    head.modified = q->value(5).toInt() != 0;
    head.note = q->value(6).toString();
    return head;
}

Status Catalogue::markInstanceModified(const QString &endpoint, const QString &note)
{
    const QString key = normalizeEndpoint(endpoint);
    Result<int> rows = change(m_db, QStringLiteral("UPDATE instance_heads SET modified = 1, note = ?, updated = ?"
                                                   " WHERE endpoint = ?"),
                              {note, catalogue::isoNow(), key}, ErrorText::tr("marking %1 as modified").arg(key));
    if (!rows)
        return rows.error();
    return {};
}

Status Catalogue::clearInstanceHead(const QString &endpoint)
{
    const QString key = normalizeEndpoint(endpoint);
    return change(m_db, QStringLiteral("DELETE FROM instance_heads WHERE endpoint = ?"), {key},
                  ErrorText::tr("clearing the head of %1").arg(key));
}

// ---- settings ----

Result<QString> Catalogue::setting(const QString &key, const QString &fallback)
{
    Result<QVariant> v = selectValue(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                                     ErrorText::tr("reading setting '%1'").arg(key));
    if (!v)
        return v.error();
    return v->isValid() ? v->toString() : fallback;
}

Status Catalogue::setSetting(const QString &key, const QString &value)
{
    return change(m_db,
                  QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?)"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                  {key, text(value)}, ErrorText::tr("saving setting '%1'").arg(key));
}

Status Catalogue::removeSetting(const QString &key)
{
    return change(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key},
                  ErrorText::tr("removing setting '%1'").arg(key));
}

// ---- remotes ----

Status Catalogue::addRemote(const QString &name, const QString &url, const QJsonObject &options)
{
    if (Status s = validateRemoteName(name); !s)
        return s;
    if (url.trimmed().isEmpty())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("remote '%1' needs a URL").arg(name));
    Result<int> rows =
        change(m_db,
               QStringLiteral("INSERT INTO remotes(name, url, options, added) VALUES(?, ?, ?, ?)"
                              " ON CONFLICT(name) DO NOTHING"),
               {name, url.trimmed(), QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)),
                catalogue::isoNow()},
               ErrorText::tr("adding remote '%1'").arg(name));
    if (!rows)
        return rows.error();
    if (*rows == 0)
        return Error(Error::Code::Conflict, ErrorText::tr("a remote named '%1' already exists").arg(name));
    return {};
}

Status Catalogue::removeRemote(const QString &name)
{
    Result<int> rows = change(m_db, QStringLiteral("DELETE FROM remotes WHERE name = ?"), {name},
                              ErrorText::tr("removing remote '%1'").arg(name));
    if (!rows)
        return rows.error();
    if (*rows == 0)
        return noRemote(name);
    return {};
}

Result<QList<RemoteInfo>> Catalogue::remotes()
{
    Result<QSqlQuery> q = select(m_db, QStringLiteral("SELECT name, url, options FROM remotes ORDER BY name"),
                                 {}, ErrorText::tr("listing remotes"));
    if (!q)
        return q.error();
    QList<RemoteInfo> out;
    while (q->next()) {
        RemoteInfo r;
        r.name = q->value(0).toString();
        r.url = q->value(1).toString();
        r.options = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
        out.append(r);
    }
    return out;
}

Result<RemoteInfo> Catalogue::remote(const QString &name)
{
    Result<QList<RemoteInfo>> all = remotes();
    if (!all)
        return all.error();
    for (const RemoteInfo &r : *all) {
        if (r.name == name)
            return r;
    }
    return noRemote(name);
}

Status Catalogue::setRemoteRef(const QString &remote, const QString &podName, const ObjectId &version)
{
    const QString what = ErrorText::tr("recording pod '%1' on remote '%2'").arg(podName, remote);
    Result<int> rows =
        change(m_db,
               QStringLiteral("INSERT INTO remote_refs(remote, pod_name, version_id, updated)"
                              " SELECT name, ?, ?, ? FROM remotes WHERE name = ?"
                              " ON CONFLICT(remote, pod_name) DO UPDATE"
                              " SET version_id = excluded.version_id, updated = excluded.updated"),
               {podName, version.toHex(), catalogue::isoNow(), remote}, what);
    if (!rows)
        return rows.error();
    if (*rows == 0)
        return noRemote(remote);
    return {};
}

Result<ObjectId> Catalogue::remoteRef(const QString &remote, const QString &podName)
{
    Result<QVariant> v = selectValue(
        m_db, QStringLiteral("SELECT version_id FROM remote_refs WHERE remote = ? AND pod_name = ?"),
        {remote, podName}, ErrorText::tr("reading pod '%1' of remote '%2'").arg(podName, remote));
    if (!v)
        return v.error();
    if (!v->isValid())
        return Error(Error::Code::NotFound,
                     ErrorText::tr("remote '%1' has no pod '%2' that we know of").arg(remote, podName));
    return ObjectId::fromHex(v->toString());
}

Result<QHash<QString, QList<QPair<QString, ObjectId>>>> Catalogue::allRemoteRefs()
{
    const QString what = ErrorText::tr("reading remote refs");
    Result<QSqlQuery> q = select(m_db, QStringLiteral("SELECT remote, pod_name, version_id FROM remote_refs ORDER BY remote"),
                                 {}, what);
    if (!q)
        return q.error();
    QHash<QString, QList<QPair<QString, ObjectId>>> out;
    while (q->next())
        out[q->value(1).toString()].append({q->value(0).toString(), ObjectId::fromHex(q->value(2).toString())});
    if (q->lastError().isValid())
        return catalogue::sqlError(m_db, q->lastError(), what);
    return out;
}

} // namespace poddeck
