#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QTcpServer>

class QTcpSocket;

namespace poddeck::test {

// A FAKE AWS endpoint for faults moto will not produce on demand: scripted HTTP answers (errors, 5xx,
// throttling), truncated bodies, dropped connections and silence. Loopback only, one request per
// connection (it answers "Connection: close"). When the script runs out, the last step repeats.
class FakeAwsServer : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        enum class Kind { Respond, Truncate, Drop, Hang } kind = Kind::Respond;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 declaredLength = -1; // Truncate: the Content-Length announced (body is what is sent)
    };
    struct Received
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 atMs = 0; // since start()
        QByteArray header(QByteArrayView name) const;
    };

    static Step respond(int status, const QByteArray &body, const QByteArray &contentType = "application/json",
                        QList<QPair<QByteArray, QByteArray>> headers = {});
    static Step truncate(const QByteArray &partialBody, qint64 declaredLength);
    static Step drop();
    static Step hang();

    bool start();
    QString endpoint() const;
    void setScript(QList<Step> steps);
    const QList<Received> &received() const { return m_received; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Step> m_script;
    int m_next = 0;
    QList<Received> m_received;
    QElapsedTimer m_clock;
};

} // namespace poddeck::test
