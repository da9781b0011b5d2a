#include "app/remotes/RemoteAddDialog.h"

#include "app/jobs/JobRunner.h"
#include "remote/RemoteUrl.h"

#include "ui_RemoteAddDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QUrl>

namespace poddeck {

RemoteAddDialog::RemoteAddDialog(JobRunner *jobs, const QString &home, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RemoteAddDialog>()), m_jobs(jobs), m_home(home)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("remoteAddDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addButton"));
    m_ui->errorLabel->hide();
    connect(m_ui->chooseFolderButton, &QPushButton::clicked, this, &RemoteAddDialog::chooseFolder);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &RemoteAddDialog::updateFields);
    connect(m_ui->encryptCheck, &QCheckBox::toggled, this, &RemoteAddDialog::updateFields);
    m_ui->insecureHttpCheck->setObjectName(QStringLiteral("insecureHttpCheck"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RemoteAddDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

RemoteAddDialog::~RemoteAddDialog() = default;

AddRemoteRequest RemoteAddDialog::request() const
{
    AddRemoteRequest r;
    r.home = m_home;
    r.name = m_ui->nameEdit->text().trimmed();
    r.url = m_ui->urlEdit->text().trimmed();
    if (r.url.startsWith(QLatin1String("s3://"))) {
        r.accessKeyId = m_ui->accessKeyEdit->text().trimmed();
        r.secretAccessKey = m_ui->secretEdit->text();
    }
    r.allowInsecureHttp = m_ui->insecureHttpCheck->isVisible() && m_ui->insecureHttpCheck->isChecked();
    r.encrypt = m_ui->encryptCheck->isChecked();
    if (r.encrypt)
        r.passphrase = m_ui->passphraseEdit->text();
    return r;
}

void RemoteAddDialog::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Choose a Folder for the Remote"));
    dialog->setObjectName(QStringLiteral("remoteFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &dir) {
        m_ui->urlEdit->setText(QUrl::fromLocalFile(dir).toString());
        if (m_ui->nameEdit->text().trimmed().isEmpty())
            m_ui->nameEdit->setText(QFileInfo(dir).fileName());
    });
    dialog->open();
}

void RemoteAddDialog::updateFields()
{
    // Folder remotes take no credentials: only offer the fields where they mean something.
    const bool s3 = !m_ui->urlEdit->text().trimmed().startsWith(QLatin1String("file:"));
    for (QWidget *w : {static_cast<QWidget *>(m_ui->accessKeyLabel), static_cast<QWidget *>(m_ui->accessKeyEdit),
                       static_cast<QWidget *>(m_ui->secretLabel), static_cast<QWidget *>(m_ui->secretEdit)})
        w->setEnabled(s3 && !m_busy);
    const bool encrypt = m_ui->encryptCheck->isChecked();
    m_ui->passphraseEdit->setEnabled(encrypt && !m_busy);
    m_ui->passphraseLabel->setEnabled(encrypt && !m_busy);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->nameEdit), static_cast<QWidget *>(m_ui->urlEdit),
                       static_cast<QWidget *>(m_ui->chooseFolderButton), static_cast<QWidget *>(m_ui->encryptCheck)})
        w->setEnabled(!m_busy);
    // Offered only where it applies: an http:// endpoint on another host, which adding refuses without it.
    const Result<RemoteUrl> url = RemoteUrl::parse(m_ui->urlEdit->text());
    m_ui->insecureHttpCheck->setVisible(url && url->isInsecureHttp());
    m_ui->insecureHttpCheck->setEnabled(!m_busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_busy);
}

void RemoteAddDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void RemoteAddDialog::submit()
{
    const AddRemoteRequest r = request();
    if (r.name.isEmpty() || r.url.isEmpty()) {
        showError(tr("Enter a name and a URL (s3://bucket/prefix or file:///path)."));
        return;
    }
    if (r.accessKeyId.isEmpty() != r.secretAccessKey.isEmpty()) {
        showError(tr("Enter both the access key ID and its secret, or neither to use the AWS environment or profile."));
        return;
    }
    if (r.encrypt && r.passphrase.isEmpty()) {
        showError(tr("Enter a passphrase for the encryption, or turn encryption off."));
        return;
    }
    showError(tr("Adding remote '%1'…").arg(r.name));
    m_busy = true;
    updateFields();
    m_jobs->run(
        tr("Adding remote %1").arg(r.name), [r](JobContext &) -> Result<std::pair<RemoteInfo, QStringList>> {
            QStringList warnings;
            Result<RemoteInfo> added = addRemote(r, &warnings);
            if (!added)
                return added.error();
            return std::pair(*added, warnings);
        }, this,
        [this](Result<std::pair<RemoteInfo, QStringList>> added) {
            m_busy = false;
            updateFields();
            if (!added) {
                // The core's message says what to do (start a keychain, fix the URL, create the bucket).
                showError(tr("Could not add the remote: %1").arg(added.error().message));
                return;
            }
            m_added = added->first;
            m_warnings = added->second;
            m_ui->secretEdit->clear();
            m_ui->passphraseEdit->clear();
            accept();
        });
}

} // namespace poddeck
