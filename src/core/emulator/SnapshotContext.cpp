#include "emulator/SnapshotContext.h"

#include "state/ResourcePath.h"
#include "util/ErrorText.h"

namespace poddeck {

SnapshotContext::SnapshotContext(AwsClient client, QString service, QString account, QString region, Sink sink,
                                 SnapshotOptions options, const std::atomic<bool> *cancel)
    : m_client(std::move(client)), m_service(std::move(service)), m_account(std::move(account)),
      m_region(std::move(region)), m_sink(std::move(sink)), m_options(options), m_cancel(cancel)
{
}

QString SnapshotContext::path(const QString &type, const QString &id) const
{
    return ResourcePath::make(m_service, m_account, m_region, type, id);
}

Status SnapshotContext::add(const Resource &resource)
{
    if (isCancelled())
        return Error(Error::Code::Cancelled, ErrorText::tr("cancelled"));
    Status st = m_sink.add(resource);
    if (st)
        ++m_added;
    return st;
}

Result<AttachmentRef> SnapshotContext::putAttachment(const QByteArray &data)
{
    return m_sink.putAttachment(data);
}

std::optional<Resource> SnapshotContext::previous(const QString &path) const
{
    if (!m_sink.previous)
        return std::nullopt;
    return m_sink.previous(path);
}

void SnapshotContext::warn(const QString &message)
{
    QMutexLocker lock(&m_mutex);
    m_warnings.append(message);
}

QStringList SnapshotContext::warnings() const
{
    QMutexLocker lock(&m_mutex);
    return m_warnings;
}

} // namespace poddeck
