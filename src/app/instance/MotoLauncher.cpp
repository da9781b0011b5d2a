#include "app/instance/MotoLauncher.h"

#include <QStandardPaths>
#include <QTcpServer>

namespace poddeck {

MotoLauncher::MotoLauncher(QObject *parent) : QObject(parent) {}

MotoLauncher::~MotoLauncher()
{
    stop();
}

quint16 MotoLauncher::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool MotoLauncher::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString MotoLauncher::endpoint() const
{
    return m_port ? QStringLiteral("http://127.0.0.1:%1").arg(m_port) : QString();
}

QString MotoLauncher::start()
{
    if (isRunning())
        return QString();
    QString program = QStandardPaths::findExecutable(QStringLiteral("moto_server"));
    QStringList args;
    if (program.isEmpty()) {
        program = QStandardPaths::findExecutable(QStringLiteral("python3"));
        args << QStringLiteral("-m") << QStringLiteral("moto.server");
    }
    if (program.isEmpty())
        return tr("moto_server was not found. Install it with: pip install 'moto[server]'");
    m_port = freePort();
    if (m_port == 0)
        return tr("No free port on 127.0.0.1.");
    args << QStringLiteral("-H") << QStringLiteral("127.0.0.1") << QStringLiteral("-p") << QString::number(m_port);

    delete m_process;
    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments(args);
    // moto logs every request: nobody reads it, and an unread pipe would fill up.
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setStandardErrorFile(QProcess::nullDevice());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTO_ALLOW_NONEXISTENT_REGION"), QStringLiteral("true"));
    m_process->setProcessEnvironment(env);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_stopping)
            Q_EMIT finished(tr("The local moto_server stopped (exit code %1).").arg(code));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT finished(tr("Could not start moto_server: %1").arg(m_process->errorString()));
    });
    m_stopping = false;
    m_process->start(); // asynchronous: errorOccurred reports a failure to start
    return QString();
}

void MotoLauncher::stop()
{
    if (!m_process)
        return;
    m_stopping = true;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        // At quit only: a short wait so no server outlives PodDeck; kill if it does not listen.
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    delete m_process;
    m_process = nullptr;
}

} // namespace poddeck
