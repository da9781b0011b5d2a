#include "app/dialogs/CommitDialog.h"

#include "store/Catalogue.h"

#include "ui_CommitDialog.h"

#include <QPushButton>
#include <QRegularExpression>

namespace poddeck {

namespace {

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

CommitDialog::CommitDialog(const QStringList &pods, const QString &currentPod, const QString &endpoint,
                           const QStringList &defaultRegions, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CommitDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("commitDialog"));
    m_ui->introLabel->setText(tr("Snapshot the instance at %1 into a new version of a pod.").arg(endpoint));
    m_ui->podCombo->addItems(pods);
    m_ui->podCombo->setCurrentText(currentPod);
    m_ui->regionsEdit->setText(defaultRegions.join(QStringLiteral(", ")));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Commit"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("commitButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CommitDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CommitDialog::reject);
    connect(m_ui->podCombo, &QComboBox::currentTextChanged, this, &CommitDialog::validate);
    validate();
    m_ui->messageEdit->setFocus();
}

CommitDialog::~CommitDialog() = default;

QString CommitDialog::pod() const
{
    return m_ui->podCombo->currentText().trimmed();
}

QString CommitDialog::message() const
{
    return m_ui->messageEdit->toPlainText().trimmed();
}

QStringList CommitDialog::services() const
{
    return splitList(m_ui->servicesEdit->text());
}

QStringList CommitDialog::regions() const
{
    return splitList(m_ui->regionsEdit->text());
}

bool CommitDialog::includeMessages() const
{
    return m_ui->messagesCheck->isChecked();
}

void CommitDialog::validate()
{
    const Status valid = Catalogue::validatePodName(pod());
    m_ui->problemLabel->setText(pod().isEmpty() ? tr("Name the pod to commit into.")
                                                : (valid ? QString() : valid.error().message));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!pod().isEmpty() && valid.ok());
}

void CommitDialog::accept()
{
    if (!Catalogue::validatePodName(pod()).ok())
        return;
    QDialog::accept();
}

} // namespace poddeck
