#pragma once

#include <QObject>
#include <QProcess>

namespace poddeck {

// A local moto_server that PodDeck started for the user and stops when it quits: `moto_server -H
// 127.0.0.1 -p <free port>`, else `python3 -m moto.server` with the same arguments. Starting returns at
// once; the caller finds out that it answers by probing the endpoint (InstanceBar does, in jobs).
class MotoLauncher : public QObject
{
    Q_OBJECT

public:
    explicit MotoLauncher(QObject *parent = nullptr);
    ~MotoLauncher() override; // stops the server

    // Empty on success (endpoint() is then where it will answer), else why it could not start.
    QString start();
    void stop();
    bool isRunning() const;
    QString endpoint() const;

    static quint16 freePort();

Q_SIGNALS:
    void finished(const QString &message); // the server went away on its own

private:
    QProcess *m_process = nullptr;
    quint16 m_port = 0;
    bool m_stopping = false;
};

} // namespace poddeck
