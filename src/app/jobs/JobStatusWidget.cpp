#include "app/jobs/JobStatusWidget.h"

#include "app/jobs/JobRunner.h"

#include <QAction>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace poddeck {

namespace {
constexpr int MaxErrorWidth = 420;
}

JobStatusWidget::JobStatusWidget(JobRunner *runner, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_stage(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QToolButton(this)), m_cancelAction(new QAction(this)), m_error(new QToolButton(this)),
      m_jobsButton(new QToolButton(this)), m_showTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("jobStatus"));

    m_error->setObjectName(QStringLiteral("jobError"));
    m_error->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_error->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_error->setAutoRaise(true);
    m_error->setToolTip(tr("Show the details of this error"));
    m_error->setAccessibleName(tr("Last error"));
    m_error->hide();
    connect(m_error, &QToolButton::clicked, this, &JobStatusWidget::showErrorDetails);

    m_stage->setObjectName(QStringLiteral("jobStage"));
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Job progress"));

    m_cancelAction->setObjectName(QStringLiteral("cancelJobAction"));
    m_cancelAction->setText(tr("Cancel"));
    m_cancelAction->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    m_cancelAction->setToolTip(tr("Cancel the running job (%1)")
                                   .arg(m_cancelAction->shortcut().toString(QKeySequence::NativeText)));
    m_cancelAction->setProperty("accessibleName", tr("Cancel the running job"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        if (m_shown)
            m_shown->cancel();
    });
    m_cancel->setDefaultAction(m_cancelAction);
    m_cancel->setAutoRaise(true);
    m_cancel->setAccessibleName(tr("Cancel the running job"));

    m_jobsButton->setObjectName(QStringLiteral("showJobsButton"));
    m_jobsButton->setText(tr("Jobs"));
    m_jobsButton->setAutoRaise(true);
    m_jobsButton->setToolTip(tr("Show or hide the jobs of this session"));
    m_jobsButton->setAccessibleName(tr("Show or hide the jobs of this session"));
    connect(m_jobsButton, &QToolButton::clicked, this, &JobStatusWidget::clicked);
    setToolTip(tr("Click to show the jobs of this session"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_jobsButton);

    m_showTimer->setSingleShot(true);
    connect(m_showTimer, &QTimer::timeout, this, &JobStatusWidget::updateJobDisplay);
    connect(runner, &JobRunner::jobStarted, this, &JobStatusWidget::onJobStarted);
    connect(runner, &JobRunner::jobFinished, this, &JobStatusWidget::onJobFinished);
    updateJobDisplay();
}

void JobStatusWidget::showError(const QString &summary, const QString &details)
{
    m_errorDetails = details;
    m_error->setText(fontMetrics().elidedText(summary, Qt::ElideRight, MaxErrorWidth));
    m_error->setAccessibleDescription(summary);
    m_error->setProperty("summary", summary);
    m_error->show();
}

void JobStatusWidget::clearError()
{
    m_error->hide();
    m_error->setProperty("summary", QVariant());
    m_errorDetails.clear();
}

QString JobStatusWidget::errorSummary() const
{
    return m_error->isHidden() ? QString() : m_error->property("summary").toString();
}

void JobStatusWidget::onJobStarted(Job *job)
{
    connect(job, &Job::progressChanged, this, [this, job] {
        if (job == m_shown)
            updateJobDisplay();
    });
    connect(job, &Job::cancelRequested, this, &JobStatusWidget::updateJobDisplay);
    if (!m_showTimer->isActive())
        m_showTimer->start(ShowDelayMs);
}

void JobStatusWidget::onJobFinished(Job *job)
{
    if (job == m_shown)
        m_shown = nullptr;
    updateJobDisplay();
}

void JobStatusWidget::updateJobDisplay()
{
    // The oldest job that has been running long enough to be worth showing.
    Job *shown = nullptr;
    qint64 soonest = -1;
    const QList<Job *> running = m_runner->runningJobs();
    for (Job *job : running) {
        const qint64 wait = ShowDelayMs - job->runningMs();
        if (wait <= 0) {
            shown = job;
            break;
        }
        if (soonest < 0 || wait < soonest)
            soonest = wait;
    }
    if (!shown && soonest >= 0)
        m_showTimer->start(int(soonest));
    m_shown = shown;

    m_stage->setVisible(shown);
    m_progress->setVisible(shown);
    m_cancel->setVisible(shown);
    m_cancelAction->setEnabled(shown && !shown->isCancelRequested());
    if (!shown)
        return;

    const JobContext::Progress p = shown->progress();
    QString text = shown->isCancelRequested() ? tr("Cancelling: %1").arg(shown->title())
                                              : (p.stage.isEmpty() ? shown->title() : p.stage);
    if (running.size() > 1)
        text = tr("%1 (%n more job(s))", nullptr, int(running.size() - 1)).arg(text);
    m_stage->setText(text);
    if (p.total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), p.done * 1000 / p.total, qint64(1000))));
    } else {
        m_progress->setRange(0, 0); // busy
    }
    m_progress->setToolTip(shown->title());
}

void JobStatusWidget::mouseReleaseEvent(QMouseEvent *event)
{
    // The stage text and the progress bar are part of the click target; the buttons handle their own.
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QWidget::mouseReleaseEvent(event);
}

void JobStatusWidget::showErrorDetails()
{
    if (m_details) {
        m_details->raise();
        m_details->activateWindow();
        return;
    }
    // Window-modal and opened with open(): no nested event loop.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("PodDeck"), m_error->property("summary").toString(),
                                QMessageBox::Close, window());
    box->setObjectName(QStringLiteral("jobErrorDetails"));
    box->setInformativeText(m_errorDetails);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, &JobStatusWidget::clearError);
    m_details = box;
    box->open();
}

} // namespace poddeck
