#include "app/dialogs/PropertiesDialog.h"

#include "app/ItemFormat.h"
#include "app/dialogs/SpaceChart.h"

#include "ui_PropertiesDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>

namespace poddeck {

PropertiesDialog::PropertiesDialog(const Version &v, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PropertiesDialog>()), m_number(v.number)
{
    m_ui->setupUi(this);
    m_description = m_ui->podDescriptionEdit;
    m_labels = m_ui->podLabelsEdit;
    m_saveDescription = m_ui->saveDescriptionButton;
    m_descriptionStatus = m_ui->podDescriptionStatus;
    m_summary = m_ui->spaceSummary;
    m_tabs = m_ui->spaceTabs;
    m_services = m_ui->spaceByService;
    m_history = m_ui->spaceByVersion;
    setObjectName(QStringLiteral("propertiesDialog"));
    setWindowTitle(tr("Properties of %1:%2").arg(v.pod).arg(v.number));
    QStringList parents;
    for (const ObjectId &p : v.parents)
        parents.append(p.toHex());
    m_ui->propertyPod->setText(v.pod);
    m_ui->propertyNumber->setText(QString::number(v.number));
    m_ui->propertyId->setText(v.id.toHex());
    m_ui->propertyParents->setText(parents.isEmpty() ? tr("none (a first version)") : parents.join(QLatin1Char('\n')));
    m_ui->propertyMessage->setText(v.message);
    m_ui->propertyAuthor->setText(v.author);
    m_ui->propertyCreated->setText(ItemFormat::exactTime(v.created));
    m_ui->propertyEmulator->setText(QStringLiteral("%1 %2").arg(v.emulatorKind, v.emulatorVersion).trimmed());
    m_ui->propertyServices->setText(ItemFormat::services(v.services));
    m_ui->propertyResources->setText(QString::number(v.resourceCount));
    m_ui->propertySize->setText(tr("%1 (uncompressed, before sharing with other versions)").arg(ItemFormat::bytes(v.bytes)));
    m_ui->propertyRoot->setText(v.root.toHex());

    // The pod's description and labels: read by a job, saved by another (VersionOperations).
    m_ui->podAboutGroup->setTitle(tr("About pod %1").arg(v.pod));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_description, &QPlainTextEdit::textChanged, this, &PropertiesDialog::checkDescription);
    connect(m_labels, &QLineEdit::textChanged, this, &PropertiesDialog::checkDescription);
    connect(m_saveDescription, &QPushButton::clicked, this, [this] {
        m_saveDescription->setEnabled(false);
        m_descriptionStatus->setText(tr("Saving…"));
        Q_EMIT describeRequested(m_description->toPlainText(), PodDescription::splitLabels(m_labels->text()));
    });

    m_tabs->setVisible(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, sizeHint().height() + 160);
}

PropertiesDialog::~PropertiesDialog() = default;

void PropertiesDialog::setSpace(const SpaceReport &report)
{
    QList<SpaceChart::Row> services;
    for (const ServiceSpace &s : report.services)
        services.append({s.service, s.storedBytes, ItemFormat::bytes(s.storedBytes),
                         tr("%n resource(s), %1 uncompressed", nullptr, int(qMin<qint64>(s.resources, INT_MAX)))
                             .arg(ItemFormat::bytes(s.bytes))});
    m_services->setRows(services);
    QList<SpaceChart::Row> history;
    // Newest first: the question is usually what the last versions added.
    for (auto it = report.history.crbegin(); it != report.history.crend(); ++it) {
        const QString label = it->number == m_number ? tr("%1 (this version)").arg(it->number) : QString::number(it->number);
        history.append({label, it->newStoredBytes, ItemFormat::bytes(it->newStoredBytes), ItemFormat::firstLine(it->message)});
    }
    m_history->setRows(history);
    // Two whole sentences, each with its own plural, rather than one glued from pieces.
    m_summary->setText(tr("This version stores %1 in %n service(s).", nullptr, int(report.services.size()))
                           .arg(ItemFormat::bytes(report.storedBytes))
                       + QLatin1Char(' ')
                       + tr("The whole pod stores %1 in %n version(s).", nullptr, int(report.history.size()))
                             .arg(ItemFormat::bytes(report.podStoredBytes)));
    m_tabs->setVisible(true);
}

void PropertiesDialog::setSpaceError(const QString &message)
{
    m_summary->setText(tr("Could not measure the space: %1").arg(message));
}

} // namespace poddeck

namespace poddeck {

void PropertiesDialog::setPodDescription(const PodDescription &description)
{
    m_stored = description;
    {
        const QSignalBlocker b1(m_description), b2(m_labels);
        m_description->setPlainText(description.text);
        m_labels->setText(description.labels.join(QLatin1Char(' ')));
    }
    m_description->setEnabled(true);
    m_labels->setEnabled(true);
    checkDescription();
}

void PropertiesDialog::setPodDescriptionError(const QString &message)
{
    m_descriptionStatus->setText(tr("Could not read the pod's description: %1").arg(message));
}

void PropertiesDialog::setDescribeSaved(const PodDescription &description)
{
    setPodDescription(description);
    m_descriptionStatus->setText(tr("Saved. Push the pod to share its description."));
}

void PropertiesDialog::setDescribeFailed(const QString &message)
{
    m_descriptionStatus->setText(tr("Not saved: %1").arg(message));
    m_saveDescription->setEnabled(true);
}

// Checks what is typed as the core will, so Save is offered only for something it accepts.
void PropertiesDialog::checkDescription()
{
    const Result<QString> text = PodDescription::checkText(m_description->toPlainText());
    const Result<QStringList> labels = PodDescription::checkLabels(PodDescription::splitLabels(m_labels->text()));
    if (!text || !labels) {
        m_descriptionStatus->setText(!text ? text.error().message : labels.error().message);
        m_saveDescription->setEnabled(false);
        return;
    }
    const bool changed = *text != m_stored.text || *labels != m_stored.labels;
    m_descriptionStatus->setText(changed ? tr("Not saved yet.") : QString());
    m_saveDescription->setEnabled(changed);
}

} // namespace poddeck
