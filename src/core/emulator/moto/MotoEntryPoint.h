#pragma once

#include "util/Result.h"

#include <QProcess>
#include <QString>
#include <memory>

class QTemporaryDir;

namespace poddeck {

// Starts moto through PodDeck's entry point (poddeck_moto_server.py: moto's server plus read-only routes
// for Lambda code and a boot id), the one way the CLI (`poddeck-cli moto`), the GUI and the tests start
// moto. It finds the script, and prepares a QProcess to run `python3 <script> --host H --port N` in a
// private empty working directory (owned by this object: keep it alive as long as the process) with a
// minimal environment, so neither a stray `moto/` folder nor the user's AWS secrets or remote passphrase
// reach the emulator.
class MotoEntryPoint
{
public:
    MotoEntryPoint();
    ~MotoEntryPoint();
    MotoEntryPoint(const MotoEntryPoint &) = delete;
    MotoEntryPoint &operator=(const MotoEntryPoint &) = delete;

    // $PODDECK_MOTO_ENTRY, else ../share/poddeck/ next to the running executable, else the build tree's
    // copy, else the source file. An error says what to install.
    static Result<QString> scriptPath();

    // Port 0: the script binds a free port itself and says which on its first stdout line, so two starts
    // never race for one port; read it with listeningUrl().
    Status prepare(QProcess &process, const QString &host = QStringLiteral("127.0.0.1"), quint16 port = 0,
                   bool verbose = false);

    // "poddeck-moto listening on http://127.0.0.1:4566" -> the URL; empty when the line is not that.
    static QString listeningUrl(const QByteArray &line);
    // Blocking (CLI and tests): waits for that line, or for the process to end (then: why).
    static Result<QString> waitUntilListening(QProcess &process, int timeoutMs = 30000);

private:
    std::unique_ptr<QTemporaryDir> m_workDir;
};

} // namespace poddeck
