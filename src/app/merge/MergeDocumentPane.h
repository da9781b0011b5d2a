#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace poddeck {

// One of the merge editor's four panes (base | ours | theirs | result): a caption and a resource's
// document pretty-printed, with the lines under changed keys tinted and those under conflicting keys
// tinted more strongly (red while unresolved, green once resolved).
class MergeDocumentPane : public QWidget
{
    Q_OBJECT

public:
    struct Highlights
    {
        QList<QStringList> changed;    // differs from base
        QList<QStringList> conflicts;  // unresolved conflicts
        QList<QStringList> resolved;   // resolved conflicts
    };

    // The caption and text are named after the pane ("<name>Caption", "<name>Text") whenever its
    // objectName is set, so a .ui file can create the pane with its parent alone.
    explicit MergeDocumentPane(QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    // `document` is the (masked) view document; nullopt shows `absentText` instead.
    void showDocument(const std::optional<QJsonObject> &document, const Highlights &highlights,
                      const QString &absentText = QString());
    void clear();
    QPlainTextEdit *editor() const { return m_text; }
    // Lines tinted as changed / as conflicts in the last showDocument(), for tests.
    int changedLineCount() const { return m_changedLines; }
    int conflictLineCount() const { return m_conflictLines; }

private:
    QLabel *m_caption;
    QPlainTextEdit *m_text;
    int m_changedLines = 0;
    int m_conflictLines = 0;
};

} // namespace poddeck
