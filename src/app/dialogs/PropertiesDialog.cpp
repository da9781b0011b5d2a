#include "app/dialogs/PropertiesDialog.h"

#include "app/ItemFormat.h"
#include "app/dialogs/SpaceChart.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
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
    : QDialog(parent), m_number(v.number), m_summary(new QLabel(tr("Measuring where the space goes…"), this)),
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
