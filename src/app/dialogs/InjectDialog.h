#pragma once

#include "app/jobs/LatestRequest.h"
#include "app/settings/AppSettings.h"
#include "jobs/InjectVersion.h"

#include <QDialog>

#include <memory>

namespace poddeck {

namespace Ui {
class InjectDialog;
}

class JobRunner;

// Asks how to inject a version and shows what it would do before it does it: every change of strategy
// (or conflict rule) runs injectVersion with dryRun in a job and lists the plan. The apply itself is
// MainWindow's job, after accept.
class InjectDialog : public QDialog
{
    Q_OBJECT

public:
    InjectDialog(JobRunner *jobs, const QString &home, const AppSettings &settings, const QString &endpoint,
                 const VersionRef &ref, QWidget *parent = nullptr);
    ~InjectDialog() override;

    InjectStrategy strategy() const;
    Prefer prefer() const;
    VersionRef ref() const { return m_ref; }
    bool isPreviewReady() const { return m_previewReady; }

    static QString strategyTitle(InjectStrategy strategy);
    static QString strategyHelp(InjectStrategy strategy);

Q_SIGNALS:
    void previewFinished();

private:
    void preview();
    void showPlan(const InjectReport &report);

    std::unique_ptr<Ui::InjectDialog> m_ui;
    JobRunner *m_jobs;
    QString m_home;
    AppSettings m_settings;
    QString m_endpoint;
    VersionRef m_ref;
    LatestRequest m_latest; // previews: the newest strategy wins
    bool m_previewReady = false;
};

} // namespace poddeck
