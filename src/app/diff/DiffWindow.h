#pragma once

#include "app/jobs/LatestRequest.h"
#include "app/settings/AppSettings.h"
#include "jobs/DiffMerge.h"

#include <QPointer>
#include <QWidget>

class QPushButton;

namespace poddeck {

class DiffWidget;
class Job;
class JobRunner;

// A window of its own for one comparison (so two can sit side by side): runs diffVersions() in a job
// and shows the result in a DiffWidget; "Compare Again" re-reads (useful when a side is the instance).
class DiffWindow : public QWidget
{
    Q_OBJECT

public:
    DiffWindow(JobRunner *jobs, QWidget *parent = nullptr);
    ~DiffWindow() override;

    // When a side is live, the worker builds request.config from `settings` for `endpoint`.
    void compare(const DiffRequest &request, const AppSettings &settings = {}, const QString &endpoint = {});
    void compareAgain();
    DiffWidget *diffWidget() const { return m_diff; }
    bool isComparing() const { return !m_job.isNull(); }

Q_SIGNALS:
    // A comparison's result (or error) is on screen.
    void compared();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    JobRunner *m_jobs;
    DiffWidget *m_diff;
    QPushButton *m_again;
    DiffRequest m_request;
    AppSettings m_settings;
    QString m_endpoint;
    QPointer<Job> m_job;
    LatestRequest m_latest; // comparisons: the newest wins
};

} // namespace poddeck
