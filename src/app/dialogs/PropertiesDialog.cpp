#include "app/dialogs/PropertiesDialog.h"

#include "app/ItemFormat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace poddeck {

PropertiesDialog::PropertiesDialog(const Version &v, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("propertiesDialog"));
    setWindowTitle(tr("Properties of %1:%2").arg(v.pod).arg(v.number));
    auto *form = new QFormLayout;
    auto add = [&](const QString &label, const QString &value, const QString &name) {
        auto *field = new QLabel(value, this);
        field->setObjectName(name);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        form->addRow(label, field);
    };
    QStringList parents;
    for (const ObjectId &p : v.parents)
        parents.append(p.toHex());
    add(tr("Pod:"), v.pod, QStringLiteral("propertyPod"));
    add(tr("Version:"), QString::number(v.number), QStringLiteral("propertyNumber"));
    add(tr("Id:"), v.id.toHex(), QStringLiteral("propertyId"));
    add(tr("Parents:"), parents.isEmpty() ? tr("none (a first version)") : parents.join(QLatin1Char('\n')),
        QStringLiteral("propertyParents"));
    add(tr("Message:"), v.message, QStringLiteral("propertyMessage"));
    add(tr("Author:"), v.author, QStringLiteral("propertyAuthor"));
    add(tr("Created:"), ItemFormat::exactTime(v.created), QStringLiteral("propertyCreated"));
    add(tr("Emulator:"), QStringLiteral("%1 %2").arg(v.emulatorKind, v.emulatorVersion).trimmed(),
        QStringLiteral("propertyEmulator"));
    add(tr("Services:"), ItemFormat::services(v.services), QStringLiteral("propertyServices"));
    add(tr("Resources:"), QString::number(v.resourceCount), QStringLiteral("propertyResources"));
    add(tr("Size:"), ItemFormat::bytes(v.bytes), QStringLiteral("propertySize"));
    add(tr("State tree:"), v.root.toHex(), QStringLiteral("propertyRoot"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace poddeck
