#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

class QListWidget;
class QPushButton;

namespace poddeck {

namespace Ui {
class ResetInstanceDialog;
}

// "Reset Instance": the confirmation (objectName "resetConfirm", its button "confirmButton") with the
// instance's services listed, each checked. Unchecking some resets only the others; with every service
// checked the whole instance is reset, and its head cleared. The confirm button accepts the dialog.
class ResetInstanceDialog : public QDialog
{
    Q_OBJECT

public:
    ResetInstanceDialog(const QString &endpoint, const QStringList &services, QWidget *parent = nullptr);
    ~ResetInstanceDialog() override;

    // The services to reset; empty when all are checked (the whole instance).
    QStringList selectedServices() const;
    bool isWholeInstance() const;
    QListWidget *servicesList() const { return m_services; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    void updateButton();

    std::unique_ptr<Ui::ResetInstanceDialog> m_ui;
    QListWidget *m_services;
    QPushButton *m_confirm;
};

} // namespace poddeck
