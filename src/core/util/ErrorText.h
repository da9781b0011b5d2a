#pragma once

#include <QString>

namespace poddeck {

// The words of a user-facing message from core (errors, and the warnings and notes jobs report), translated
// in one context, "poddeck::Error". Write whole sentences with %1 placeholders, never glue pieces; pass a
// count as n with "%n thing(s)" in the source. Text from the OS or a server goes in through a placeholder,
// as it comes. The GUI installs German and the English plural forms; without a translator (the CLI, core
// tests) "(s)" is resolved here, so English output reads right.
//
//     return Error(Error::Code::NotFound, ErrorText::tr("no pod named '%1'").arg(name));
//
// tests/i18n checks that every Error built in src/core takes its words from here and that German has them.
struct ErrorText
{
    static QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1);
#ifdef PODDECK_LUPDATE_ONLY
    // Never compiled: tells lupdate that ErrorText::tr translates in context "poddeck::Error".
    Q_DECLARE_TR_FUNCTIONS(poddeck::Error)
#endif
};

} // namespace poddeck
