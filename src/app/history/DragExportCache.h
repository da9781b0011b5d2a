#pragma once

#include "state/Version.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace poddeck {

class DragBundle;
class Job;
class JobRunner;

// Writes the .pod bundle a version drag carries to the desktop (see VersionMimeData). Bundles hold
// secrets, so nothing is written until a drag starts: begin() makes a private directory of its own
// (<home>/tmp/drag-<pid>-XXXXXX, 0700) and exports the version into it (file 0600) in a job. When the
// drag ends the directory goes: at once when nobody asked for the file (a cancelled drag, a drop inside
// PodDeck), DropGraceMs later when a drop target did (file managers copy after the drop). Directories
// left by a PodDeck that died are swept when the next one starts. Versions larger than MaxBytes are not
// dragged as files (the Export action is for them).
class DragExportCache : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBytes = 64ll * 1024 * 1024;
    static constexpr int DropGraceMs = 60 * 1000;

    // Sweeps stale drag directories first (sweepStale).
    DragExportCache(JobRunner *jobs, const QString &home, QObject *parent = nullptr);
    ~DragExportCache() override; // removes every directory it made

    // A drag of `version` starts. Null when it is too large or no private directory could be made: the
    // drag then carries no file.
    std::shared_ptr<DragBundle> begin(const Version &version);

    // Where drag directories are made.
    static QString rootOf(const QString &home);
    // Removes drag directories whose process is gone (or older than a day), in `home` and the ones
    // older PodDeck versions left in the temp dir. Returns how many it removed.
    static int sweepStale(const QString &home);

private:
    void settle(const std::shared_ptr<DragBundle> &bundle);
    void remove(const std::shared_ptr<DragBundle> &bundle);

    JobRunner *m_jobs;
    QString m_home;
    struct Entry
    {
        std::shared_ptr<DragBundle> bundle;
        QPointer<Job> job; // its export
    };
    QHash<const DragBundle *, Entry> m_bundles; // the live ones
};

} // namespace poddeck
