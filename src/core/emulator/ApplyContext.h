#pragma once

#include "aws/AwsClient.h"
#include "state/Resource.h"
#include "util/Result.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace poddeck {

// What an adapter gets while re-creating resources in one account/region: a client signed for that
// region, the bytes of attachments, cancellation, and warnings for the restore report (an id the emulator
// could not keep, data that cannot move). Copies share one warning list.
class ApplyContext
{
public:
    using AttachmentLoader = std::function<Result<QByteArray>(const AttachmentRef &)>;

    ApplyContext(AwsClient client, QString account, QString region, AttachmentLoader loader,
                 const std::atomic<bool> *cancel = nullptr);

    const AwsClient &client() const { return m_client; }
    QString account() const { return m_account; }
    QString region() const { return m_region; }
    bool isCancelled() const { return m_cancel && m_cancel->load(); }
    Result<AwsResponse> send(const AwsRequest &request) const { return m_client.send(request, m_cancel); }
    Result<QByteArray> attachment(const AttachmentRef &ref) const { return m_loader(ref); }
    // The attachment `name` of `resource`, or an error naming the resource when it has none.
    Result<QByteArray> attachment(const Resource &resource, const QString &name) const;

    void warn(const QString &message) const; // thread-safe
    QStringList warnings() const;
    // The emulator gave a re-created resource another id: later steps get references rewritten
    // (IdRewrite.h). Thread-safe; copies share the map.
    void mapId(const QString &from, const QString &to) const;
    QHash<QString, QString> mappedIds() const;

private:
    AwsClient m_client;
    QString m_account, m_region;
    AttachmentLoader m_loader;
    const std::atomic<bool> *m_cancel;
    struct Warnings
    {
        QMutex mutex;
        QStringList list;
        QHash<QString, QString> ids;
    };
    std::shared_ptr<Warnings> m_warnings = std::make_shared<Warnings>();
};

} // namespace poddeck
