#include "app/instance/MotoLauncher.h"

#include "emulator/moto/MotoEntryPoint.h"

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
    // The port is chosen here, not by the script, so endpoint() is known at once; if someone takes it
    // first, the script exits with "cannot listen" and finished() says so.
    m_port = freePort();
    if (m_port == 0)
        return tr("No free port on 127.0.0.1.");
    delete m_process;
    m_process = new QProcess(this);
    m_entry = std::make_unique<MotoEntryPoint>();
    if (Status st = m_entry->prepare(*m_process, QStringLiteral("127.0.0.1"), m_port); !st)
        return st.error().message;
    m_stderrTail.clear();
    // Both pipes are drained: an unread pipe would fill up and stall moto.
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { m_process->readAllStandardOutput(); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail = (m_stderrTail + m_process->readAllStandardError()).right(2000);
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (m_stopping)
            return;
        const QString said = QString::fromUtf8(m_stderrTail).trimmed().section(u'\n', -1);
        Q_EMIT finished(said.isEmpty() ? tr("The local moto_server stopped (exit code %1).").arg(code)
                                       : tr("The local moto_server stopped (exit code %1): %2").arg(code).arg(said));
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
    m_entry.reset();
}

} // namespace poddeck
