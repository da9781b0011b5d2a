#include "emulator/moto/MotoEntryPoint.h"

#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace poddeck {

namespace {

const QString ScriptName = QStringLiteral("poddeck_moto_server.py");
const QByteArray ListeningPrefix = "poddeck-moto listening on ";

// What python3 and moto need to start, and moto's own settings; nothing else of the user's environment
// (AWS keys, PODDECK_REMOTE_PASSPHRASE ...) reaches the emulator.
bool passesThrough(const QString &name)
{
    static const QStringList exact{QStringLiteral("PATH"), QStringLiteral("HOME"), QStringLiteral("LANG"),
                                   QStringLiteral("LC_ALL"), QStringLiteral("LC_CTYPE"), QStringLiteral("TMPDIR"),
                                   QStringLiteral("PYTHONPATH"), QStringLiteral("PYTHONHOME"),
                                   QStringLiteral("VIRTUAL_ENV"), QStringLiteral("SSL_CERT_FILE")};
    return exact.contains(name) || name.startsWith(QLatin1String("MOTO_")) || name.startsWith(QLatin1String("PYENV_"));
}

} // namespace

MotoEntryPoint::MotoEntryPoint() = default;
MotoEntryPoint::~MotoEntryPoint() = default;

Result<QString> MotoEntryPoint::scriptPath()
{
    QStringList candidates;
    const QString fromEnv = qEnvironmentVariable("PODDECK_MOTO_ENTRY");
    if (!fromEnv.isEmpty()) {
        if (QFileInfo(fromEnv).isFile())
            return QFileInfo(fromEnv).absoluteFilePath();
        return Error(Error::Code::NotFound,
                     ErrorText::tr("PODDECK_MOTO_ENTRY names %1, which is not a file: point it at "
                                    "poddeck_moto_server.py or unset it").arg(fromEnv));
    }
    if (QCoreApplication::instance())
        candidates << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/poddeck/") + ScriptName);
#ifdef PODDECK_MOTO_ENTRY_BUILD
    candidates << QStringLiteral(PODDECK_MOTO_ENTRY_BUILD);
#endif
#ifdef PODDECK_MOTO_ENTRY_SOURCE
    candidates << QStringLiteral(PODDECK_MOTO_ENTRY_SOURCE);
#endif
    for (const QString &c : candidates)
        if (QFileInfo(c).isFile())
            return QFileInfo(c).canonicalFilePath();
    return Error(Error::Code::NotFound,
                 ErrorText::tr("PodDeck's moto entry point (%1) is not installed: reinstall PodDeck or set "
                                "PODDECK_MOTO_ENTRY to its path").arg(ScriptName));
}

Status MotoEntryPoint::prepare(QProcess &process, const QString &host, quint16 port, bool verbose)
{
    Result<QString> script = scriptPath();
    if (!script)
        return script.error();
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return Error(Error::Code::NotFound,
                     ErrorText::tr("python3 was not found on PATH: install Python 3 and moto (pip install 'moto[server]')"));
    m_workDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("poddeck-moto-XXXXXX")));
    if (!m_workDir->isValid())
        return Error(Error::Code::Io, ErrorText::tr("cannot create a working directory for moto: %1").arg(m_workDir->errorString()));

    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env;
    for (const QString &name : system.keys())
        if (passesThrough(name))
            env.insert(name, system.value(name));
    // PodDeck snapshots every region it finds; moto must not refuse test and custom region names.
    if (!env.contains(QStringLiteral("MOTO_ALLOW_NONEXISTENT_REGION")))
        env.insert(QStringLiteral("MOTO_ALLOW_NONEXISTENT_REGION"), QStringLiteral("true"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    // The script's directory is not put on sys.path, so a stray moto/ or boto3/ next to it cannot shadow
    // the real packages (the working directory is already a fresh private one).
    env.insert(QStringLiteral("PYTHONSAFEPATH"), QStringLiteral("1"));

    QStringList args{*script, QStringLiteral("--host"), host, QStringLiteral("--port"), QString::number(port)};
    if (verbose)
        args << QStringLiteral("--verbose");
    process.setProgram(python);
    process.setArguments(args);
    process.setWorkingDirectory(m_workDir->path());
    process.setProcessEnvironment(env);
    return {};
}

QString MotoEntryPoint::listeningUrl(const QByteArray &line)
{
    const QByteArray l = line.trimmed();
    if (!l.startsWith(ListeningPrefix))
        return {};
    return QString::fromUtf8(l.mid(ListeningPrefix.size()));
}

Result<QString> MotoEntryPoint::waitUntilListening(QProcess &process, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QByteArray buffer;
    while (!deadline.hasExpired()) {
        if (process.state() == QProcess::NotRunning) {
            const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
            return Error(Error::Code::Unsupported,
                         err.isEmpty() ? ErrorText::tr("moto did not start: is moto installed (pip install 'moto[server]')?")
                                       : ErrorText::tr("moto did not start (%1): is moto installed (pip install 'moto[server]')?")
                                             .arg(err.section(u'\n', -3)));
        }
        if (process.canReadLine() || process.waitForReadyRead(100)) {
            while (process.canReadLine()) {
                const QString url = listeningUrl(process.readLine());
                if (!url.isEmpty())
                    return url;
            }
        }
    }
    return Error(Error::Code::Network, ErrorText::tr("moto did not start listening within %1 s").arg(timeoutMs / 1000));
}

} // namespace poddeck
