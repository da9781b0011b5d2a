#include "app/instance/ResetInstanceDialog.h"

#include "ui_ResetInstanceDialog.h"

#include <QDialogButtonBox>
#include <QLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>

namespace poddeck {

ResetInstanceDialog::ResetInstanceDialog(const QString &endpoint, const QStringList &services, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ResetInstanceDialog>())
{
    m_ui->setupUi(this);
    m_services = m_ui->resetServicesList;
    setObjectName(QStringLiteral("resetConfirm"));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_ui->questionLabel->setText(tr("Delete the resources of the checked services in the instance at %1?").arg(endpoint));
    m_confirm = m_ui->buttonBox->addButton(tr("&Reset"), QDialogButtonBox::DestructiveRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setAutoDefault(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const QString &service : services) {
        auto *item = new QListWidgetItem(service, m_services);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_services->setMaximumHeight(m_services->sizeHintForRow(0) * qMin(int(services.size()), 8) + 6);
    connect(m_services, &QListWidget::itemChanged, this, &ResetInstanceDialog::updateButton);
    updateButton();
    resize(width(), layout()->totalHeightForWidth(width())); // as tall as the wrapped texts and the list need
}

ResetInstanceDialog::~ResetInstanceDialog() = default;

QStringList ResetInstanceDialog::selectedServices() const
{
    if (isWholeInstance())
        return {};
    QStringList selected;
    for (int row = 0; row < m_services->count(); ++row)
        if (m_services->item(row)->checkState() == Qt::Checked)
            selected.append(m_services->item(row)->text());
    return selected;
}

bool ResetInstanceDialog::isWholeInstance() const
{
    for (int row = 0; row < m_services->count(); ++row)
        if (m_services->item(row)->checkState() != Qt::Checked)
            return false;
    return true;
}

void ResetInstanceDialog::updateButton()
{
    bool any = m_services->count() == 0; // nothing listed: the whole instance
    for (int row = 0; row < m_services->count() && !any; ++row)
        any = m_services->item(row)->checkState() == Qt::Checked;
    m_confirm->setEnabled(any);
}

} // namespace poddeck
