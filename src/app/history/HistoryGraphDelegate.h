#pragma once

#include <QStyledItemDelegate>

namespace poddeck {

// Paints the history graph column from the lanes VersionListModel keeps with each row (LanesRole):
// no graph logic here, only lines, curves and dots. Other columns paint as usual.
class HistoryGraphDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int LaneWidth = 14;

    explicit HistoryGraphDelegate(int graphColumn, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor laneColor(int lane);

private:
    void paintLanes(QPainter *painter, const QRect &rect, const QByteArray &glyphs, bool head) const;

    int m_graphColumn;
};

} // namespace poddeck
