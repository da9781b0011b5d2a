#include "app/merge/MergeTargetDialog.h"

#include "app/ItemFormat.h"

#include "ui_MergeTargetDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSet>

#include <algorithm>

namespace poddeck {

QList<Version> MergeTargetDialog::heads(const QList<Version> &versions)
{
    QSet<ObjectId> parents;
    for (const Version &v : versions)
        for (const ObjectId &p : v.parents)
            parents.insert(p);
    QList<Version> out;
    for (const Version &v : versions)
        if (!parents.contains(v.id))
            out.append(v);
    std::sort(out.begin(), out.end(), [](const Version &a, const Version &b) { return a.number > b.number; });
    return out;
}

MergeTargetDialog::MergeTargetDialog(const Version &theirs, const QList<Version> &podVersions, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MergeTargetDialog>()), m_pod(theirs.pod)
{
    m_ui->setupUi(this);
    m_combo = m_ui->targetCombo;
    setObjectName(QStringLiteral("mergeTargetDialog"));
    setWindowTitle(tr("Merge %1:%2").arg(theirs.pod).arg(theirs.number));
    m_ui->promptLabel->setText(tr("Merge version %1:%2 (“%3”) into:")
                                   .arg(theirs.pod)
                                   .arg(theirs.number)
                                   .arg(ItemFormat::firstLine(theirs.message)));

    const QList<Version> headList = heads(podVersions);
    QSet<ObjectId> headIds;
    for (const Version &v : headList)
        if (v.id != theirs.id) {
            headIds.insert(v.id);
            m_combo->addItem(tr("%1:%2 — %3 (branch head)").arg(v.pod).arg(v.number).arg(ItemFormat::firstLine(v.message)),
                             v.number);
        }
    QList<Version> others = podVersions;
    std::sort(others.begin(), others.end(), [](const Version &a, const Version &b) { return a.number > b.number; });
    for (const Version &v : std::as_const(others))
        if (v.id != theirs.id && !headIds.contains(v.id))
            m_combo->addItem(tr("%1:%2 — %3").arg(v.pod).arg(v.number).arg(ItemFormat::firstLine(v.message)), v.number);
    m_combo->setCurrentIndex(m_combo->count() > 0 ? 0 : -1);

    QDialogButtonBox *buttons = m_ui->buttonBox;
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Merge"));
    ok->setObjectName(QStringLiteral("mergeButton"));
    ok->setEnabled(hasTargets());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MergeTargetDialog::~MergeTargetDialog() = default;

bool MergeTargetDialog::hasTargets() const
{
    return m_combo->count() > 0;
}

VersionRef MergeTargetDialog::target() const
{
    return VersionRef{m_pod, m_combo->currentData().toInt()};
}

} // namespace poddeck
