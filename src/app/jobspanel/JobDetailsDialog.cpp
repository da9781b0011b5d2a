#include "app/jobspanel/JobDetailsDialog.h"

#include "app/jobspanel/JobListModel.h"
#include "app/jobspanel/JobRecord.h"

#include "ui_JobDetailsDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

namespace poddeck {

JobDetailsDialog::JobDetailsDialog(const JobRecord &record, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::JobDetailsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("jobDetailsDialog"));
    setWindowTitle(tr("%1 failed").arg(record.title));
    m_ui->introLabel->setText(tr("“%1” failed after %2 (%3):")
                                  .arg(record.title, JobListModel::durationText(record.finishedMs - record.startedMs),
                                       Error::codeName(record.error.code)));
    m_ui->jobDetailsText->setPlainText(record.error.message);
    QPushButton *copy = m_ui->buttonBox->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyJobErrorButton"));
    connect(copy, &QPushButton::clicked, this, [message = record.error.message] {
        QGuiApplication::clipboard()->setText(message);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

JobDetailsDialog::~JobDetailsDialog() = default;

} // namespace poddeck
