#include "MotoServer.h"

#include "emulator/moto/MotoEntryPoint.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace poddeck::test {

namespace {

// Test-only blocking HTTP helper; production code never waits like this.
int blockingRequest(const QByteArray &verb, const QUrl &url, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    req.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, QByteArray());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 500, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

// The server answers moto's own API.
bool answers(const QString &endpoint)
{
    return blockingRequest("GET", QUrl(endpoint + QStringLiteral("/moto-api/data.json")), 5000) == 200;
}

} // namespace

MotoServer::MotoServer(Kind kind) : m_kind(kind) {}

MotoServer::~MotoServer()
{
    stop();
}

quint16 MotoServer::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QString MotoServer::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

bool MotoServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString MotoServer::start()
{
    if (isRunning())
        return {};
    return m_kind == Kind::Plain ? startPlain() : startEntryPoint();
}

QString MotoServer::restart()
{
    const quint16 port = m_port;
    stop();
    QString why;
    for (int attempt = 0; attempt < 3; ++attempt) { // the old server's socket may take a moment to go
        why = m_kind == Kind::Plain ? startPlain(port) : startEntryPoint(port);
        if (why.isEmpty())
            return {};
        QThread::msleep(500);
    }
    return why;
}

QString MotoServer::startEntryPoint(quint16 port)
{
    m_entry = std::make_unique<MotoEntryPoint>();
    m_process = std::make_unique<QProcess>();
    if (Status st = m_entry->prepare(*m_process, QStringLiteral("127.0.0.1"), port); !st)
        return st.error().message;
    m_process->setStandardErrorFile(QProcess::nullDevice());
    m_process->start();
    if (!m_process->waitForStarted(10000))
        return QStringLiteral("could not start %1: %2").arg(m_process->program(), m_process->errorString());
    Result<QString> url = MotoEntryPoint::waitUntilListening(*m_process);
    if (!url) {
        stop();
        return url.error().message;
    }
    m_port = QUrl(*url).port();
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && isRunning()) {
        if (answers(endpoint()))
            return {};
        QThread::msleep(100);
    }
    stop();
    return QStringLiteral("moto (PodDeck's entry point) did not answer at %1").arg(*url);
}

QString MotoServer::startPlain(quint16 port)
{
    QString program = qEnvironmentVariable("PODDECK_MOTO_SERVER");
    QStringList args;
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(QStringLiteral("moto_server"));
    if (program.isEmpty()) {
        program = QStandardPaths::findExecutable(QStringLiteral("python3"));
        args << QStringLiteral("-m") << QStringLiteral("moto.server");
    }
    if (program.isEmpty())
        return QStringLiteral("moto_server not found: install it with `pip install 'moto[server]'`");

    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = port ? port : freePort();
        m_process = std::make_unique<QProcess>();
        m_process->setStandardOutputFile(QProcess::nullDevice());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MOTO_ALLOW_NONEXISTENT_REGION"), QStringLiteral("true"));
        m_process->setProcessEnvironment(env);
        QStringList a = args;
        a << QStringLiteral("-H") << QStringLiteral("127.0.0.1") << QStringLiteral("-p") << QString::number(m_port);
        // moto_server prints every request to stderr; keep test logs readable.
        m_process->setStandardErrorFile(QProcess::nullDevice());
        m_process->start(program, a);
        if (!m_process->waitForStarted(10000))
            return QStringLiteral("could not start %1: %2").arg(program, m_process->errorString());
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200)) {
                probe.disconnectFromHost();
                if (answers(endpoint()))
                    return {};
            }
            QThread::msleep(100);
        }
        stop(); // port taken by someone else between freePort() and bind, or slow start: try again
    }
    return QStringLiteral("moto_server did not answer on 127.0.0.1");
}

bool MotoServer::reset()
{
    return blockingRequest("POST", QUrl(endpoint() + QStringLiteral("/moto-api/reset")), 15000) == 200;
}

void MotoServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
    m_entry.reset();
}

void useTestCredentials(const QString &noCredentialsFile)
{
    qputenv("AWS_ACCESS_KEY_ID", "test");
    qputenv("AWS_SECRET_ACCESS_KEY", "test");
    qputenv("AWS_SHARED_CREDENTIALS_FILE", QFile::encodeName(noCredentialsFile));
    qunsetenv("AWS_PROFILE");
}

} // namespace poddeck::test
