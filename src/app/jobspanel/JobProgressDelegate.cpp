#include "app/jobspanel/JobProgressDelegate.h"

#include "app/jobspanel/JobListModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace poddeck {

void JobProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != JobListModel::ProgressColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection and alternating background first, then the bar inside the cell's margins.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int permille = index.data(JobListModel::ProgressRole).toInt();
    if (permille < -1)
        return; // a job that stopped before it knew how much there was to do: no bar at all
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = 1000;
    // While the total is unknown: an empty bar saying so (a painted bar cannot animate).
    bar.progress = qMax(0, permille);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.text = permille < 0 ? QStringLiteral("…") : index.data(Qt::DisplayRole).toString();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace poddeck
