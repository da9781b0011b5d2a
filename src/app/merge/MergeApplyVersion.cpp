// Apply in a version merge: record the merge as a version with parents [ours, theirs].
#include "app/merge/MergeEditorWindow.h"

#include "app/jobs/JobRunner.h"
#include "jobs/CommitDirectory.h"

#include <QStatusBar>

namespace poddeck {

void MergeEditorWindow::applyVersion(const QString &text)
{
    statusBar()->showMessage(tr("Recording the merge…"));
    m_jobs->run(
        tr("Recording the merge of %1 into %2").arg(versionText(m_versionMerge.theirs), versionText(m_versionMerge.ours)),
        [home = m_home, merge = m_versionMerge, text](JobContext &c) {
            return recordMerge(home, merge, text, defaultAuthor(), c);
        },
        this, [this](Result<Version> version) {
            finishApply();
            if (!version) {
                showError(tr("Recording the merge failed: %1").arg(version.error().message));
                updateState();
                return;
            }
            Q_EMIT message(tr("Recorded the merge as %1").arg(versionText(*version)));
            Q_EMIT merged(*version);
            close();
        });
}

} // namespace poddeck
