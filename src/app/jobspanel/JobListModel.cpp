#include "app/jobspanel/JobListModel.h"

#include "app/jobs/JobRunner.h"

#include <QBrush>
#include <QColor>
#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>

#include <memory>

namespace poddeck {

namespace {

const QString Unknown = QStringLiteral("—");

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

JobListModel::JobListModel(QObject *parent)
    : QAbstractTableModel(parent), m_repaint(new QTimer(this)), m_tick(new QTimer(this))
{
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    m_clock = [started] { return started->elapsed(); };
    m_repaint->setSingleShot(true);
    m_repaint->setInterval(RepaintIntervalMs);
    connect(m_repaint, &QTimer::timeout, this, &JobListModel::flush);
    m_tick->setInterval(TickIntervalMs);
    connect(m_tick, &QTimer::timeout, this, &JobListModel::tick);
}

void JobListModel::setRunner(JobRunner *runner)
{
    connect(runner, &JobRunner::jobStarted, this, &JobListModel::onJobStarted);
    connect(runner, &JobRunner::jobFinished, this, &JobListModel::onJobFinished);
    const QList<Job *> running = runner->runningJobs();
    for (Job *job : running)
        onJobStarted(job);
}

void JobListModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

int JobListModel::rowOfId(quint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row)
        if (m_records[row].id == id)
            return row;
    return -1;
}

int JobListModel::rowOfJob(const Job *job) const
{
    for (int row = 0; row < m_records.size(); ++row)
        if (!m_records[row].isFinished() && m_records[row].job == job)
            return row;
    return -1;
}

int JobListModel::runningCount() const
{
    return int(std::count_if(m_records.cbegin(), m_records.cend(), [](const JobRecord &r) { return !r.isFinished(); }));
}

int JobListModel::finishedCount() const
{
    return int(m_records.size()) - runningCount();
}

void JobListModel::onJobStarted(Job *job)
{
    JobRecord record;
    record.id = m_nextId++;
    record.title = job->title();
    record.progress = job->progress();
    record.state = job->isCancelRequested() ? JobRecord::State::Cancelling : JobRecord::State::Running;
    record.startedMs = m_clock() - job->runningMs();
    record.stageStartedMs = record.startedMs;
    record.job = job;
    beginInsertRows(QModelIndex(), 0, 0);
    m_records.prepend(record);
    endInsertRows();
    connect(job, &Job::progressChanged, this, [this, job] { onProgress(job); });
    connect(job, &Job::cancelRequested, this, [this, job] { onCancelRequested(job); });
    if (!m_tick->isActive())
        m_tick->start();
    Q_EMIT countsChanged();
}

void JobListModel::onProgress(Job *job)
{
    const int row = rowOfJob(job);
    if (row < 0)
        return;
    JobRecord &r = m_records[row];
    const JobContext::Progress p = job->progress();
    if (p.stage != r.progress.stage || p.total != r.progress.total || p.done < r.progress.done)
        r.stageStartedMs = m_clock();
    r.progress = p;
    markDirty(r.id);
}

void JobListModel::onCancelRequested(Job *job)
{
    const int row = rowOfJob(job);
    if (row < 0 || m_records[row].state != JobRecord::State::Running)
        return;
    m_records[row].state = JobRecord::State::Cancelling;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT stateChanged(row);
}

void JobListModel::onJobFinished(Job *job)
{
    const int row = rowOfJob(job);
    if (row < 0)
        return;
    JobRecord &r = m_records[row];
    r.progress = job->progress();
    r.finishedMs = m_clock();
    r.job = nullptr;
    const Error error = job->error();
    if (!error.isError())
        r.state = JobRecord::State::Done;
    else if (error.code == Error::Code::Cancelled)
        r.state = JobRecord::State::Cancelled;
    else {
        r.state = JobRecord::State::Failed;
        r.error = error;
    }
    m_dirty.remove(r.id);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT stateChanged(row);
    trimFinished();
    if (runningCount() == 0)
        m_tick->stop();
    Q_EMIT countsChanged();
}

void JobListModel::markDirty(quint64 id)
{
    m_dirty.insert(id);
    if (!m_repaint->isActive())
        m_repaint->start();
}

void JobListModel::flush()
{
    m_repaint->stop();
    int first = -1, last = -1;
    for (quint64 id : std::as_const(m_dirty)) {
        const int row = rowOfId(id);
        if (row < 0)
            continue;
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    m_dirty.clear();
    if (first >= 0) // one signal for the span: the view repaints what is visible of it
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void JobListModel::tick()
{
    int first = -1, last = -1;
    for (int row = 0; row < m_records.size(); ++row)
        if (!m_records[row].isFinished()) {
            first = first < 0 ? row : first;
            last = row;
        }
    if (first < 0) {
        m_tick->stop();
        return;
    }
    Q_EMIT dataChanged(index(first, RateColumn), index(last, ElapsedColumn), {Qt::DisplayRole});
}

void JobListModel::trimFinished()
{
    int finished = finishedCount();
    for (int row = int(m_records.size()) - 1; row >= 0 && finished > MaxFinished; --row) {
        if (!m_records[row].isFinished())
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_records.removeAt(row);
        endRemoveRows();
        --finished;
    }
}

void JobListModel::cancel(int row)
{
    if (row < 0 || row >= m_records.size())
        return;
    if (Job *job = m_records[row].job)
        job->cancel();
}

void JobListModel::clearFinished()
{
    // Bottom up, a run of finished rows at a time, so each removal names rows that still exist.
    int row = int(m_records.size()) - 1;
    while (row >= 0) {
        if (!m_records[row].isFinished()) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && m_records[first - 1].isFinished())
            --first;
        beginRemoveRows(QModelIndex(), first, row);
        m_records.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    Q_EMIT countsChanged();
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobListModel::stateText(JobRecord::State state)
{
    switch (state) {
    case JobRecord::State::Running: return tr("running");
    case JobRecord::State::Cancelling: return tr("cancelling");
    case JobRecord::State::Done: return tr("done");
    case JobRecord::State::Failed: return tr("failed");
    case JobRecord::State::Cancelled: return tr("cancelled");
    }
    return QString();
}

QString JobListModel::durationText(qint64 ms)
{
    if (ms < 0)
        return Unknown;
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const JobRecord &r = m_records[index.row()];
    const JobContext::Progress &p = r.progress;
    const bool running = !r.isFinished();
    switch (role) {
    case ProgressRole:
        if (r.state == JobRecord::State::Done)
            return 1000;
        if (p.total > 0)
            return int(qBound(qint64(0), p.done * 1000 / p.total, qint64(1000)));
        return running ? -1 : -2;
    case StateRole:
        return int(r.state);
    case ErrorRole:
        return r.error.message;
    case JobIdRole:
        return r.id;
    case Qt::ForegroundRole:
        if (index.column() != StateColumn && index.column() != StageColumn)
            return QVariant();
        if (r.state == JobRecord::State::Failed)
            return QBrush(QColor(0xd6, 0x27, 0x28));
        if (index.column() == StateColumn && r.state == JobRecord::State::Done)
            return QBrush(QColor(0x2c, 0xa0, 0x2c));
        return QVariant();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case ItemsColumn:
        case BytesColumn:
        case RateColumn:
        case EtaColumn:
        case ElapsedColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        if (index.column() == StageColumn && r.state == JobRecord::State::Failed)
            return r.error.message;
        if (index.column() == TitleColumn || index.column() == StageColumn)
            return data(index, Qt::DisplayRole);
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    const qint64 now = m_clock();
    switch (index.column()) {
    case TitleColumn:
        return r.title;
    case StageColumn:
        if (r.state == JobRecord::State::Failed)
            return firstLine(r.error.message);
        if (r.state == JobRecord::State::Done)
            return QString(); // its last stage would read as still going; the state says done
        return p.stage; // running, or where a cancelled job stopped
    case ProgressColumn: {
        const int permille = data(index, ProgressRole).toInt();
        return permille < 0 ? QString() : QStringLiteral("%1%").arg(permille / 10);
    }
    case ItemsColumn:
        if (p.total > 0)
            return QStringLiteral("%1/%2").arg(QLocale().toString(p.done), QLocale().toString(p.total));
        return p.done > 0 ? QLocale().toString(p.done) : QString();
    case BytesColumn:
        return p.bytes > 0 ? QLocale().formattedDataSize(p.bytes) : QString();
    case RateColumn: {
        const double rate = r.bytesPerSecond(now);
        if (rate < 0)
            return running ? Unknown : QString();
        return tr("%1/s").arg(QLocale().formattedDataSize(qint64(rate)));
    }
    case EtaColumn:
        return running ? durationText(r.etaMs(now)) : QString();
    case ElapsedColumn:
        return durationText(r.elapsedMs(now));
    case StateColumn:
        return stateText(r.state);
    default:
        return QVariant();
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TitleColumn: return tr("Job");
    case StageColumn: return tr("Stage");
    case ProgressColumn: return tr("Progress");
    case ItemsColumn: return tr("Done");
    case BytesColumn: return tr("Bytes");
    case RateColumn: return tr("Rate");
    case EtaColumn: return tr("ETA");
    case ElapsedColumn: return tr("Elapsed");
    case StateColumn: return tr("State");
    case ActionColumn: return QString();
    default: return QVariant();
    }
}

} // namespace poddeck
