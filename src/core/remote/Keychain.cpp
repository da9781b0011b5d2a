#include "remote/Keychain.h"

#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace poddeck {

namespace {

bool onGuiThread()
{
    QCoreApplication *app = QCoreApplication::instance();
    return app && app->thread() == QThread::currentThread() && app->inherits("QGuiApplication");
}

// Runs a job to completion in a local event loop; false when it timed out.
bool runJob(QKeychain::Job *job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(Keychain::TimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

Error jobError(const QKeychain::Job &job, const QString &what)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error(Error::Code::NotFound, ErrorText::tr("the keychain has no entry for %1").arg(what));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(Error::Code::Unsupported, Keychain::unavailableMessage(job.errorString()));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error(Error::Code::Remote, ErrorText::tr("the keychain refused access to %1 (%2); unlock it and try again")
                                              .arg(what, job.errorString()));
    default:
        break;
    }
    // Secret Service errors from D-Bus (no session bus, no org.freedesktop.secrets) come as OtherError.
    const QString detail = job.errorString();
    if (detail.contains(QLatin1String("DBus"), Qt::CaseInsensitive) || detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("secrets"), Qt::CaseInsensitive) || detail.contains(QLatin1String("No keychain"), Qt::CaseInsensitive))
        return Error(Error::Code::Unsupported, Keychain::unavailableMessage(detail));
    return Error(Error::Code::Remote, ErrorText::tr("keychain error for %1: %2").arg(what, detail));
}

Error guiThreadError()
{
    return Error(Error::Code::Unsupported, ErrorText::tr("Keychain calls wait for the keychain; run them in a job thread, not the GUI thread"));
}

Error timeoutError()
{
    return Error(Error::Code::Network, ErrorText::tr("the keychain did not answer within %1 s (is it locked and waiting for a password?)")
                                           .arg(Keychain::TimeoutMs / 1000));
}

} // namespace

QString Keychain::keyFor(const QString &remoteUrl, const QString &user)
{
    return user + u'@' + remoteUrl;
}

QString Keychain::unavailableMessage(const QString &detail)
{
    return ErrorText::tr("no keychain is running (%1). Start a Secret Service such as GNOME Keyring or KWallet, or give "
                          "credentials through AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE)")
        .arg(detail.isEmpty() ? ErrorText::tr("no Secret Service answered") : detail);
}

Result<QString> Keychain::readSecret(const QString &key)
{
    if (onGuiThread())
        return guiThreadError();
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(QString::fromLatin1(Service));
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    if (!runJob(job.get())) {
        job.release()->deleteLater(); // still running: let it finish on its own
        return timeoutError();
    }
    if (Error e = jobError(*job, key); e)
        return e;
    return job->textData();
}

Status Keychain::writeSecret(const QString &key, const QString &secret)
{
    if (onGuiThread())
        return guiThreadError();
    auto job = std::make_unique<QKeychain::WritePasswordJob>(QString::fromLatin1(Service));
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    if (!runJob(job.get())) {
        job.release()->deleteLater();
        return timeoutError();
    }
    if (Error e = jobError(*job, key); e)
        return e;
    return {};
}

Status Keychain::removeSecret(const QString &key)
{
    if (onGuiThread())
        return guiThreadError();
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(QString::fromLatin1(Service));
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    if (!runJob(job.get())) {
        job.release()->deleteLater();
        return timeoutError();
    }
    if (Error e = jobError(*job, key); e && e.code != Error::Code::NotFound)
        return e;
    return {};
}

} // namespace poddeck
