#include "FakeLocalStack.h"

#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>

namespace poddeck::test {

namespace {

QByteArray response(int status, const QByteArray &body, const QByteArray &type = "application/json",
                    const QList<QPair<QByteArray, QByteArray>> &extra = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Status") + "\r\n";
    if (!body.isEmpty())
        out += "Content-Type: " + type + "\r\n";
    for (const auto &h : extra)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return out;
}

} // namespace

FakeLocalStack::FakeLocalStack(Mode mode) : m_mode(mode)
{
    m_thread.start();
    moveToThread(&m_thread);
    QMetaObject::invokeMethod(this, [this] {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }, Qt::BlockingQueuedConnection);
}

FakeLocalStack::~FakeLocalStack()
{
    QMetaObject::invokeMethod(this, [this] {
        delete m_server;
        m_server = nullptr;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString FakeLocalStack::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

std::optional<FakeLocalStack::Received> FakeLocalStack::last(const QByteArray &pathPrefix) const
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_received.crbegin(); it != m_received.crend(); ++it)
        if (it->path.startsWith(pathPrefix))
            return *it;
    return std::nullopt;
}

void FakeLocalStack::serve(QTcpSocket *socket)
{
    QByteArray data = socket->property("data").toByteArray() + socket->readAll();
    socket->setProperty("data", data);
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArray head = data.left(headerEnd);
    static const QRegularExpression lengthRe(QStringLiteral("\r\ncontent-length:\\s*(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    const auto m = lengthRe.match(QString::fromLatin1(head));
    const qsizetype length = m.hasMatch() ? m.captured(1).toLongLong() : 0;
    if (data.size() < headerEnd + 4 + length)
        return;
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    Received r;
    r.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    r.path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    r.query = target.indexOf('?') < 0 ? QByteArray() : target.mid(target.indexOf('?') + 1);
    r.body = data.mid(headerEnd + 4, length);
    {
        QMutexLocker lock(&m_mutex);
        m_received.append(r);
    }
    socket->write(answer(r));
    socket->disconnectFromHost();
}

QByteArray FakeLocalStack::answer(const Received &r)
{
    if (r.method == "POST" && r.path == "/" && r.body.contains("Action=GetCallerIdentity"))
        return response(200,
                        "<GetCallerIdentityResponse><GetCallerIdentityResult><Account>000000000000</Account>"
                        "<Arn>arn:aws:iam::000000000000:root</Arn><UserId>AKIA</UserId></GetCallerIdentityResult>"
                        "</GetCallerIdentityResponse>",
                        "text/xml");
    if (m_mode == Mode::Garbage)
        return response(200, "<ListAllMyBucketsResult><Buckets><Buck", "application/xml");
    const bool localstack = m_mode == Mode::Licensed || m_mode == Mode::Community;
    if (!localstack)
        return response(404, {});
    if (r.method == "GET" && r.path == "/_localstack/health")
        return response(200, R"({"edition": "pro", "version": "4.0.3", "services": {"s3": "running", "sqs": "available", "lambda": "disabled"}})");
    if (r.method == "GET" && r.path == "/_localstack/info" && !sessionId.isEmpty())
        return response(200, R"({"version": "4.0.3", "session_id": ")" + sessionId + R"(", "machine_id": "m1"})");
    if (r.method == "GET" && r.path == "/_localstack/resources" && !resources.isEmpty())
        return response(200, resources, "application/x-ndjson");
    if (r.method == "POST" && r.path == "/_localstack/state/reset")
        return response(200, "{}");
    if (r.method == "POST" && r.path.startsWith("/_localstack/state/") && r.path.endsWith("/reset"))
        return response(200, "{}");
    if (m_mode == Mode::Community)
        return response(404, {}); // the state API of an unlicensed LocalStack: a bare, empty 404
    if (r.method == "GET" && r.path == "/_localstack/pods/state/metamodel")
        return response(200, "{}");
    if (r.method == "GET" && r.path == "/_localstack/pods/state")
        return response(200, stateZip, "application/zip",
                        {{"x-localstack-pod-services", "s3,sqs"}, {"x-localstack-pod-size", QByteArray::number(stateZip.size())}});
    if (r.method == "POST" && r.path == "/_localstack/pods") {
        if (loadStatus != 200)
            return response(loadStatus, R"({"error": "incompatible state: the pod was saved by LocalStack 5"})");
        QByteArray body = loadBody;
        if (body.isEmpty()) {
            // One line per service directory in the zip (api_states/<account>/<service>/...).
            QSet<QByteArray> services;
            static const QRegularExpression re(QStringLiteral("api_states/[0-9]+/([a-z0-9-]+)/"));
            auto it = re.globalMatch(QString::fromLatin1(r.body));
            while (it.hasNext())
                services.insert(it.next().captured(1).toLatin1());
            for (const QByteArray &s : services)
                body += R"({"service": ")" + s + R"(", "status": "ok", "message": ""})" + "\n";
        }
        return response(200, body, "application/x-ndjson");
    }
    return response(404, {});
}

} // namespace poddeck::test
