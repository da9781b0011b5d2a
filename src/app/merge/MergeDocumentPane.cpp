#include "app/merge/MergeDocumentPane.h"

#include "app/merge/MergeDocument.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace poddeck {

MergeDocumentPane::MergeDocumentPane(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    connect(this, &QObject::objectNameChanged, this, [this](const QString &name) {
        m_caption->setObjectName(name + QStringLiteral("Caption"));
        m_text->setObjectName(name + QStringLiteral("Text"));
    });
    m_caption->setTextFormat(Qt::PlainText);
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_text, 1);
}

void MergeDocumentPane::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_text->setAccessibleName(caption);
}

void MergeDocumentPane::clear()
{
    m_text->clear();
    m_text->setExtraSelections({});
    m_changedLines = m_conflictLines = 0;
}

void MergeDocumentPane::showDocument(const std::optional<QJsonObject> &document, const Highlights &highlights,
                                     const QString &absentText)
{
    clear();
    if (!document) {
        m_text->setPlainText(absentText);
        return;
    }
    const QList<MergeDocument::Line> lines = MergeDocument::prettyLines(*document);
    QStringList text;
    text.reserve(lines.size());
    for (const MergeDocument::Line &line : lines)
        text.append(line.text);
    m_text->setPlainText(text.join(QLatin1Char('\n')));

    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = m_text->document()->firstBlock();
    for (const MergeDocument::Line &line : lines) {
        QColor color; // translucent, so the tints read on light and dark palettes alike
        if (!line.key.isEmpty()) {
            if (MergeDocument::isUnder(line.key, highlights.conflicts)) {
                color = QColor(0xd6, 0x27, 0x28, 90);
                ++m_conflictLines;
            } else if (MergeDocument::isUnder(line.key, highlights.resolved)) {
                color = QColor(0x2c, 0xa0, 0x2c, 80);
                ++m_conflictLines;
            } else if (MergeDocument::isUnder(line.key, highlights.changed)) {
                color = QColor(0xf0, 0xc0, 0x20, 80);
                ++m_changedLines;
            }
        }
        if (color.isValid()) {
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(block);
            s.format.setBackground(color);
            s.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(s);
        }
        block = block.next();
    }
    m_text->setExtraSelections(selections);
}

} // namespace poddeck
