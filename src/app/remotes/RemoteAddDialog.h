#pragma once

#include "jobs/RemoteAccess.h"

#include <QDialog>

#include <memory>

namespace poddeck {

namespace Ui {
class RemoteAddDialog;
}

class JobRunner;

// Asks for a remote's name, URL and (for S3) an access key whose secret goes to the OS keychain, then
// adds it in a job: the keychain answers only off the GUI thread. Stays open with the core's message when
// adding fails (a bad URL, a missing bucket, no keychain running), and accepts once the remote is added.
class RemoteAddDialog : public QDialog
{
    Q_OBJECT

public:
    RemoteAddDialog(JobRunner *jobs, const QString &home, QWidget *parent = nullptr);
    ~RemoteAddDialog() override;

    // What the user entered (the home filled in); the secrets included, so keep it short-lived.
    AddRemoteRequest request() const;
    RemoteInfo added() const { return m_added; }
    // What the add noticed but did not stop for (a storage that could not be checked, a lax folder).
    QStringList warnings() const { return m_warnings; }

private:
    void chooseFolder();
    void updateFields();
    void submit();
    void showError(const QString &text);

    std::unique_ptr<Ui::RemoteAddDialog> m_ui;
    JobRunner *m_jobs;
    QString m_home;
    RemoteInfo m_added;
    QStringList m_warnings;
    bool m_busy = false;
};

} // namespace poddeck
