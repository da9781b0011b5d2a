#include "util/ErrorText.h"

#include <QCoreApplication>

namespace poddeck {

QString ErrorText::tr(const char *sourceText, const char *disambiguation, int n)
{
    QString text = QCoreApplication::translate("poddeck::Error", sourceText, disambiguation, n);
    // No translation installed: the source's English "(s)" becomes the plural the count asks for.
    if (n >= 0)
        text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

} // namespace poddeck
