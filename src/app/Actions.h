#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QWidget;

namespace poddeck {

// A window-wide action the way every PodDeck window sets them up: `name` as objectName (tests find it),
// `shortcut` in Qt::WindowShortcut context, and `accessible` as status tip, as tool tip with the shortcut
// appended, and as the "accessibleName" property. QAction has no accessible name of its own: menus read
// its text, and tool bar buttons made for it take that property. The action is added to `window`, so
// its shortcut works even where no menu or tool bar shows it.
QAction *addWindowAction(QWidget *window, const QString &name, const QString &text, const QKeySequence &shortcut,
                         const QString &accessible);

} // namespace poddeck
