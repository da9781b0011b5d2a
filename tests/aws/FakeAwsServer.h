#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
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
        enum class Kind { Respond, Truncate, Drop, Hang, Stream } kind = Kind::Respond;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 declaredLength = -1; // Truncate: the Content-Length announced (body is what is sent);
                                    // Stream: announced when >= 0, else the body ends when the connection does
        qint64 streamBytes = 0;     // Stream: filler bytes to send; < 0: without end
        int chunkBytes = 1 << 20;   // Stream: bytes per write
        int intervalMs = 0;         // Stream: pause between writes (0: as fast as the client reads)
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
    // A 200 whose body is `bytes` of filler (< 0: endless), sent as the client takes it, or `chunk` bytes
    // every `intervalMs`; `declaredLength` >= 0 is announced as Content-Length.
    static Step stream(qint64 bytes, qint64 declaredLength = -1, int chunk = 1 << 20, int intervalMs = 0);

    bool start(const QHostAddress &address = QHostAddress::LocalHost);
    QString endpoint() const;
    void setScript(QList<Step> steps);
    const QList<Received> &received() const { return m_received; }
    // Body bytes of Stream steps the system took from the server so far (what a client could have read,
    // plus what sits in socket buffers).
    qint64 streamedBytes() const { return m_streamed; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket);
    void feed(QTcpSocket *socket, const Step &step);

    QTcpServer m_server;
    QList<Step> m_script;
    int m_next = 0;
    QList<Received> m_received;
    QElapsedTimer m_clock;
    qint64 m_streamed = 0;
};

} // namespace poddeck::test
