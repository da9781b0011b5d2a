#pragma once

#include "jobs/Sync.h"

#include <QDialog>

class QDialogButtonBox;
class QListWidget;

namespace poddeck {

// The pods a remote holds, to pick one to copy here. Pods this home has already are listed but cannot be
// picked (pull them instead).
class CloneDialog : public QDialog
{
    Q_OBJECT

public:
    CloneDialog(const QString &remote, const QList<RemotePodInfo> &pods, QWidget *parent = nullptr);

    QString pod() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace poddeck
