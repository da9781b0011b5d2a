#pragma once

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <functional>

namespace poddeck {

// One drag's .pod file, alone in a private directory (0700, file 0600) that DragExportCache made when
// the drag started. A job writes the file while the drag goes on; the drop target asks for it through
// VersionMimeData, which waits (briefly) for the job. Thread-safe: the job finishes it from a worker.
class DragBundle
{
public:
    DragBundle(const QString &directory, const QString &file) : m_directory(directory), m_file(file) {}

    QString directory() const { return m_directory; }
    QString file() const { return m_file; }

    // The export job is over: the file is complete (ok) or will never be.
    void finish(bool ok);
    bool isFinished() const;
    // For the drop target: waits up to `ms` for the export. The file, or empty when it failed or is late.
    QString waitForFile(int ms);
    // Someone asked for the file: it may still be copying it after the drag ends.
    bool wasRequested() const;

    // Called once, on the GUI thread, when the drag's mime data goes (the drop is done or the drag
    // was cancelled).
    void setOnDragEnded(std::function<void()> onEnded) { m_onDragEnded = std::move(onEnded); }
    void dragEnded();
    bool hasDragEnded() const { return m_dragEnded; }

private:
    const QString m_directory;
    const QString m_file;
    mutable QMutex m_mutex;
    QWaitCondition m_finishedCondition;
    bool m_finished = false;
    bool m_ok = false;
    bool m_requested = false;
    bool m_dragEnded = false; // GUI thread only
    std::function<void()> m_onDragEnded;
};

} // namespace poddeck
