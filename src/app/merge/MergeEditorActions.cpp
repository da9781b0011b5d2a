// The merge editor's actions: each with its objectName, shortcut and accessible name (addWindowAction).
#include "app/merge/MergeEditorWindow.h"

#include "app/Actions.h"

#include <QAction>
#include <QStyle>

namespace poddeck {

void MergeEditorWindow::createActions()
{
    const QString ours = m_live ? tr("the instance") : tr("ours");
    const QString theirs = m_live ? tr("the version") : tr("theirs");
    m_previousAction =
        addWindowAction(this, QStringLiteral("previousConflictAction"), tr("&Previous Conflict"),
                        QKeySequence(Qt::SHIFT | Qt::Key_F8), tr("Go to the previous unsolved conflict"));
    m_previousAction->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_nextAction = addWindowAction(this, QStringLiteral("nextConflictAction"), tr("&Next Conflict"),
                                   QKeySequence(Qt::Key_F8), tr("Go to the next unsolved conflict"));
    m_nextAction->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_autoSolveAction =
        addWindowAction(this, QStringLiteral("autoSolveAction"), tr("&Auto-Solve"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                        tr("Resolve what a rule can: lists both sides changed merge as sets"));
    m_takeBaseAction = addWindowAction(this, QStringLiteral("takeBaseAction"), tr("Take &Base"),
                                       QKeySequence(Qt::CTRL | Qt::Key_1),
                                       tr("Take the base for the selected attribute or resource"));
    m_takeOursAction = addWindowAction(this, QStringLiteral("takeOursAction"), tr("Take &Ours"),
                                       QKeySequence(Qt::CTRL | Qt::Key_2),
                                       tr("Take %1 for the selected attribute or resource").arg(ours));
    m_takeTheirsAction = addWindowAction(this, QStringLiteral("takeTheirsAction"), tr("Take &Theirs"),
                                         QKeySequence(Qt::CTRL | Qt::Key_3),
                                         tr("Take %1 for the selected attribute or resource").arg(theirs));
    m_editAction =
        addWindowAction(this, QStringLiteral("editValueAction"), tr("&Edit Value…"), QKeySequence(Qt::Key_F2),
                        tr("Write the merged value of the selected attribute or resource"));
    // Revealing acts on the selected attribute only, and its shortcut only while the table has focus.
    m_revealAction = new QAction(tr("Re&veal Value"), this);
    m_revealAction->setObjectName(QStringLiteral("revealValueAction"));
    m_revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_revealAction->setShortcutContext(Qt::WidgetShortcut);
    m_revealAction->setProperty("accessibleName", tr("Reveal or hide the selected secret value"));
    m_revealAction->setStatusTip(m_revealAction->property("accessibleName").toString());
    m_applyAction = addWindowAction(this, QStringLiteral("applyAction"),
                                    m_live ? tr("Apply to the &Instance") : tr("&Record Merge"),
                                    QKeySequence(Qt::CTRL | Qt::Key_Return),
                                    m_live ? tr("Apply the merge to the instance and record it")
                                           : tr("Record the merge as a version with two parents"));
    m_applyAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_cancelAction =
        addWindowAction(this, QStringLiteral("cancelAction"), tr("&Cancel"), QKeySequence(Qt::Key_Escape),
                        tr("Close the merge editor without merging"));

    connect(m_nextAction, &QAction::triggered, this, &MergeEditorWindow::nextConflict);
    connect(m_previousAction, &QAction::triggered, this, &MergeEditorWindow::previousConflict);
    connect(m_autoSolveAction, &QAction::triggered, this, &MergeEditorWindow::autoSolve);
    connect(m_takeBaseAction, &QAction::triggered, this, [this] { take(MergeSide::Base); });
    connect(m_takeOursAction, &QAction::triggered, this, [this] { take(MergeSide::Ours); });
    connect(m_takeTheirsAction, &QAction::triggered, this, [this] { take(MergeSide::Theirs); });
    connect(m_editAction, &QAction::triggered, this, &MergeEditorWindow::editValue);
    connect(m_revealAction, &QAction::triggered, this, &MergeEditorWindow::toggleReveal);
    connect(m_applyAction, &QAction::triggered, this, &MergeEditorWindow::apply);
    connect(m_cancelAction, &QAction::triggered, this, &QWidget::close);
}

} // namespace poddeck
