#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QCommandLineParser;
class QWidget;

namespace poddeck {

// What the screenshot programs share (tools, not the app: they may wait with a local event loop, which
// the app itself never does). The options say where pictures go and which ones a run writes:
//   --out DIR           the directory (docs/screenshots)
//   --suffix TEXT       added to each name: main-window-de.png for "-de"
//   --only NAME,NAME    only these pictures (names without suffix or .png); all when absent
class ScreenshotWriter
{
public:
    void addOptions(QCommandLineParser &parser);
    void read(const QCommandLineParser &parser);

    bool wants(const QString &name) const;
    // Lets the widget finish painting, then writes DIR/NAME+SUFFIX.png (if wanted).
    void save(QWidget *widget, const QString &name);
    // The window a wanted picture shows did not open (or did not get there): finish() names it.
    void missing(const QString &name, const QString &why);
    // 0 when every wanted picture was written, else 1 after naming the ones that were not: a script
    // must not go on with last run's picture under a new one's name.
    int finish() const;

private:
    QString m_dir;
    QString m_suffix;
    QSet<QString> m_only;
    QStringList m_written;
    QStringList m_failed;
};

// Processes events until `done` (or `ms` pass); returns done().
bool waitUntil(const std::function<bool()> &done, int ms = 20000);
// Processes events for `ms`: layouts, resizes and repaints settle.
void settle(int ms = 400);

} // namespace poddeck
