#pragma once

#include <QDialog>

#include <memory>

namespace poddeck {

namespace Ui {
class CommitDialog;
}

// Asks what to commit: into which pod (an existing one or a new name), with what message, and
// optionally only some services and regions. MainWindow runs the commitInstance job on accept.
class CommitDialog : public QDialog
{
    Q_OBJECT

public:
    CommitDialog(const QStringList &pods, const QString &currentPod, const QString &endpoint,
                 const QStringList &defaultRegions, QWidget *parent = nullptr);
    ~CommitDialog() override;

    QString pod() const;
    QString message() const;
    QStringList services() const;
    QStringList regions() const;
    bool includeMessages() const;

    void accept() override;

private:
    void validate();

    std::unique_ptr<Ui::CommitDialog> m_ui;
};

} // namespace poddeck
