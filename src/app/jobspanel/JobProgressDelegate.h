#pragma once

#include <QStyledItemDelegate>

namespace poddeck {

// Paints JobListModel's progress column as a progress bar (JobListModel::ProgressRole); the other
// columns paint as text.
class JobProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace poddeck
