#pragma once

#include <QProcess>
#include <QString>
#include <memory>

namespace poddeck {
class MotoEntryPoint;
}

namespace poddeck::test {

// A real moto on a free loopback port, one per test binary. start() once in initTestCase(), reset()
// between cases (POST /moto-api/reset), the destructor stops it.
// By default moto runs through PodDeck's entry point (MotoEntryPoint: moto plus the /_poddeck/ routes for
// Lambda code and a boot id), as PodDeck starts it for users; the script binds a free port itself.
// Kind::Plain runs a bare moto_server instead, for the fallbacks of emulators without those routes:
// $PODDECK_MOTO_SERVER, else `moto_server` on PATH, else `python3 -m moto.server`.
// What a test that talks to moto sets for itself and the poddeck-cli processes it starts: credentials moto
// accepts, and no ~/.aws (`noCredentialsFile` is a path that is never created).
void useTestCredentials(const QString &noCredentialsFile);

class MotoServer
{
public:
    enum class Kind { EntryPoint, Plain };
    explicit MotoServer(Kind kind = Kind::EntryPoint);
    ~MotoServer();
    MotoServer(const MotoServer &) = delete;
    MotoServer &operator=(const MotoServer &) = delete;

    // Starts the server and waits until it answers. Returns an empty string on success, else why not.
    QString start();
    // Stops the server and starts a new one on the same port, as a user restarting the emulator does:
    // its state is gone (and the entry point's boot id changes). Returns an empty string on success.
    QString restart();
    bool reset();
    void stop();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QString endpoint() const; // http://127.0.0.1:<port>

    static quint16 freePort();

private:
    QString startPlain(quint16 port = 0);      // 0: a free port
    QString startEntryPoint(quint16 port = 0); // 0: the script binds a free port itself

    Kind m_kind;
    std::unique_ptr<MotoEntryPoint> m_entry;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace poddeck::test
