#include "app/remotes/RemoteBrowserDialog.h"

#include "app/jobs/JobRunner.h"
#include "app/remotes/RemoteBrowserModel.h"
#include "jobs/Sync.h"

#include "ui_RemoteBrowserDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace poddeck {

RemoteBrowserDialog::RemoteBrowserDialog(JobRunner *jobs, const QString &home, const QList<RemoteInfo> &remotes,
                                         const QString &remote, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RemoteBrowserDialog>()), m_jobs(jobs), m_home(home),
      m_model(new RemoteBrowserModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("remoteBrowserDialog"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RemoteBrowserModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(RemoteBrowserModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->podView->setModel(m_proxy);
    m_ui->podView->sortByColumn(RemoteBrowserModel::NameColumn, Qt::AscendingOrder);
    m_ui->podView->header()->setStretchLastSection(true);
    const QList<QPair<int, int>> widths{{RemoteBrowserModel::NameColumn, 120},  {RemoteBrowserModel::DescriptionColumn, 250},
                                        {RemoteBrowserModel::LabelsColumn, 140}, {RemoteBrowserModel::ServicesColumn, 90},
                                        {RemoteBrowserModel::SizeColumn, 70},    {RemoteBrowserModel::NewestColumn, 230}};
    for (const auto &[column, width] : widths)
        m_ui->podView->setColumnWidth(column, width);
    for (const RemoteInfo &r : remotes)
        m_ui->remoteCombo->addItem(r.name);
    m_ui->remoteCombo->setCurrentText(remote);

    m_ui->buttonBox->addButton(m_ui->cloneButton, QDialogButtonBox::ActionRole); // beside Close

    connect(m_ui->remoteCombo, &QComboBox::currentTextChanged, this, &RemoteBrowserDialog::reload);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &RemoteBrowserDialog::reload);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &RemoteBrowserDialog::updateButtons);
    connect(m_ui->podView, &QTreeView::doubleClicked, this, &RemoteBrowserDialog::requestClone);
    connect(m_ui->podView->selectionModel(), &QItemSelectionModel::currentChanged, this, &RemoteBrowserDialog::updateButtons);
    connect(m_ui->cloneButton, &QPushButton::clicked, this, [this] { requestClone(m_ui->podView->currentIndex()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    reload();
}

RemoteBrowserDialog::~RemoteBrowserDialog() = default;

QString RemoteBrowserDialog::remote() const
{
    return m_ui->remoteCombo->currentText();
}

QString RemoteBrowserDialog::currentPod() const
{
    const QModelIndex index = m_ui->podView->currentIndex();
    return index.isValid() ? index.data(RemoteBrowserModel::PodNameRole).toString() : QString();
}

void RemoteBrowserDialog::reload()
{
    const QString name = remote();
    if (name.isEmpty()) {
        m_ui->statusLabel->setText(tr("No remote yet: add one under Remote > Remotes…"));
        return;
    }
    const int request = ++m_request;
    m_ui->statusLabel->setText(tr("Listing the pods on %1…").arg(name));
    m_ui->refreshButton->setEnabled(false);
    m_jobs->run(
        tr("Listing pods on %1").arg(name), [home = m_home, name](JobContext &c) { return listRemotePods(home, name, c); }, this,
        [this, request, name](Result<QList<RemotePodInfo>> pods) {
            if (request != m_request)
                return;
            m_ui->refreshButton->setEnabled(true);
            if (!pods) {
                m_model->setPods(name, {});
                m_ui->statusLabel->setText(tr("Could not list the pods on %1: %2").arg(name, pods.error().message));
            } else {
                m_model->setPods(name, *pods);
                m_ui->statusLabel->setText(pods->isEmpty() ? tr("%1 holds no pods yet.").arg(name)
                                                           : tr("%n pod(s) on %1.", nullptr, int(pods->size())).arg(name));
            }
            updateButtons();
            Q_EMIT loaded();
        });
}

void RemoteBrowserDialog::requestClone(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const RemotePodInfo &pod = m_model->pods().at(source.row());
    Q_EMIT cloneRequested(m_model->remote(), pod.name, pod.local);
}

void RemoteBrowserDialog::updateButtons()
{
    m_ui->cloneButton->setEnabled(!currentPod().isEmpty());
}

} // namespace poddeck
