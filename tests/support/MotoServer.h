#pragma once

#include <QProcess>
#include <QString>
#include <memory>

namespace poddeck::test {

// A real moto_server on a free loopback port, one per test binary. start() once in initTestCase(),
// reset() between cases (POST /moto-api/reset), the destructor stops it.
// moto_server is found as $PODDECK_MOTO_SERVER, else `moto_server` on PATH, else `python3 -m moto.server`.
class MotoServer
{
public:
    MotoServer() = default;
    ~MotoServer();
    MotoServer(const MotoServer &) = delete;
    MotoServer &operator=(const MotoServer &) = delete;

    // Starts the server and waits until it answers. Returns an empty string on success, else why not.
    QString start();
    // Stops the server and starts a new one on the same port, as a user restarting the emulator does:
    // its state is gone. Returns an empty string on success, else why not.
    QString restart();
    bool reset();
    void stop();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QString endpoint() const; // http://127.0.0.1:<port>

    static quint16 freePort();

private:
    QString launch(quint16 port); // one attempt on `port`
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace poddeck::test
