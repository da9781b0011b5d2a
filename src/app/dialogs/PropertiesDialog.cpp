#include "app/dialogs/PropertiesDialog.h"

#include "app/ItemFormat.h"
#include "app/dialogs/SpaceChart.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace poddeck {

namespace {

QScrollArea *scrolled(QWidget *chart, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(chart);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

PropertiesDialog::PropertiesDialog(const Version &v, QWidget *parent)
    : QDialog(parent), m_number(v.number), m_description(new QPlainTextEdit(this)), m_labels(new QLineEdit(this)),
      m_saveDescription(new QPushButton(tr("Save &Description"), this)), m_descriptionStatus(new QLabel(this)),
      m_summary(new QLabel(tr("Measuring where the space goes…"), this)),
      m_tabs(new QTabWidget(this)), m_services(new SpaceChart(this)), m_history(new SpaceChart(this))
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

    // The pod's description and labels: read by a job, saved by another (VersionOperations).
    auto *about = new QGroupBox(tr("About pod %1").arg(v.pod), this);
    about->setObjectName(QStringLiteral("podAboutGroup"));
    m_description->setObjectName(QStringLiteral("podDescriptionEdit"));
    m_description->setAccessibleName(tr("Pod description"));
    m_description->setPlaceholderText(tr("What this pod holds and what it is for"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_labels->setObjectName(QStringLiteral("podLabelsEdit"));
    m_labels->setAccessibleName(tr("Pod labels"));
    m_labels->setPlaceholderText(tr("Labels, separated by spaces or commas: demo team-a"));
    m_saveDescription->setObjectName(QStringLiteral("saveDescriptionButton"));
    m_saveDescription->setAutoDefault(false);
    m_descriptionStatus->setObjectName(QStringLiteral("podDescriptionStatus"));
    m_descriptionStatus->setWordWrap(true);
    m_descriptionStatus->setText(tr("Reading the pod's description…"));
    for (QWidget *w : {static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_labels), static_cast<QWidget *>(m_saveDescription)})
        w->setEnabled(false);
    auto *aboutForm = new QFormLayout(about);
    aboutForm->addRow(tr("D&escription:"), m_description);
    aboutForm->addRow(tr("&Labels:"), m_labels);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_descriptionStatus, 1);
    saveRow->addWidget(m_saveDescription);
    aboutForm->addRow(saveRow);
    connect(m_description, &QPlainTextEdit::textChanged, this, &PropertiesDialog::checkDescription);
    connect(m_labels, &QLineEdit::textChanged, this, &PropertiesDialog::checkDescription);
    connect(m_saveDescription, &QPushButton::clicked, this, [this] {
        m_saveDescription->setEnabled(false);
        m_descriptionStatus->setText(tr("Saving…"));
        Q_EMIT describeRequested(m_description->toPlainText(), PodDescription::splitLabels(m_labels->text()));
    });

    auto *space = new QGroupBox(tr("Where the space goes"), this);
    m_summary->setObjectName(QStringLiteral("spaceSummary"));
    m_summary->setWordWrap(true);
    m_services->setObjectName(QStringLiteral("spaceByService"));
    m_services->setAccessibleName(tr("Stored bytes per service"));
    m_history->setObjectName(QStringLiteral("spaceByVersion"));
    m_history->setAccessibleName(tr("New bytes per version"));
    m_tabs->setObjectName(QStringLiteral("spaceTabs"));
    m_tabs->addTab(scrolled(m_services, m_tabs), tr("By &Service"));
    m_tabs->addTab(scrolled(m_history, m_tabs), tr("New Bytes per &Version"));
    m_tabs->setVisible(false);
    auto *spaceLayout = new QVBoxLayout(space);
    spaceLayout->addWidget(m_summary);
    spaceLayout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(about);
    layout->addWidget(space, 1);
    layout->addWidget(buttons);
    resize(640, sizeHint().height() + 160);
}

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
