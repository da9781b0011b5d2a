#include "app/launch/SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QUrl>

namespace poddeck {

namespace {

constexpr quint32 Magic = 0x50444431; // "PDD1": refuses anything else that finds the socket
constexpr qint64 MaxMessage = 1 << 20;

} // namespace

SingleInstance::SingleInstance(const QString &home, QObject *parent) : QObject(parent), m_socket(socketPath(home))
{
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

QString SingleInstance::socketPath(const QString &home)
{
    // The runtime directory is the user's own (0700), so no other user can listen in PodDeck's place.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    const QString canonical = QFileInfo(home).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
    return dir + QStringLiteral("/poddeck-") + QString::fromLatin1(hash) + QStringLiteral(".sock");
}

QStringList SingleInstance::importable(const QStringList &arguments, const QString &workingDirectory)
{
    QStringList out;
    const QDir cwd(workingDirectory);
    for (const QString &arg : arguments) {
        if (arg.isEmpty())
            continue;
        const QUrl url(arg);
        if (url.isLocalFile())
            out.append(url.toLocalFile());
        else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            out.append(arg);
        else
            out.append(QDir::cleanPath(cwd.absoluteFilePath(arg)));
    }
    return out;
}

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_socket);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << Magic << arguments;
    QByteArray framed;
    QDataStream(&framed, QIODevice::WriteOnly) << quint32(message.size());
    socket.write(framed + message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers one byte once it has the arguments.
    return socket.waitForReadyRead(timeoutMs) && socket.read(1) == "1";
}

bool SingleInstance::listen()
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server.listen(m_socket))
        return true;
    // A socket left by a crashed instance: nothing answers on it, so it can go.
    QLocalSocket probe;
    probe.connectToServer(m_socket);
    if (probe.waitForConnected(500))
        return false; // someone runs after all (started between handOver() and now)
    QLocalServer::removeServer(m_socket);
    if (m_server.listen(m_socket))
        return true;
    qWarning("PodDeck: cannot listen on %s (%s); a second launch for this home opens another window",
             qPrintable(m_socket), qPrintable(m_server.errorString()));
    return false;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() < 4)
                return;
            quint32 size = 0;
            QDataStream(socket->peek(4)) >> size;
            if (size > MaxMessage) {
                socket->abort();
                return;
            }
            if (socket->bytesAvailable() < 4 + qint64(size))
                return;
            socket->read(4);
            QDataStream in(socket->read(size));
            quint32 magic = 0;
            QStringList arguments;
            in >> magic >> arguments;
            if (magic != Magic || in.status() != QDataStream::Ok) {
                socket->abort();
                return;
            }
            socket->write("1");
            socket->flush();
            Q_EMIT argumentsReceived(arguments);
        });
    }
}

} // namespace poddeck
