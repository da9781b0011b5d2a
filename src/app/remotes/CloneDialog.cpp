#include "app/remotes/CloneDialog.h"

#include "app/ItemFormat.h"
#include "app/podlist/PodDescriptionText.h"

#include "ui_CloneDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace poddeck {

CloneDialog::CloneDialog(const QString &remote, const QList<RemotePodInfo> &pods, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CloneDialog>()), m_pods(pods)
{
    m_ui->setupUi(this);
    m_list = m_ui->remotePodList;
    m_details = m_ui->clonePodDetails;
    m_buttons = m_ui->buttonBox;
    setObjectName(QStringLiteral("cloneDialog"));
    setWindowTitle(tr("Clone from %1").arg(remote));
    m_ui->introLabel->setText(pods.isEmpty() ? tr("The remote '%1' holds no pods yet.").arg(remote)
                                             : tr("Pick a pod on '%1' to copy here with all its versions.").arg(remote));
    for (const RemotePodInfo &p : pods) {
        QString text = tr("%1 — %n version(s)", nullptr, p.versions).arg(p.name);
        if (!p.updatedBy.isEmpty())
            text += tr(", last pushed by %1").arg(p.updatedBy);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, p.name);
        item->setToolTip(PodDescriptionText::toolTip(p.name, p.description));
        if (p.local) {
            item->setText(tr("%1 (here already: pull it instead)").arg(text));
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Clone"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("cloneButton"));
    auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!pod().isEmpty());
        showDetails();
    };
    connect(m_list, &QListWidget::currentItemChanged, this, update);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (!pod().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

CloneDialog::~CloneDialog() = default;

void CloneDialog::showDetails()
{
    const QListWidgetItem *item = m_list->currentItem();
    const QString name = item ? item->data(Qt::UserRole).toString() : QString();
    for (const RemotePodInfo &p : std::as_const(m_pods)) {
        if (p.name != name)
            continue;
        QStringList lines;
        lines.append(p.description.text.isEmpty() ? tr("No description.") : p.description.text);
        if (!p.description.labels.isEmpty())
            lines.append(PodDescriptionText::labels(p.description.labels));
        if (!p.services.isEmpty())
            lines.append(tr("Services: %1").arg(ItemFormat::services(p.services)));
        m_details->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    m_details->setText(tr("Pick a pod to see its description and labels."));
}

QString CloneDialog::pod() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled) ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace poddeck
