// The merge editor's texts that depend on its mode (a version merge, or a deep-merge inject into the
// live instance): title, header, notices, captions and the default message.
#include "app/merge/MergeEditorWindow.h"

#include "state/ResourcePath.h"

namespace poddeck {

QString MergeEditorWindow::modeTitle() const
{
    if (m_live)
        return tr("Deep Merge of %1 into the Instance — PodDeck").arg(versionText(m_liveMerge.version));
    return tr("Merge %1 into %2 — PodDeck").arg(versionText(m_versionMerge.theirs), versionText(m_versionMerge.ours));
}

QString MergeEditorWindow::modeHeader() const
{
    if (m_live) {
        const QString base = m_liveMerge.head ? tr("the instance head %1").arg(versionText(*m_liveMerge.head))
                                              : m_liveMerge.twoWayReason.isEmpty()
                                                    ? tr("none (the instance has no head version)")
                                                    : tr("none (%1)").arg(m_liveMerge.twoWayReason);
        return tr("Merging %1 (theirs) into the instance at %2 (ours). Base: %3.")
            .arg(versionText(m_liveMerge.version), m_endpoint, base);
    }
    const QString base =
        m_versionMerge.base ? versionText(*m_versionMerge.base) : tr("none (the versions share no ancestor)");
    return tr("Merging %1 (theirs) into %2 (ours). Base: %3.")
        .arg(versionText(m_versionMerge.theirs), versionText(m_versionMerge.ours), base);
}

QString MergeEditorWindow::modeNotice() const
{
    // Why the base is empty (no head, or one that no longer applies after a restart), and what stays
    // deleted on the head's word: both change what the result holds without a conflict to show it.
    QStringList notice;
    if (m_live && m_liveMerge.twoWay)
        notice.append(tr("%1: this is a two-way merge, and everything both sides hold differently is a conflict.")
                          .arg(m_liveMerge.twoWayReason.isEmpty() ? tr("The instance has no head version")
                                                                  : m_liveMerge.twoWayReason));
    if (m_live && !m_liveMerge.keptDeleted.isEmpty()) {
        QStringList shown;
        for (const QString &path : std::as_const(m_liveMerge.keptDeleted).mid(0, 10))
            shown.append(ResourcePath::display(path));
        notice.append(tr("%n resource(s) stay deleted because the instance head says they were deleted on the "
                         "instance: %1", nullptr, int(m_liveMerge.keptDeleted.size()))
                          .arg(shown.join(QStringLiteral(", ")) + (m_liveMerge.keptDeleted.size() > 10 ? tr(" …") : QString())));
    }
    return notice.join(QLatin1Char('\n'));
}

QString MergeEditorWindow::modeMessage() const
{
    return m_live ? tr("Deep merge of %1 into the instance").arg(versionText(m_liveMerge.version))
                  : tr("Merge %1 into %2").arg(versionText(m_versionMerge.theirs), versionText(m_versionMerge.ours));
}

QString MergeEditorWindow::sideCaption(MergeSide side) const
{
    switch (side) {
    case MergeSide::Base:
        if (m_live)
            return m_liveMerge.head ? tr("Base — head %1").arg(versionText(*m_liveMerge.head)) : tr("Base — none");
        return m_versionMerge.base ? tr("Base — %1").arg(versionText(*m_versionMerge.base)) : tr("Base — none");
    case MergeSide::Ours:
        return m_live ? tr("Ours — the instance") : tr("Ours — %1").arg(versionText(m_versionMerge.ours));
    case MergeSide::Theirs:
        return tr("Theirs — %1").arg(versionText(m_live ? m_liveMerge.version : m_versionMerge.theirs));
    }
    return QString();
}


} // namespace poddeck
