#pragma once

#include "aws/AwsClient.h"
#include "state/Resource.h"
#include "util/Result.h"

#include <QMap>
#include <QMutex>
#include <QUrl>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

namespace poddeck {

struct SnapshotOptions
{
    // Messages are read with a visibility timeout and made visible again; `commit --no-messages` turns it off.
    bool includeSqsMessages = true;
    // Where the emulator lets SQS messages be read without receiving them (PodDeck's moto entry point: probe
    // feature "sqs-peek"), so a read neither counts toward a redrive policy nor hides messages; empty
    // elsewhere. Emulator::snapshot() sets it.
    QUrl sqsPeekEndpoint;
    // Where the emulator serves Lambda code zips (PodDeck's moto entry point: probe feature "lambda-code");
    // empty when it cannot give code back. Emulator::snapshot() sets it for commits.
    QUrl lambdaCodeEndpoint;
    // Zips the user supplied for code the emulator cannot give back (`commit --attach-code`): key is a
    // function name, or "layer:<name>:<version>".
    QMap<QString, QByteArray> attachedCode;
};

// What an adapter gets while reading one account/region: a client signed for that region, where to put
// resources and attachments, the previous state (the instance head) for data the emulator cannot give
// back (Lambda code on moto), warnings for the user, and cancellation. add() and putAttachment() are
// thread-safe, so an adapter may read in parallel.
class SnapshotContext
{
public:
    struct Sink
    {
        std::function<Status(const Resource &)> add;
        std::function<Result<AttachmentRef>(const QByteArray &)> putAttachment;
        std::function<std::optional<Resource>(const QString &path)> previous; // may be empty
    };

    SnapshotContext(AwsClient client, QString service, QString account, QString region, Sink sink,
                    SnapshotOptions options = {}, const std::atomic<bool> *cancel = nullptr);

    const AwsClient &client() const { return m_client; }
    QString service() const { return m_service; }
    QString account() const { return m_account; }
    QString region() const { return m_region; }
    const SnapshotOptions &options() const { return m_options; }
    const std::atomic<bool> *cancelFlag() const { return m_cancel; }
    bool isCancelled() const { return m_cancel && m_cancel->load(); }

    // <service>/<account>/<region>/<type>/<id>, encoded.
    QString path(const QString &type, const QString &id) const;
    Status add(const Resource &resource);
    Result<AttachmentRef> putAttachment(const QByteArray &data);
    std::optional<Resource> previous(const QString &path) const;
    // Sends with the context's cancel flag.
    Result<AwsResponse> send(const AwsRequest &request) const { return m_client.send(request, m_cancel); }

    void warn(const QString &message);
    QStringList warnings() const;
    qint64 added() const { return m_added.load(); }

private:
    AwsClient m_client;
    QString m_service, m_account, m_region;
    Sink m_sink;
    SnapshotOptions m_options;
    const std::atomic<bool> *m_cancel;
    mutable QMutex m_mutex;
    QStringList m_warnings;
    std::atomic<qint64> m_added{0};
};

} // namespace poddeck
