#include "app/instance/ResetInstanceDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace poddeck {

ResetInstanceDialog::ResetInstanceDialog(const QString &endpoint, const QStringList &services, QWidget *parent)
    : QMessageBox(QMessageBox::Warning, tr("Reset Instance"),
                  tr("Delete the resources of the checked services in the instance at %1?").arg(endpoint),
                  QMessageBox::Cancel, parent),
      m_services(new QListWidget(this))
{
    setObjectName(QStringLiteral("resetConfirm"));
    setInformativeText(tr("With every service checked, the whole instance is reset. Versions in PodDeck are "
                          "not touched; what the instance holds is first saved as a version of pod autosave, so you can inject "
                          "it to get it back."));
    m_confirm = addButton(tr("&Reset"), QMessageBox::DestructiveRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    setDefaultButton(QMessageBox::Cancel);

    m_services->setObjectName(QStringLiteral("resetServicesList"));
    m_services->setAccessibleName(tr("Services to reset"));
    for (const QString &service : services) {
        auto *item = new QListWidgetItem(service, m_services);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_services->setMaximumHeight(m_services->sizeHintForRow(0) * qMin(int(services.size()), 8) + 6);
    connect(m_services, &QListWidget::itemChanged, this, &ResetInstanceDialog::updateButton);

    // QMessageBox has no place for a list: it goes into its grid above the buttons. The texts are set
    // first, because setting them rebuilds the grid.
    bool placed = false;
    if (auto *grid = qobject_cast<QGridLayout *>(layout())) {
        auto *buttons = findChild<QDialogButtonBox *>();
        if (buttons && grid->indexOf(buttons) >= 0) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(grid->indexOf(buttons), &row, &column, &rowSpan, &columnSpan);
            grid->removeWidget(buttons);
            grid->addWidget(m_services, row, 1, 1, qMax(1, grid->columnCount() - 1));
            grid->addWidget(buttons, row + 1, column, rowSpan, columnSpan);
            placed = true;
        }
    }
    if (!placed)
        m_services->hide(); // every service stays checked: the whole instance, as before
    updateButton();
}

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
