#pragma once

#include <QObject>
#include <QProcess>
#include <memory>

namespace poddeck {

class MotoEntryPoint;

// A local moto that PodDeck started for the user and stops when it quits, run through PodDeck's moto entry
// point (MotoEntryPoint: moto plus read-only routes for Lambda code and a boot id) on 127.0.0.1 and a free
// port. Starting returns at once; the caller finds out that it answers by probing the endpoint
// (InstanceBar does, in jobs).
class MotoLauncher : public QObject
{
    Q_OBJECT

public:
    explicit MotoLauncher(QObject *parent = nullptr);
    ~MotoLauncher() override; // stops the server

    // Empty on success, else why it could not start. The server picks its own free port; listening()
    // says where it answers (endpoint() is empty until then).
    QString start();
    void stop();
    bool isRunning() const;
    QString endpoint() const;

Q_SIGNALS:
    void listening(const QString &endpoint);
    void finished(const QString &message); // the server went away on its own

private:
    std::unique_ptr<MotoEntryPoint> m_entry;
    QProcess *m_process = nullptr;
    QByteArray m_stdout; // until the listening line arrived
    QByteArray m_stderrTail; // the end of what moto said, for the message when it stops
    quint16 m_port = 0;
    bool m_stopping = false;
};

} // namespace poddeck
