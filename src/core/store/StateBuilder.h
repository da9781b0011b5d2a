#pragma once

#include "state/Resource.h"
#include "state/Version.h"
#include "util/Result.h"

#include <QMap>
#include <QSet>

namespace poddeck {

class ObjectStore;

// Collects the resources of one state into the store and produces its Version object. Used by every
// path that makes a version: emulator commit, directory commit, LocalStack zip import, merges.
// Nothing becomes visible here: the caller flushes the store and then adds the version to the catalogue.
class StateBuilder
{
public:
    explicit StateBuilder(ObjectStore &store) : m_store(store) {}

    // Stores an attachment's bytes (chunked) for a resource about to be added.
    Result<AttachmentRef> putAttachment(const QByteArray &data);
    // Stores the resource object. Paths must be unique and valid (ResourcePath::isValid).
    Status add(const Resource &resource);
    // Adds an already-stored resource object (from another version) by id.
    Status addExisting(const QString &path, const ObjectId &id, qint64 bytes);

    qint64 resourceCount() const { return m_resources.size(); }
    qint64 bytes() const { return m_bytes; }
    QStringList services() const;

    // Writes the state tree and the version object (id filled in). `meta` supplies message, author,
    // created, parents and emulator fields; root, services, counts and id are computed here.
    Result<Version> finish(const Version &meta);

private:
    ObjectStore &m_store;
    QMap<QString, ObjectId> m_resources;
    QSet<QString> m_services;
    qint64 m_bytes = 0;
};

} // namespace poddeck
