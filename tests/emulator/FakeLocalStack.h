#pragma once

#include <QByteArray>
#include <QList>
#include <optional>
#include <QString>
#include <QMutex>
#include <QTcpServer>
#include <QThread>

namespace poddeck::test {

// A FAKE LocalStack, named as such: LocalStack's licensed state API cannot run here, so this server follows
// the contract in DESIGN.md ("Emulators") closely enough to test PodDeck's side of it:
//   GET  /_localstack/health                 {"services": {...}, "version": ...}
//   GET  /_localstack/pods/state             the state zip (x-localstack-pod-services, x-localstack-pod-size)
//   POST /_localstack/pods?merge=<strategy>  zip body -> NDJSON {service,status,message}; 422 when incompatible
//   GET  /_localstack/pods/state/metamodel   200 JSON (licensed) or a bare empty 404 (not licensed)
//   POST /_localstack/state/reset, POST /_localstack/state/<service>/reset
//   GET  /_localstack/info, /_localstack/resources  when sessionId / resources are set
//   POST /  Action=GetCallerIdentity         STS, account 000000000000
// It also plays a plain AWS endpoint (no LocalStack, no moto) and one that answers AWS calls with garbage.
// It runs on its own thread, so PodDeck's worker threads can call it while the test thread waits.
class FakeLocalStack : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Licensed, Community, PlainAws, Garbage };
    struct Received
    {
        QByteArray method, path, query, body;
    };

    explicit FakeLocalStack(Mode mode);
    ~FakeLocalStack() override;
    QString endpoint() const;

    // Set these before PodDeck calls the server.
    QByteArray stateZip;              // what GET /_localstack/pods/state serves
    int loadStatus = 200;             // answer to POST /_localstack/pods (422 to refuse)
    QByteArray loadBody;              // NDJSON answer; empty: one ok line per service found in the zip
    QByteArray sessionId;             // GET /_localstack/info {"session_id"}; empty: 404 (an older LocalStack)
    QByteArray resources;             // GET /_localstack/resources NDJSON; empty: 404

    // The newest request whose path starts with pathPrefix (a copy; the server thread appends).
    std::optional<Received> last(const QByteArray &pathPrefix) const;

private:
    void serve(QTcpSocket *socket);
    QByteArray answer(const Received &r);

    Mode m_mode;
    QThread m_thread;
    QTcpServer *m_server = nullptr; // lives on m_thread
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Received> m_received;
};

} // namespace poddeck::test
