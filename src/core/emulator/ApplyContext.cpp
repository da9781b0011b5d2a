#include "emulator/ApplyContext.h"

#include "util/ErrorText.h"

namespace poddeck {

ApplyContext::ApplyContext(AwsClient client, QString account, QString region, AttachmentLoader loader,
                           const std::atomic<bool> *cancel)
    : m_client(std::move(client)), m_account(std::move(account)), m_region(std::move(region)),
      m_loader(std::move(loader)), m_cancel(cancel)
{
}

Result<QByteArray> ApplyContext::attachment(const Resource &resource, const QString &name) const
{
    if (!resource.attachments.contains(name))
        return Error(Error::Code::NotFound, ErrorText::tr("%1 has no '%2' data in this version").arg(resource.path, name));
    return m_loader(resource.attachments.value(name));
}

void ApplyContext::warn(const QString &message) const
{
    QMutexLocker lock(&m_warnings->mutex);
    if (!m_warnings->list.contains(message))
        m_warnings->list.append(message);
}

QStringList ApplyContext::warnings() const
{
    QMutexLocker lock(&m_warnings->mutex);
    return m_warnings->list;
}

void ApplyContext::mapId(const QString &from, const QString &to) const
{
    QMutexLocker lock(&m_warnings->mutex);
    m_warnings->ids.insert(from, to);
}

QHash<QString, QString> ApplyContext::mappedIds() const
{
    QMutexLocker lock(&m_warnings->mutex);
    return m_warnings->ids;
}

} // namespace poddeck
