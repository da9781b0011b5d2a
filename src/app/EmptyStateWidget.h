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

    // The first step a fresh home offers above import: commit the instance that answers, or start a
    // local moto_server when none does.
    enum class Primary { None, CommitInstance, StartMoto };

    // Plain text, selectable so a command in it can be copied.
    void setMessage(const QString &heading, const QString &text, bool offerImport);
    void setPrimary(Primary primary);
    Primary primary() const { return m_primaryKind; }
    QString heading() const;
    QString text() const;

Q_SIGNALS:
    void importRequested();
    void commitRequested();
    void startMotoRequested();

private:
    QLabel *m_heading;
    QLabel *m_text;
    QPushButton *m_import;
    QPushButton *m_primary;
    Primary m_primaryKind = Primary::None;
};

} // namespace poddeck
