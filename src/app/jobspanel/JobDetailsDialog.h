#pragma once

#include <QDialog>

#include <memory>

namespace poddeck {

namespace Ui {
class JobDetailsDialog;
}

struct JobRecord;

// Why a job of the jobs panel failed (objectName "jobDetailsDialog"): its title, how long it ran, the
// error's code and whole message, with a button to copy the message.
class JobDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit JobDetailsDialog(const JobRecord &record, QWidget *parent = nullptr);
    ~JobDetailsDialog() override;

private:
    std::unique_ptr<Ui::JobDetailsDialog> m_ui;
};

} // namespace poddeck
