#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace poddeck {

// What the window shows instead of empty tables: a heading, a sentence saying what to do, and
// (when it can help) a button for the action that gets the user going.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    // Plain text, selectable so a command in it can be copied.
    void setMessage(const QString &heading, const QString &text, bool offerImport);
    QString heading() const;
    QString text() const;

Q_SIGNALS:
    void importRequested();

private:
    QLabel *m_heading;
    QLabel *m_text;
    QPushButton *m_import;
};

} // namespace poddeck
