#include "ScreenshotWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <QWidget>

namespace poddeck {

namespace {

const QCommandLineOption OutOption(QStringLiteral("out"), QStringLiteral("Output directory"), QStringLiteral("DIR"));
const QCommandLineOption SuffixOption(QStringLiteral("suffix"), QStringLiteral("File name suffix, e.g. -de"), QStringLiteral("TEXT"));
const QCommandLineOption OnlyOption(QStringLiteral("only"), QStringLiteral("Only these pictures (comma-separated names)"),
                                    QStringLiteral("NAMES"));

} // namespace

void ScreenshotWriter::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({OutOption, SuffixOption, OnlyOption});
}

void ScreenshotWriter::read(const QCommandLineParser &parser)
{
    m_dir = parser.value(OutOption);
    m_suffix = parser.value(SuffixOption);
    const QStringList only = parser.value(OnlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    m_only = QSet<QString>(only.begin(), only.end());
    QDir().mkpath(m_dir);
}

bool ScreenshotWriter::wants(const QString &name) const
{
    return m_only.isEmpty() || m_only.contains(name);
}

void ScreenshotWriter::save(QWidget *widget, const QString &name)
{
    if (!wants(name))
        return;
    settle();
    const QString file = QDir(m_dir).filePath(name + m_suffix + QLatin1String(".png"));
    if (widget->grab().save(file)) {
        m_written.append(name);
        qInfo("wrote %s", qPrintable(file));
    } else {
        m_failed.append(name);
        qWarning("could not write %s", qPrintable(file));
    }
}

void ScreenshotWriter::missing(const QString &name, const QString &why)
{
    if (!wants(name))
        return;
    m_failed.append(name);
    qWarning("%s: %s", qPrintable(name), qPrintable(why));
}

int ScreenshotWriter::finish() const
{
    QStringList missing = m_failed;
    for (const QString &name : m_only)
        if (!m_written.contains(name) && !missing.contains(name))
            missing.append(name);
    if (missing.isEmpty())
        return 0;
    qCritical("not written: %s", qPrintable(missing.join(QLatin1String(", "))));
    return 1;
}

bool waitUntil(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return done();
}

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace poddeck
