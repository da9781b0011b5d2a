#include "app/EmptyStateWidget.h"

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace poddeck {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_text(new QLabel(this)), m_import(new QPushButton(this)), m_primary(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));

    m_heading->setObjectName(QStringLiteral("emptyStateHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setTextFormat(Qt::PlainText);

    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse); // so the command can be copied

    m_import->setObjectName(QStringLiteral("emptyStateImport"));
    m_import->setText(tr("Import a File…"));
    m_import->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_import->setAccessibleName(tr("Import a pod bundle or LocalStack state zip"));
    connect(m_import, &QPushButton::clicked, this, &EmptyStateWidget::importRequested);

    m_primary->setObjectName(QStringLiteral("emptyStatePrimary"));
    m_primary->setDefault(true);
    m_primary->hide();
    connect(m_primary, &QPushButton::clicked, this, [this] {
        if (m_primaryKind == Primary::CommitInstance)
            Q_EMIT commitRequested();
        else if (m_primaryKind == Primary::StartMoto)
            Q_EMIT startMotoRequested();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addStretch(2);
    layout->addWidget(m_heading);
    layout->addSpacing(8);
    layout->addWidget(m_text); // full width: a word-wrapped label given less loses its last lines
    layout->addSpacing(16);
    layout->addWidget(m_primary, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_import, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyStateWidget::setMessage(const QString &heading, const QString &text, bool offerImport)
{
    m_heading->setText(heading);
    m_text->setText(text);
    m_import->setVisible(offerImport);
}

void EmptyStateWidget::setPrimary(Primary primary)
{
    m_primaryKind = primary;
    switch (primary) {
    case Primary::CommitInstance:
        m_primary->setText(tr("Commit This Instance…"));
        m_primary->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
        m_primary->setAccessibleName(tr("Commit the running instance into a new pod"));
        break;
    case Primary::StartMoto:
        m_primary->setText(tr("Start a Local moto_server"));
        m_primary->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
        m_primary->setAccessibleName(tr("Start a local moto_server to build state in"));
        break;
    case Primary::None:
        break;
    }
    m_primary->setVisible(primary != Primary::None);
}

QString EmptyStateWidget::heading() const
{
    return m_heading->text();
}

QString EmptyStateWidget::text() const
{
    return m_text->text();
}

} // namespace poddeck
