#pragma once

#include "app/jobspanel/JobRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <functional>

class QTimer;

namespace poddeck {

class JobRunner;

// Every job of this session, newest first: the running ones and the last MaxFinished finished ones.
// Fed by JobRunner::jobStarted/jobFinished and Job::progressChanged. A job may report progress
// thousands of times a second; the rows say so at most every RepaintIntervalMs, and running rows
// refresh their elapsed time and ETA once a second.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        StageColumn, // the stage while running, the error when failed
        ProgressColumn,
        ItemsColumn, // done/total of the stage
        BytesColumn,
        RateColumn,
        EtaColumn,
        ElapsedColumn,
        StateColumn,
        ActionColumn, // the panel puts a Cancel or Details button here
        ColumnCount
    };
    enum Role {
        ProgressRole = Qt::UserRole, // int permille; -1 running with no total yet, -2 stopped without one
        StateRole,                   // JobRecord::State as int
        ErrorRole,                   // the full error message of a failed job
        JobIdRole,                   // quint64
    };
    static constexpr int MaxFinished = 50;
    static constexpr int RepaintIntervalMs = 100;
    static constexpr int TickIntervalMs = 1000;

    explicit JobListModel(QObject *parent = nullptr);

    // Follows the runner's jobs from now on (jobs already running are listed too).
    void setRunner(JobRunner *runner);
    // A seam for tests: milliseconds of a monotonic clock.
    void setClock(std::function<qint64()> clock);

    const JobRecord &record(int row) const { return m_records.at(row); }
    int rowOfId(quint64 id) const;
    int runningCount() const;
    int finishedCount() const;

    void cancel(int row);
    void clearFinished();
    // Sends what changed since the last repaint now instead of at the next one.
    void flush();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(JobRecord::State state);
    static QString durationText(qint64 ms);

Q_SIGNALS:
    // A row went from running to cancelling or finished (the panel swaps its button).
    void stateChanged(int row);
    void countsChanged();

private:
    void onJobStarted(Job *job);
    void onJobFinished(Job *job);
    void onProgress(Job *job);
    void onCancelRequested(Job *job);
    void markDirty(quint64 id);
    void tick();
    void trimFinished();
    int rowOfJob(const Job *job) const;

    std::function<qint64()> m_clock;
    QList<JobRecord> m_records; // newest first
    QSet<quint64> m_dirty;
    QTimer *m_repaint;
    QTimer *m_tick;
    quint64 m_nextId = 1;
};

} // namespace poddeck
