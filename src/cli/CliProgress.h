#pragma once

#include "jobs/JobContext.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QString>
#include <cstdio>

namespace poddeck::cli {

// Progress of a long command on stderr, fed by JobContext::Progress:
//   Terminal: one line, redrawn at most ~10 times a second with a carriage return and cleared at the end:
//             "Uploading 1530 objects  412/1,530  3.2 MiB  1.1 MiB/s"
//   Lines:    for logs (--progress without a terminal): a line when a stage starts, one with its totals when
//             it ends, and one every few seconds in between, never a carriage return.
// Called from job worker threads too, so every entry point locks.
class CliProgress
{
public:
    enum class Mode { Off, Terminal, Lines };

    // What the flags and the terminal ask for: --quiet wins, --progress forces it on, else only on a tty.
    static Mode choose(bool quiet, bool forced, bool stderrIsTerminal);

    explicit CliProgress(Mode mode, FILE *stream = stderr);
    ~CliProgress();
    CliProgress(const CliProgress &) = delete;
    CliProgress &operator=(const CliProgress &) = delete;

    Mode mode() const { return m_mode; }
    void update(const JobContext::Progress &progress);
    // Ends the current stage: clears the terminal line, or prints the stage's totals. Before any other
    // output.
    void finish();

    // "Uploading 1530 objects  412/1,530  3.2 MiB  1.1 MiB/s": the stage and what is known of done, total,
    // bytes, rate.
    static QString format(const QString &stage, qint64 done, qint64 total, qint64 bytes, qint64 elapsedMs);

    static constexpr int RedrawMs = 100;
    static constexpr int LogEveryMs = 5000;

private:
    void endStage();
    void draw(const QString &line);
    QString current() const;

    Mode m_mode;
    FILE *m_stream;
    QMutex m_mutex;
    QString m_stage;
    bool m_inStage = false;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_bytes = 0; // of this stage (JobContext counts bytes over the whole job)
    qint64 m_bytesAtStart = 0;
    QElapsedTimer m_stageClock;
    QElapsedTimer m_lastDraw;
    int m_drawnWidth = 0; // of the terminal line now shown; 0 when none
};

} // namespace poddeck::cli
