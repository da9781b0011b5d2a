#pragma once

// What the language tests share: ScopedGerman, and the accelerator check.
// Accelerator letters (&X) must be unique within what one window shows at once: its buttons, labels
// with a buddy, check boxes, group boxes, tabs and window actions. A clash makes Alt+X cycle or pick the
// wrong control. Menus are checked per menu in tst_mainwindow.
#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QStringList>
#include <QTabBar>
#include <QToolButton>
#include <QTranslator>
#include <QCoreApplication>
#include <QWidget>

namespace poddeck::test {

// The German translation, installed for the guard's lifetime when `german` (tests check both languages).
class ScopedGerman
{
public:
    explicit ScopedGerman(bool german = true)
    {
        m_installed = german && m_translator.load(QStringLiteral(":/i18n/poddeck_de.qm"))
                      && QCoreApplication::installTranslator(&m_translator);
        m_failed = german && !m_installed;
    }
    ~ScopedGerman()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }
    ScopedGerman(const ScopedGerman &) = delete;
    ScopedGerman &operator=(const ScopedGerman &) = delete;
    // German was asked for and could not be loaded (the .qm is embedded in poddeck_gui).
    bool failed() const { return m_failed; }

private:
    QTranslator m_translator;
    bool m_installed = false;
    bool m_failed = false;
};

inline QChar acceleratorOf(const QString &text)
{
    static const QRegularExpression amp(QStringLiteral("&([^&\\s])"));
    QString plain = text;
    plain.replace(QStringLiteral("&&"), QString());
    const QRegularExpressionMatch m = amp.match(plain);
    return m.hasMatch() ? m.captured(1).at(0).toLower() : QChar();
}

// "where: "A" and "B" share &x" for every clash among the window's controls and actions.
inline QStringList acceleratorClashes(QWidget *window, const QString &where)
{
    QHash<QChar, QString> taken;
    QStringList clashes;
    const auto take = [&](const QString &text) {
        const QChar key = acceleratorOf(text);
        if (key.isNull())
            return;
        if (taken.value(key) == text)
            return; // one command shown twice (a window action and its button)
        if (taken.contains(key))
            clashes.append(QStringLiteral("%1: \"%2\" and \"%3\" share &%4").arg(where, taken.value(key), text, key));
        else
            taken.insert(key, text);
    };
    for (QAction *a : window->actions())
        if (!a->menu() && a->isVisible())
            take(a->text());
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (!b->isHidden() && !(qobject_cast<QToolButton *>(b) && qobject_cast<QToolButton *>(b)->defaultAction()))
            take(b->text());
    for (QLabel *l : window->findChildren<QLabel *>())
        if (l->buddy() && !l->isHidden())
            take(l->text());
    for (QGroupBox *g : window->findChildren<QGroupBox *>())
        if (g->isCheckable())
            take(g->title());
    for (QTabBar *t : window->findChildren<QTabBar *>())
        for (int i = 0; i < t->count(); ++i)
            take(t->tabText(i));
    return clashes;
}

} // namespace poddeck::test
