#include "FaultProxy.h"

#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace poddeck::test {

namespace {

// Closes with SO_LINGER 0, so the peer sees a reset (ECONNRESET), not an orderly end of stream.
void resetConnection(QTcpSocket *socket)
{
    const struct linger l = {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    socket->abort();
}

QByteArray headerValue(const QByteArray &header, const QByteArray &name)
{
    for (const QByteArray &line : header.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name) return line.mid(colon + 1).trimmed();
    }
    return {};
}

// One client connection: one request, passed on (or not) and answered (or not) as the rule says.
class FaultSession : public QObject
{
public:
    FaultSession(FaultProxy *proxy, QTcpSocket *client, const QString &host, quint16 port)
        : m_proxy(proxy), m_client(client), m_host(host), m_port(port)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &FaultSession::onClientData);
        connect(client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }

private:
    void onClientData()
    {
        m_request += m_client->readAll();
        if (m_headerEnd < 0) {
            const qsizetype end = m_request.indexOf("\r\n\r\n");
            if (end < 0) return;
            m_headerEnd = end + 4;
            const QByteArray header = m_request.left(m_headerEnd);
            const QList<QByteArray> requestLine = header.left(header.indexOf("\r\n")).split(' ');
            m_chunked = headerValue(header, "transfer-encoding").toLower().contains("chunked");
            m_bodyLength = headerValue(header, "content-length").toLongLong();
            m_hasFault = m_proxy->takeFault(requestLine.value(0), requestLine.value(1), &m_rule);
        }
        const qsizetype received = m_request.size() - m_headerEnd;
        if (m_hasFault && m_rule.fault == FaultProxy::Fault::ResetMidBody && m_bodyLength > 0) {
            if (received >= m_bodyLength / 2)
                resetConnection(m_client); // an upload cut halfway: the server never sees it
            return;
        }
        const bool complete = m_chunked ? m_request.endsWith("0\r\n\r\n") : received >= m_bodyLength;
        if (!complete || m_dispatched) return;
        m_dispatched = true;
        if (m_hasFault && m_rule.fault == FaultProxy::Fault::ServerError) {
            const QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SlowDown</Code>"
                                    "<Message>Please reduce your request rate. (injected by the test's "
                                    "FaultProxy)</Message></Error>";
            m_client->write("HTTP/1.1 503 Slow Down\r\nContent-Type: application/xml\r\nConnection: "
                            "close\r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\n\r\n" + body);
            m_client->disconnectFromHost();
            return;
        }
        if (m_hasFault && m_rule.fault == FaultProxy::Fault::Latency)
            QTimer::singleShot(m_rule.latencyMs, this, &FaultSession::forward);
        else
            forward();
    }

    // Passes the request on with Connection: close, so the server's end of stream ends its answer.
    void forward()
    {
        QByteArray header = m_request.left(m_headerEnd);
        QByteArray rewritten;
        for (const QByteArray &line : header.split('\n')) {
            if (line.trimmed().isEmpty() || line.toLower().startsWith("connection:")) continue;
            rewritten += line.trimmed() + "\r\n";
        }
        rewritten += "Connection: close\r\n\r\n";
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::connected, this,
                [this, out = rewritten + m_request.mid(m_headerEnd)] { m_upstream->write(out); });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { m_response += m_upstream->readAll(); });
        connect(m_upstream, &QTcpSocket::disconnected, this, &FaultSession::answer);
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError) m_client->abort();
        });
        m_upstream->connectToHost(m_host, m_port);
    }

    void answer()
    {
        m_response += m_upstream->readAll();
        const qsizetype headerEnd = m_response.indexOf("\r\n\r\n") + 4;
        const qsizetype body = m_response.size() - headerEnd;
        if (!m_hasFault || m_rule.fault == FaultProxy::Fault::Latency || headerEnd < 4) {
            m_client->write(m_response);
            m_client->disconnectFromHost();
            return;
        }
        if (m_rule.fault == FaultProxy::Fault::TruncateBody) {
            m_client->write(m_response.left(body > 0 ? headerEnd + body / 2 : headerEnd / 2));
            m_client->disconnectFromHost(); // an orderly close, after what was written
            return;
        }
        // ResetMidBody of a download: half the body reaches the client, then the reset.
        m_client->write(m_response.left(headerEnd + body / 2));
        m_client->flush();
        QPointer<QTcpSocket> client = m_client;
        QTimer::singleShot(50, this, [client] {
            if (client) resetConnection(client);
        });
    }

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    QString m_host;
    quint16 m_port;
    QByteArray m_request;
    QByteArray m_response;
    qsizetype m_headerEnd = -1;
    qint64 m_bodyLength = 0;
    bool m_chunked = false;
    bool m_dispatched = false;
    bool m_hasFault = false;
    FaultProxy::Rule m_rule;
};

} // namespace

class FaultProxyServer : public QTcpServer
{
public:
    FaultProxyServer(FaultProxy *proxy, const QString &host, quint16 port)
        : m_proxy(proxy), m_host(host), m_port(port)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QTcpSocket;
        client->setSocketDescriptor(descriptor);
        (new FaultSession(m_proxy, client, m_host, m_port))->setParent(this);
    }

private:
    FaultProxy *m_proxy;
    QString m_host;
    quint16 m_port;
};

FaultProxy::FaultProxy(const QString &upstreamHost, quint16 upstreamPort)
    : m_host(upstreamHost), m_upstreamPort(upstreamPort)
{
}

FaultProxy::~FaultProxy()
{
    if (m_server) m_server->deleteLater(); // with its sessions, when the thread finishes
    m_thread.quit();
    m_thread.wait();
}

QString FaultProxy::start()
{
    m_server = new FaultProxyServer(this, m_host, m_upstreamPort);
    m_server->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("FaultProxy"));
    m_thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_server,
        [this, &listening] {
            listening = m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return listening ? QString() : QStringLiteral("FaultProxy could not listen on 127.0.0.1");
}

QString FaultProxy::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void FaultProxy::addRule(const Rule &rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

void FaultProxy::clearRules()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

int FaultProxy::faultsInjected() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

int FaultProxy::requestsSeen() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

bool FaultProxy::takeFault(const QByteArray &method, const QByteArray &path, Rule *out)
{
    QMutexLocker lock(&m_mutex);
    ++m_requests;
    for (Rule &r : m_rules) {
        if (r.count == 0 || (!r.method.isEmpty() && r.method != method) ||
            (!r.pathContains.isEmpty() && !path.contains(r.pathContains)))
            continue;
        if (r.skip > 0) {
            --r.skip;
            return false;
        }
        if (r.count > 0) --r.count;
        ++m_faults;
        *out = r;
        return true;
    }
    return false;
}

} // namespace poddeck::test
