#pragma once

#include <QLocalServer>
#include <QObject>
#include <QStringList>

namespace poddeck {

// One PodDeck window per home. The first launch listens on a local socket named after the home (in the
// user's private runtime directory); a later launch for the same home hands its arguments (files and
// links to import) to it and exits, and the running window imports them and comes to the front. This is
// what a double-click on a .pod file in the file manager does while PodDeck is open.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &home, QObject *parent = nullptr);

    // Sends `arguments` to the instance already running for the home. True when one took them.
    bool handOver(const QStringList &arguments, int timeoutMs = 3000);
    // Becomes the instance for the home; false (with the reason in a warning) when the socket cannot be
    // created, in which case this launch simply runs on its own.
    bool listen();

    // The socket's full path for `home` (exposed for tests).
    static QString socketPath(const QString &home);

    // File arguments made absolute (a relative path is relative to the launch's directory); file:// URLs
    // become paths; http(s) links stay as they are.
    static QStringList importable(const QStringList &arguments, const QString &workingDirectory);

Q_SIGNALS:
    // Another launch asked for these to be imported (possibly none: it only wants the window raised).
    void argumentsReceived(const QStringList &arguments);

private:
    void onConnection();

    QString m_socket;
    QLocalServer m_server;
};

} // namespace poddeck
