#pragma once

#include "state/Version.h"

#include <QObject>
#include <QSet>

#include <optional>

class QTimer;

namespace poddeck {

class JobRunner;
class VersionListModel;

// Writes a .pod bundle of the selected version ahead of a drag (see VersionMimeData for why): once a
// version has stayed selected for PrepareDelayMs, an export job writes it under a per-process temp dir
// and tells the model, whose drags then carry the file. Versions larger than MaxBytes are not prepared
// (dragging them out is the Export action's job). The files go when PodDeck quits.
class DragExportCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int PrepareDelayMs = 400;
    static constexpr qint64 MaxBytes = 64ll * 1024 * 1024;

    DragExportCache(JobRunner *jobs, const QString &home, VersionListModel *model, QObject *parent = nullptr);
    ~DragExportCache() override;

    void prepare(const std::optional<Version> &version);
    QString directory() const { return m_dir; }

Q_SIGNALS:
    void prepared(const QString &file);

private:
    void exportPending();

    JobRunner *m_jobs;
    QString m_home;
    VersionListModel *m_model;
    QString m_dir;
    QTimer *m_timer;
    std::optional<Version> m_pending;
    QSet<ObjectId> m_started;
};

} // namespace poddeck
