#include "app/dialogs/SpaceChart.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace poddeck {

namespace {

constexpr int Gap = 8;
constexpr int MinValueWidthChars = 10;

} // namespace

SpaceChart::SpaceChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SpaceChart::setRows(const QList<Row> &rows)
{
    m_rows = rows;
    m_max = 0;
    QStringList lines;
    for (int i = 0; i < m_rows.size(); ++i) {
        m_max = qMax(m_max, m_rows[i].value);
        lines.append(rowText(i));
    }
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

QString SpaceChart::rowText(int row) const
{
    const Row &r = m_rows.at(row);
    return r.note.isEmpty() ? tr("%1: %2").arg(r.label, r.valueText) : tr("%1: %2 (%3)").arg(r.label, r.valueText, r.note);
}

int SpaceChart::rowHeight() const
{
    return fontMetrics().height() + 6;
}

int SpaceChart::labelWidth() const
{
    int widest = 0;
    for (const Row &r : m_rows)
        widest = qMax(widest, fontMetrics().horizontalAdvance(r.label));
    // A little slack: eliding at exactly the advance may cut the last letter.
    return qMin(widest + fontMetrics().averageCharWidth(), width() / 3);
}

QSize SpaceChart::sizeHint() const
{
    return {480, qMax(1, int(m_rows.size())) * rowHeight()};
}

QSize SpaceChart::minimumSizeHint() const
{
    return {240, qMax(1, int(m_rows.size())) * rowHeight()};
}

int SpaceChart::rowAt(int y) const
{
    const int row = y / rowHeight();
    return row >= 0 && row < m_rows.size() ? row : -1;
}

bool SpaceChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        if (row < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), rowText(row), this);
        return true;
    }
    return QWidget::event(event);
}

void SpaceChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int h = rowHeight();
    const int labelW = labelWidth();
    // Room for the longest value text (capped at half the width), so bars never push it out of sight.
    int valueW = fm.averageCharWidth() * MinValueWidthChars;
    for (const Row &r : m_rows)
        valueW = qMax(valueW, fm.horizontalAdvance(r.note.isEmpty() ? r.valueText : r.valueText + QStringLiteral("  ") + r.note));
    valueW = qMin(valueW + Gap, width() / 2);
    const int barX = labelW + Gap;
    const int barMax = qMax(10, width() - barX - Gap - valueW);
    const QColor bar = palette().color(QPalette::Highlight);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        const QRect row(0, i * h, width(), h);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, row.y(), labelW, h), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(r.label, Qt::ElideMiddle, labelW));
        const int len = m_max > 0 ? int(double(r.value) / double(m_max) * barMax) : 0;
        // A non-zero value always shows, however small next to the largest.
        const int shown = r.value > 0 ? qMax(2, len) : 0;
        p.fillRect(QRect(barX, row.y() + 3, shown, h - 6), bar);
        const QString text = r.note.isEmpty() ? r.valueText : r.valueText + QStringLiteral("  ") + r.note;
        p.drawText(QRect(barX + shown + Gap, row.y(), width() - barX - shown - Gap, h), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(text, Qt::ElideRight, width() - barX - shown - Gap));
    }
}

} // namespace poddeck
