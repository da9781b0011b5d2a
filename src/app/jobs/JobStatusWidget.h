#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QMessageBox;
class QProgressBar;
class QTimer;
class QToolButton;

namespace poddeck {

class Job;
class JobRunner;

// The jobs corner of the status bar: the current job's stage and progress with a cancel button, and
// the last error as a button that opens its details. Short jobs (a catalogue read) never show: a job
// appears only once it has run for ShowDelayMs.
class JobStatusWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ShowDelayMs = 300;

    explicit JobStatusWidget(JobRunner *runner, QWidget *parent = nullptr);

    QAction *cancelAction() const { return m_cancelAction; }
    // Shows `summary` beside the jobs until the next error or until the user opens and closes it.
    void showError(const QString &summary, const QString &details);
    void clearError();
    QString errorSummary() const;

Q_SIGNALS:
    // The user clicked the widget or its Jobs button: the window shows or hides the jobs panel.
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void onJobStarted(Job *job);
    void onJobFinished(Job *job);
    void updateJobDisplay();
    void showErrorDetails();

    JobRunner *m_runner;
    QLabel *m_stage;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QAction *m_cancelAction;
    QToolButton *m_error;
    QToolButton *m_jobsButton;
    QString m_errorDetails;
    QTimer *m_showTimer;
    QPointer<Job> m_shown;
    QPointer<QMessageBox> m_details;
};

} // namespace poddeck
