#include "app/dialogs/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include <QPushButton>
#include <QRegularExpression>

namespace poddeck {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    m_ui->endpointsEdit->setPlainText(settings.endpoints.join(QLatin1Char('\n')));
    m_ui->regionsEdit->setText(settings.defaultRegions.join(QStringLiteral(", ")));
    m_ui->credentialsCombo->addItem(tr("AWS environment variables"), int(AppSettings::Credentials::Environment));
    m_ui->credentialsCombo->addItem(tr("A named AWS profile"), int(AppSettings::Credentials::Profile));
    m_ui->credentialsCombo->setCurrentIndex(settings.credentials == AppSettings::Credentials::Profile ? 1 : 0);
    m_ui->profileEdit->setText(settings.profile);
    m_ui->followThemeCheck->setChecked(settings.followDesktopTheme);
    connect(m_ui->credentialsCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProfile);
    QPushButton *remotes = m_ui->buttonBox->addButton(tr("&Remotes…"), QDialogButtonBox::ActionRole);
    remotes->setObjectName(QStringLiteral("remotesButton"));
    connect(remotes, &QPushButton::clicked, this, &SettingsDialog::remotesRequested);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateProfile();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::updateProfile()
{
    const bool profile = m_ui->credentialsCombo->currentData().toInt() == int(AppSettings::Credentials::Profile);
    m_ui->profileEdit->setEnabled(profile);
    m_ui->profileLabel->setEnabled(profile);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_settings;
    s.endpoints.clear();
    for (const QString &line : m_ui->endpointsEdit->toPlainText().split(QLatin1Char('\n'))) {
        const QString e = line.trimmed();
        if (!e.isEmpty() && !s.endpoints.contains(e))
            s.endpoints.append(e);
    }
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    s.defaultRegions = m_ui->regionsEdit->text().split(separators, Qt::SkipEmptyParts);
    s.credentials = AppSettings::Credentials(m_ui->credentialsCombo->currentData().toInt());
    s.profile = m_ui->profileEdit->text().trimmed();
    s.followDesktopTheme = m_ui->followThemeCheck->isChecked();
    return s;
}

} // namespace poddeck
