#pragma once

#include <QMessageBox>
#include <QStringList>

class QListWidget;

namespace poddeck {

// "Reset Instance": the confirmation (objectName "resetConfirm", its button "confirmButton") with the
// instance's services listed, each checked. Unchecking some resets only the others; with every service
// checked the whole instance is reset, and its head cleared.
class ResetInstanceDialog : public QMessageBox
{
    Q_OBJECT

public:
    ResetInstanceDialog(const QString &endpoint, const QStringList &services, QWidget *parent = nullptr);

    // The services to reset; empty when all are checked (the whole instance).
    QStringList selectedServices() const;
    bool isWholeInstance() const;
    QListWidget *servicesList() const { return m_services; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    void updateButton();

    QListWidget *m_services;
    QPushButton *m_confirm;
};

} // namespace poddeck
