// Apply in a deep-merge inject: change the live instance (preflight first, as every inject), then record
// the merge and the instance's new head.
#include "app/merge/MergeEditorWindow.h"

#include "app/jobs/JobRunner.h"
#include "jobs/CommitDirectory.h"
#include "jobs/InjectPreflight.h"
#include "jobs/InjectVersion.h"

#include <QStatusBar>

namespace poddeck {

void MergeEditorWindow::applyLive(const QString &text)
{
    statusBar()->showMessage(tr("Applying the merge to the instance…"));
    m_jobs->run(
        tr("Deep-merging %1 into %2").arg(versionText(m_liveMerge.version), m_endpoint),
        [home = m_home, request = m_liveRequest, merge = m_liveMerge, settings = m_settings, endpoint = m_endpoint,
         text](JobContext &c) mutable {
            request.home = home;
            request.config = settings.awsConfig(endpoint);
            Result<LiveMergeReport> r = applyLiveMerge(request, merge, text, defaultAuthor(), false, c);
            // Inject preflight refusal (issue 10): nothing changed; a failure part-way marks the instance.
            if (r && r->refused)
                return Result<LiveMergeReport>(Error(Error::Code::Unsupported, preflightRefusal(r->preflight)));
            if (r && r->applied)
                (void)recordInjectOutcome(request.home, request.config, merge.version, r->apply, r->preflight);
            return r;
        },
        this, [this](Result<LiveMergeReport> report) {
            finishApply();
            Q_EMIT instanceTouched();
            const Error error = !report ? report.error() : report->apply.error;
            if (error.isError()) {
                showError(tr("Applying the merge failed: %1. The instance may hold part of the merge; check it "
                             "before you try again.")
                              .arg(error.message));
                updateState();
                return;
            }
            if (report->recorded)
                Q_EMIT message(tr("Merged %1 into the instance and recorded %2")
                                   .arg(versionText(m_liveMerge.version), versionText(report->merged)));
            else
                Q_EMIT message(tr("Merged %1 into the instance").arg(versionText(m_liveMerge.version)));
            Q_EMIT merged(report->merged);
            close();
        });
}

} // namespace poddeck
