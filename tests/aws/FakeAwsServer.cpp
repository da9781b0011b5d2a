#include "FakeAwsServer.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace poddeck::test {

QByteArray FakeAwsServer::Received::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

FakeAwsServer::Step FakeAwsServer::respond(int status, const QByteArray &body, const QByteArray &contentType,
                                           QList<QPair<QByteArray, QByteArray>> headers)
{
    Step s;
    s.status = status;
    s.body = body;
    s.headers = std::move(headers);
    s.headers.append({"Content-Type", contentType});
    return s;
}

FakeAwsServer::Step FakeAwsServer::truncate(const QByteArray &partialBody, qint64 declaredLength)
{
    Step s = respond(200, partialBody);
    s.kind = Step::Kind::Truncate;
    s.declaredLength = declaredLength;
    return s;
}

FakeAwsServer::Step FakeAwsServer::drop()
{
    Step s;
    s.kind = Step::Kind::Drop;
    return s;
}

FakeAwsServer::Step FakeAwsServer::hang()
{
    Step s;
    s.kind = Step::Kind::Hang;
    return s;
}

FakeAwsServer::Step FakeAwsServer::stream(qint64 bytes, qint64 declaredLength, int chunk, int intervalMs)
{
    Step s = respond(200, {}, "application/octet-stream");
    s.kind = Step::Kind::Stream;
    s.streamBytes = bytes;
    s.declaredLength = declaredLength;
    s.chunkBytes = chunk;
    s.intervalMs = intervalMs;
    return s;
}

bool FakeAwsServer::start(const QHostAddress &address)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeAwsServer::onNewConnection);
    m_clock.start();
    return m_server.listen(address, 0);
}

QString FakeAwsServer::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void FakeAwsServer::setScript(QList<Step> steps)
{
    m_script = std::move(steps);
    m_next = 0;
    m_received.clear();
    m_streamed = 0;
    m_clock.restart();
}

void FakeAwsServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeAwsServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || socket->property("answered").toBool())
        return;
    Received r;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    r.method = requestLine.value(0);
    r.target = requestLine.value(1);
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        r.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        if (r.headers.last().first.compare("content-length", Qt::CaseInsensitive) == 0)
            length = r.headers.last().second.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return; // body still arriving
    r.body = buffer.mid(headerEnd + 4, length);
    r.atMs = m_clock.elapsed();
    m_received.append(r);
    socket->setProperty("answered", true);
    answer(socket);
}

void FakeAwsServer::answer(QTcpSocket *socket)
{
    if (m_script.isEmpty())
        m_script.append(respond(200, "{}"));
    const Step step = m_script.at(std::min<int>(m_next, m_script.size() - 1));
    ++m_next;
    switch (step.kind) {
    case Step::Kind::Hang:
        return;
    case Step::Kind::Drop:
        socket->disconnectFromHost();
        return;
    case Step::Kind::Stream: {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(step.status) + " Fake\r\n";
        for (const auto &[name, value] : step.headers)
            out += name + ": " + value + "\r\n";
        if (step.declaredLength >= 0)
            out += "Content-Length: " + QByteArray::number(step.declaredLength) + "\r\n";
        out += "Connection: close\r\n\r\n";
        socket->write(out);
        feed(socket, step);
        return;
    }
    case Step::Kind::Respond:
    case Step::Kind::Truncate: {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(step.status) + " Fake\r\n";
        for (const auto &[name, value] : step.headers)
            out += name + ": " + value + "\r\n";
        const qint64 declared = step.kind == Step::Kind::Truncate ? step.declaredLength : step.body.size();
        out += "Content-Length: " + QByteArray::number(declared) + "\r\nConnection: close\r\n\r\n" + step.body;
        socket->write(out);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    }
}

// Writes the filler a chunk at a time: only when the socket has taken the previous one (or after the
// interval), so neither side's memory holds more than a chunk or two whatever the total.
void FakeAwsServer::feed(QTcpSocket *socket, const Step &step)
{
    auto sent = std::make_shared<qint64>(0);
    const QByteArray chunk(step.chunkBytes, 'x');
    auto writeNext = [this, socket, step, sent, chunk] {
        if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() > 0)
            return;
        if (step.streamBytes >= 0 && *sent >= step.streamBytes) {
            socket->disconnectFromHost();
            return;
        }
        const qint64 n = step.streamBytes < 0 ? chunk.size() : std::min<qint64>(chunk.size(), step.streamBytes - *sent);
        *sent += n;
        socket->write(chunk.constData(), n);
    };
    connect(socket, &QTcpSocket::bytesWritten, this, [this, writeNext, step](qint64 n) {
        // Counts body and header bytes alike; the header is a few dozen bytes.
        m_streamed += n;
        if (step.intervalMs == 0)
            writeNext();
    });
    if (step.intervalMs > 0) {
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, writeNext);
        timer->start(step.intervalMs);
    }
    writeNext();
}

} // namespace poddeck::test
