#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace poddeck {

namespace {

void install(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

void installTranslations(QCoreApplication *app)
{
    const QString ours = QStringLiteral(":/i18n");
    install(app, QLocale(QLocale::English), QStringLiteral("poddeck"), ours);
    const QLocale locale;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        install(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        install(app, locale, QStringLiteral("poddeck"), ours);
    }
}

} // namespace poddeck
