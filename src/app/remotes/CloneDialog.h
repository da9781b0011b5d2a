#pragma once

#include "jobs/Sync.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace poddeck {

namespace Ui {
class CloneDialog;
}

// The pods a remote holds, to pick one to copy here, with the description and labels of the one picked.
// Pods this home has already are listed but cannot be picked (pull them instead).
class CloneDialog : public QDialog
{
    Q_OBJECT

public:
    CloneDialog(const QString &remote, const QList<RemotePodInfo> &pods, QWidget *parent = nullptr);
    ~CloneDialog() override;

    QString pod() const;
    QListWidget *list() const { return m_list; }
    QLabel *details() const { return m_details; }

private:
    void showDetails();

    std::unique_ptr<Ui::CloneDialog> m_ui;
    QList<RemotePodInfo> m_pods;
    QListWidget *m_list;
    QLabel *m_details;
    QDialogButtonBox *m_buttons;
};

} // namespace poddeck
