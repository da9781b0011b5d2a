#pragma once

#include <QString>

namespace poddeck {

// Where a PodDeck home lives: --home, else $PODDECK_HOME, else the XDG data dir
// ($XDG_DATA_HOME/PodDeck, e.g. ~/.local/share/PodDeck).
QString resolveHome(const QString &explicitHome = QString());

} // namespace poddeck
