#include "app/instance/MotoLauncher.h"

#include "emulator/moto/MotoEntryPoint.h"

#include <QUrl>

namespace poddeck {

MotoLauncher::MotoLauncher(QObject *parent) : QObject(parent) {}

MotoLauncher::~MotoLauncher()
{
    stop();
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
    // Port 0: the kernel gives the server a free port it owns from the start, so nobody can take it between
    // choosing and binding (and answer in moto's place). The script's first line on stdout says which.
    m_port = 0;
    m_stdout.clear();
    delete m_process;
    m_process = new QProcess(this);
    m_entry = std::make_unique<MotoEntryPoint>();
    if (Status st = m_entry->prepare(*m_process, QStringLiteral("127.0.0.1"), 0); !st)
        return st.error().message;
    m_stderrTail.clear();
    // Both pipes are drained: an unread pipe would fill up and stall moto.
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        if (m_port != 0) {
            m_process->readAllStandardOutput();
            return;
        }
        m_stdout += m_process->readAllStandardOutput();
        for (qsizetype nl; m_port == 0 && (nl = m_stdout.indexOf('\n')) >= 0; m_stdout.remove(0, nl + 1)) {
            const QUrl url(MotoEntryPoint::listeningUrl(m_stdout.left(nl)));
            if (url.isValid() && url.port() > 0) {
                m_port = quint16(url.port());
                Q_EMIT listening(endpoint());
            }
        }
        if (m_stdout.size() > 4096) // moto's own chatter before the line: keep only a tail
            m_stdout = m_stdout.right(4096);
    });
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
