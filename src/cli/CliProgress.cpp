#include "CliProgress.h"

#include <QLocale>
#include <QMutexLocker>
#include <QStringList>

#include <sys/ioctl.h>
#include <unistd.h>

namespace poddeck::cli {

namespace {

QString count(qint64 n)
{
    static const QLocale english(
        QLocale::English); // "1,530" whatever the user's locale, like the rest of the CLI
    return english.toString(n);
}

QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

int terminalWidth(FILE *stream)
{
    winsize ws{};
    if (::ioctl(::fileno(stream), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 80;
}

} // namespace

CliProgress::Mode CliProgress::choose(bool quiet, bool forced, bool stderrIsTerminal)
{
    if (quiet) return Mode::Off;
    if (stderrIsTerminal) return Mode::Terminal;
    return forced ? Mode::Lines : Mode::Off;
}

CliProgress::CliProgress(Mode mode, FILE *stream) : m_mode(mode), m_stream(stream)
{
    m_lastDraw.start();
}

CliProgress::~CliProgress()
{
    finish();
}

QString CliProgress::format(const QString &stage, qint64 done, qint64 total, qint64 bytes, qint64 elapsedMs)
{
    QStringList parts{stage};
    // Some stages count bytes as their units (a bundle upload): show sizes, not a byte count.
    const bool unitsAreBytes = total > 0 && bytes > 0 && done == bytes;
    if (unitsAreBytes)
        parts.append(size(done) + u'/' + size(total));
    else if (total > 0)
        parts.append(count(done) + u'/' + count(total));
    else if (done > 0)
        parts.append(count(done));
    if (bytes > 0 && !unitsAreBytes) parts.append(size(bytes));
    if (bytes > 0 && elapsedMs >= 500) parts.append(size(bytes * 1000 / elapsedMs) + QStringLiteral("/s"));
    return parts.join(QLatin1String("  "));
}

QString CliProgress::current() const
{
    return format(m_stage, m_done, m_total, m_bytes, m_stageClock.isValid() ? m_stageClock.elapsed() : 0);
}

void CliProgress::update(const JobContext::Progress &progress)
{
    if (m_mode == Mode::Off) return;
    QMutexLocker lock(&m_mutex);
    // JobContext::setStage() resets done to 0: a new stage, even when its text repeats (pull's levels).
    const bool newStage = !m_inStage || progress.stage != m_stage || progress.done < m_done ||
                          (progress.done == 0 && progress.total != m_total);
    if (newStage) {
        endStage();
        m_inStage = true;
        m_stage = progress.stage;
        m_bytesAtStart = progress.bytes;
        m_stageClock.start();
    }
    m_done = progress.done;
    m_total = progress.total;
    m_bytes = progress.bytes - m_bytesAtStart;

    if (m_mode == Mode::Lines) {
        if (newStage) {
            std::fprintf(m_stream, "%s\n", m_stage.toLocal8Bit().constData());
            std::fflush(m_stream);
            m_lastDraw.restart();
        } else if (m_lastDraw.elapsed() >= LogEveryMs) {
            std::fprintf(m_stream, "  %s\n", current().toLocal8Bit().constData());
            std::fflush(m_stream);
            m_lastDraw.restart();
        }
        return;
    }
    if (newStage || m_lastDraw.elapsed() >= RedrawMs) {
        draw(current());
        m_lastDraw.restart();
    }
}

void CliProgress::finish()
{
    QMutexLocker lock(&m_mutex);
    endStage();
}

// With the mutex held.
void CliProgress::endStage()
{
    if (!m_inStage) return;
    m_inStage = false;
    if (m_mode == Mode::Terminal && m_drawnWidth > 0) {
        std::fputs("\r\x1b[K", m_stream);
        std::fflush(m_stream);
        m_drawnWidth = 0;
    } else if (m_mode == Mode::Lines && (m_done > 0 || m_bytes > 0)) {
        std::fprintf(m_stream, "  %s  done\n", current().toLocal8Bit().constData());
        std::fflush(m_stream);
    }
    m_done = m_total = m_bytes = 0;
}

// With the mutex held: replaces the terminal line, cut to the width so the carriage return still works.
void CliProgress::draw(const QString &line)
{
    const int width = terminalWidth(m_stream) - 1;
    const QString shown = line.left(width);
    std::fprintf(m_stream, "\r%s\x1b[K", shown.toLocal8Bit().constData());
    std::fflush(m_stream);
    m_drawnWidth = int(shown.size());
}

} // namespace poddeck::cli
