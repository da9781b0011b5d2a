#include "app/history/HistoryGraphDelegate.h"

#include "app/history/Lanes.h"
#include "app/history/VersionListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace poddeck {

namespace {

constexpr int DotRadius = 4;

} // namespace

HistoryGraphDelegate::HistoryGraphDelegate(int graphColumn, QObject *parent)
    : QStyledItemDelegate(parent), m_graphColumn(graphColumn)
{
}

QColor HistoryGraphDelegate::laneColor(int lane)
{
    // Distinguishable on light and dark backgrounds.
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                                    QColor(0xff, 0x7f, 0x0e), QColor(0x94, 0x67, 0xbd), QColor(0x17, 0xbe, 0xcf),
                                    QColor(0xe3, 0x77, 0xc2), QColor(0x8c, 0x56, 0x4b)};
    return colors[lane % int(std::size(colors))];
}

QSize HistoryGraphDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != m_graphColumn)
        return QStyledItemDelegate::sizeHint(option, index);
    const int lanes = int(index.data(VersionListModel::LanesRole).toByteArray().size());
    return QSize(qMax(1, lanes) * LaneWidth + 4, option.fontMetrics.height() + 4);
}

void HistoryGraphDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != m_graphColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as for any cell, without text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant lanes = index.data(VersionListModel::LanesRole);
    if (!lanes.isValid())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setClipRect(option.rect);
    paintLanes(painter, option.rect, lanes.toByteArray(), index.data(VersionListModel::IsHeadRole).toBool());
    painter->restore();
}

void HistoryGraphDelegate::paintLanes(QPainter *p, const QRect &rect, const QByteArray &glyphs, bool head) const
{
    const qreal top = rect.top(), bottom = rect.bottom() + 1, cy = rect.center().y() + 0.5;
    auto cx = [&](int lane) { return rect.left() + 2 + lane * LaneWidth + LaneWidth / 2.0; };
    auto pen = [](int lane) { return QPen(laneColor(lane), 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin); };

    int node = -1;
    for (int i = 0; i < glyphs.size(); ++i)
        if (Lanes::isNode(glyphs[i]))
            node = i;
    const qreal nodeX = node >= 0 ? cx(node) : 0;

    // Verticals first, then connections, then the dot on top.
    for (int i = 0; i < glyphs.size(); ++i) {
        const auto g = Lanes::Glyph(glyphs[i]);
        const qreal x = cx(i);
        p->setPen(pen(i));
        switch (g) {
        case Lanes::Active:
        case Lanes::Cross:
        case Lanes::Join:
        case Lanes::Node:
        case Lanes::MergeNode:
            p->drawLine(QPointF(x, top), QPointF(x, bottom));
            break;
        case Lanes::Tip:
        case Lanes::MergeTip:
            p->drawLine(QPointF(x, cy), QPointF(x, bottom));
            break;
        case Lanes::Initial:
            p->drawLine(QPointF(x, top), QPointF(x, cy));
            break;
        default:
            break;
        }
    }
    const qreal r = qMin<qreal>(LaneWidth / 2.0, (bottom - top) / 2.0);
    for (int i = 0; i < glyphs.size(); ++i) {
        const auto g = Lanes::Glyph(glyphs[i]);
        if (g != Lanes::Fork && g != Lanes::Merge && g != Lanes::Join)
            continue;
        const qreal x = cx(i);
        const qreal dir = x > nodeX ? -1 : 1; // towards the node
        QPainterPath path;
        if (g == Lanes::Fork) { // down from above, bending into the node
            path.moveTo(x, top);
            path.lineTo(x, cy - r);
            path.quadTo(x, cy, x + dir * r, cy);
            path.lineTo(nodeX, cy);
        } else if (g == Lanes::Merge) { // out of the node, bending down into the new lane
            path.moveTo(nodeX, cy);
            path.lineTo(x + dir * r, cy);
            path.quadTo(x, cy, x, cy + r);
            path.lineTo(x, bottom);
        } else { // Join: the node reaches across into a lane that goes on
            path.moveTo(nodeX, cy);
            path.lineTo(x, cy);
        }
        p->setPen(pen(i));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
    }
    if (node < 0)
        return;
    const auto g = Lanes::Glyph(glyphs[node]);
    const QColor color = laneColor(node);
    const QPointF centre(nodeX, cy);
    if (g == Lanes::MergeNode || g == Lanes::MergeTip) {
        p->setPen(QPen(color, 2.0));
        p->setBrush(QApplication::palette().base());
        p->drawEllipse(centre, DotRadius + 0.5, DotRadius + 0.5);
        p->setBrush(color);
        p->setPen(Qt::NoPen);
        p->drawEllipse(centre, DotRadius - 2.0, DotRadius - 2.0);
    } else {
        p->setPen(QPen(color.darker(130), 1.0));
        p->setBrush(color);
        p->drawEllipse(centre, DotRadius, DotRadius);
    }
    if (head) { // the instance head: a ring around the dot
        p->setPen(QPen(QApplication::palette().text().color(), 1.5));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(centre, DotRadius + 3, DotRadius + 3);
    }
}

} // namespace poddeck
