#pragma once

#include "app/jobs/LatestRequest.h"
#include "store/RemoteInfo.h"

#include <QDialog>

#include <memory>

namespace poddeck {

namespace Ui {
class RemotesDialog;
}

class JobRunner;

// The remotes of a home: name, URL and where the credentials come from; add, remove (after asking) and
// test the connection (lists the remote's pods in a job). Never shows or stores a secret.
class RemotesDialog : public QDialog
{
    Q_OBJECT

public:
    RemotesDialog(JobRunner *jobs, const QString &home, QWidget *parent = nullptr);
    ~RemotesDialog() override;

    void setRemotes(const QList<RemoteInfo> &remotes);
    QString currentRemote() const;
    // Where the credentials of a remote come from, in words.
    static QString credentialsSource(const RemoteInfo &remote);

public Q_SLOTS:
    void reload();
    void addRemote();
    void removeRemote();
    void testConnection();

Q_SIGNALS:
    void remotesChanged();

private:
    void updateButtons();
    void showResult(const QString &text, bool error);

    std::unique_ptr<Ui::RemotesDialog> m_ui;
    JobRunner *m_jobs;
    QString m_home;
    LatestRequest m_testLatest;
};

} // namespace poddeck
