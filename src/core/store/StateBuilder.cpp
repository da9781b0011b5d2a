#include "store/StateBuilder.h"

#include "state/ResourcePath.h"
#include "store/ObjectStore.h"
#include "store/StateTreeWriter.h"
#include "util/ErrorText.h"

#include <algorithm>

namespace poddeck {

Result<AttachmentRef> StateBuilder::putAttachment(const QByteArray &data)
{
    return m_store.putBlob(data);
}

Status StateBuilder::add(const Resource &resource)
{
    if (!ResourcePath::isValid(resource.path))
        return Error(Error::Code::InvalidArgument, ErrorText::tr("invalid resource path '%1'").arg(resource.path));
    Result<ObjectId> id = m_store.put(resource.toObjectBytes());
    if (!id)
        return id.error();
    return addExisting(resource.path, *id, resource.byteSize());
}

Status StateBuilder::addExisting(const QString &path, const ObjectId &id, qint64 bytes)
{
    if (m_resources.contains(path))
        return Error(Error::Code::InvalidArgument, ErrorText::tr("resource '%1' appears twice").arg(path));
    m_resources.insert(path, id);
    m_services.insert(ResourcePath::decodeSegment(ResourcePath::service(path)));
    m_bytes += bytes;
    return {};
}

QStringList StateBuilder::services() const
{
    QStringList list(m_services.cbegin(), m_services.cend());
    std::sort(list.begin(), list.end());
    return list;
}

Result<Version> StateBuilder::finish(const Version &meta)
{
    Result<ObjectId> root = writeStateTree(m_store, m_resources);
    if (!root)
        return root.error();
    Version v = meta;
    v.root = *root;
    if (v.services.isEmpty()) // callers that know better (LocalStack metadata) keep theirs
        v.services = services();
    v.resourceCount = resourceCount();
    v.bytes = m_bytes;
    if (!v.created.isValid())
        v.created = QDateTime::currentDateTimeUtc();
    v.created = v.created.toUTC();
    // Millisecond precision is what the object stores; keep the in-memory value equal to it.
    v.created.setTime(QTime::fromMSecsSinceStartOfDay(v.created.time().msecsSinceStartOfDay()));
    Result<ObjectId> id = m_store.put(v.toObjectBytes());
    if (!id)
        return id.error();
    v.id = *id;
    return v;
}

} // namespace poddeck
