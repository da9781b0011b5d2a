#pragma once

class QCoreApplication;

namespace poddeck {

// Installs PodDeck's translations for the system locale. English is always installed first: it is
// where the plural forms of "%n version(s)" live, so an English UI says "1 version" and "2 versions".
void installTranslations(QCoreApplication *app);

} // namespace poddeck
