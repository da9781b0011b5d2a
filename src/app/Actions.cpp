#include "app/Actions.h"

#include <QAction>
#include <QWidget>

namespace poddeck {

QAction *addWindowAction(QWidget *window, const QString &name, const QString &text, const QKeySequence &shortcut,
                         const QString &accessible)
{
    auto *action = new QAction(text, window);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(accessible, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(accessible);
    action->setProperty("accessibleName", accessible);
    window->addAction(action);
    return action;
}

} // namespace poddeck
