#pragma once

#include "store/RemoteInfo.h"

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;

namespace poddeck {

namespace Ui {
class RemoteBrowserDialog;
}

class JobRunner;
class RemoteBrowserModel;

// Remote > Browse Remote…: every pod on a remote with its description, labels, services, size, newest
// version and who pushed it, listed by a job (listRemotePods) and filtered by a search over name,
// description and labels. Double-click (or Clone) asks for a clone; rows drag onto the instance bar.
class RemoteBrowserDialog : public QDialog
{
    Q_OBJECT

public:
    RemoteBrowserDialog(JobRunner *jobs, const QString &home, const QList<RemoteInfo> &remotes, const QString &remote,
                        QWidget *parent = nullptr);
    ~RemoteBrowserDialog() override;

    QString remote() const;
    // The pod of the current row; empty when none.
    QString currentPod() const;
    RemoteBrowserModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // `local`: this home has a pod of that name already (pull it rather than clone).
    void cloneRequested(const QString &remote, const QString &pod, bool local);
    void loaded();

private:
    void requestClone(const QModelIndex &proxyIndex);
    void updateButtons();

    std::unique_ptr<Ui::RemoteBrowserDialog> m_ui;
    JobRunner *m_jobs;
    QString m_home;
    RemoteBrowserModel *m_model;
    QSortFilterProxyModel *m_proxy;
    int m_request = 0;
};

} // namespace poddeck
